"""Importing CBS's Kerncijfers wijken en buurten: what it matches, what it reports, and that a
malformed file is refused with a clear message and changes nothing."""

import pytest
from django.core.management import CommandError, call_command

from knowledge.factories import MunicipalityFactory, NeighbourhoodFactory
from knowledge.kerncijfers import KerncijfersError, parse_table
from knowledge.models import AreaFigures, SizeClass, Urbanity

# The layout of CBS's CSV: padded, quoted codes, column names with a number CBS changes per year,
# '.' for a missing figure and '-' for none at all. Written for these tests; not CBS's figures.
HEADER = (
    "ID;WijkenEnBuurten;Gemeentenaam_1;SoortRegio_2;Codering_3;AantalInwoners_5;"
    "Bevolkingsdichtheid_33;MateVanStedelijkheid_116;Omgevingsadressendichtheid_117"
)
ROWS = [
    '0;"NL00      ";"Nederland ";"Land      ";"NL00      ";  100000;    500; 3;   1000',
    '1;"GM0512    ";"Gorinchem ";"Gemeente  ";"GM0512    ";   38000;   1800; 2;   1900',
    '2;"GM9999    ";"Elders    ";"Gemeente  ";"GM9999    ";    4000;      .; 5;      .',
    '3;"WK051201  ";"Gorinchem ";"Wijk      ";"WK051201  ";    6 000;     -; x;      .',
]


def table(*rows, header=HEADER):
    return "\n".join([header, *rows]) + "\n"


