"""Lines whose own form marks them as furniture, whatever the line models say.

The line models weigh a line's furniture words against the prose around it, so a few
kinds of line that are never story pass for body when they sit inside it. Each kind has
a form that is the same on every site:

* picture credits (`credit`). A caption reads like a sentence of story; what gives it
  away is its credit:
  - a line that opens with one: "Photo: Shutterstock", "Image credit: NASA", "Photo by Ann Lee",
    "Image from Mary's April 2024 review.", "Photo via Pexels";
  - a caption that closes with one after a sentence or a bar: "... on the ridge. Photo:
    iRunFar/Eszter Horanyi", "Guests pick their pastries. | Photo by Lisa Jennings";
  - a photographer and an agency or a picture desk: "Chip Somodevilla/Getty Images",
    "Wei-An Jin/Quanta Magazine", "Thomas Lehtinen | Getty Images";
  - a place and a copyright under a photo: "Catalina Island, CA | (c) 2017 Jon Norris";
  - a caption that closes with a credit by name and a stop: "The Sony mirrorless system.
    Photo by: 'Markus Lompa'." (names only: a sentence may go on after "Photographs by");
  - the roles of those who made a room or a picture: "... studio. Interior design +
    artwork: Ann Lee", "... Source & Photography: Ann Lee", "Styling: ...", but not
    "Design:" (a product's spec) nor "Source:" alone after a sentence (a story's source);
  - a paper's picture handed out by an agency: "Ann Lee/The Charlotte Observer via AP Photo";
  - an agency that names itself before the photographer, or alone, after a caption's
    sentence: "... Karachi June 19, 2011. REUTERS/Akhtar Soomro", "(AP Photo/Evan Vucci)",
    "... may decrease stroke risk. Getty Images";
  - the label of a link to a picture's source on a line of its own: "(Image Source)";
  - a picture's controls run into its credit: "Enlarge this image toggle caption Ann Lee for NPR".
* a gallery's captions: "<title> by <Name>" with the same name under three pictures or
  more ("Color Wheel by Clay", "White Space by Clay", ...), each alone between other
  lines; titles one under another are a list ("It by Stephen King", ...), left alone.
  A line that opens with (c) alone ("(c) 2016 Bayer") is a copyright notice.
* a byline's label on a line of its own ("Written by", "Authors:", "Posted by:"), and
  the name on the line after it ("Jane Doe").
* a source credit on a line of its own, under a picture or a chart or after a story
  taken from elsewhere: "Source: statista.com", "Chart source: Pew Research Center",
  "Source: https://..." (a short line; "Sources:" alone heads a list), and "Source" alone,
  the label of a link.
* placeholder text a page template left in: "Lorem ipsum dolor sit amet, ...", the sample
  text a page builder puts in a new box ("Here goes your text ... Select any part of your
  text to access the formatting toolbar.", "I'm a paragraph. Click here to add your own
  text and edit me."), and its code left unrendered on a line of its own: a template's tag ("{{hire-ai-eng="/banners/ai"}}")
  or a shortcode ("[convertkit form=1630175]"), a box the page failed to draw.
* a teaser of another story closed by its link's label: "Migraines could be caused by gut
  bacteria, study suggests Read more".
* a box set off from the story by a rule of symbols on its own first line: "----------
  SHARE YOUR STORY Do you have an issue ...", "****** A message from ...", "=========
  Multi-Author AdSense ========= Skipped ...". Plain text keeps the rule a page draws
  above a box; a story does not open a paragraph with one (a rule alone on its line is no
  words at all, and a heading framed by rules, "=== Early life ===", is left alone).
* a reading-time note: "Estimated reading time: 4 minutes", "5 min read".
* a page's own navigation: "Page 1 of 8", "Pages: 1 2 3", "Step 1 of 2", a breadcrumb
  trail ("Home > Blog > Trends", "You are here: ..."), the label of its table of contents
  ("Table of Contents", "In this article:", "Summarize this article with:"), and its
  filing: "Tags: ...", "Filed under: ...", "Category: ...".
* a furniture phrase on a line of its own: "Advertisement", "Story Continued Below",
  "READ MORE >", "Back to Top", "Privacy Policy". Story never stops for a line that is
  only such a phrase; a word that also heads a story's section ("Menu", "Facebook",
  "Services", "Cookies") is left to the models, and so is navigation that ends a
  sentence ("You Are Here.").
* an affiliate disclosure: "When you buy through links on our site, we may earn a
  commission", "This post contains affiliate links." It is said in the site's own voice
  (we, I, our, this post); a story about commissions is not ("you can earn money ...").
* a prompt to sign up: a sentence that opens with "Sign up", "Subscribe", "Join our ...",
  "Get the latest ..." or "Enter your email" ("Sign up for our newsletter to get the best
  of the city."), or a line that ends with a sign-up button ("... View Sample Sign Up
  Now"). Stories tell of sign-ups; they do not ask for one.
* a button's label that a page repeats: a short line that opens with a verb ("View in
  list", "See the rating.", "Read Full Review", "Add to Goodreads List \u2192": the arrow
  a button draws is no word), three or more times on the page. A story does not tell its
  reader to do the same thing three times.
* a shop's free-shipping banner: "Free standard shipping on orders $60 CAD+. For more
  information on shipping rates ...", "Spend $60+ for FREE Shipping", and the cart's "You're
  $12 away from free standard shipping" (a story tells of shipping costs in sentences that
  do not open so).
* the consent under a form: "By submitting this form, you agree to ...", "By clicking
  Continue, you agree to ...", "By entering your email, I consent to ...".
* a mailing list's notice ("You received this email because you signed up for emails
  from us.") or a redirect's ("Please wait while you are redirected to the right
  page..."): the page speaks of itself. A story about mail says "the emails were
  redirected", not "you".
* a postal address on a line of its own, as in a page's contact block: a street and a
  postal code ("116 Village Blvd, Suite 200, Princeton, NJ 08540"), in names and
  figures, not in a sentence ("The offices are located at 101 Parkshore Dr., ...").

Only body lines change. Most lines are ruled out by their first two letters and their
last character (a sentence's stop), and the rest are read at most in their last `_TAIL`
characters, so the pass costs little.
"""
from __future__ import annotations

