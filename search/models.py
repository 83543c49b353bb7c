"""Search data: the facet index of live pages, editors' synonyms, the anonymous search log, and
the map page, which draws the search page's case studies on a map."""

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail_localize.fields import TranslatableField

from casestudies.maps import drawing
from knowledge.edge import keys


class SearchDocument(models.Model):
    """One searchable page as the search page sees it: its language, type and date.

    Kept in step with publishing by signal handlers (and rebuilt by `rebuild_search_facets`),
    so that facet counts and sorting by date cost one query whatever the page types involved.
    """

    page = models.OneToOneField(
        Page, primary_key=True, on_delete=models.CASCADE, related_name="search_document"
    )
    language_code = models.CharField(max_length=20, db_index=True)
    content_type_name = models.CharField(max_length=40)
    published_on = models.DateField(null=True, db_index=True)
    # PostgreSQL only: the title (weight A) and intro (weight B) in the page's language, which
    # rank the matches of a text search. Small enough to rank thousands of matches per request.
    summary = SearchVectorField(null=True, editable=False)

    class Meta:
        indexes = [
            models.Index(
                fields=["language_code", "-published_on", "-page"], name="search_doc_newest"
            )
        ]

    def __str__(self):
        return f"{self.content_type_name} {self.page_id}"


class PageFacet(models.Model):
    """A facet value of a searchable page, e.g. ('theme', '12') or ('province', 'zuid-holland')."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="facets")
    facet = models.CharField(max_length=30)
    value = models.CharField(max_length=80)

    class Meta:
        indexes = [models.Index(fields=["facet", "value", "document"])]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "facet", "value"], name="search_pagefacet_unique"
            )
        ]

    def __str__(self):
        return f"{self.facet}={self.value}"


class SynonymGroup(models.Model):
    """Words that mean the same to our readers, maintained by editors: a search for one finds all.

    For example lhbti, lhbti+, lhbtiq+, lhbtqia+, lgbt, regenboog; or wijkagent, buurtagent.
    """

    class Language(models.TextChoices):
        DUTCH = "nl", "Nederlands"
        ENGLISH = "en", "English"

    language = models.CharField("taal", max_length=5, choices=Language.choices, default="nl")
    terms = models.TextField(
        "woorden",
        help_text="Woorden of woordgroepen die hetzelfde betekenen, gescheiden door komma's.",
    )

    panels = [FieldPanel("language"), FieldPanel("terms")]

    class Meta:
        verbose_name = "synoniemengroep"
        verbose_name_plural = "synoniemen"
        ordering = ["language", "terms"]

    def __str__(self):
        return self.terms

    @property
    def term_list(self):
        return [term.strip().lower() for term in self.terms.split(",") if term.strip()]

    def clean(self):
        if len(self.term_list) < 2:
            raise ValidationError({"terms": "Geef minstens twee woorden, gescheiden door komma's."})


class SearchQueryDay(models.Model):
    """How often a query was searched on one day in one language, and how often it found nothing.

    Nothing about the person searching is stored: only the normalised query and counts.
    """

    date = models.DateField(db_index=True)
    language_code = models.CharField(max_length=20)
    query = models.CharField(max_length=200)
    searches = models.PositiveIntegerField(default=0)
    searches_without_results = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["date", "language_code", "query"], name="search_querylog_unique_per_day"
            )
        ]
        verbose_name = "zoekvraag per dag"
        verbose_name_plural = "zoekvragen per dag"

    def __str__(self):
        return f"{self.date} {self.language_code} {self.query}"


class ImplementationMapPage(Page):
    """Where case studies were carried out: a map of the Netherlands with a marker per
    municipality and a table of the same case studies, filtered like the search page."""

    template = "pages/implementation_map_page.html"

    intro = models.TextField("introductie", max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    override_translatable_fields = [TranslatableField("intro")]
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("kaart van praktijkvoorbeelden")

    def get_context(self, request, *args, **kwargs):
        # search.map_filters reads the search page's results, which read this module's
        # SearchDocument: imported here, once the module is loaded, to avoid a cycle in the app.
        from search import map_filters

        context = super().get_context(request, *args, **kwargs)
        selection = map_filters.select(request, self.locale)
        context["selection"] = selection
        context["implementation_map"] = drawing.draw(
            request, selection.case_studies, selection.method_names
        )
        # Any case study published, changed or unpublished may join or leave the map; a term
        # or method renamed changes what it says (knowledge/edge/purge.py).
        keys.add(
            request,
            keys.listing(selection.model),
            keys.MAP,
            *keys.pages(selection.case_studies),
            *(keys.page(pk) for pk in selection.method_ids),
        )
        return context
