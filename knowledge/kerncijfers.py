"""Reads CBS's table Kerncijfers wijken en buurten (its CSV layout) into AreaFigures.

CBS publishes the table per year as a semicolon-separated file whose column names carry a number
that differs from year to year (`AantalInwoners_5`, `MateVanStedelijkheid_104` or `_116`), so
columns are found by the name before that number. The whole file is read and checked before
anything is written: a file with one bad line changes nothing.
"""

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.dispatch import Signal

from knowledge.models import Municipality, Neighbourhood
from knowledge.models.figures import AreaFigures, Urbanity

# Sent inside the import's transaction with the CBS codes whose figures changed, so the search
# facets and the edge follow (search/signals.py, knowledge/edge/signals.py).
figures_imported = Signal()

AREA_CODE = re.compile(r"(GM\d{4}|WK\d{6}|BU\d{8})")
# The country as a whole (NL00) is a row of the table too; it is no area of the taxonomy.
COUNTRY_CODE = re.compile(r"NL\d{2}")
YEAR_IN_NAME = re.compile(r"(?<!\d)(20\d{2})(?!\d)")
# A sample file says so in a comment line; CBS's own files have no comment lines.
SAMPLE_MARK = re.compile(r"^\s*#.*voorbeeldgegevens", re.IGNORECASE | re.MULTILINE)
COLUMN_NUMBER = re.compile(r"_\d+$")
# CBS's marks for a missing figure: '.' not available, 'x' secret, '?' unreliable.
MISSING_MARKS = {"", ".", "x", "X", "?"}
# CBS's mark for 'nihil': none at all.
NIL_MARK = "-"
MAX_ERRORS_SHOWN = 10
MAX_FILE_SIZE = 50 * 1024 * 1024

# The columns read, by the name before CBS's number, and the AreaFigures field each fills.
CODE_COLUMNS = ("Codering", "WijkenEnBuurten")
FIGURE_COLUMNS = {
    "AantalInwoners": "inhabitants",
    "Bevolkingsdichtheid": "population_density",
    "MateVanStedelijkheid": "urbanity",
    "Omgevingsadressendichtheid": "address_density",
}
FIGURE_FIELDS = list(FIGURE_COLUMNS.values())


class KerncijfersError(ValueError):
    """A file that cannot be imported; the message says why, in Dutch, with line numbers."""


@dataclass
class KerncijfersTable:
    """The figures of a file, by CBS code, ready to be written."""

    year: int | None
    figures: dict
    skipped: list = field(default_factory=list)


@dataclass
class ImportReport:
    """What an import wrote and which terms of the taxonomy it found figures for."""

    written: int
    matched_municipalities: list
    matched_neighbourhoods: list
    unmatched_terms: list
    codes_without_term: int
    kept_cbs_codes: list


def column_name(header):
    return COLUMN_NUMBER.sub("", header.strip().strip('"').strip())


def find_columns(headers):
    """{meaning: column index} for the code column and the figure columns of a header row."""
    found = {}
    for index, header in enumerate(headers):
        name = column_name(header)
        if name in CODE_COLUMNS or name in FIGURE_COLUMNS:
            if name in found:
                raise KerncijfersError(f"De kolom {name} staat twee keer in de kopregel.")
            found[name] = index
    if not any(name in found for name in CODE_COLUMNS):
        raise KerncijfersError(
            "Er is geen kolom met CBS-codes (Codering_… of WijkenEnBuurten). Is dit de tabel "
            "Kerncijfers wijken en buurten?"
        )
    if not any(name in found for name in FIGURE_COLUMNS):
        raise KerncijfersError(
            "Er is geen kolom met kerncijfers (" + ", ".join(FIGURE_COLUMNS) + ")."
        )
    return found


def read_number(text):
    """An integer figure, None for CBS's missing-value marks; ValueError for anything else."""
    value = re.sub(r"[\s\u00a0\u202f]", "", text)
    if value in MISSING_MARKS:
        return None
    if value == NIL_MARK:
        return 0
    if not value.isascii() or not value.isdigit():
        raise ValueError(text)
    return int(value)


def year_from(option, source_name, sample):
    if option is not None:
        if not 1990 <= option <= 2100:
            raise KerncijfersError(f"{option} is geen jaar van de tabel Kerncijfers.")
        return option
    match = YEAR_IN_NAME.search(Path(source_name).name)
    if match:
        return int(match.group(1))
    if sample:
        return None
    raise KerncijfersError(
        "Van welk jaar is deze tabel? De bestandsnaam noemt geen jaar; geef het op met --year."
    )


