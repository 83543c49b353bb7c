"""Articles, interviews and practical tips: the stories around the methods and case studies,
each with its own index."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from articles.blocks import InterviewStreamBlock, TipStepBlock
from knowledge.blocks import RICH_TEXT_FEATURES
from knowledge.models import ContentPage, ListingIndexPage, Phase


class ArticlePage(ContentPage):
    """News, announcements and reports, such as the publication of a guide."""

    template = "pages/article_page.html"
    # A method's page lists the articles that link to it (knowledge/edge/purge.py).
    listed_where_it_links = True

    class ArticleType(models.TextChoices):
        NEWS = "news", _("Nieuws")
        ANNOUNCEMENT = "announcement", _("Aankondiging")
        REPORT = "report", _("Verslag")

    article_type = models.CharField(
        "soort artikel", max_length=20, choices=ArticleType.choices, default=ArticleType.NEWS
    )

    content_type_label = _("Artikel")
    type_position = 50
    content_panels = [
        *ContentPage.intro_panels,
        FieldPanel("article_type"),
        FieldPanel("body"),
        *ContentPage.taxonomy_panels,
        *ContentPage.meta_panels,
    ]
    override_translatable_fields = [
        *ContentPage.override_translatable_fields,
        SynchronizedField("article_type"),
    ]
    search_fields = [*ContentPage.search_fields, index.FilterField("article_type")]

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("artikel")
        verbose_name_plural = _("artikelen")
        # Listings show the newest first; without it every listing sorts all of them.
        indexes = [
            models.Index(fields=["-first_published", "-page_ptr"], name="article_newest_first")
        ]


class ArticleIndexPage(ListingIndexPage):
    """All news, announcements and reports."""

    template = "pages/listing_index_page.html"

    listing_model = ArticlePage
    subpage_types = ["articles.ArticlePage"]

    class Meta:
        verbose_name = _("artikeloverzicht")


class InterviewPage(ContentPage):
    """A conversation with people who carry out an approach, about how it went in practice."""

    template = "pages/interview_page.html"

    interviewees = ParentalManyToManyField(
        "knowledge.Person", verbose_name="geïnterviewden", blank=True, related_name="interviews"
    )
    interviewer = models.ForeignKey(
        "knowledge.Person",
        verbose_name="interviewer",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    interview_date = models.DateField("datum van het gesprek", null=True, blank=True)
    pull_quote = models.TextField("uitgelicht citaat", max_length=400, blank=True)
    pull_quote_attribution = models.CharField("citaat van", max_length=160, blank=True)
    body = StreamField(InterviewStreamBlock(), verbose_name="vraag en antwoord", blank=True)
    source_method = models.ForeignKey(
        "methods.MethodPage",
        verbose_name="over de methode",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interviews",
    )
    source_case_study = models.ForeignKey(
        "casestudies.CaseStudyPage",
        verbose_name="over het praktijkvoorbeeld",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interviews",
    )

    content_type_label = _("Interview")
    type_position = 40
    content_panels = [
        *ContentPage.intro_panels,
        MultiFieldPanel(
            [
                FieldPanel("interviewees"),
                FieldPanel("interviewer"),
                FieldPanel("interview_date"),
                FieldPanel("source_method"),
                FieldPanel("source_case_study"),
            ],
            heading="Het gesprek",
        ),
        MultiFieldPanel(
            [FieldPanel("pull_quote"), FieldPanel("pull_quote_attribution")],
            heading="Uitgelicht citaat",
        ),
        FieldPanel("body"),
        *ContentPage.taxonomy_panels,
        *ContentPage.meta_panels,
    ]
    override_translatable_fields = [
        *ContentPage.override_translatable_fields,
        TranslatableField("pull_quote"),
        TranslatableField("pull_quote_attribution"),
        SynchronizedField("interviewees"),
        SynchronizedField("interviewer"),
        SynchronizedField("interview_date"),
        SynchronizedField("source_method"),
        SynchronizedField("source_case_study"),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("pull_quote"),
        index.RelatedFields("interviewees", [index.SearchField("name")]),
    ]

    parent_page_types = ["articles.InterviewIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("interview")
        verbose_name_plural = _("interviews")
        # Listings show the newest first; without it every listing sorts all of them.
        indexes = [
            models.Index(fields=["-first_published", "-page_ptr"], name="interview_newest_first")
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["interviewees"] = list(self.interviewees.select_related("organisation"))
        return context


class InterviewIndexPage(ListingIndexPage):
    """All interviews."""

    template = "pages/listing_index_page.html"

    listing_model = InterviewPage
    subpage_types = ["articles.InterviewPage"]

    class Meta:
        verbose_name = _("interviewoverzicht")


class Effort(models.TextChoices):
    LOW = "low", _("Weinig moeite")
    MEDIUM = "medium", _("Gemiddelde moeite")
    HIGH = "high", _("Veel moeite")


class PracticalTipPage(ContentPage):
    """One practical lesson from the field, in a sentence, with why and how to apply it."""

    template = "pages/practical_tip_page.html"

    tip = models.CharField(
        "de tip in één zin",
        max_length=200,
        help_text="Begin met een werkwoord: 'Plan…', 'Betrek…'.",
    )
    why = RichTextField("waarom", features=RICH_TEXT_FEATURES, blank=True)
    how = StreamField(TipStepBlock(), verbose_name="hoe (stappen)", blank=True)
    pitfalls = RichTextField("valkuilen", features=RICH_TEXT_FEATURES, blank=True)
    phase = models.CharField("fase", max_length=20, choices=Phase.choices)
    effort = models.CharField("inspanning", max_length=10, choices=Effort.choices)
    source_method = models.ForeignKey(
        "methods.MethodPage",
        verbose_name="komt uit de methode",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tips",
    )
    source_case_study = models.ForeignKey(
        "casestudies.CaseStudyPage",
        verbose_name="komt uit het praktijkvoorbeeld",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tips",
    )

    content_type_label = _("Praktijktip")
    type_position = 30
    home_cards = ("tips", 3)
    schema_type = "HowTo"
    content_panels = [
        *ContentPage.intro_panels,
        FieldPanel("tip"),
        FieldPanel("why"),
        FieldPanel("how"),
        FieldPanel("pitfalls"),
        MultiFieldPanel(
            [
                FieldPanel("phase"),
                FieldPanel("effort"),
                FieldPanel("source_method"),
                FieldPanel("source_case_study"),
            ],
            heading="Wanneer en waar vandaan",
        ),
        FieldPanel("body"),
        *ContentPage.taxonomy_panels,
        *ContentPage.meta_panels,
    ]
    override_translatable_fields = [
        *ContentPage.override_translatable_fields,
        TranslatableField("tip"),
        TranslatableField("why"),
        TranslatableField("how"),
        TranslatableField("pitfalls"),
        SynchronizedField("phase"),
        SynchronizedField("effort"),
        SynchronizedField("source_method"),
        SynchronizedField("source_case_study"),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("tip"),
        index.SearchField("why"),
        index.SearchField("pitfalls"),
        index.FilterField("phase"),
    ]

    parent_page_types = ["articles.PracticalTipIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("praktijktip")
        verbose_name_plural = _("praktijktips")
        # Listings show the newest first; without it every listing sorts all of them.
        indexes = [models.Index(fields=["-first_published", "-page_ptr"], name="tip_newest_first")]

    def structured_data(self, request):
        data = super().structured_data(request)
        data["step"] = [{"@type": "HowToStep", "text": block.value} for block in self.how]
        return data


class PracticalTipIndexPage(ListingIndexPage):
    """All practical tips, filterable by the phase of the work they apply to."""

    template = "pages/practical_tip_index_page.html"

    listing_model = PracticalTipPage
    subpage_types = ["articles.PracticalTipPage"]

    class Meta:
        verbose_name = _("tipsoverzicht")

    @staticmethod
    def requested_phase(request):
        phase = request.GET.get("fase", "")
        return phase if phase in Phase.values else ""

    def get_listing(self, request):
        listing = super().get_listing(request)
        phase = self.requested_phase(request)
        return listing.filter(phase=phase) if phase else listing

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["phases"] = Phase.choices
        context["current_phase"] = self.requested_phase(request)
        return context