import re
from typing import Sequence

from .boilerplate import (ALONE_CHARS, BODY, BYLINE_LEADS, LineLabel, PITCH_VERBS, REASONS, holds_any, line_words,
                          phrase_alone, relabelled)
from .promos import reads_on
from .segment import NAME_RUN

CREDIT = "photo caption or credit"
PLACEHOLDER = "placeholder text"
TEMPLATE_CODE = "template code left in the page"
READING_TIME = "reading time"
ADDRESS = "postal address"
PAGING = "page navigation or filing"
DISCLOSURE = "affiliate disclosure"
SOURCE = "source credit"
BUTTON = "button repeated on the page"
CONSENT = "form consent notice"
SHIPPING = "shop's free-shipping banner"
PROMISE = "sign-up form's privacy promise"
GALLERY = "picture caption credited to the same name down the page"
MAILING = "mailing-list or redirect notice"
RULED = "box set off by a rule"


_PICTURE = r"(?:[Pp]hoto(?:graph)?|PHOTO|[Ii]mage|[Pp]icture|[Ii]llustration)s?(?: [Cc]redits?)?"
# A name or two in a credit: words and initials, no sentence stop ("J. Smith", "AP").
_NAME = r"(?:[^.!?|]|(?<=\b[A-Z])\.)"
# What a line's start can tell, in one anchored match: a copyright sign; a credit ("Photo:
# ...", "Image credit: ...", "Photo by ...", "Credit: ...", a picture's controls: "Enlarge
# this image toggle caption ..."); placeholder text; a reading-time note ("Reading time: 3
# minutes", "5 min read"); a page's navigation or filing ("Page 1 of 8", "Tags: ...").
_START = re.compile(
    r"(?P<copyright>\u00a9)"
    r"|(?P<credit>(?:(?:Header|Featured|Cover|Lead|Top|Hero|Main) )?" + _PICTURE + r"\s?(?::|(?P<by>by\b))"
    # where one picture came from: "Image from Mary's April review.", "Photo via Pexels"
    # (not "Photos from the scene show ...": a sentence about pictures)
    r"|(?:[Pp]hoto|[Ii]mage|[Pp]icture) (?P<via>from|via|courtesy|provided by)\b"
    r"|Credits?:(?=\s*\S)"
    # a picture's controls run into its credit: "Enlarge this image toggle caption Ann Lee for NPR"
    r"|(?i:enlarge (?:this )?image|toggle caption|hide caption|expand (?:this )?image|view larger image"
    r"|click (?:the )?(?:image )?to enlarge|tap to enlarge)\b)"
    r"|(?P<source>(?:(?:Image|Chart|Data|Graphic|Photo|Video|Map) )?[Ss]ources?:(?=\s*\S))"
    r"|(?P<placeholder>(?i:lorem ipsum|dolor sit amet))"
    r"|(?P<reading>(?i:(?:estimated )?read(?:ing)? time\b|\d+\s*min(?:ute)?s? read\b))"
    r"|(?P<paging>(?i:(?:pages?:?\s*\d+(?:\s+\d+)+|page \d+ of \d+|step \d+ of \d+)$"
    r"|(?:tags?|tagged(?: with)?|filed under|categories|category)\s*:\s*\S"
    # a breadcrumb trail: "Home > Blog > Trends", "You are here: Hub >> Social Media >> ..."
    r"|you are here\s*:\s*\S|home\s+[\u00bb\u203a>/|]\s))")
# A rule of three or more symbols (dashes, underscores, equals signs, stars, tildes)
# and then words on the same line: the top of a box (see `_RULE_HEADS`).
_RULED = re.compile(r"(?:[-_=*~]{3,}|[\u2014\u2013]{3,})\s*[^\W_]")
# How such a line opens: its first two characters (most lines open otherwise).
_RULE_HEADS = frozenset({"--", "__", "==", "**", "~~", "\u2014\u2014", "\u2013\u2013"})
# The first four letters, lower-cased, of every word `_START` can open with: most lines
# open otherwise and skip the match (a regex call costs more than a set lookup).
_HEADS = frozenset(w[:4] for w in ("photo", "image", "picture", "illustration", "header", "featured", "cover", "lead",
                                   "top ", "hero", "main", "credit", "lorem", "dolor", "estimated", "read", "page",
                                   "step", "tag:", "tag ", "tags", "tagged", "filed", "categor", "you ", "home",
                                   "source", "chart", "data", "graphic", "video", "map ", "enlarge", "toggle", "hide",
                                   "expand", "view", "click", "tap "))
