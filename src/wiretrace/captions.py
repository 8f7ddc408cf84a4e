"""Photo captions: a line that *ends* in a photo credit (``REUTERS/Name``, ``(AP
Photo/Name)``, ``Purchase Licensing Rights``, ``(Supplied: Name)``), or a credit standing
on a line of its own under its caption. A credit's shape is so specific that clean.py
looks for captions anywhere in a page, where inline images put them."""

from __future__ import annotations

import re

# an "(AP Photo/...)" credit, a credit label, or the Reuters licensing link.
CREDIT_END = re.compile(
    r"(?:"
    r"\b[A-Z]{2,}(?:\s[A-Z]{2,})?/[A-Z][^/\n]{1,60}(?:/[^/\n]{1,40}){0,3}"
    r"|\((?:AP|AFP|EPA|Reuters|Getty|Xinhua|Anadolu)[^()\n]{0,20}/[^()\n]{1,60}\)"
    r"|\b(?:Photo|Photograph|Image|Picture|Credit|PHOTO|PICTURE|IMAGE)S?\s*(?:credit)?\s*:\s*[^.\n]{1,80}"
    r"|\bGetty Images(?: for [^.\n]{1,40})?"
    r"|Purchase Licensing Rights(?:, opens new tab)?"
    r"|\bPhoto d'illustration\b[^.\n]{0,60}|\bFoto(?: de archivo)?:\s*[^.\n]{1,60}"
    # an agency in title case after the caption's last sentence: "... in this March 2025
    # file photo. Ledger Wire/Emma Pryce" (round 165)
    r"|(?<=[.!?]\s)[A-Z][\w&'-]*(?:\s[A-Z][\w&'-]*){0,3}/[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){1,2}"
    # a photographer and an outlet in brackets: "... walk-in clinic. (Tobias Renn/The
    # Lowland Post)" (round 211)
    r"|\((?:[A-Z][\w'.-]+\s){1,3}[A-Z][\w'-]+/[A-Z][\w&'.-]*(?:\s[A-Z][\w&'.-]*){0,4}\)"
    # ... or a handout's: "(Supplied: Kyle Andrade)" (round 212)
    r"|\((?:Supplied|Handout|File photo|File)(?:\s*:\s*[^()\n]{1,60})?\)"
    # ... or an outlet's own: "... on Monday evening. (Courier photo)" (round 234)
    # (with the photographer: "(Courier file photo/Emmett Lyle)", round 250)
    r"|(?<=[.!?]\s)\([A-Z][\w&'.-]*(?:\s[\w&'.-]+){0,3}\s(?:[Pp]hoto|[Pp]icture|[Ii]mage)s?"
    r"(?:\s*[/:]\s*[A-Z][^()\n]{1,50})?\)"
    # ... or unbracketed: "... on Thursday. Herald photo by Ruben Okoro" (round 250)
    r"|(?<=[.!?]\s)[A-Z][\w&'.-]*(?:\s[A-Z][\w&'.-]*){0,2}\s(?:file\s)?(?:photo|picture)s?\sby"
    r"\s[A-Z][\w'.-]+(?:\s[A-Z][\w'.-]+){0,2}"
    r")\s*$"
)
CREDIT_ONLY = re.compile(
    r"^(?:\(?(?:Photo|Photograph|Image|Picture|Credit)s?\s*(?:credit)?\s*:?\s*[^.\n]{1,80}\)?"
    r"|[A-Z]{2,}(?:\s[A-Z]{2,})?/[A-Z][^\n]{1,80}"
    r"|\((?:AP|AFP|EPA|Reuters|Getty)[^()\n]{0,20}/[^()\n]{1,60}\)"
    # an outlet's credit alone: "Herald photo by Ruben Okoro", "(Courier file photo/Emmett
    # Lyle)", "Illustration by Ledger Studio" (round 250)
    r"|\(?(?:[A-Z][\w&'’.-]*\s+){0,3}(?:file\s+)?(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]llustration"
    r"|[Ii]mage|[Gg]raphic)s?(?:\s+by\s+|\s*[/:]\s*)[A-Z][^.\n]{0,60}\)?)\s*$"
)


def is_caption(text: str) -> bool:
    """The line ends in a photo credit (and is no byline: "By REUTERS/...")."""
    return bool(CREDIT_END.search(text)) and text.split()[0] not in ("By", "BY")
