"""A small published site in Dutch and English for the open-data tests: two methods (one
translated), case studies, a tip, a draft and a page behind a login."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from articles.factories import PracticalTipPageFactory
from articles.models import PracticalTipIndexPage
from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from knowledge.factories import (
    MunicipalityFactory,
    OrganisationFactory,
    TargetGroupFactory,
    ThemeFactory,
)
from knowledge.models import Province
from knowledge.translation.given_strings import translate
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage


def in_english(text):
    return f"EN {text}"


@pytest.fixture
def content(site_tree, section):
    safety = ThemeFactory(name="Veiligheid", slug="veiligheid")
    inclusion = ThemeFactory(name="Inclusie", slug="inclusie")
    lhbti = TargetGroupFactory(name="Lhbti+ inwoners", slug="lhbti-inwoners")
    youth = TargetGroupFactory(name="Jongeren", slug="jongeren")
    rotterdam = MunicipalityFactory(
        name="Rotterdam", slug="rotterdam", cbs_code="GM0599", province=Province.ZUID_HOLLAND
    )
    owner = OrganisationFactory(
        name="Movisie", slug="movisie", organisation_type="knowledge_institute"
    )
    alliance = MethodPageFactory(
        parent=section(MethodIndexPage),
        title="Samen in de Wijk",
        slug="samen-in-de-wijk",
        intro="Een veiligheidsalliantie met de wijkagent.",
        first_published=datetime.date(2023, 3, 1),
        owner_organisation=owner,
    )
    colours = MethodPageFactory(
        parent=section(MethodIndexPage),
        title="Alle Kleuren",
        slug="alle-kleuren",
        intro="Bewoners vieren en herdenken samen.",
        first_published=datetime.date(2022, 6, 1),
    )
    in_rotterdam = CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage),
        title="Alliantie in Rotterdam",
        slug="alliantie-in-rotterdam",
        intro="Een alliantie in een Rotterdamse wijk.",
        method=alliance,
        municipality=rotterdam,
        first_published=datetime.date(2024, 1, 1),
        peer_contact_name="Petra Privé",
        peer_contact_email="petra@example.org",
        peer_contact_consent_on=datetime.date(2024, 1, 1),
    )
    youth_case = CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage),
        title="Jongeren in Rotterdam",
        slug="jongeren-in-rotterdam",
        intro="Jongeren maken hun buurt veiliger.",
        method=colours,
        municipality=rotterdam,
        first_published=datetime.date(2021, 1, 1),
    )
    for page, themes, groups in [
        (alliance, [safety], [lhbti]),
        (colours, [inclusion], [lhbti]),
        (in_rotterdam, [safety], [lhbti]),
        (youth_case, [safety], [youth]),
    ]:
        page.themes.set(themes)
        page.target_groups.set(groups)
        page.save_revision().publish()
    tip = PracticalTipPageFactory(
        parent=section(PracticalTipIndexPage),
        title="Plan tijd voor het netwerk",
        slug="plan-tijd",
        intro="Een netwerk opbouwen duurt maanden.",
        phase="start",
        first_published=datetime.date(2022, 5, 1),
    )
    draft = MethodPageFactory(
        parent=section(MethodIndexPage),
        title="Geheime methode in concept",
        slug="geheime-methode",
        intro="Nog niet gepubliceerd.",
    )
    draft.themes.set([safety])
    draft.save()
    draft.unpublish()
    private = CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage),
        title="Besloten praktijkvoorbeeld",
        slug="besloten",
        intro="Alleen voor ingelogde redacteuren.",
        municipality=rotterdam,
    )
    private.themes.set([safety])
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return {
        "safety": safety,
        "inclusion": inclusion,
        "lhbti": lhbti,
        "youth": youth,
        "rotterdam": rotterdam,
        "alliance": alliance,
        "colours": colours,
        "in_rotterdam": in_rotterdam,
        "youth_case": youth_case,
        "tip": tip,
        "draft": draft,
        "private": private,
    }


@pytest.fixture
def english_content(content, site_tree, english):
    """The skeleton and 'Samen in de Wijk' in English, and a draft English 'Alle Kleuren'."""
    translate(site_tree.home, english, in_english)
    for page in site_tree.sections.values():
        translate(page, english, in_english)
    for term in [content["safety"], content["lhbti"], content["rotterdam"]]:
        translate(term, english, in_english)
    english_alliance = translate(content["alliance"], english, in_english)
    english_draft = translate(content["colours"], english, in_english, publish=False)
    return {"alliance": english_alliance, "colours_draft": english_draft}