# The first two letters, as a line would write them, of a credit, a copyright notice,
# placeholder text or an estimated reading time: the marks that may end with a stop.
_SENTENCE_HEADS = frozenset(v for w in ("Photo", "Image", "Picture", "Illustration", "Credit", "Lorem", "Estimated")
                            for v in (w[:2], w[:2].lower(), w[:2].upper())) | {"\u00a9 "} | _RULE_HEADS
_OTHER_FIRSTS = frozenset("\u00a90123456789 \t")  # (c), a reading time's figure, or a space to strip
_BY_WORDS = 12  # "Photographs by the agency show ...": a credit by name is short
_COPYRIGHT_WORDS = 10
# A caption is a sentence or three; a longer line that holds a credit is story (or a page
# run together into one line) with a picture's credit inside it.
_CAPTION_WORDS = 60
_ASIDE_WORDS = 25  # "... kill the cells. (image: micrograph of the virus, NIAID)": story
# Agencies and picture desks a credit names after a slash.
_AGENCY = (r"(?:Getty Images|AFP|AP|Reuters|Shutterstock|iStock(?:photo)?|Unsplash|Alamy|EPA(?:-EFE)?|Bloomberg"
           r"|NurPhoto|Pexels|Wikimedia Commons|Flickr|Sipa|Corbis|Associated Press"
           r"|[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)* (?:Magazine|Images|Photos?|Pictures))")
# Agencies that put their name before the photographer's: "REUTERS/Eric Gaillard",
# "(AP Photo/Evan Vucci)", "AFP PHOTO/Ann Lee", "REUTERS/Robert Galbraith/Files".
_AGENCY_FIRST = r"(?:REUTERS|Reuters|AP Photo|AFP(?: PHOTO| Photo)?|EPA(?:-EFE)?|Xinhua|UPI Photo)"
_AGENCY_FIRST_SIGNS = ("REUTERS", "Reuters", "AP Photo", "AFP", "EPA", "Xinhua", "UPI Photo")
# Agencies named alone after a caption's sentence: "... may decrease stroke risk. Getty Images"
_BARE_AGENCIES = ("Getty Images", "Shutterstock", "iStock", "iStockphoto", "Corbis", "Alamy", "AFP", "AP",
                  "Reuters", "REUTERS", "EPA", "Bloomberg")
_CREDIT_NAME = r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}"
# the last words `_AGENCY` can end with
_AGENCY_ENDS = ("Images", "AFP", "AP", "Reuters", "Shutterstock", "iStock", "iStockphoto", "Unsplash", "Alamy", "EPA",
                "EPA-EFE", "Bloomberg", "NurPhoto", "Pexels", "Commons", "Flickr", "Sipa", "Corbis", "Press", "Magazine",
                "Photo", "Photos", "Pictures")
# Who made a room or a picture, as a credit names them (not "Design", which a product's spec names).
_ROLE = r"(?:Interior [Dd]esign|INTERIOR DESIGN|Set [Dd]esign|Styling|STYLING|Photography|PHOTOGRAPHY|Art [Dd]irection)"
# ... and its label in a credit, with its partners: "Interior design + artwork:", "Source & Photography:"
_ROLE_LABEL = r"(?:Source ?(?:&|\+|and) ?)?" + _ROLE + r"(?: ?(?:&|\+|and) ?[a-z]+)*\s?:"
_AFTER = r"""(?:^|[.!?"'\u201d\u2019)]\s+|\s[|\u00b7\u2022]\s|\()"""  # where a credit can start
# A credit that closes a caption: "... Photo: Name", "... | Photo by Name", "Name/Agency", "Name | Agency",
# "Place | (c) 2017 Name".
_TAIL_CREDIT = re.compile(
    _AFTER + r"(?:" + _PICTURE + r"(?::| by| courtesy(?: of)?)\s*" + _NAME + r"{1,60}"
    r"|[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}\s?/\s?(?:[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)*\s?/\s?)*"
    # a paper's picture handed out by an agency: "Ann Lee/The Charlotte Observer via AP Photo"
    r"(?:[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)* via )?" + _AGENCY + r"\)?"
    # a credit with the roles of those who made the room or the picture: "... Interior design +
    # artwork: Ann Lee", "... Source & Photography: Ann Lee", "... Styling: Bob Stone"
    r"|" + _ROLE_LABEL + r"\s*[A-Z]" + _NAME + r"{0,60}"
    r"|(?<=[|\u00b7\u2022]\s)" + _AGENCY + r"\)?"
    # the agency first: "... in Nice July 26, 2012. REUTERS/Eric Gaillard", "(AP Photo/Evan Vucci)"
    r"|" + _AGENCY_FIRST + r"\s?/\s?" + _CREDIT_NAME + r"(?:\s?/\s?" + _CREDIT_NAME + r")*\)?"
    # an agency alone after the caption: "... may decrease stroke risk. Getty Images"
    r"|(?:" + "|".join(_BARE_AGENCIES) + r")"
    r"|\u00a9\s?(?:\d{4}\s)?" + _NAME + r"{1,50})$")
_TAIL = 100
# The label of a link to where a picture or a story came from, on a line of its own:
# "Source", "(Image Source)", "Photo credit".
_SOURCE_LINKS = frozenset({"source", "image source", "photo source", "picture source", "image credit",
                           "photo credit", "image credits", "photo credits", "image via", "photo via"})
