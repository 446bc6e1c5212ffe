"""`python -m newscli`."""
from .cli import main

main()