def write(tmp_path, text, name="kwb-2024.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def run(path, *options):
    output = []

    class Out:
        def write(self, text):
            output.append(text)

        def flush(self):
            pass

    call_command("import_kerncijfers", path, *options, stdout=Out())
    return "".join(output)


@pytest.fixture
def gorinchem(db):
    return MunicipalityFactory(name="Gorinchem", slug="gorinchem", cbs_code="GM0512")


def test_an_import_stores_the_figures_and_reports_what_it_matched(tmp_path, gorinchem):
    NeighbourhoodFactory(name="Gorinchem-Oost", municipality=gorinchem, cbs_code="WK051201")
    MunicipalityFactory(name="Schiedam", cbs_code="GM0606")

    output = run(write(tmp_path, table(*ROWS)))

    figures = AreaFigures.objects.get(cbs_code="GM0512")
    assert (figures.inhabitants, figures.population_density, figures.urbanity) == (38000, 1800, 2)
    assert figures.address_density == 1900
    assert figures.year == 2024 and not figures.is_sample
    assert figures.source == "CBS Kerncijfers wijken en buurten 2024"
    assert figures.size_class == SizeClass.FROM_20K
    assert "Gemeenten met cijfers (1): Gorinchem (GM0512)" in output
    assert "Wijken en buurten met cijfers (1): Gorinchem-Oost (WK051201)" in output
    # A municipality of the taxonomy that the file lacks, and a code the taxonomy lacks.
    assert "Niet gevonden in het bestand (1): Schiedam (GM0606)" in output
    assert "Codes zonder gemeente of wijk in de indeling: 1" in output
    # The country's own row is no area.
    assert not AreaFigures.objects.filter(cbs_code="NL00").exists()


def test_cbs_missing_value_marks_become_unknown_and_nil_becomes_zero(tmp_path, db):
    run(write(tmp_path, table(*ROWS)))

    district = AreaFigures.objects.get(cbs_code="WK051201")
    # Spaces inside a number are padding, '.' and 'x' mean unknown, '-' means none.
    assert district.inhabitants == 6000
    assert district.population_density == 0
    assert district.urbanity is None
    assert district.address_density is None
    # Only municipalities have a size class.
    assert district.size_class is None


def test_columns_are_found_by_name_whatever_number_cbs_gives_them(tmp_path, db):
    header = "Codering_3;AantalInwoners_7;MateVanStedelijkheid_104"
    run(write(tmp_path, table('"GM0512    ";   38000;  2', header=header)))
    figures = AreaFigures.objects.get(cbs_code="GM0512")
    assert (figures.inhabitants, figures.urbanity, figures.population_density) == (38000, 2, None)


def test_the_year_comes_from_the_option_or_else_from_the_file_name(tmp_path, db):
    run(write(tmp_path, table(ROWS[1]), name="kerncijfers.csv"), "--year", "2023")
    assert AreaFigures.objects.get(cbs_code="GM0512").year == 2023

    with pytest.raises(CommandError, match="--year"):
        run(write(tmp_path, table(ROWS[1]), name="kerncijfers.csv"))


def test_a_new_import_replaces_the_figures_of_the_same_area(tmp_path, gorinchem):
    run(write(tmp_path, table(ROWS[1]), name="kwb-2023.csv"))
    newer = ROWS[1].replace("38000", "38500")
    run(write(tmp_path, table(newer), name="kwb-2024.csv"))

    figures = AreaFigures.objects.get(cbs_code="GM0512")
    assert (figures.inhabitants, figures.year) == (38500, 2024)
    assert AreaFigures.objects.count() == 1


MALFORMED = {
    "comma-separated": (
        HEADER.replace(";", ",") + "\n" + ROWS[1].replace(";", ","),
        "niet gescheiden door puntkomma's",
    ),
    "no code column": (
        "ID;AantalInwoners_5\n1;38000\n",
        "geen kolom met CBS-codes",
    ),
    "no figures": (
        "Codering_3;Gemeentenaam_1\nGM0512;Gorinchem\n",
        "geen kolom met kerncijfers",
    ),
    "words for a number": (
        table(ROWS[1].replace("   38000", "veel")),
        "regel 2: AantalInwoners 'veel' is geen geheel getal",
    ),
    "decimal number": (
        table(ROWS[1].replace("   1800", " 1800,5")),
        "regel 2: Bevolkingsdichtheid '1800,5' is geen geheel getal",
    ),
    "urbanity out of range": (
        table(ROWS[1].replace("; 2;", "; 7;")),
        "MateVanStedelijkheid moet 1 tot en met 5 zijn",
    ),
    "duplicate code": (
        table(ROWS[1], ROWS[1].replace("1;", "9;", 1)),
        "regel 3: de code GM0512 stond al op een eerdere regel",
    ),
    "not a CBS code": (
        table(ROWS[1].replace('"GM0512    ";   ', '"Gorinchem";   ')),
        "regel 2: 'Gorinchem' is geen CBS-code",
    ),
    "missing column on a line": (
        table(ROWS[1].rsplit(";", 1)[0]),
        "regel 2: 8 kolommen, de kopregel heeft er 9",
    ),
    "empty": ("", "Het bestand is leeg"),
}


@pytest.mark.parametrize("case", MALFORMED)
def test_a_malformed_file_is_refused_with_a_clear_message_and_changes_nothing(
    tmp_path, gorinchem, case
):
    run(write(tmp_path, table(ROWS[1]), name="kwb-2023.csv"))
    text, message = MALFORMED[case]
    # The good lines of a refused file are not written either.
    if text.startswith(HEADER):
        text += ROWS[2] + "\n"

    with pytest.raises(CommandError) as refused:
        run(write(tmp_path, text, name="kwb-2024.csv"))

    assert message in str(refused.value)
    assert list(AreaFigures.objects.values_list("cbs_code", "year", "inhabitants")) == [
        ("GM0512", 2023, 38000)
    ]


def test_a_file_that_is_not_utf8_is_refused(tmp_path, db):
    path = tmp_path / "kwb-2024.csv"
    path.write_bytes(table(ROWS[1].replace("Gorinchem", "Gör")).encode("utf-16"))
    with pytest.raises(CommandError, match="geen UTF-8"):
        run(str(path))
    assert not AreaFigures.objects.exists()


def test_every_error_of_a_file_is_named_up_to_ten(db):
    rows = [ROWS[1].replace("GM0512", f"GM{n:04d}").replace("38000", "veel") for n in range(12)]
    with pytest.raises(KerncijfersError) as refused:
        parse_table(table(*rows).encode(), "kwb-2024.csv")
    assert "regel 11:" in str(refused.value)
    assert "regel 13:" not in str(refused.value)
    assert "en nog 2 fouten" in str(refused.value)


def test_sample_figures_are_marked_and_never_replace_cbs_figures(tmp_path, gorinchem):
    MunicipalityFactory(name="Schiedam", cbs_code="GM0606")
    run(write(tmp_path, table(ROWS[1]), name="kwb-2024.csv"))
    sample = "# Voorbeeldgegevens, geen cijfers van het CBS.\n" + table(
        ROWS[1].replace("38000", "1"), ROWS[1].replace("GM0512", "GM0606")
    )

    output = run(write(tmp_path, sample, name="voorbeeld.csv"), "--sample")

    schiedam = AreaFigures.objects.get(cbs_code="GM0606")
    assert schiedam.is_sample
    assert schiedam.year is None
    assert schiedam.source == "voorbeeldgegevens, geen cijfers van het CBS"
    assert "Niet vervangen, omdat er al CBS-cijfers zijn: GM0512" in output
    gorinchem_figures = AreaFigures.objects.get(cbs_code="GM0512")
    assert (gorinchem_figures.inhabitants, gorinchem_figures.is_sample) == (38000, False)


def test_a_sample_file_cannot_be_imported_as_cbs_figures(tmp_path, db):
    sample = "# VOORBEELDGEGEVENS - geen cijfers van het CBS.\n" + table(ROWS[1])
    with pytest.raises(CommandError, match="--sample"):
        run(write(tmp_path, sample, name="kwb-2024.csv"))
    assert not AreaFigures.objects.exists()


def test_cbs_figures_replace_sample_figures(tmp_path, gorinchem):
    run(write(tmp_path, "# voorbeeldgegevens\n" + table(ROWS[1]), name="v.csv"), "--sample")
    run(write(tmp_path, table(ROWS[1])))
    figures = AreaFigures.objects.get(cbs_code="GM0512")
    assert not figures.is_sample
    assert figures.source == "CBS Kerncijfers wijken en buurten 2024"


def test_the_demo_sample_file_covers_exactly_the_demo_municipalities(db):
    from wijkkompas.content.demo.figures import SAMPLE_FILE
    from wijkkompas.content.demo.taxonomy import MUNICIPALITIES

    parsed = parse_table(SAMPLE_FILE.read_bytes(), SAMPLE_FILE.name, sample=True)
    assert set(parsed.figures) == {code for _slug, _name, code, _province in MUNICIPALITIES}
    assert all(figures["urbanity"] in Urbanity.values for figures in parsed.figures.values())
