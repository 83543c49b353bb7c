"""schema.org JSON-LD for content pages, so search engines and other tools read what a page is:
an article, a method to follow (HowTo) or a case study with its place, period and organisation."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import strip_tags

# Characters that could end the script element or start markup inside it.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def organisation(term):
    return {"@type": "Organization", "name": term.name} if term is not None else None


def content_page_data(page, request):
    """What every content page says about itself (schema.org CreativeWork properties)."""
    data = {
        "@context": "https://schema.org",
        "@type": page.schema_type,
        "name": page.title,
        "headline": page.title[:110],
        "description": page.intro,
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
        "datePublished": page.first_published,
        "dateModified": page.version_date,
        "keywords": [theme.name for theme in page.themes.all()],
    }
    return data


def as_script(data):
    """`data` without empty values, as the text of a `<script type="application/ld+json">`."""
    data = {key: value for key, value in data.items() if value not in (None, "", [])}
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(SCRIPT_ESCAPES)


def plain(text):
    return strip_tags(str(text)).strip()
