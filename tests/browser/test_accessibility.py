"""WCAG 2.1 AA in a real browser: axe-core on the pages readers use most, and the search filters
used with the keyboard alone."""

import datetime

import pytest

from articles.factories import PracticalTipPageFactory
from articles.models import PracticalTipIndexPage
from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage, PracticeSubmissionPage
from knowledge.factories import (
    MunicipalityFactory,
    TargetGroupFactory,
    ThemeFactory,
)
from knowledge.kerncijfers import import_table, parse_table
from knowledge.models import MunicipalityIndexPage, Province
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage
from tests.utils import restore_migration_data
from wijkkompas.content.site_tree import ensure_site_tree

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# The live server reads committed data, so these are transactional tests.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site(live_server):
    """A small site like the demo: a method with two case studies and a tip (so the method lists
    what is about it and a case study the same method elsewhere), themes, target groups and
    places."""
    restore_migration_data()
    tree = ensure_site_tree()
    safety = ThemeFactory(name="Veiligheid", slug="veiligheid")
    lhbti = TargetGroupFactory(name="Lhbti+ inwoners", slug="lhbti-inwoners")
    rotterdam = MunicipalityFactory(
        name="Rotterdam",
        slug="rotterdam",
        cbs_code="GM0599",
        province=Province.ZUID_HOLLAND,
        latitude="51.92250",
        longitude="4.47917",
    )
    method = MethodPageFactory(
        parent=tree.sections[MethodIndexPage],
        title="Samen in de Wijk",
        slug="samen-in-de-wijk",
        intro="Een veiligheidsalliantie met de wijkagent en bewoners.",
        first_published=datetime.date(2023, 3, 1),
    )
    case_study = CaseStudyPageFactory(
        parent=tree.sections[CaseStudyIndexPage],
        title="Alliantie in Rotterdam",
        slug="alliantie-in-rotterdam",
        intro="Een alliantie in een Rotterdamse wijk met de wijkagent.",
        method=method,
        municipality=rotterdam,
        first_published=datetime.date(2022, 1, 1),
    )
    CaseStudyPageFactory(
        parent=tree.sections[CaseStudyIndexPage],
        title="Almere verbindt",
        slug="almere-verbindt",
        method=method,
        municipality=MunicipalityFactory(
            name="Almere",
            slug="almere",
            cbs_code="GM0034",
            province=Province.FLEVOLAND,
            latitude="52.37025",
            longitude="5.21413",
        ),
    )
    PracticalTipPageFactory(
        parent=tree.sections[PracticalTipIndexPage],
        title="Plan tijd voor het netwerk",
        source_method=method,
    )
    # Sample key figures, so the case study and municipality pages show their size and urbanity
    # (each marked as sample data) and search its filters on them.
    figures = b"Codering_3;AantalInwoners_5;MateVanStedelijkheid_104\nGM0599;650000;1\n"
    import_table(parse_table(figures, "voorbeeld.csv", sample=True), sample=True)
    for content in (method, case_study):
        content.themes.set([safety])
        content.target_groups.set([lhbti])
        content.save_revision().publish()
    form = PracticeSubmissionPage.objects.child_of(tree.sections[CaseStudyIndexPage]).get()
    return {
        "home": "/nl/",
        "method": method.url,
        "case study": case_study.url,
        "municipality": tree.sections[MunicipalityIndexPage].term_url(rotterdam),
        "search": "/nl/zoeken/",
        "search with a filter": "/nl/zoeken/?q=wijkagent&thema=veiligheid",
        "submission form": form.url,
        "map": "/nl/kaart/",
        "filtered map": "/nl/kaart/?provincie=zuid-holland&status=&methode=",
        "base": live_server.url,
    }


def violations_of(axe, page):
    results = axe.run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]},
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in results.response["violations"]
    ]


@pytest.mark.parametrize(
    "name",
    [
        *("home", "method", "case study", "municipality", "search", "search with a filter"),
        "submission form",
    ],
)
def test_page_meets_wcag_21_aa(site, page, axe, name):
    response = page.goto(site["base"] + site[name])
    assert response.status == 200, f"{name}: {response.status}"

    assert violations_of(axe, page) == [], name


