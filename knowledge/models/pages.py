"""The platform's own page types: home, indexes, articles, interviews, practical tips and the
municipality and theme overviews."""

from django.core.paginator import Paginator
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from knowledge.blocks import (
    ContentStreamBlock,
)
from knowledge.edge import keys
from knowledge.listings import (
    LISTING_PAGE_SIZE,
    cards,
    content_models,
    listing_queryset,
    pages_by_type,
)
from knowledge.models.taxonomy import Municipality, Theme


class HomePage(Page):
    """The front door: what Wijkkompas offers and the quickest routes to a fitting approach."""

    template = "pages/home_page.html"

    intro = models.TextField("introductie", max_length=600)
    body = StreamField(ContentStreamBlock(), verbose_name="inhoud", blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    override_translatable_fields = [TranslatableField("intro"), TranslatableField("body")]

    # Page-tree rules are declared on both sides: each section names the home as its parent.
    # By name only, so the core imports none of the apps that own these sections.
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "methods.MethodIndexPage",
        "casestudies.CaseStudyIndexPage",
        "search.ImplementationMapPage",
        "articles.InterviewIndexPage",
        "articles.PracticalTipIndexPage",
        "articles.ArticleIndexPage",
        "knowledge.MunicipalityIndexPage",
        "knowledge.ThemeIndexPage",
        "knowledge.StandardPage",
        "knowledge.AccessibilityStatementPage",
    ]

    class Meta:
        verbose_name = _("homepagina")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        shown = []
        # Each content type says how many of its newest cards the home shows, and under which
        # name (`home_cards`), and adds figures of its own (`home_figures`).
        for model in content_models():
            if model.home_cards:
                name, count = model.home_cards
                context[name] = list(cards(listing_queryset(model, self.locale))[:count])
                shown.append(model)
            context.update(model.home_figures(self.locale))
        # The sections under this home, so the English home links to the English indexes.
        context["sections"] = {
            section.specific_class.__name__: section.get_url(request)
            for section in self.get_children().live().public()
        }
        keys.add(
            request,
            *(keys.listing(model) for model in shown),
            *keys.pages(page for model in shown for page in context[model.home_cards[0]]),
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


class Phase(models.TextChoices):
    EXPLORE = "explore", _("Verkennen")
    START = "start", _("Starten")
    CARRY_OUT = "carry_out", _("Uitvoeren")
    EMBED = "embed", _("Borgen")
    EVALUATE = "evaluate", _("Evalueren")


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
