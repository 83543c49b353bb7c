"""Draws an implementation map: a marker per municipality on the outline of the Netherlands.

The projection is equirectangular, with longitudes shortened by the cosine of the country's
middle latitude, fitted to the outline: at this scale it is indistinguishable from the Dutch
national grid, and it needs no projection library. Everything is computed here and written out
as inline SVG by templates/components/implementation_map.html, so the map needs no JavaScript.
"""

import math
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from casestudies.maps.models import CountryOutline
from knowledge.operations.kept import Kept

# Kept between requests until `load_municipality_places` loads a new outline.
kept = Kept("map")

# The map's width in SVG units; its height follows from the outline.
WIDTH = 400
MARGIN = 6
# The radius of a marker for one case study: a marker's area grows with its count.
UNIT_RADIUS = 6
# Where the map shows the Netherlands when no outline has been loaded yet (docs).
FALLBACK_BOUNDS = (3.3, 50.7, 7.3, 53.6)
COUNTRY = "NL"

MIXED = "mixed"
# Every marker style with the words the legend gives it: a reader who cannot tell the colours
# apart tells the markers by their fill (open, solid, hatched, ringed, dotted).
LEGEND = {
    "planned": _("Gepland: open cirkel met gestreepte rand"),
    "running": _("Loopt: volle groene cirkel"),
    "ended": _("Afgerond: grijs gearceerde cirkel"),
    "embedded": _("Geborgd: donkerblauwe cirkel met witte ring"),
    MIXED: _("Verschillend: paarse cirkel met witte stip"),
}


@dataclass
class Outline:
    """The loaded outline, or none: its rings and its bounds (west, south, east, north)."""

    rings: list
    bounds: tuple
    source: str = ""


def outline(request=None):
    def read():
        row = CountryOutline.objects.filter(code=COUNTRY).first()
        if row is None or not row.rings:
            return Outline([], FALLBACK_BOUNDS)
        points = [point for ring in row.rings for point in ring]
        longitudes = [lon for lon, _lat in points]
        latitudes = [lat for _lon, lat in points]
        bounds = (min(longitudes), min(latitudes), max(longitudes), max(latitudes))
        return Outline(row.rings, bounds, row.source)

    return kept(request, "outline", read)


@dataclass(frozen=True)
class Projection:
    west: float
    north: float
    scale: float
    shrink: float

    @classmethod
    def fitted(cls, bounds):
        west, south, east, north = bounds
        shrink = math.cos(math.radians((south + north) / 2))
        scale = (WIDTH - 2 * MARGIN) / ((east - west) * shrink)
        return cls(west, north, scale, shrink)

    def point(self, longitude, latitude):
        x = MARGIN + (float(longitude) - self.west) * self.shrink * self.scale
        y = MARGIN + (self.north - float(latitude)) * self.scale
        return round(x, 1), round(y, 1)


@dataclass
class Marker:
    """One municipality on the map with the case studies carried out there."""

    municipality: object
    case_studies: list
    x: float
    y: float
    radius: float
    status: str
    href: str
    label: str

    @property
    def inner_radius(self):
        """The white ring of a marker for embedded case studies, the dot of a mixed one."""
        return round(self.radius / 2, 1)


@dataclass
class ImplementationMap:
    width: int
    height: float
    outline_path: str
    markers: list
    rows: list
    unplaced: list = field(default_factory=list)
    source: str = ""

    @property
    def legend(self):
        shown = {marker.status for marker in self.markers}
        return [(status, label) for status, label in LEGEND.items() if status in shown]


def outline_path(rings, projection):
    parts = []
    for ring in rings:
        points = [projection.point(lon, lat) for lon, lat in ring]
        parts.append("M" + "L".join(f"{x},{y}" for x, y in points) + "Z")
    return "".join(parts)


def row_anchor(case_study):
    return f"kaart-{case_study.pk}"


def marker_label(municipality, case_studies, method_names):
    count = ngettext(
        "%(count)s praktijkvoorbeeld", "%(count)s praktijkvoorbeelden", len(case_studies)
    ) % {"count": len(case_studies)}
    parts = []
    for case_study in case_studies:
        method = method_names.get(case_study.method_id) or case_study.title
        facts = ", ".join(filter(None, [case_study.status_label, case_study.period]))
        parts.append(f"{method} – {facts}" if facts else method)
    return f"{municipality.name}: {count}. " + "; ".join(parts)


def draw(request, case_studies, method_names=None):
    """The map of `case_studies` (ordered by municipality name): one marker per placed
    municipality, and every case study as a row of the table beside it."""
    method_names = method_names or {}
    shape = outline(request)
    projection = Projection.fitted(shape.bounds)
    _west, south, _east, north = shape.bounds
    height = round(2 * MARGIN + (north - south) * projection.scale, 1)
    by_municipality = {}
    for case_study in case_studies:
        if case_study.municipality_id is not None:
            by_municipality.setdefault(case_study.municipality_id, []).append(case_study)
    markers, unplaced = [], []
    for group in by_municipality.values():
        municipality = group[0].municipality
        if not municipality.is_placed:
            unplaced.append(municipality)
            continue
        x, y = projection.point(municipality.longitude, municipality.latitude)
        statuses = {case_study.status for case_study in group}
        single = len(group) == 1
        markers.append(
            Marker(
                municipality=municipality,
                case_studies=group,
                x=x,
                y=y,
                radius=round(UNIT_RADIUS * math.sqrt(len(group)), 1),
                status=statuses.pop() if len(statuses) == 1 else MIXED,
                href=group[0].get_url(request) if single else f"#{row_anchor(group[0])}",
                label=marker_label(municipality, group, method_names),
            )
        )
    # Big markers first, so a small one on top of a big one can still be reached and seen.
    markers.sort(key=lambda marker: -marker.radius)
    for case_study in case_studies:
        case_study.map_anchor = row_anchor(case_study)
        case_study.shown_method = method_names.get(case_study.method_id)
    return ImplementationMap(
        width=WIDTH,
        height=height,
        outline_path=outline_path(shape.rings, projection),
        markers=markers,
        rows=case_studies,
        unplaced=unplaced,
        source=shape.source,
    )
