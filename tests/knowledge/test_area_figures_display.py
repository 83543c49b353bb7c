"""A municipality's size and urbanity beside its case studies and on its page: with source and year,
marked as sample data when they are, in Dutch and English, and purged when they are imported."""

import re

import pytest
from wagtail.contrib.frontend_cache.backends import BaseBackend

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from knowledge.factories import MunicipalityFactory, NeighbourhoodFactory
from knowledge.kerncijfers import import_table, parse_table
from knowledge.models import MunicipalityIndexPage
from knowledge.translation.given_strings import translate

HEADER = "Codering_3;AantalInwoners_5;Bevolkingsdichtheid_33;MateVanStedelijkheid_104"


def import_rows(*rows, sample=False, year=2024):
    text = "\n".join([HEADER, *rows]) + "\n"
    return import_table(parse_table(text.encode(), "t.csv", year=year, sample=sample), sample)


def figures_section(html):
    match = re.search(r'<section class="area-figures".*?</section>', html, re.DOTALL)
    return match.group(0) if match else ""


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.fixture
def gorinchem(db):
    return MunicipalityFactory(name="Gorinchem", slug="gorinchem", cbs_code="GM0512")


@pytest.fixture
def case_study(section, gorinchem):
    page = CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage), municipality=gorinchem, title="Buurtpreventie"
    )
    page.neighbourhoods.set(
        [NeighbourhoodFactory(name="Gorinchem-Oost", municipality=gorinchem, cbs_code="WK051201")]
    )
    page.save_revision().publish()
    return page


def test_a_municipality_page_shows_cbs_figures_with_source_and_year(client, section, gorinchem):
    import_rows("GM0512;38000;1800;2")

    html = client.get(section(MunicipalityIndexPage).term_url(gorinchem)).content.decode()

    shown = text_of(figures_section(html))
    assert "Omvang en stedelijkheid" in shown
    assert "Inwoners 38.000" in shown
    assert "Gemeentegrootte 20.000 tot 50.000 inwoners" in shown
    assert "Stedelijkheid Sterk stedelijk" in shown
    assert "Bevolkingsdichtheid 1.800 inwoners per km²" in shown
    assert "Bron CBS Kerncijfers wijken en buurten 2024" in shown
    assert "voorbeeldgegevens" not in html


def test_sample_figures_are_labelled_beside_every_figure_and_never_as_cbs(
    client, section, gorinchem
):
    import_rows("GM0512;38000;.;2", sample=True, year=None)

    html = client.get(section(MunicipalityIndexPage).term_url(gorinchem)).content.decode()

    shown = figures_section(html)
    # Inhabitants, size class and urbanity: each marked; the missing density is not shown.
    assert shown.count("(voorbeeldgegevens)") == 3
    assert "Bevolkingsdichtheid" not in shown
    assert "Bron voorbeeldgegevens, geen cijfers van het CBS" in text_of(shown)
    assert "CBS Kerncijfers" not in html


def test_a_case_study_shows_its_municipality_and_neighbourhood(client, case_study):
    import_rows("GM0512;38000;1800;2", "WK051201;6000;.;1")

    shown = text_of(figures_section(client.get(case_study.url).content.decode()))

    assert "Gorinchem Inwoners 38.000 Gemeentegrootte 20.000 tot 50.000 inwoners" in shown
    # A neighbourhood has no size class of its own.
    assert "Gorinchem-Oost Inwoners 6.000 Stedelijkheid Zeer sterk stedelijk" in shown


def test_a_page_without_figures_shows_no_empty_section(client, section, case_study, gorinchem):
    assert figures_section(client.get(case_study.url).content.decode()) == ""
    html = client.get(section(MunicipalityIndexPage).term_url(gorinchem)).content.decode()
    assert "Omvang en stedelijkheid" not in html


def test_the_english_case_study_shows_the_figures_in_english(
    client, site_tree, english, case_study
):
    import_rows("GM0512;38000;1800;2", sample=True, year=None)
    for page in (site_tree.home, *site_tree.sections.values()):
        translate(page, english, lambda text: f"EN {text}")
    english_case_study = translate(case_study, english, lambda text: f"EN {text}")

    html = client.get(english_case_study.url).content.decode()

    shown = text_of(figures_section(html))
    assert "Size and urbanity" in shown
    assert "Inhabitants 38,000 (sample data)" in shown
    assert "Municipality size 20,000 to 50,000 inhabitants (sample data)" in shown
    assert "Urbanity Strongly urbanised (sample data)" in shown
    assert "Source sample data, not figures from CBS" in shown


class RecordingBackend(BaseBackend):
    """A frontend cache that records the keys it is asked to purge."""

    purged = []

    def purge(self, url):
        pass

    def purge_keys(self, keys):
        self.purged.extend(keys)


def test_an_import_purges_the_pages_that_show_the_figures(
    client, section, case_study, gorinchem, settings, django_capture_on_commit_callbacks
):
    other = MunicipalityFactory(name="Schiedam", cbs_code="GM0606")
    shown_on = {
        "case study": client.get(case_study.url),
        "municipality": client.get(section(MunicipalityIndexPage).term_url(gorinchem)),
        "other municipality": client.get(section(MunicipalityIndexPage).term_url(other)),
    }
    settings.WAGTAILFRONTENDCACHE = {
        "recording": {"BACKEND": f"{__name__}.RecordingBackend"},
    }
    RecordingBackend.purged = []

    with django_capture_on_commit_callbacks(execute=True):
        import_rows("GM0512;38000;1800;2", "GM9999;100;.;5")

    purged = set(RecordingBackend.purged)
    assert purged == {"figures-GM0512"}
    reached = {
        name
        for name, response in shown_on.items()
        if set(response["Surrogate-Key"].split()) & purged
    }
    assert reached == {"case study", "municipality"}