_LINK_CHARS = 20
# The label of a page's table of contents, or of its buttons to have an assistant sum the
# page up, on a line of its own: "Table of Contents", "In this article:", "Summarize this
# article with:". ("Key takeaways" heads the story's own list: not here.)
_CONTENTS_LABELS = frozenset({"contents", "table of contents", "in this article", "in this post", "in this guide",
                              "on this page", "article contents", "summarize this article with",
                              "summarize this post with", "summarize with ai"})
_CONTENTS_CHARS = 30
# A caption that closes with a credit and a stop: "... crop sensor DSLR. Photo by: 'Mario Calvo'.",
# "... Photo: Hologic." A sentence may go on after "Photographs by ..." ("... will be on view."),
# so the credit here is names only: capitalised words, initials and the words that join them.
_CAPS = r"(?:[A-Z]\.|[A-Z\d][\w'\u2019&-]*)(?:(?: |/|, | & | and | of | for | the | via )(?:[A-Z]\.|[A-Z\d][\w'\u2019&-]*))*"
_NAME_FIRSTS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ'\"\u2018\u201c")  # how a credit's last word starts
_CLOSING_TAIL = 80  # such a credit is a few names: it starts in the last `_CLOSING_TAIL` characters
_CLOSING_CREDIT = re.compile(
    r"[.!?\"'\u201d\u2019)]\s+(?:" + _PICTURE + r"(?::| by:?| courtesy(?: of)?:?)"
    r"|" + _ROLE_LABEL + r")"
    r"\s*['\"\u2018\u201c]?" + _CAPS + r"['\"\u2019\u201d]?[.!]$")
# A line that ends a sentence or a clause is neither a credit nor an address: most story
# lines are ruled out by their last character.
_CLOSING_MARKS = frozenset(".!?:;,\"'\u201d\u2019")
# A template's code left in the page, alone on its line: "{{name="/path"}}", "[form id=12]",
# "[/embed]" (a story's bracketed aside holds words, not a key=value pair).
_TEMPLATE_CODE = re.compile(r"\{\{[^{}]+\}\}|\[[a-z][\w-]*(?: [\w-]+=[^\[\]=]+)+\]|\[/[a-z][\w-]*\]")
_START_REASONS = {"placeholder": PLACEHOLDER, "reading": READING_TIME, "paging": PAGING}
_CAPTIONS = frozenset({CREDIT, GALLERY, REASONS["lex_credit"]})

# What an affiliate disclosure says: that the site may earn a commission, that the page
# holds affiliate links, or that buying through its links pays it.
_DISCLOSURE = re.compile(
    r"(?i:\b(?:we|this (?:site|website|blog)|i)\s+(?:may|might|could|can|will|do|does)\s+(?:also\s+)?"
    r"(?:earn|receive|get|make)\b[^.]{0,40}?\b(?:commissions?|portion of (?:the )?sales|compensation|kickback)\b"
    r"|\b(?:contains?|includes?|uses?|using)\s+(?:some\s+)?affiliate\s+links?\b|\baffiliate links? (?:are|is) used\b"
    r"|\b(?:buy|purchas|shop|click)\w*\s+(?:something\s+|anything\s+)?(?:through|via|using)\s+"
    r"(?:the\s+|our\s+|my\s+|these\s+|those\s+)?(?:affiliate\s+)?links\b"
    # ... or how the site is paid: "We may be compensated when you click on a link", "from which
    # we may receive financial compensation when ...", "earning commissions when readers purchase
    # from our partners", "X is supported by commissions from providers",
    # "some vendors may pay us for web traffic", "Advertising on our site helps support our mission"
    r"|\b(?:we|I)\s+(?:may|might|could|can|will|do)\s+(?:also\s+)?be\s+(?:compensated|paid)\s+(?:when|if)\s+"
    r"(?:you|a reader|readers|a customer|customers)\b"
    r"|\b(?:we|I)\s+(?:may\s+|might\s+|do\s+)?(?:receive|earn)\s+(?:financial\s+)?compensation\s+(?:when|if)\s+"
    r"(?:you|a reader|readers|a customer|customers)\b"
    r"|\bearn(?:s|ing)?\s+(?:a\s+)?(?:small\s+)?commissions?\s+when\s+(?:you|a reader|readers|a customer|customers)\b"
    r"|\bis supported by (?:commissions|advertising|advertisers|affiliate)\b"
    r"|\b(?:vendors|companies|partners|advertisers|brands)\s+(?:may\s+|might\s+)?pay\s+us\b"
    r"|\badvertising on (?:our|this) (?:site|website) helps? (?:support|fund)\b)")
# ... in the site's own voice
_OWN_VOICE = re.compile(r"\b(?:[Ww]e|I|[Uu]s|[Oo]ur|[Mm]y)\b|(?i:\bthis (?:post|article|page|site|website|blog|story"
                        r"|guide|review|content)\b)")
_DISCLOSURE_WORDS = 80  # a disclosure is a sentence or three


# A sentence that asks the reader to sign up, subscribe or join.
_SIGN_UP = re.compile(r"(?:^|[.!?]\s+)(?:Sign up|SIGN UP|Subscribe|SUBSCRIBE|Join (?:our|the|\d)"
                      r"|Get (?:the latest|our|insider|exclusive)|Enter your email)\b"
                      # ... or a sign-up box run into one line, ending with its button ("... Sign Up Now")
                      r"|\b(?:Sign [Uu]p|SIGN UP|Subscribe|SUBSCRIBE)"
                      r"(?: (?:[Nn]ow|NOW|[Tt]oday|[Hh]ere|[Ff]ree))?\W{0,3}$")
