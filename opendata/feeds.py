"""RSS and Atom feeds of new pages: per content type, per theme and per search selection.

Every feed is a search selection, newest first: the search page's parameters and filters
(search/parameters.py, search/results.py), so a feed lists exactly what the search page lists.
"""

import datetime
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext
from wagtail.models import Locale

from knowledge.listings import content_models
from knowledge.models import Theme
from opendata.ids import entry_id
from opendata.licence import licence
from search import facets, parameters, results

FEED_LENGTH = 30


@dataclass
class Selection:
    """What a feed follows: its title, the HTML page showing the same pages, and the pages."""

    title: str
    description: str
    link: str
    pages: list


def newest_pages(params, locale, limit=FEED_LENGTH):
    """The newest live, public pages matching a search, as the search page would list them."""
    params.sort = "nieuwste"
    matches = results.text_matches(params, locale)
    ids = results.filtered_ids(matches, params, locale)
    first = list(results.ordered_results(matches, ids, params)[:limit])
    pages = results.specific_results(first, locale)
    # Each model has its own themes relation, so prefetch per content type.
    for model in {type(page) for page in pages}:
        prefetch_related_objects([page for page in pages if type(page) is model], "themes")
    return pages


def describe(params, request):
    """The selection in words, e.g. 'Thema: Veiligheid × Doelgroep: Lhbti+ inwoners'."""
    parts = []
    if params.query:
        parts.append(gettext("zoekwoorden “%(query)s”") % {"query": params.query})
    for facet in facets.FACETS:
        values = params.selected.get(facet.name, [])
        if values:
            labels = results.value_labels(facet.name, request)
            names = " / ".join(str(labels.get(value, value)) for value in values)
            parts.append(f"{facet.label}: {names}")
    return " × ".join(parts)


def type_selection(request, content_type):
    models = {model.search_type(): model for model in content_models()}
    if content_type not in models:
        raise Http404
    locale = Locale.get_active()
    params = parameters.SearchParameters(selected={"type": [content_type]})
    label = str(models[content_type]._meta.verbose_name_plural).capitalize()
    return Selection(
        title=f"Wijkkompas: {label}",
        description=gettext("Nieuwe %(type)s op Wijkkompas.") % {"type": label.lower()},
        link=f"{reverse('search')}?{params.querystring()}",
        pages=newest_pages(params, locale),
    )


def theme_selection(request, slug):
    locale = Locale.get_active()
    theme = get_object_or_404(Theme, locale=locale, slug=slug)
    # The theme facet includes the theme's sub-themes, as the theme's own page does.
    params = parameters.SearchParameters(selected={"theme": [str(theme.pk)]})
    return Selection(
        title=f"Wijkkompas: {theme.name}",
        description=gettext("Nieuwe pagina's over het thema %(theme)s op Wijkkompas.")
        % {"theme": theme.name},
        link=f"{reverse('search')}?{params.querystring()}",
        pages=newest_pages(params, locale),
    )


def search_selection(request):
    locale = Locale.get_active()
    # Unknown or malformed values are dropped by the same parser the search page uses, so a
    # bad link gives the feed of what remains, never an error.
    params = parameters.parse(request.GET)
    described = describe(params, request)
    query = params.querystring(sorteer=None)
    return Selection(
        title=f"Wijkkompas: {described}" if described else gettext("Wijkkompas: alle pagina's"),
        description=gettext("Nieuwe pagina's op Wijkkompas voor deze selectie: %(selection)s.")
        % {"selection": described or gettext("alle pagina's")},
        link=f"{reverse('search')}?{query}" if query else reverse("search"),
        pages=newest_pages(params, locale),
    )


class PageFeed(Feed):
    """Shared by every feed: items are content pages, in the reader's language."""

    feed_type = Rss201rev2Feed

    def selection(self, request, **kwargs):
        raise NotImplementedError

    def get_object(self, request, **kwargs):
        selection = self.selection(request, **kwargs)
        # The feed object is shared by every request, so the request stays out of it: each
        # page carries its own URL for item_link.
        for page in selection.pages:
            page.feed_link = page.get_url(request)
        return selection

    def title(self, selection):
        return selection.title

    def description(self, selection):
        return selection.description

    def subtitle(self, selection):
        return selection.description

    def link(self, selection):
        return selection.link

    def feed_copyright(self):
        return gettext("Licentie: %(name)s (%(url)s)") % licence()

    def items(self, selection):
        return selection.pages

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return page.intro

    def item_link(self, page):
        return page.feed_link

    def item_guid(self, page):
        return entry_id(page)

    item_guid_is_permalink = False

    def item_pubdate(self, page):
        if page.first_published:
            moment = datetime.datetime.combine(page.first_published, datetime.time(12))
            return timezone.make_aware(moment)
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at

    def item_categories(self, page):
        return [str(page.content_type_label), *(theme.name for theme in page.themes.all())]


class TypeFeed(PageFeed):
    def selection(self, request, content_type):
        return type_selection(request, content_type)


class ThemeFeed(PageFeed):
    def selection(self, request, slug):
        return theme_selection(request, slug)


class SearchFeed(PageFeed):
    def selection(self, request):
        return search_selection(request)


class AtomMixin:
    feed_type = Atom1Feed


class TypeAtomFeed(AtomMixin, TypeFeed):
    pass


class ThemeAtomFeed(AtomMixin, ThemeFeed):
    pass


class SearchAtomFeed(AtomMixin, SearchFeed):
    pass
