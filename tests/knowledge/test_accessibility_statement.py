"""The accessibility statement: one per site, maintained by editors, reachable from everywhere."""

import datetime

import pytest
from wagtail.test.utils import WagtailPageTestCase

from knowledge.models import AccessibilityStatementPage, HomePage, StandardPage
from knowledge.translation.given_strings import translate
from wijkkompas.content.site_tree import ensure_site_tree

pytestmark = pytest.mark.django_db


def test_the_site_skeleton_has_a_published_statement_at_toegankelijkheid(site_tree):
    statement = site_tree.accessibility_statement
    assert statement.live
    assert statement.get_parent().specific == site_tree.home
    assert statement.url == "/nl/toegankelijkheid/"
    ensure_site_tree()
    assert AccessibilityStatementPage.objects.count() == 1


def test_statement_shows_status_check_date_problems_and_feedback_route(client, site_tree):
    statement = site_tree.accessibility_statement
    statement.compliance_status = AccessibilityStatementPage.ComplianceStatus.PARTIALLY
    statement.last_checked = datetime.date(2026, 11, 20)
    statement.known_problems = [
        {
            "type": "problem",
            "value": {
                "problem": "Video's hebben geen ondertiteling",
                "criterion": "1.2.2 Ondertitels (vooraf opgenomen)",
                "explanation": "Vraag de redactie om een uitgeschreven tekst.",
                "planned_fix": "Ondertiteling in maart 2027",
            },
        }
    ]
    statement.contact_email = "toegankelijkheid@example.org"
    statement.save_revision().publish()

    response = client.get("/nl/toegankelijkheid/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Voldoet gedeeltelijk aan de eisen" in html
    assert "WCAG 2.1 niveau AA" in html
    assert '<time datetime="2026-11-20">20 november 2026</time>' in html
    assert "Video&#x27;s hebben geen ondertiteling" in html
    assert "1.2.2 Ondertitels (vooraf opgenomen)" in html
    assert 'href="mailto:toegankelijkheid@example.org"' in html


def test_a_statement_without_known_problems_says_so(client, site_tree):
    html = client.get("/nl/toegankelijkheid/").content.decode()
    assert "Er zijn op dit moment geen bekende problemen." in html
    assert "Nog niet getoetst" in html


def test_footer_links_to_the_statement(client, site_tree):
    html = client.get("/nl/").content.decode()
    assert '<a href="/nl/toegankelijkheid/">Toegankelijkheid</a>' in html


@pytest.mark.parametrize("path", ["/toegankelijkheid", "/toegankelijkheid/"])
def test_short_address_redirects_to_the_statement(client, site_tree, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == "/nl/toegankelijkheid/"


def test_short_address_leads_an_english_reader_to_the_english_statement(client, site_tree, english):
    strings = {
        "Toegankelijkheidsverklaring": "Accessibility statement",
        "toegankelijkheid": "accessibility",
    }
    english_statement = translate(
        site_tree.accessibility_statement, english, lambda text: strings.get(text, text)
    )
    response = client.get("/toegankelijkheid", HTTP_ACCEPT_LANGUAGE="en")
    assert response["Location"] == english_statement.url == "/en/accessibility/"
    assert client.get(response["Location"]).status_code == 200


def test_short_address_falls_back_to_dutch_without_an_english_statement(client, site_tree):
    response = client.get("/toegankelijkheid", HTTP_ACCEPT_LANGUAGE="en")
    assert response["Location"] == "/nl/toegankelijkheid/"


def test_an_older_information_page_keeps_its_address(site_tree):
    """A site that already had a plain page at /toegankelijkheid/ still gets a statement."""
    site_tree.accessibility_statement.delete()
    old = StandardPage(title="Toegankelijkheid", slug="toegankelijkheid")
    site_tree.home.add_child(instance=old)
    statement = ensure_site_tree().accessibility_statement
    assert statement.slug == "toegankelijkheidsverklaring"


class TestStatementPageTree(WagtailPageTestCase):
    def test_only_under_the_home_page_and_without_children(self):
        self.assertAllowedParentPageTypes(AccessibilityStatementPage, {HomePage})
        self.assertAllowedSubpageTypes(AccessibilityStatementPage, set())