_PROMPT_WORDS = 60
# The consent under a form: "By submitting this form, you agree to ...".
_CONSENT = re.compile(r"By (?:submitting|clicking|entering|signing up|subscribing|registering|continuing|providing"
                      r"|using this)\b[^.]{0,120}\b(?:you|I)\b (?:agree|acknowledge|consent|authori[sz]e|accept)",
                      re.IGNORECASE)

# A mailing list's notice ("You received this email because you signed up ...") or a
# redirect's ("Please wait while you are redirected ...", "You have been redirected to
# www.x.com."): a page's message to its reader about the page itself.
_MAILING = re.compile(r"\b(?:[Yy]ou (?:received|are receiving|are getting|get) this (?:e-?mail|message|newsletter) because"
                      r"|[Yy]ou (?:are being|have been|will be|are|were) (?:now )?redirected\b)")
_MAILING_WORDS = 40


def mailing(s: str) -> bool:
    """Whether a line of fewer than `_MAILING_WORDS` words that says "because" or
    "edirected" (`in_sentences` tells) is a mailing list's or a redirect's notice to the
    reader (`_MAILING`)."""
    return _MAILING.search(s) is not None


# The promise under a sign-up form, a sentence of its own: "We respect your privacy.",
# "We will never sell your information.", "Unsubscribe at any time.", "No spam, ever."
_PRIVACY_PROMISE = re.compile(r"(?:^|[.!?]\s+)(?:We respect your privacy|We (?:will|'ll|\u2019ll) never (?:sell|share|spam)"
                              r"|We (?:won't|won\u2019t|do not|don't|don\u2019t|never) (?:sell|share|spam)"
                              r"|(?:You can |You may )?(?:[Uu]nsubscribe|[Oo]pt[- ]out) (?:at )?any ?time|No spam)\b")
_PROMISE_WORDS = 30  # a promise is a sentence or two under the form
_PROMISE_CHARS = 250


def privacy_promise(s: str) -> bool:
    """Whether a short line (fewer than `_PROMISE_WORDS` words, at most `_PROMISE_CHARS`
    characters, with one of the words `in_sentences` looks for) is the promise a sign-up
    form makes under its box: the site's "we" (or the reader's "unsubscribe") about what
    becomes of the address, never a story's sentence (a story that quotes such a promise
    quotes it within more words)."""
    return _PRIVACY_PROMISE.search(s) is not None


def sign_up(s: str) -> bool:
    """Whether a line of fewer than `_PROMPT_WORDS` words, with one of the words
    `in_sentences` looks for, holds a prompt to sign up (see the module doc)."""
    return _SIGN_UP.search(s) is not None


# A shop's banner of its free-shipping threshold: "Free standard shipping on orders $60 CAD+.
# For more information ...", "Spend $60+ for FREE Shipping", "Livraison gratuite 65€ +",
# and the cart's note "You're $12 away from free standard shipping".
_SHIPPING = re.compile(r"(?i:^(?:free (?:standard |express |ground |economy |2-day |two-day )?shipping "
                       r"(?:on|over|for|with)\b|spend [$€£]?\d[^.!]{0,15} (?:for|to get) free shipping"
                       r"|livraison gratuite\b)|\baway from free (?:standard |express )?shipping\b"
                       r"|(?:^|[.!]\s)You(?:'ve| have)? (?:get|got|unlocked|qualify for) free (?:standard |express )?"
                       r"shipping\b)")
_SHIPPING_WORDS = 40


def shipping(s: str) -> bool:
    """Whether a stripped line of fewer than `_SHIPPING_WORDS` words that names shipping
    (`in_sentences` tells) is a shop's free-shipping banner (see `_SHIPPING`)."""
    return _SHIPPING.search(s) is not None


def in_sentences(s: str) -> str | None:
    """The reason of a line whose sentences mark it as furniture (an affiliate
    disclosure, a prompt to sign up), or None. Each kind has a most words it runs to, so
    a long paragraph skips the substring tests of the shorter kinds (the same answers).

    Each kind holds one of a few words, which are looked for here, before its patterns
    are called (for speed: most lines hold none of them, and a call per kind cost more
    than its substring tests)."""
    words = s.count(" ")
    # a disclosure names commissions, affiliates, links, compensation or pay
    if words < _DISCLOSURE_WORDS and ("ffiliate" in s or "ommission" in s or "ompensat" in s or "kickback" in s
                                      or "links" in s or "pay us" in s or "dvertising on" in s) and disclosure(s):
        return DISCLOSURE
    if words < _PROMPT_WORDS and ("ign up" in s or "IGN UP" in s or "ubscribe" in s or "UBSCRIBE" in s
                                  or "Join " in s or "Get " in s or "Enter your" in s) and sign_up(s):
        return REASONS["lex_newsletter"]
    if words < _PROMISE_WORDS and len(s) <= _PROMISE_CHARS and (
            "rivacy" in s or "sell" in s or "share" in s or "spam" in s or "nsubscribe" in s or "pt-out" in s
            or "pt out" in s) and privacy_promise(s):
        return PROMISE
    if s[:3] in ("By ", "BY ", "by ") and _CONSENT.match(s) is not None:
        return CONSENT
    if words < _SHIPPING_WORDS and ("hipping" in s or "HIPPING" in s) and shipping(s):
        return SHIPPING
    # a mailing list's notice says why the mail came; a redirect's names it
    if words < _MAILING_WORDS and ("because" in s or "edirected" in s) and mailing(s):
        return MAILING
    # each sample names the text ("text", "Text")
    if words < _BUILDER_WORDS and "ext" in s and builder_text(s):
        return PLACEHOLDER
    return None


