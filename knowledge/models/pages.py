"""The platform's own page types: home, indexes, articles, interviews, practical tips and the
municipality and theme overviews."""

from django.core.paginator import Paginator
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from knowledge.blocks import (
    RICH_TEXT_FEATURES,
    ContentStreamBlock,
    HeadingBlock,
    ParagraphBlock,
    QuoteBlock,
)
from knowledge.edge import keys
from knowledge.listings import (
    LISTING_PAGE_SIZE,
    cards,
    listing_queryset,
    pages_by_type,
)
from knowledge.models.base import ContentPage
from knowledge.models.taxonomy import Municipality, Theme


class HomePage(Page):
    """The front door: what Wijkkompas offers and the quickest routes to a fitting approach."""

    template = "pages/home_page.html"

    intro = models.TextField("introductie", max_length=600)
    body = StreamField(ContentStreamBlock(), verbose_name="inhoud", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    override_translatable_fields = [TranslatableField("intro"), TranslatableField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "methods.MethodIndexPage",
        "casestudies.CaseStudyIndexPage",
        "casestudies.ImplementationMapPage",
        "knowledge.InterviewIndexPage",
        "knowledge.PracticalTipIndexPage",
        "knowledge.ArticleIndexPage",
        "knowledge.MunicipalityIndexPage",
        "knowledge.ThemeIndexPage",
        "knowledge.StandardPage",
        "knowledge.AccessibilityStatementPage",
    ]

    class Meta:
        verbose_name = _("homepagina")

    def get_context(self, request, *args, **kwargs):
        from casestudies.models import CaseStudyPage
        from methods.models import MethodPage

        context = super().get_context(request, *args, **kwargs)
        context["methods"] = list(cards(listing_queryset(MethodPage, self.locale))[:6])
        context["case_studies"] = list(cards(listing_queryset(CaseStudyPage, self.locale))[:6])
        context["tips"] = list(cards(listing_queryset(PracticalTipPage, self.locale))[:3])
        # The sections under this home, so the English home links to the English indexes.
        context["sections"] = {
            section.specific_class.__name__: section.get_url(request)
            for section in self.get_children().live().public()
        }
        keys.add(
            request,
            *(keys.listing(model) for model in (MethodPage, CaseStudyPage, PracticalTipPage)),
            *keys.pages([*context["methods"], *context["case_studies"], *context["tips"]]),
        )
        context["municipality_count"] = (
            listing_queryset(CaseStudyPage, self.locale)
            .order_by()
            .values("municipality")
            .distinct()
            .count()
        )
        return context


class StandardPage(Page):
    """A plain page for information about the platform itself (about, privacy, accessibility)."""

    template = "pages/standard_page.html"
    # The footer of every page links to the information pages (knowledge/edge/purge.py).
    linked_from_footer = True

    intro = models.TextField("samenvatting", max_length=600, blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name="inhoud", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    override_translatable_fields = [TranslatableField("intro"), TranslatableField("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["knowledge.HomePage", "knowledge.StandardPage"]
    subpage_types = ["knowledge.StandardPage"]

    class Meta:
        verbose_name = _("informatiepagina")
        verbose_name_plural = _("informatiepagina's")


class ListingIndexPage(Page):
    """An index of one content type: its children, newest first, paginated."""

    intro = models.TextField("introductie", max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    override_translatable_fields = [TranslatableField("intro")]
    parent_page_types = ["knowledge.HomePage"]
    max_count_per_parent = 1

    # The concrete content model this index lists; set by each subclass.
    listing_model = None

    class Meta:
        abstract = True

    def get_listing(self, request):
        return cards(listing_queryset(self.listing_model, self.locale).child_of(self))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Django's get_page: a malformed or out-of-range number gives a valid page.
        paginator = Paginator(self.get_listing(request), LISTING_PAGE_SIZE)
        context["page_obj"] = paginator.get_page(request.GET.get("page"))
        keys.add(request, keys.listing(self.listing_model), *keys.pages(context["page_obj"]))
        return context


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

    parent_page_types = ["knowledge.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("artikel")
        verbose_name_plural = _("artikelen")
        # Listings show the newest first; without it every listing sorts all of them.
        indexes = [
            models.Index(fields=["-first_published", "-page_ptr"], name="article_newest_first")
        ]

    @classmethod
    def listing_queryset(cls):
        return cls.objects.select_related("listing_image").order_by("-first_published", "-pk")


class ArticleIndexPage(ListingIndexPage):
    """All news, announcements and reports."""

    template = "pages/listing_index_page.html"

    listing_model = ArticlePage
    subpage_types = ["knowledge.ArticlePage"]

    class Meta:
        verbose_name = _("artikeloverzicht")


class QuestionBlock(blocks.StructBlock):
    """The interviewer's question."""

    question = blocks.TextBlock(label="Vraag")

    class Meta:
        icon = "help"
        template = "blocks/question_block.html"
        label = "Vraag"
        description = "Een vraag van de interviewer."
        preview_value = {"question": "Wat hebben jullie tot nu toe geleerd?"}


class AnswerBlock(blocks.StructBlock):
    """An interviewee's answer, with who gave it."""

    speaker = blocks.CharBlock(label="Wie antwoordt", max_length=120)
    answer = ParagraphBlock(label="Antwoord")

    class Meta:
        icon = "user"
        template = "blocks/answer_block.html"
        label = "Antwoord"
        description = "Het antwoord van een geïnterviewde, met naam."
        preview_value = {
            "speaker": "Een projectleider",
            "answer": "<p>Dat een netwerk opbouwen meer tijd kost dan je denkt.</p>",
        }


class InterviewStreamBlock(blocks.StreamBlock):
    """An interview's body: questions and answers, with optional context paragraphs."""

    # Section headings of a long interview, as in an article.
    heading = HeadingBlock()
    question = QuestionBlock()
    answer = AnswerBlock()
    paragraph = ParagraphBlock()
    quote = QuoteBlock()


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
    method = models.ForeignKey(
        "methods.MethodPage",
        verbose_name="over de methode",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interviews",
    )
    case_study = models.ForeignKey(
        "casestudies.CaseStudyPage",
        verbose_name="over het praktijkvoorbeeld",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interviews",
    )

    content_type_label = _("Interview")
    content_panels = [
        *ContentPage.intro_panels,
        MultiFieldPanel(
            [
                FieldPanel("interviewees"),
                FieldPanel("interviewer"),
                FieldPanel("interview_date"),
                FieldPanel("method"),
                FieldPanel("case_study"),
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
        SynchronizedField("method"),
        SynchronizedField("case_study"),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("pull_quote"),
        index.RelatedFields("interviewees", [index.SearchField("name")]),
    ]

    parent_page_types = ["knowledge.InterviewIndexPage"]
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

    def search_facet_values(self):
        yield from super().search_facet_values()
        method_id = self.method_id or (self.case_study.method_id if self.case_study else None)
        if method_id:
            yield ("method", method_id)

    @classmethod
    def prefetch_for_search_facets(cls, queryset):
        return super().prefetch_for_search_facets(queryset).select_related("case_study")

    @classmethod
    def listing_queryset(cls):
        return cls.objects.select_related("listing_image").order_by("-first_published", "-pk")


class InterviewIndexPage(ListingIndexPage):
    """All interviews."""

    template = "pages/listing_index_page.html"

    listing_model = InterviewPage
    subpage_types = ["knowledge.InterviewPage"]

    class Meta:
        verbose_name = _("interviewoverzicht")


class Phase(models.TextChoices):
    EXPLORE = "explore", _("Verkennen")
    START = "start", _("Starten")
    CARRY_OUT = "carry_out", _("Uitvoeren")
    EMBED = "embed", _("Borgen")
    EVALUATE = "evaluate", _("Evalueren")


class Effort(models.TextChoices):
    LOW = "low", _("Weinig moeite")
    MEDIUM = "medium", _("Gemiddelde moeite")
    HIGH = "high", _("Veel moeite")


class TipStepBlock(blocks.StreamBlock):
    step = blocks.CharBlock(
        label="Stap",
        max_length=300,
        icon="list-ol",
    )


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

    parent_page_types = ["knowledge.PracticalTipIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("praktijktip")
        verbose_name_plural = _("praktijktips")
        # Listings show the newest first; without it every listing sorts all of them.
        indexes = [models.Index(fields=["-first_published", "-page_ptr"], name="tip_newest_first")]

    def search_facet_values(self):
        yield from super().search_facet_values()
        yield ("phase", self.phase)
        source = self.source_case_study
        method_id = self.source_method_id or (source.method_id if source else None)
        if method_id:
            yield ("method", method_id)

    @classmethod
    def prefetch_for_search_facets(cls, queryset):
        return super().prefetch_for_search_facets(queryset).select_related("source_case_study")

    def structured_data(self, request):
        data = super().structured_data(request)
        data["step"] = [{"@type": "HowToStep", "text": block.value} for block in self.how]
        return data

    @classmethod
    def listing_queryset(cls):
        return cls.objects.select_related("listing_image").order_by("-first_published", "-pk")


class PracticalTipIndexPage(ListingIndexPage):
    """All practical tips, filterable by the phase of the work they apply to."""

    template = "pages/practical_tip_index_page.html"

    listing_model = PracticalTipPage
    subpage_types = ["knowledge.PracticalTipPage"]

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


class TaxonomyIndexPage(RoutablePageMixin, Page):
    """Lists a vocabulary's terms and serves a page per term with all content about it."""

    intro = models.TextField("introductie", max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    override_translatable_fields = [TranslatableField("intro")]
    parent_page_types = ["knowledge.HomePage"]
    max_count_per_parent = 1

    # The vocabulary and the page field that links content to it; set by each subclass.
    term_model = None
    page_filter = ""
    term_template = ""

    class Meta:
        abstract = True

    def terms(self):
        return self.term_model.objects.filter(locale=self.locale)

    def get_context(self, request, *args, **kwargs):
        # The index and each term's page show names from the whole vocabulary.
        keys.add(request, keys.vocabulary(self.term_model))
        return super().get_context(request, *args, **kwargs)

    def term_filters(self, term):
        """The page filter that selects all content about `term`."""
        return {self.page_filter: term}

    @path("<slug:slug>/")
    def term_route(self, request, slug):
        term = get_object_or_404(self.terms(), slug=slug)
        groups = pages_by_type(self.locale, **self.term_filters(term))
        keys.add(
            request,
            keys.about(term),
            *(key for group in groups for key in keys.pages(group.pages)),
        )
        return self.render(
            request,
            template=self.term_template,
            context_overrides={
                "term": term,
                "groups": groups,
                "breadcrumbs_extra": [{"title": term.name, "url": ""}],
            },
        )

    def term_url(self, term):
        return self.url + self.reverse_subpage("term_route", kwargs={"slug": term.slug})


class MunicipalityIndexPage(TaxonomyIndexPage):
    """Every municipality with content, each with a page of all methods applied and lessons there."""

    template = "pages/municipality_index_page.html"

    term_model = Municipality
    page_filter = "municipalities"
    term_template = "pages/municipality_page.html"
    subpage_types = []

    class Meta:
        verbose_name = _("gemeentenoverzicht")

    def terms(self):
        return super().terms().order_by("province", "name")


class ThemeIndexPage(TaxonomyIndexPage):
    """Every theme, each with a page of all content about it."""

    template = "pages/theme_index_page.html"

    term_model = Theme
    page_filter = "themes"
    term_template = "pages/theme_page.html"
    subpage_types = []

    class Meta:
        verbose_name = _("themaoverzicht")

    def terms(self):
        return super().terms().select_related("parent")

    def term_filters(self, term):
        # A theme's page also lists the content of its sub-themes.
        return {"themes__in": [term, *term.children.all()]}


class CostBand(models.TextChoices):
    UNKNOWN = "", _("Onbekend")
    UP_TO_10K = "up_to_10k", _("Tot € 10.000")
    FROM_10K_TO_50K = "10k_50k", _("€ 10.000 – € 50.000")
    FROM_50K_TO_100K = "50k_100k", _("€ 50.000 – € 100.000")
    ABOVE_100K = "above_100k", _("Meer dan € 100.000")
