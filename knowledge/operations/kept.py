"""Values that rendering a page needs and that are the same for every page of a kind, kept in
Django's cache (shared by every worker and machine) between requests.

Everything is kept under a version per namespace that changes whenever what it was read from
changes, so nothing kept outlives its source. The version changes at once and again when the
change commits: a value read from the database in between (still the old data) is then never
used after the commit. Pages themselves are kept at the edge (knowledge/edge/), not here: this is
for what a page that misses the edge would otherwise read again every time.
"""

import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

# Values are read again at least this often, whatever happens.
TIMEOUT_SECONDS = 3600


class Kept:
    """One namespace of kept values: `kept(request, name, build)` gives `build()`, or what it
    gave earlier (in any worker) under the current version."""

    def __init__(self, namespace):
        self.namespace = namespace
        self.version_key = f"wijkkompas:{namespace}:version"

    def start_new_version(self):
        cache.set(self.version_key, uuid.uuid4().hex, None)

    def content_changed(self, **kwargs):
        """Signal receiver (and a plain call): what this namespace kept is stale."""
        self.start_new_version()
        transaction.on_commit(self.start_new_version)

    def current_version(self, request):
        """The version, read once per request however many values the request uses."""
        versions = request.__dict__.setdefault("wijkkompas_kept_versions", {}) if request else {}
        if self.namespace not in versions:
            version = cache.get(self.version_key)
            if version is None:
                version = uuid.uuid4().hex
                if not cache.add(self.version_key, version, None):
                    version = cache.get(self.version_key) or version
            versions[self.namespace] = version
        return versions[self.namespace]

    def __call__(self, request, name, build):
        """Without a working cache every call builds the value, as if nothing were kept."""
        version = self.current_version(request)
        key = f"wijkkompas:{self.namespace}:{version}:{name}".replace(" ", "-")
        value = cache.get(key)
        if value is None:
            value = build()
            cache.set(key, value, TIMEOUT_SECONDS)
        return value


# What every page shows around its content: the navigation, the home page, the footer's links,
# the index pages that term links lead to. Any publication, move or unpublication of a page, and
# any change of a site or locale, makes it stale (knowledge.apps).
sitewide = Kept("sitewide")


def connect_sitewide():
    receiver = sitewide.content_changed
    page_published.connect(receiver, dispatch_uid="sitewide-published")
    page_unpublished.connect(receiver, dispatch_uid="sitewide-unpublished")
    post_page_move.connect(receiver, dispatch_uid="sitewide-moved")
    for model in (Site, Locale, PageViewRestriction):
        for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
            uid = f"sitewide-{model.__name__}-{name}"
            signal.connect(receiver, sender=model, dispatch_uid=uid)
