"""Idempotent writers for demo content and small helpers to write rich text and streams as data."""

from django.utils.html import escape
from modelcluster.fields import ParentalManyToManyField


def upsert_snippet(model, lookup, **fields):
    """Create or update the snippet identified by `lookup` (e.g. locale and slug) and return it.

    The snippet is validated before it is saved, so a wrong CBS code fails loudly instead of
    ending up in the demo site.
    """
    instance = model.objects.filter(**lookup).first() or model(**lookup)
    for name, value in fields.items():
        setattr(instance, name, value)
    instance.full_clean()
    instance.save()
    return instance


def upsert_page(parent, model, slug, **fields):
    """Create or update the `model` page with `slug` under `parent`, then publish it.

    Running it again with the same fields changes the page's content in place instead of
    adding a sibling, so the demo command can be run as often as needed.
    """
    many_to_many = {
        name: fields.pop(name)
        for name in list(fields)
        if isinstance(model._meta.get_field(name), ParentalManyToManyField)
    }
    page = model.objects.child_of(parent).filter(slug=slug).first()
    is_new = page is None
    if is_new:
        page = model(slug=slug, locale=parent.locale)
    for name, value in fields.items():
        setattr(page, name, value)
    for name, values in many_to_many.items():
        getattr(page, name).set(values)
    if is_new:
        parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def paragraphs(*texts):
    """Rich text of one paragraph per text."""
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def bullets(*items, lead=""):
    """Rich text of a bulleted list, optionally after a lead paragraph."""
    lead_html = paragraphs(lead) if lead else ""
    return lead_html + "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(*texts):
    return {"type": "paragraph", "value": paragraphs(*texts)}


def quote(text, attribution):
    return {"type": "quote", "value": {"quote": text, "attribution": attribution}}


def link(title, url):
    return {"type": "link", "value": {"title": title, "external_url": url}}


def related(*pages):
    """A related-pages stream pointing at `pages`."""
    return [{"type": "page", "value": page.pk} for page in pages]
