"""The "not translated yet" pages answer any page id or Dutch address calmly, and never name a
page a reader may not see."""

import pytest
from wagtail.models import Page, PageViewRestriction

from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage

PRIVATE_TITLE = "Besloten methode voor redacteuren"


@pytest.mark.parametrize("prefix", ["/en/not-translated/", "/nl/niet-vertaald/"])
def test_the_tree_root_has_no_translation_page(client, site_tree, english, prefix):
    root = Page.get_first_root_node()
    response = client.get(f"{prefix}{root.pk}/")
    assert response.status_code == 404


@pytest.mark.parametrize("prefix", ["/en/not-translated/", "/nl/niet-vertaald/"])
@pytest.mark.parametrize("page_id", ["0", "999999999", "99999999999999999999"])
def test_unknown_page_ids_are_not_found(client, site_tree, english, prefix, page_id):
    assert client.get(f"{prefix}{page_id}/").status_code == 404


def test_a_live_dutch_page_is_offered_in_dutch(client, site_tree, english, section):
    method = MethodPageFactory(parent=section(MethodIndexPage), title="Samen in de Wijk")
    response = client.get(f"/en/not-translated/{method.pk}/")
    assert response.status_code == 200
    assert "Samen in de Wijk" in response.content.decode()


def test_the_404_of_a_private_dutch_address_does_not_name_it(client, site_tree, english, section):
    private = MethodPageFactory(
        parent=section(MethodIndexPage), title=PRIVATE_TITLE, slug="besloten-methode"
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    dutch_path = private.get_url()
    assert dutch_path.startswith("/nl/")
    response = client.get("/en/" + dutch_path.removeprefix("/nl/"))
    # Wagtail's login redirect, as on the Dutch address: the title is never shown.
    assert response.status_code == 302
    assert PRIVATE_TITLE not in response.content.decode()
    assert client.get(f"/en/not-translated/{private.pk}/").status_code == 404