def content_lines(text):
    """The file's lines with their line numbers, without the comment lines (`#`) a sample file
    starts with and without empty lines."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, line


def split(line):
    return next(csv.reader([line], delimiter=";"))


def decode(data):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise KerncijfersError(
            "Het bestand is geen UTF-8-tekst. Download de tabel opnieuw als CSV."
        ) from error


def parse_table(data, source_name="", year=None, sample=False):
    """Read the bytes of a Kerncijfers CSV file into a KerncijfersTable, or refuse it."""
    if len(data) > MAX_FILE_SIZE:
        raise KerncijfersError("Het bestand is groter dan 50 MB; is dit de tabel Kerncijfers?")
    text = decode(data)
    if not sample and SAMPLE_MARK.search(text):
        raise KerncijfersError(
            "Dit bestand noemt zichzelf voorbeeldgegevens: lees het in met --sample, zodat de "
            "site de cijfers niet als cijfers van het CBS toont."
        )
    lines = list(content_lines(text))
    if not lines:
        raise KerncijfersError("Het bestand is leeg.")
    _header_number, header_line = lines[0]
    if ";" not in header_line:
        other = next(
            (name for mark, name in ((",", "komma's"), ("\t", "tabs")) if mark in header_line), None
        )
        found = f" (gevonden: {other})" if other else ""
        raise KerncijfersError(
            "De kolommen zijn niet gescheiden door puntkomma's (;), zoals in de CSV van het "
            f"CBS{found}."
        )
    headers = split(header_line)
    columns = find_columns(headers)
    code_column = next(columns[name] for name in CODE_COLUMNS if name in columns)

    table = KerncijfersTable(year=year_from(year, source_name, sample), figures={})
    errors = []
    for number, line in lines[1:]:
        row = split(line)
        if len(row) != len(headers):
            errors.append(
                f"regel {number}: {len(row)} kolommen, de kopregel heeft er {len(headers)}"
            )
            continue
        code = re.sub(r"\s", "", row[code_column]).upper()
        if COUNTRY_CODE.fullmatch(code):
            table.skipped.append(code)
            continue
        if not AREA_CODE.fullmatch(code):
            errors.append(f"regel {number}: '{row[code_column].strip()}' is geen CBS-code")
            continue
        if code in table.figures:
            errors.append(f"regel {number}: de code {code} stond al op een eerdere regel")
            continue
        figures = {}
        for name, field_name in FIGURE_COLUMNS.items():
            if name not in columns:
                continue
            text = row[columns[name]]
            try:
                figures[field_name] = read_number(text)
            except ValueError:
                errors.append(f"regel {number}: {name} '{text.strip()}' is geen geheel getal")
                continue
            if field_name == "urbanity" and figures[field_name] not in (None, *Urbanity.values):
                errors.append(f"regel {number}: MateVanStedelijkheid moet 1 tot en met 5 zijn")
        table.figures[code] = figures
    if errors:
        shown = "; ".join(errors[:MAX_ERRORS_SHOWN])
        more = len(errors) - MAX_ERRORS_SHOWN
        extra = f" (en nog {more} fouten)" if more > 0 else ""
        raise KerncijfersError(
            f"Het bestand is niet ingelezen, er is niets veranderd: {shown}{extra}."
        )
    if not table.figures:
        raise KerncijfersError("Het bestand bevat geen regels met gemeente-, wijk- of buurtcodes.")
    return table


@transaction.atomic
def import_table(table, sample=False):
    """Write the table's figures (replacing earlier ones of the same codes) and report.

    Sample figures never replace figures that came from CBS's own file.
    """
    kept_cbs = []
    if sample:
        kept_cbs = sorted(
            AreaFigures.objects.filter(cbs_code__in=table.figures, is_sample=False).values_list(
                "cbs_code", flat=True
            )
        )
    rows = [
        AreaFigures(
            cbs_code=code,
            year=table.year,
            is_sample=sample,
            **{name: figures.get(name) for name in FIGURE_FIELDS},
        )
        for code, figures in table.figures.items()
        if code not in kept_cbs
    ]
    AreaFigures.objects.bulk_create(
        rows,
        batch_size=1000,
        update_conflicts=True,
        unique_fields=["cbs_code"],
        update_fields=["year", "is_sample", *FIGURE_FIELDS, "imported_at"],
    )
    written = {row.cbs_code for row in rows}
    report = match_terms(written)
    report.kept_cbs_codes = kept_cbs
    figures_imported.send(sender=AreaFigures, codes=sorted(written))
    return report


def match_terms(codes):
    """Which municipalities and neighbourhoods (by their Dutch-first name) have figures now."""
    matched_municipalities, matched_neighbourhoods, unmatched = {}, {}, {}
    terms = [
        *Municipality.objects.exclude(cbs_code="").order_by("locale_id", "name"),
        *Neighbourhood.objects.exclude(cbs_code="").order_by("locale_id", "name"),
    ]
    for term in terms:
        if term.cbs_code in codes:
            found = (
                matched_municipalities if isinstance(term, Municipality) else matched_neighbourhoods
            )
        else:
            found = unmatched
        # One name per code: the terms of every language share it (the default language first).
        found.setdefault(term.cbs_code, term.name)
    known = {term.cbs_code for term in terms}
    return ImportReport(
        written=len(codes),
        matched_municipalities=sorted(matched_municipalities.items()),
        matched_neighbourhoods=sorted(matched_neighbourhoods.items()),
        unmatched_terms=sorted(unmatched.items()),
        codes_without_term=len(set(codes) - known),
        kept_cbs_codes=[],
    )


def import_file(path, year=None, sample=False):
    """Parse and import the file at `path`; KerncijfersError if it is refused."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise KerncijfersError(f"{path} kan niet worden gelezen: {error.strerror}.") from error
    return import_table(parse_table(data, path.name, year=year, sample=sample), sample=sample)