# The sample text page builders put in a new box, left on the page: Mobirise's "Here goes
# your text ... Select any part of your text to access the formatting toolbar.", Wix's
# "I'm a paragraph. Click here to add your own text and edit me.", Elementor's "Click
# edit button to change this text." and "Add Your Heading Text Here", Divi's "Your
# content goes here. Edit or remove this text inline ...".
_BUILDER = re.compile(r"(?i:\bhere goes your text\b|\bselect any part of your text\b|\badd your own text\b"
                      r"|\bclick (?:the )?edit button to change this text\b|\badd your heading text here\b"
                      r"|\bedit or remove this text inline\b)")
_BUILDER_WORDS = 40


def builder_text(s: str) -> bool:
    """Whether a stripped line that names a text (`in_sentences` tells) holds a page
    builder's sample text (see `_BUILDER`); a line of `_BUILDER_WORDS` or more is a
    paragraph that `in_sentences` does not ask about."""
    return _BUILDER.search(s) is not None


def disclosure(s: str) -> bool:
    """Whether a line of fewer than `_DISCLOSURE_WORDS` words that names commissions,
    affiliates, links, compensation or pay (`in_sentences` tells) is an affiliate
    disclosure (see the module doc)."""
    return _DISCLOSURE.search(s) is not None and _OWN_VOICE.search(s) is not None


# A byline's label with the name on a line of its own: "Written by", "Authors:", "By:".
_BYLINE_LABEL = re.compile(r"\W*(?i:(?:" + "|".join(BYLINE_LEADS) + r"|authors?|contributors?|reviewed by|edited by"
                           r"|fact[- ]checked by|medically reviewed by)\s*[:,]?)\W*")
# Between the names of writers credited together: "Ann Lee and Bob Stone", "A, B & C".
_NAMES_JOIN = re.compile(r",? (?:and|&) |, ")
_NAMES_WORDS = 8
# A page names its writers once or twice; more labels are a list's ("By: ..." under each book).
_BYLINES = 2


def _bylines(labels: Sequence[LineLabel]) -> int:
    """How many lines of the page are a byline's label alone."""
    return sum(byline_label(lab.line.text.strip()) for lab in labels)


def names(s: str) -> bool:
    """Whether a stripped line is only a person's name or a few ("Jane Doe", "Ann Lee and
    Bob Stone"): runs of capitalised words (`segment.NAME_RUN`) of two words or more."""
    return s.count(" ") < _NAMES_WORDS and all(
        " " in part and NAME_RUN.fullmatch(part) is not None for part in _NAMES_JOIN.split(s))


# A byline with its names on one line: "By Ann Lee", "Written by Ann Lee and Bob Stone".
_BYLINE_NAMES = re.compile(r"(?i:" + "|".join(BYLINE_LEADS) + r")\s*:?\s+(?P<names>[A-Z].*)")
_BYLINE_NAMES_CHARS = 60
_BY_HEADS = frozenset({"By ", "by ", "BY ", "By:", "by:", "BY:"})
_LEAD_CHARS = max(map(len, BYLINE_LEADS)) + 1  # where the "by" of a longer lead ("Reporting by") ends


def by_lead(t: str) -> bool:
    """Whether a line opens with a lead of `BYLINE_LEADS` by the look of its first
    characters (a cheap test before `named_byline` reads it)."""
    head = t[:_LEAD_CHARS + 2]
    return head[:3] in _BY_HEADS or " by" in head or " By" in head or " BY" in head


def named_byline(text: str) -> bool:
    """Whether a line is a byline and nothing else: a lead of `BYLINE_LEADS` and only
    names after it ("By Ann Lee"). Whoever wrote a piece is never a sentence of it, so
    such a line the models leave in the story (the credit of a picture in a recipe, the
    writer under each teaser in a list) is a byline wherever it stands."""
    if len(text) > _BYLINE_NAMES_CHARS or not by_lead(text):  # most lines: before the strip
        return False
    m = _BYLINE_NAMES.fullmatch(text.strip())
    return m is not None and names(m["names"])


def byline_label(s: str) -> bool:
    """Whether a stripped line is only a byline's label ("Written by", "Authors:")."""
    return len(s) <= 30 and _BYLINE_LABEL.fullmatch(s) is not None


def alone(s: str) -> str | None:
    """The reason of a line that is one furniture phrase and nothing else
    (`phrase_alone`), or None."""
    category = phrase_alone(s)
    return None if category is None else REASONS["lex_" + category]


# A link's label closing a teaser of another story: "Migraines could be caused by gut
# bacteria, study suggests Read more" (a sentence of the story that asks its reader to
# read more says so in lower case and ends with a stop).
_READ_MORE = (" Read more", " Read More", " READ MORE")
_TEASER_SPACES = 3  # a few words before it ("Subscribe | Read More" is a menu's), and a
# teaser's few sentences at most (`_CAPTION_WORDS`): a whole page run into one line may end so


