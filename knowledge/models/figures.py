"""Context figures of a municipality, district or neighbourhood: CBS's Kerncijfers wijken en buurten.

The figures are a model of their own, keyed by CBS code, rather than columns on `Municipality` and
`Neighbourhood`. Those are translatable snippets with one row per language: figures on them would
be copied into every language and could drift apart, while a figure is a fact, the same in every
language, that comes from one file of one year. Keyed by code, one import reaches every language's
term at once, and figures for places that have no term yet are ready when an editor adds one.
Each row says where its figures come from (CBS's table of a year, or the demo's sample file), so
no figure is ever shown as CBS's unless it came from CBS's file.
"""

from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from knowledge.models.taxonomy import Municipality


class Urbanity(models.IntegerChoices):
    """CBS's 'mate van stedelijkheid', by the density of addresses around each address."""

    VERY_STRONG = 1, _("Zeer sterk stedelijk")
    STRONG = 2, _("Sterk stedelijk")
    MODERATE = 3, _("Matig stedelijk")
    LITTLE = 4, _("Weinig stedelijk")
    NOT_URBAN = 5, _("Niet stedelijk")


class SizeClass(models.TextChoices):
    """CBS's classes of municipal size ('gemeentegrootte') by number of inhabitants."""

    UNDER_5K = "0-5k", _("Minder dan 5.000 inwoners")
    FROM_5K = "5k-10k", _("5.000 tot 10.000 inwoners")
    FROM_10K = "10k-20k", _("10.000 tot 20.000 inwoners")
    FROM_20K = "20k-50k", _("20.000 tot 50.000 inwoners")
    FROM_50K = "50k-100k", _("50.000 tot 100.000 inwoners")
    FROM_100K = "100k-150k", _("100.000 tot 150.000 inwoners")
    FROM_150K = "150k-250k", _("150.000 tot 250.000 inwoners")
    FROM_250K = "250k+", _("250.000 inwoners of meer")


# The lower bound of each size class, largest first.
SIZE_CLASS_FLOORS = [
    (250_000, SizeClass.FROM_250K),
    (150_000, SizeClass.FROM_150K),
    (100_000, SizeClass.FROM_100K),
    (50_000, SizeClass.FROM_50K),
    (20_000, SizeClass.FROM_20K),
    (10_000, SizeClass.FROM_10K),
    (5_000, SizeClass.FROM_5K),
    (0, SizeClass.UNDER_5K),
]

CBS_SOURCE = "CBS Kerncijfers wijken en buurten"


def size_class(inhabitants):
    """The CBS size class of a municipality with `inhabitants`, or None if that is unknown."""
    if inhabitants is None:
        return None
    return next(size for floor, size in SIZE_CLASS_FLOORS if inhabitants >= floor)


class AreaFigures(models.Model):
    """The key figures of one area (GMxxxx, WKxxxxxx or BUxxxxxxxx) from one import.

    Readers see an area's size and urbanity beside a case study or municipality, so a policy
    officer can tell whether a place is like their own; the search page filters on them.
    """

    cbs_code = models.CharField("CBS-code", max_length=10, unique=True)
    year = models.PositiveSmallIntegerField("jaar", null=True, blank=True)
    is_sample = models.BooleanField(
        "voorbeeldgegevens",
        default=False,
        help_text="Voorbeeldcijfers voor de demo, geen cijfers van het CBS.",
    )
    inhabitants = models.PositiveIntegerField("aantal inwoners", null=True, blank=True)
    population_density = models.PositiveIntegerField(
        "bevolkingsdichtheid (inwoners per km²)", null=True, blank=True
    )
    urbanity = models.PositiveSmallIntegerField(
        "mate van stedelijkheid", choices=Urbanity.choices, null=True, blank=True
    )
    address_density = models.PositiveIntegerField(
        "omgevingsadressendichtheid (adressen per km²)", null=True, blank=True
    )
    imported_at = models.DateTimeField("ingelezen op", auto_now=True)

    class Meta:
        verbose_name = _("kerncijfers van een gebied")
        verbose_name_plural = _("kerncijfers van gebieden")
        ordering = ["cbs_code"]

    def __str__(self):
        return f"{self.cbs_code} ({self.source})"

    @property
    def source(self):
        """Where the figures come from, as readers see it beside them."""
        if self.is_sample:
            return gettext("voorbeeldgegevens, geen cijfers van het CBS")
        return f"{CBS_SOURCE} {self.year}" if self.year else CBS_SOURCE

    @property
    def is_municipality(self):
        return self.cbs_code.startswith("GM")

    @property
    def size_class(self):
        """CBS's size class; only municipalities have one."""
        return size_class(self.inhabitants) if self.is_municipality else None

    def get_size_class_display(self):
        size = self.size_class
        return SizeClass(size).label if size else ""


def with_figures(municipalities):
    """`municipalities` (a queryset) with the figures the search facets need, in the same query:
    `figures_inhabitants` and `figures_urbanity`."""
    figures = AreaFigures.objects.filter(cbs_code=OuterRef("cbs_code"))
    return municipalities.annotate(
        figures_inhabitants=Subquery(figures.values("inhabitants")[:1]),
        figures_urbanity=Subquery(figures.values("urbanity")[:1]),
    )


def municipalities_with_figures(municipalities):
    """`municipalities` (fetched through `with_figures` when pages are indexed in bulk, which
    costs nothing here) with their figures; others are read again with them in one query."""
    municipalities = list(municipalities)
    if all(hasattr(municipality, "figures_inhabitants") for municipality in municipalities):
        return municipalities
    ids = [municipality.pk for municipality in municipalities]
    return list(with_figures(Municipality.objects.filter(pk__in=ids)))
