"""The outline of the Netherlands that every implementation map is drawn on."""

from django.db import models
from django.utils.translation import gettext_lazy as _


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