def mark(text: str) -> str | None:
    """Why a line is furniture by its own form (a reason, see the module doc), or None."""
    s = text.strip()
    why = alone(s)
    if why is not None:
        return why
    if s[:1] in "{[" and _TEMPLATE_CODE.fullmatch(s) is not None:
        return TEMPLATE_CODE
    if s.endswith(_READ_MORE) and _TEASER_SPACES <= s.count(" ") < _CAPTION_WORDS:
        return REASONS["lex_related"]
    if len(s) <= _LINK_CHARS:
        link = s.strip("()[] ").lower()
        if link in _SOURCE_LINKS:
            return SOURCE if link == "source" else CREDIT
    if contents_label(s):
        return PAGING
    if s[:2] in _RULE_HEADS and _RULED.match(s) is not None and not framed_heading(s):
        return RULED
    m = _START.match(s) if s[:4].lower() in _HEADS or s[:1] in _OTHER_FIRSTS else None
    if m is not None:
        kind = m.lastgroup
        if kind == "copyright":
            return REASONS["copyright"] if s.count(" ") < _COPYRIGHT_WORDS else None
        if kind == "credit":
            return CREDIT if s.count(" ") < (_CAPTION_WORDS if m["by"] is None and m["via"] is None
                                             else _BY_WORDS) else None
        if kind == "source":
            return SOURCE if s.count(" ") < _BY_WORDS else None
        return _START_REASONS[kind]
    why = in_sentences(s)
    if why is not None:
        return why
    if s[-1:] in _CLOSING_MARKS or s.count(" ") >= _CAPTION_WORDS:
        return CREDIT if closing_credit(s) else None
    if address(s):
        return ADDRESS
    return CREDIT if _tail_credit(s) else None


_HEADING_SPACES = 10  # a framed heading's words (and its two rules) are this many spaces at most


def framed_heading(s: str) -> bool:
    """Whether a stripped line that opens with a rule is a short heading closed by the
    same rule ("=== Early life ===", "--- Part two ---"): the story's own section, where
    a box framed by rules holds sentences ("*** UPDATE- Anyone who ... this post ***")."""
    return s[-1:] == s[:1] and s.count(" ") <= _HEADING_SPACES


def contents_label(s: str) -> bool:
    """Whether a stripped line is the label of a table of contents ("In this article:")."""
    return len(s) <= _CONTENTS_CHARS and s.rstrip(" :").lower() in _CONTENTS_LABELS


def _tail_credit(s: str) -> bool:
    """Whether a stripped line closes with a picture's credit (`_TAIL_CREDIT`)."""
    # a long line is read from a cut that no credit may start at (`^` is not its start)
    tail = s if len(s) <= _TAIL else "\0" + s[-_TAIL:]
    # each kind of credit holds a word or sign of its own: most lines hold none of them
    # (a web address or a DOI holds a slash, but does not end with an agency's name; an
    # agency alone follows a bar)
    if not (_names_picture(tail) or "\u00a9" in tail
            or (("/" in tail or "|" in tail or "\u00b7" in tail or "\u2022" in tail)
                and tail.rstrip(")").endswith(_AGENCY_ENDS))
            or ("/" in tail and holds_any(tail, _AGENCY_FIRST_SIGNS))
            or tail.endswith(_BARE_AGENCIES)):
        return False
    m = _TAIL_CREDIT.search(tail)
    return m is not None and (not m[0].startswith("(") or s.count(" ") < _ASIDE_WORDS)


def _names_picture(tail: str) -> bool:
    """Whether a line's tail holds a word that a picture's credit opens with (a quick test
    before `_TAIL_CREDIT` or `_CLOSING_CREDIT`)."""
    return ("hoto" in tail or "HOTO" in tail or "mage" in tail or "icture" in tail or "llustration" in tail
            or "esign" in tail or "ESIGN" in tail or "tyling" in tail or "TYLING" in tail or "irection" in tail)


def closing_credit(s: str) -> bool:
    """Whether a stripped line that ends with a stop is a caption that closes with a
    credit by name ("The Sony mirrorless system. Photo by: 'Markus Lompa'.", `_CLOSING_CREDIT`)."""
    # a name is capitalised, and most sentences end with a word in lower case: a quick test first
    if s[-1:] not in ".!" or s[s.rfind(" ") + 1] not in _NAME_FIRSTS:
        return False
    tail = s[-_CLOSING_TAIL:]
    return _names_picture(tail) and s.count(" ") < _CAPTION_WORDS and _CLOSING_CREDIT.search(tail) is not None


# A street ("301 N. Washington St.", "3919 30th St", "1005 Main Road") and a postal code
# (a US ZIP after a state, a six-figure PIN).
_STREET = re.compile(r"\b\d{1,5}[A-Za-z]? (?:[NSEW]\.? |North |South |East |West )?[A-Z0-9][\w.]*(?: [A-Z][\w.]*){0,3} "
                     r"(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Dr|Drive|Lane|Ln|Way|Pkwy|Parkway|Hwy|Highway"
                     r"|Court|Ct|Place|Pl|Square|Sq|Suite)\b")
_POSTCODE = re.compile(r"\b[A-Z]{2},? \d{5}(?:-\d{4})?\b|\b\d{6}\b")
_ADDRESS_CHARS = 160


def address(s: str) -> bool:
    """Whether a stripped line is a postal address: a street and a postal code, and at
    most one word in lower case (names and figures, not a sentence). An address ends
    with its postal code or its country ("..., NY 10001, USA"): a quick test first."""
    if not (s[-1:].isdigit() or s.endswith("USA")) or len(s) > _ADDRESS_CHARS or _POSTCODE.search(s) is None \
            or _STREET.search(s) is None:
        return False
    return sum(w[:1].islower() for w in s.split()) <= 1


