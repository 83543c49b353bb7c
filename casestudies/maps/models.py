"""The map page and the outline of the Netherlands that every implementation map is drawn on."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail_localize.fields import TranslatableField

from knowledge.edge import keys


class CountryOutline(models.Model):
    """The outline of a country as simplified rings of (longitude, latitude) points.

    Written by `manage.py load_municipality_places` from the open data an installed package
    ships (docs/implementation-map.md), never typed in: the map is only as true as its source.
    """

    code = models.CharField("landcode", max_length=2, unique=True)
    rings = models.JSONField("ringen", help_text="Lijsten van [lengtegraad, breedtegraad].")
    source = models.CharField("bron", max_length=250)
    loaded_at = models.DateTimeField("ingelezen op", auto_now=True)

    class Meta:
        verbose_name = _("omtrek van een land")
        verbose_name_plural = _("omtrekken van landen")

    def __str__(self):
        return f"{self.code} ({self.source})"


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
        from casestudies.maps import drawing, filters

        context = super().get_context(request, *args, **kwargs)
        selection = filters.select(request, self.locale)
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
