"""What a method page says is about it (interviews, tips, articles) and what a case study says
was done elsewhere with the same method, in both languages, and that publishing such a page
purges the pages that list it."""

import pytest

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from knowledge.edge.purge import keys_for_page
from knowledge.factories import (
    ArticlePageFactory,
    InterviewPageFactory,
    MunicipalityFactory,
    PracticalTipPageFactory,
)
from knowledge.models import ArticleIndexPage, InterviewIndexPage, PracticalTipIndexPage
from knowledge.translating import translate
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage


def surrogate_keys(response):
    return set(response.get("Surrogate-Key", "").split())


def published(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def methods(section):
    samen = published(MethodPageFactory(parent=section(MethodIndexPage), title="Samen in de Wijk"))
    kleuren = published(MethodPageFactory(parent=section(MethodIndexPage), title="Alle Kleuren"))
    return samen, kleuren


@pytest.fixture
def case_studies(section, methods):
    samen, kleuren = methods
    index = section(CaseStudyIndexPage)
    tilburg = MunicipalityFactory(name="Tilburg", slug="tilburg", cbs_code="GM0855")
    zwolle = MunicipalityFactory(name="Zwolle", slug="zwolle", cbs_code="GM0193")
    leiden = MunicipalityFactory(name="Leiden", slug="leiden", cbs_code="GM0546")
    return {
        "tilburg": published(
            CaseStudyPageFactory(
                parent=index, method=samen, municipality=tilburg, title="Samen in Tilburg"
            )
        ),
        "zwolle": published(
            CaseStudyPageFactory(
                parent=index, method=samen, municipality=zwolle, title="Samen in Zwolle"
            )
        ),
        "leiden": published(
            CaseStudyPageFactory(
                parent=index, method=kleuren, municipality=leiden, title="Kleuren in Leiden"
            )
        ),
    }


@pytest.fixture
def about_samen(section, methods, case_studies):
    samen, kleuren = methods
    return {
        "interview": published(
            InterviewPageFactory(
                parent=section(InterviewIndexPage),
                source_method=samen,
                title="Gesprek met de wijkagent",
            )
        ),
        "interview via case study": published(
            InterviewPageFactory(
                parent=section(InterviewIndexPage),
                source_case_study=case_studies["zwolle"],
                title="Gesprek in Zwolle",
            )
        ),
        "tip": published(
            PracticalTipPageFactory(
                parent=section(PracticalTipIndexPage),
                source_method=samen,
                title="Plan de eerste bijeenkomst samen",
            )
        ),
        "tip via case study": published(
            PracticalTipPageFactory(
                parent=section(PracticalTipIndexPage),
                source_case_study=case_studies["tilburg"],
                title="Nodig de buurtsportcoach uit",
            )
        ),
        "article": published(
            ArticlePageFactory(
                parent=section(ArticleIndexPage),
                title="Nieuwe handleiding verschenen",
                related_pages=[{"type": "page", "value": samen.pk}],
            )
        ),
        "other article": published(
            ArticlePageFactory(
                parent=section(ArticleIndexPage),
                title="Over Alle Kleuren",
                related_pages=[{"type": "page", "value": kleuren.pk}],
            )
        ),
    }


def test_a_method_page_lists_the_interviews_tips_and_articles_about_it(
    client, methods, about_samen
):
    samen, _kleuren = methods
    response = client.get(samen.url)
    html = response.content.decode()

    assert "Interviews, tips en artikelen over deze methode" in html
    for name in ("interview", "interview via case study", "tip", "tip via case study", "article"):
        page = about_samen[name]
        assert f'href="{page.url}"' in html, name
        assert f"page-{page.pk}" in surrogate_keys(response), name
    assert about_samen["other article"].title not in html


def test_a_method_page_about_which_nothing_is_written_has_no_empty_section(client, methods):
    _samen, kleuren = methods
    html = client.get(kleuren.url).content.decode()
    assert "over deze methode</h2>" not in html


def test_publishing_an_interview_tip_or_article_purges_the_method_page_it_is_about(
    client, section, methods, case_studies
):
    samen, kleuren = methods
    shown = {method.title: surrogate_keys(client.get(method.url)) for method in (samen, kleuren)}
    new_pages = [
        InterviewPageFactory(parent=section(InterviewIndexPage), source_method=samen),
        InterviewPageFactory(
            parent=section(InterviewIndexPage), source_case_study=case_studies["tilburg"]
        ),
        PracticalTipPageFactory(parent=section(PracticalTipIndexPage), source_method=samen),
        PracticalTipPageFactory(
            parent=section(PracticalTipIndexPage), source_case_study=case_studies["zwolle"]
        ),
        ArticlePageFactory(
            parent=section(ArticleIndexPage),
            related_pages=[{"type": "page", "value": samen.pk}],
        ),
    ]
    for new in new_pages:
        new.live = False
        new.save()
        published(new)
        purged = keys_for_page(new)
        assert shown[samen.title] & purged, new.title
        assert not shown[kleuren.title] & purged, new.title
        # ...and once rendered again, the method page lists it.
        assert f'href="{new.url}"' in client.get(samen.url).content.decode(), new.title


def test_a_case_study_lists_the_same_method_elsewhere_but_not_itself(client, case_studies):
    tilburg = case_studies["tilburg"]
    response = client.get(tilburg.url)
    html = response.content.decode()

    assert "Samen in de Wijk elders" in html
    assert f'href="{case_studies["zwolle"].url}"' in html
    assert f'href="{tilburg.url}"' not in html.split('id="elders"')[1]
    assert case_studies["leiden"].title not in html
    assert f"page-{case_studies['zwolle'].pk}" in surrogate_keys(response)


def test_a_case_study_of_its_own_approach_lists_no_siblings(client, section):
    own = published(CaseStudyPageFactory(parent=section(CaseStudyIndexPage), method=None))
    assert 'id="elders"' not in client.get(own.url).content.decode()


def test_a_new_case_study_of_the_method_purges_its_siblings_but_not_other_methods(
    client, section, methods, case_studies
):
    samen, _kleuren = methods
    shown = {name: surrogate_keys(client.get(page.url)) for name, page in case_studies.items()}
    new = CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage),
        method=samen,
        municipality=MunicipalityFactory(name="Assen", slug="assen", cbs_code="GM0106"),
        live=False,
    )
    purged = keys_for_page(published(new))

    assert {name for name, keys in shown.items() if keys & purged} == {"tilburg", "zwolle"}
    assert "Assen" in client.get(case_studies["tilburg"].url).content.decode()


def in_english(text):
    return f"EN {text}"


def test_the_english_pages_list_english_related_content_with_english_headings(
    client, site_tree, english, methods, case_studies, about_samen
):
    for page in (site_tree.home, *site_tree.sections.values()):
        translate(page, english, in_english)
    samen, _kleuren = methods
    english_samen = translate(samen, english, in_english)
    english_tilburg = translate(case_studies["tilburg"], english, in_english)
    english_zwolle = translate(case_studies["zwolle"], english, in_english)
    english_tip = translate(about_samen["tip"], english, in_english)

    method_html = client.get(english_samen.url).content.decode()
    assert "Interviews, tips and articles about this method" in method_html
    assert f'href="{english_tip.url}"' in method_html
    # Only English pages: the Dutch interview has no English version yet.
    assert about_samen["interview"].title not in method_html

    case_html = client.get(english_tilburg.url).content.decode()
    assert "EN Samen in de Wijk elsewhere" in case_html
    assert f'href="{english_zwolle.url}"' in case_html
    assert f'href="{case_studies["zwolle"].url}"' not in case_html