def credit(text: str) -> str | None:
    """Why a line is a picture credit or a copyright notice (a reason), or None."""
    why = mark(text)
    return why if why in (CREDIT, REASONS["copyright"]) else None


def relabel(labels: Sequence[LineLabel]) -> list[LineLabel]:
    """The labels with body lines that are furniture by their own form relabelled:
    picture credits as captions, a byline's label and its name as the byline, the others
    as boilerplate.

    This runs on every page, so the common case is kept to two slices and two set
    lookups: a line that ends a sentence is read on only if it opens like a credit, a
    copyright notice, placeholder text or a reading time (`_SENTENCE_HEADS`), and then
    only for a furniture phrase alone ("Learn more."), an affiliate disclosure or a
    prompt to sign up, which most lines rule out by substring tests; the other kinds of
    mark are short lines that end in no stop.
    """
    out = list(labels)
    bylines = None  # how many byline labels the page holds, counted once when first needed
    buttons = None  # the page's short lines by their words, counted once when first needed
    gallery = None  # the page's gallery captions, found once when first needed
    for i, lab in enumerate(labels):
        if lab.label != BODY:
            continue
        t = lab.line.text
        if len(t) <= 30 and byline_label(t.strip()):
            out[i] = relabelled(lab, label="byline", reason=REASONS["byline"])
            after = labels[i + 1] if i + 1 < len(labels) else None
            if after is not None and after.label == BODY and names(after.line.text.strip()):
                if bylines is None:
                    bylines = _bylines(labels)
                if bylines <= _BYLINES:
                    out[i + 1] = relabelled(after, label="byline", reason=REASONS["byline"])
            continue
        if out[i] is not lab:  # the name after a byline's label, labelled with it
            continue
        if len(t) <= _BYLINE_NAMES_CHARS and named_byline(t):  # (for speed: most lines are longer)
            out[i] = relabelled(lab, label="byline", reason=REASONS["byline"])
            continue
        if t[-1:] not in _CLOSING_MARKS or t[:2] in _SENTENCE_HEADS:
            why = mark(t)
        else:  # a sentence: a furniture phrase alone ("Learn more.") or a disclosure, if anything
            s = t.strip()
            why = (alone(s) if len(t) <= ALONE_CHARS else None) or in_sentences(s)
            if why is None and len(s) <= _CONTENTS_CHARS and contents_label(s):  # (for speed: most lines are longer)
                why = PAGING
            if why is None and closing_credit(s):
                why = CREDIT
        if why is None and len(t) <= _BUTTON_CHARS:
            words = _label_words(t)
            if 1 <= len(words) <= _BUTTON_WORDS and words[0] in _BUTTON_VERBS and not reads_on(t):
                if buttons is None:
                    buttons = _short_lines(labels)
                if buttons.get(" ".join(words), 0) >= _BUTTON_REPEATS:
                    why = BUTTON
        if why is None and len(t) <= _GALLERY_CHARS and " by " in t:
            if gallery is None:
                gallery = _gallery_captions(labels)
            if i in gallery:
                why = GALLERY
        if why is not None:
            out[i] = relabelled(lab, label="caption" if why in _CAPTIONS else "boilerplate", reason=why)
    return out


# A picture's caption in a gallery: a title and who made the picture, "Color Wheel by Clay".
_BY_CAPTION = re.compile(r"(?!\d+[.)]\s)[A-Z\d].*? by ([A-Z][\w&'\u2019-]*(?: [A-Z][\w&'\u2019-]*){0,2})")
_GALLERY_CHARS = 90
_GALLERY_REPEATS = 3


def _gallery_captions(labels: Sequence[LineLabel]) -> set[int]:
    """The lines of a page that are a gallery's captions: "<title> by <Name>" with the
    same name under three pictures or more, each standing alone between other lines (a
    run of such lines is a list: "It by Stephen King", "Carrie by Stephen King", ...).
    Counted once per page, when first needed."""
    found: dict[int, str] = {}
    for i, lab in enumerate(labels):
        t = lab.line.text
        if " by " in t and len(t) <= _GALLERY_CHARS:
            m = _BY_CAPTION.fullmatch(t.strip())
            if m is not None:
                found[i] = m[1]
    counts: dict[str, int] = {}
    for name in found.values():
        counts[name] = counts.get(name, 0) + 1
    return {i for i, name in found.items()
            if counts[name] >= _GALLERY_REPEATS and i - 1 not in found and i + 1 not in found}


# A button's label: a verb and a few words ("View in list"), on three lines of a page or more.
_BUTTON_VERBS = PITCH_VERBS | {"view", "read", "add", "click", "go"}
_BUTTON_WORDS = 5
_BUTTON_CHARS = 40
_BUTTON_REPEATS = 3


def _label_words(text: str) -> list[str]:
    """A button's words (`boilerplate.line_words`), less the signs it draws ("\u2192", "\u00bb")."""
    return [w for w in line_words(text) if any(c.isalnum() for c in w)]


def _short_lines(labels: Sequence[LineLabel]) -> dict[str, int]:
    """How often each short line's words occur on the page (counted once, when first needed)."""
    counts: dict[str, int] = {}
    for lab in labels:
        if len(lab.line.text) <= _BUTTON_CHARS:
            key = " ".join(_label_words(lab.line.text))
            counts[key] = counts.get(key, 0) + 1
    return counts
