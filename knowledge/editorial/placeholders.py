"""Phrases that stand in for missing content, which must never reach a reader.

An empty field hides its section on the page, the one-pager and the PDF, so an editor never
needs a stand-in text; a page that holds one cannot be saved (ContentPage.clean).
"""

import re

# Matched anywhere in a text, ignoring case. Specific on purpose: "aan te vullen" alone or
# "to be completed" also occur in ordinary sentences ("om het aanbod aan te vullen").
PLACEHOLDER_PHRASES = (
    "nog aan te vullen",
    "aan te vullen door de redactie",
    "nog in te vullen",
    "nog beschreven door de redactie",
    "lorem ipsum",
    "still to be added",
    "to be added by the editors",
    "to be completed by the editors",
)

PATTERN = re.compile("|".join(re.escape(phrase) for phrase in PLACEHOLDER_PHRASES), re.IGNORECASE)


def find_placeholder(text):
    """The first placeholder phrase in `text`, as written there, or ''."""
    match = PATTERN.search(text or "")
    return match.group(0) if match else ""