@pytest.mark.parametrize(
    "name", ["home", "method", "case study", "municipality", "search", "submission form"]
)
def test_page_meets_wcag_21_aa_on_a_phone(site, browser, axe, name):
    context = browser.new_context(locale="nl-NL", viewport={"width": 360, "height": 740})
    phone = context.new_page()
    phone.goto(site["base"] + site[name])

    assert violations_of(axe, phone) == [], name
    context.close()


def test_submission_form_with_errors_meets_wcag_21_aa(site, page, axe):
    page.goto(site["base"] + site["submission form"])
    # Skip the browser's own checks of required fields, so the server's error messages show.
    page.evaluate("() => document.querySelectorAll('form').forEach(f => (f.noValidate = true))")
    page.get_by_role("button", name="Verstuur uw praktijk").click()
    page.wait_for_load_state()

    assert page.locator("#foutmeldingen").is_visible()
    assert violations_of(axe, page) == []


def focused(page):
    """What the keyboard focus is on, and whether a focus indicator is drawn around it."""
    return page.evaluate(
        """() => {
            const element = document.activeElement;
            const style = getComputedStyle(element);
            const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
            return {
                tag: element.tagName.toLowerCase(),
                type: element.type || "",
                name: element.name || "",
                value: element.value || "",
                text: (element.innerText || "").trim(),
                inFilters: Boolean(element.closest("form.facets")),
                checked: Boolean(element.checked),
                visible: ring || style.boxShadow !== "none",
            };
        }"""
    )


def tab_to(page, wanted, limit=80):
    """Press Tab until `wanted(focus)` holds; every element passed on the way shows its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focus = focused(page)
        assert focus["visible"], f"no visible focus on {focus}"
        if wanted(focus):
            return focus
    raise AssertionError("never reached with the Tab key")


def test_search_filters_work_with_the_keyboard_alone(site, page):
    page.goto(site["base"] + site["search"])
    summary_before = page.locator(".search-summary").inner_text()

    checkbox = tab_to(
        page, lambda f: f["inFilters"] and f["type"] == "checkbox" and f["name"] == "thema"
    )
    page.keyboard.press("Space")
    assert focused(page)["checked"]

    tab_to(page, lambda f: f["inFilters"] and f["tag"] == "button")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert f"thema={checkbox['value']}" in page.url
    assert page.locator(".active-filters").inner_text().startswith("Thema: Veiligheid")
    summary_after = page.locator(".search-summary").inner_text()
    # Every page (the method, both case studies, the tip), then the two about safety.
    assert summary_before.split()[0] == "4"
    assert summary_after.split()[0] == "2"


def test_the_check_catches_a_violation(site, page, axe):
    """Guards the guard: axe really runs on our pages and reports what it finds."""
    page.goto(site["base"] + site["home"])
    page.evaluate(
        """() => {
            const image = document.createElement("img");
            image.src = "/static/missing.png";
            document.querySelector("main").append(image);
        }"""
    )

    assert [line.split(" ")[0] for line in violations_of(axe, page)] == ["image-alt"]


@pytest.mark.parametrize("name", ["map", "filtered map", "method"])
@pytest.mark.parametrize("width", [320, 1280])
def test_the_implementation_map_meets_wcag_21_aa_from_320_px_to_desktop(
    site, browser, axe, name, width
):
    context = browser.new_context(locale="nl-NL", viewport={"width": width, "height": 900})
    tab = context.new_page()
    response = tab.goto(site["base"] + site[name])
    assert response.status == 200
    assert tab.locator("a.implementation-map__marker").count() >= 1
    # Nothing wider than the screen but the table, which scrolls in its own region.
    overflow = tab.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")

    assert violations_of(axe, tab) == [], f"{name} at {width} px"
    assert overflow <= 0, f"{name} scrolls sideways at {width} px"
    context.close()


def test_a_map_marker_is_reached_and_followed_with_the_keyboard(site, page):
    page.goto(site["base"] + site["map"])

    marker = tab_to(
        page,
        lambda f: (
            f["tag"] == "a"
            and f["name"] == ""
            and "Almere"
            in (page.evaluate("() => document.activeElement.getAttribute('aria-label') || ''"))
        ),
    )
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert marker["tag"] == "a"
    assert page.url.endswith("/nl/praktijkvoorbeelden/almere-verbindt/")
