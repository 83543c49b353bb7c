"""WCAG 2.1 AA for the e-mail alert pages in a real browser (axe-core), on a desktop and a
phone, in Dutch and English, and the subscribe form used with the keyboard alone."""

import pytest

from alerts.models import Subscription, SubscriptionKind
from alerts.tokens import CONFIRM, UNSUBSCRIBE, make_token
from knowledge.factories import ThemeFactory
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage
from tests.browser.test_accessibility import focused, tab_to, violations_of
from tests.utils import restore_migration_data
from wijkkompas.content.site_tree import ensure_site_tree

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site(live_server):
    restore_migration_data()
    tree = ensure_site_tree()
    ThemeFactory(name="Veiligheid", slug="veiligheid")
    method = MethodPageFactory(
        parent=tree.sections[MethodIndexPage], title="Samen in de Wijk", slug="samen-in-de-wijk"
    )
    method.save_revision().publish()
    subscription = Subscription.objects.create(
        email="lezer@example.org", kind=SubscriptionKind.METHOD, method=method
    )
    return {
        "base": live_server.url,
        "selection": "/nl/attenderingen/zoeken/?thema=veiligheid",
        "method": f"/nl/attenderingen/methode/{method.pk}/",
        "method in English": f"/en/alerts/method/{method.pk}/",
        "requested": "/nl/attenderingen/aangevraagd/",
        "confirm": f"/nl/attenderingen/bevestigen/{make_token(subscription, CONFIRM)}/",
        "unsubscribe": f"/nl/attenderingen/afmelden/{make_token(subscription, UNSUBSCRIBE)}/",
        "forged link": "/nl/attenderingen/bevestigen/vervalst/",
        "vanished selection": "/nl/attenderingen/zoeken/?thema=opgeheven",
    }


PAGES = [
    "selection",
    "method",
    "method in English",
    "requested",
    "confirm",
    "unsubscribe",
    "forged link",
    "vanished selection",
]


@pytest.mark.parametrize("name", PAGES)
def test_alert_page_meets_wcag_21_aa(site, page, axe, name):
    page.goto(site["base"] + site[name])

    assert violations_of(axe, page) == [], name


@pytest.mark.parametrize("name", ["selection", "confirm"])
def test_alert_page_meets_wcag_21_aa_on_a_phone(site, browser, axe, name):
    context = browser.new_context(locale="nl-NL", viewport={"width": 320, "height": 640})
    phone = context.new_page()
    phone.goto(site["base"] + site[name])

    assert violations_of(axe, phone) == [], name
    context.close()


def test_subscribe_form_with_errors_meets_wcag_21_aa(site, page, axe):
    page.goto(site["base"] + site["selection"])
    page.get_by_role("textbox", name="Uw e-mailadres").fill("geen-adres")
    page.get_by_role("button", name="Meld mij aan").click()
    page.wait_for_load_state()

    assert page.locator("#foutmeldingen").is_visible()
    assert page.get_by_role("textbox", name="Uw e-mailadres").input_value() == "geen-adres"
    assert violations_of(axe, page) == []


def test_subscribing_works_with_the_keyboard_alone(site, page):
    page.goto(site["base"] + site["selection"])

    tab_to(page, lambda f: f["name"] == "email")
    page.keyboard.type("lezer2@example.org")
    tab_to(page, lambda f: f["type"] == "radio")
    page.keyboard.press("ArrowUp")
    assert focused(page)["value"] in ("daily", "weekly") and focused(page)["checked"]
    tab_to(page, lambda f: f["tag"] == "button" and f["text"] == "Meld mij aan")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.url.endswith("/nl/attenderingen/aangevraagd/")
    assert Subscription.objects.filter(email="lezer2@example.org").exists()
