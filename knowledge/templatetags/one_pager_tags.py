"""Filters for the one-pagers: shortening rich text so it fits one A4 sheet."""

from bs4 import BeautifulSoup
from django import template
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

register = template.Library()

BLOCKS = ["p", "li", "h2", "h3", "h4", "h5", "h6"]
ELLIPSIS = " …"


@register.filter
def truncate_blocks(html, words):
    """Rich text cut to `words` words. Unlike Django's truncatewords_html, the ellipsis ends the
    last block that is kept, so a one-pager never shows a list item or paragraph holding only
    '…'; lists left empty go too."""
    soup = BeautifulSoup(str(html), "html.parser")
    # The innermost blocks: a list item holding paragraphs counts through its paragraphs.
    blocks = [block for block in soup.find_all(BLOCKS) if not block.find(BLOCKS)]
    budget = int(words)
    last_kept = None
    for index, block in enumerate(blocks):
        count = len(block.get_text().split())
        if count <= budget:
            budget -= count
            last_kept = block
            continue
        if budget:
            shortened = Truncator(block.decode_contents()).words(
                budget, html=True, truncate=ELLIPSIS
            )
            block.clear()
            block.append(BeautifulSoup(shortened, "html.parser"))
        else:
            block.decompose()
            if last_kept is not None:
                last_kept.append(ELLIPSIS)
        for later in blocks[index + 1 :]:
            later.decompose()
        break
    for empty_list in soup.find_all(["ul", "ol"]):
        if not empty_list.find("li"):
            empty_list.decompose()
    return mark_safe(str(soup))  # noqa: S308 - our own rich text, only shortened here
