"""Write the HTML of every live page, its one-pager and a sample of search pages to a folder, so
that two versions of the code can be compared on the same database with `diff -r`.

Run it from the checkout whose code should render (it imports the project in the current folder,
so the same script serves an older checkout too), with that checkout's settings and a database
both versions can read:

    cd ../wijkkompas-before && DATABASE_URL=… python ../wijkkompas/scripts/snapshot_pages.py /tmp/before
    cd ../wijkkompas && python manage.py migrate && DATABASE_URL=… python scripts/snapshot_pages.py /tmp/after
    diff -r /tmp/before /tmp/after

Values that differ per request (CSP nonces, CSRF tokens) are blanked, and whitespace at the
ends of lines is dropped, so that only what a reader would notice remains.
"""

import hashlib
import os
import re
import sys
from pathlib import Path

PER_REQUEST = [
    (re.compile(r'nonce="[^"]*"'), 'nonce=""'),
    (re.compile(r'(name="csrfmiddlewaretoken" value=)"[^"]*"'), r'\1""'),
    (re.compile(r"[ \t]*\n[ \t]*"), "\n"),
]
# Checkboxes of the search form: each facet value is searched on its own, and in pairs.
FACET_INPUT = re.compile(r'<input[^>]*type="checkbox"[^>]*name="([^"]+)"[^>]*value="([^"]+)"')
SEARCH_SAMPLE = 80


def blanked(html):
    for pattern, replacement in PER_REQUEST:
        html = pattern.sub(replacement, html)
    return html


def page_urls():
    from wagtail.models import Page

    for page in Page.objects.live().filter(depth__gt=1).order_by("path").iterator():
        if page.url:
            yield page.url
            # Every content page has one; elsewhere this records the 404, which must stay too.
            yield page.url + "onepager/"


def search_urls(client, search_path):
    first = client.get(f"{search_path}?q=wijk").content.decode()
    pairs = sorted(set(FACET_INPUT.findall(first)))[:SEARCH_SAMPLE]
    yield search_path
    yield f"{search_path}?q=wijk"
    yield f"{search_path}?q=buurt&pagina=2"
    for name, value in pairs:
        yield f"{search_path}?q=wijk&{name}={value}"
    for (name, value), (other, other_value) in zip(pairs[::7], pairs[3::7], strict=False):
        yield f"{search_path}?{name}={value}&{other}={other_value}"


def snapshot(folder, search_path="/nl/zoeken/"):
    """Render every URL into `folder` (one file per URL: its address and status, then the
    HTML) and return how many were written."""
    from django.test import Client

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    client = Client(HTTP_HOST="localhost")
    written = 0
    for url in [*page_urls(), *search_urls(client, search_path)]:
        response = client.get(url)
        html = blanked(response.content.decode(errors="replace"))
        name = hashlib.sha1(url.encode(), usedforsecurity=False).hexdigest()[:16]
        (folder / name).write_text(f"{url} {response.status_code}\n{html}")
        written += 1
    return written


def main(folder):
    import django

    sys.path.insert(0, os.getcwd())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkkompas.settings.dev")
    django.setup()
    print(f"{snapshot(folder)} pagina's geschreven naar {folder}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("gebruik: python scripts/snapshot_pages.py MAP")
    main(sys.argv[1])
