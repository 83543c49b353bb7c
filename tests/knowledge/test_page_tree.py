"""Page-tree rules, declared on both sides, and creating pages through the admin as an editor would."""

import datetime

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from articles.models import (
    ArticleIndexPage,
    ArticlePage,
    InterviewIndexPage,
    InterviewPage,
    PracticalTipIndexPage,
    PracticalTipPage,
)
from casestudies.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    PracticeSubmissionPage,
)
from knowledge.factories import MunicipalityFactory, TargetGroupFactory, ThemeFactory
from knowledge.models import (
    AccessibilityStatementPage,
    HomePage,
    MunicipalityIndexPage,
    StandardPage,
    ThemeIndexPage,
)
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage, MethodPage
from search.models import ImplementationMapPage
from wijkkompas.content.site_tree import ensure_site_tree

SECTION_INDEXES = {
    MethodIndexPage,
    CaseStudyIndexPage,
    InterviewIndexPage,
    PracticalTipIndexPage,
    ArticleIndexPage,
    MunicipalityIndexPage,
    ThemeIndexPage,
    ImplementationMapPage,
}


# Besides its content type, an index may hold a page that belongs to its section.
INDEX_EXTRAS = {CaseStudyIndexPage: {PracticeSubmissionPage}}


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_and_holds_the_sections(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage, SECTION_INDEXES | {StandardPage, AccessibilityStatementPage}
        )

    def test_each_content_type_lives_only_under_its_own_index(self):
        for index_model, content_model in [
            (MethodIndexPage, MethodPage),
            (CaseStudyIndexPage, CaseStudyPage),
            (InterviewIndexPage, InterviewPage),
            (PracticalTipIndexPage, PracticalTipPage),
            (ArticleIndexPage, ArticlePage),
        ]:
            with self.subTest(content_model.__name__):
                self.assertAllowedParentPageTypes(content_model, {index_model})
                self.assertAllowedSubpageTypes(
                    index_model, {content_model, *INDEX_EXTRAS.get(index_model, ())}
                )
                self.assertAllowedSubpageTypes(content_model, set())

    def test_index_pages_hang_only_under_the_home_page(self):
        for index_model in SECTION_INDEXES:
            with self.subTest(index_model.__name__):
                self.assertAllowedParentPageTypes(index_model, {HomePage})

    def test_content_cannot_be_created_outside_its_section(self):
        self.assertCanNotCreateAt(HomePage, MethodPage)
        self.assertCanNotCreateAt(MethodIndexPage, CaseStudyPage)
        self.assertCanNotCreateAt(CaseStudyIndexPage, MethodPage)


class CreatePagesThroughAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = ensure_site_tree()
        cls.theme = ThemeFactory(name="Veiligheid")
        cls.target_group = TargetGroupFactory(name="Lhbti+ inwoners")
        cls.municipality = MunicipalityFactory(name="Rotterdam", cbs_code="GM0599")

    def setUp(self):
        self.login()

    def test_a_second_section_index_cannot_be_added_to_the_home_page(self):
        self.assertFalse(MethodIndexPage.can_create_at(self.tree.home))

    def test_editor_creates_a_method_with_steps_and_working_elements(self):
        index = self.tree.sections[MethodIndexPage]
        data = nested_form_data(
            {
                "title": "Samen in de Wijk",
                "intro": "Een veiligheidsalliantie op wijkniveau.",
                "problem": rich_text("<p>Lhbti+ inwoners voelen zich onveilig.</p>"),
                "goals": rich_text("<p>Een veiligere wijk voor iedereen.</p>"),
                "evidence_level": "well_described",
                "evidence_source": "Databank Effectieve Sociale Interventies",
                "databank_url": "https://databank.example/interventies/samen-in-de-wijk",
                "approach": streamfield(
                    [
                        (
                            "step",
                            {
                                "phase": "start",
                                "title": "Vorm een alliantie",
                                "activities": rich_text("<p>Nodig partners uit.</p>"),
                                "who": "Projectleider",
                                "duration": "3 maanden",
                            },
                        ),
                        (
                            "step",
                            {
                                "phase": "carry_out",
                                "title": "Deel signalen",
                                "activities": rich_text("<p>Maandelijks overleg.</p>"),
                                "who": "Alliantie",
                                "duration": "doorlopend",
                            },
                        ),
                    ]
                ),
                "working_elements": streamfield(
                    [
                        (
                            "working_element",
                            {
                                "title": "Signalen delen",
                                "description": "Partners weten sneller wat er speelt.",
                                "source": "Handreiking Veilige Wijken",
                            },
                        )
                    ]
                ),
                "body": streamfield([]),
                "related_pages": streamfield([]),
                "downloads": streamfield([]),
                "required_partners": streamfield([]),
                "evaluations": streamfield([]),
            }
        )
        # Many-to-many fields post a list of ids under one name, as the admin's form does.
        data["themes"] = [self.theme.pk]
        data["target_groups"] = [self.target_group.pk]
        self.assertCanCreate(index, MethodPage, data)
        method = MethodPage.objects.get(slug="samen-in-de-wijk")
        self.assertTrue(method.live)
        self.assertEqual(
            [step.value["title"] for step in method.approach],
            ["Vorm een alliantie", "Deel signalen"],
        )
        self.assertEqual(method.approach[1].value["phase"], "carry_out")
        self.assertEqual(method.working_elements[0].value["source"], "Handreiking Veilige Wijken")
        self.assertEqual(list(method.themes.all()), [self.theme])
        self.assertEqual(list(method.target_groups.all()), [self.target_group])

    def test_editor_creates_a_case_study_that_counts_for_its_municipality(self):
        method = MethodPageFactory(parent=self.tree.sections[MethodIndexPage])
        index = self.tree.sections[CaseStudyIndexPage]
        self.assertCanCreate(
            index,
            CaseStudyPage,
            nested_form_data(
                {
                    "title": "Samen in de Wijk in Rotterdam",
                    "intro": "De alliantie in een Rotterdamse wijk.",
                    "method": method.pk,
                    "municipality": self.municipality.pk,
                    "status": "running",
                    "start_date": "2021-07-01",
                    "adaptations": streamfield(
                        [
                            (
                                "adaptation",
                                {
                                    "adaptation": "Avondoverleg",
                                    "reason": "Vrijwilligers kunnen overdag niet.",
                                },
                            )
                        ]
                    ),
                    "partners": streamfield([]),
                    "body": streamfield([]),
                    "related_pages": streamfield([]),
                    "downloads": streamfield([]),
                }
            ),
        )
        case_study = CaseStudyPage.objects.get(slug="samen-in-de-wijk-in-rotterdam")
        self.assertEqual(case_study.start_date, datetime.date(2021, 7, 1))
        self.assertEqual(
            case_study.adaptations[0].value["reason"], "Vrijwilligers kunnen overdag niet."
        )
        self.assertIn(self.municipality, case_study.municipalities.all())
        self.assertEqual(list(method.applied_in()), [case_study])
