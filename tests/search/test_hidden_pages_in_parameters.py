"""A method readers may not see never becomes a filter: its title stays out of the search page
and the search feed, whether the URL names it by id or by slug."""

import pytest
from wagtail.models import PageViewRestriction

from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage
from search import facet_index

DRAFT_TITLE = "Geheime methode in concept"
PRIVATE_TITLE = "Besloten methode voor redacteuren"


@pytest.fixture
def hidden_methods(section):
    draft = MethodPageFactory(
        parent=section(MethodIndexPage), title=DRAFT_TITLE, slug="geheime-methode"
    )
    draft.unpublish()
    private = MethodPageFactory(
        parent=section(MethodIndexPage), title=PRIVATE_TITLE, slug="besloten-methode"
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    visible = MethodPageFactory(
        parent=section(MethodIndexPage), title="Samen in de Wijk", slug="samen-in-de-wijk"
    )
    facet_index.rebuild()
    return {"draft": draft, "private": private, "visible": visible}


URLS = [
    "/nl/zoeken/?methode={value}",
    "/nl/zoeken/?q=wijk&methode={value}",
    "/nl/feeds/zoeken/?methode={value}",
    "/nl/feeds/zoeken/atom/?methode={value}",
]


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("which", ["draft", "private"])
@pytest.mark.parametrize("by", ["pk", "slug"])
def test_a_hidden_method_named_in_the_url_is_not_shown(client, hidden_methods, url, which, by):
    page = hidden_methods[which]
    response = client.get(url.format(value=getattr(page, by)))
    assert response.status_code == 200
    body = response.content.decode()
    assert DRAFT_TITLE not in body
    assert PRIVATE_TITLE not in body


def test_counting_through_ids_lists_no_draft(client, hidden_methods):
    last = max(page.pk for page in hidden_methods.values())
    for pk in range(1, last + 1):
        body = client.get(f"/nl/feeds/zoeken/?methode={pk}").content.decode()
        assert DRAFT_TITLE not in body
        assert PRIVATE_TITLE not in body


@pytest.mark.parametrize("url", URLS)
def test_a_live_public_method_still_filters_by_name(client, hidden_methods, url):
    visible = hidden_methods["visible"]
    response = client.get(url.format(value=visible.slug))
    assert "Samen in de Wijk" in response.content.decode()
