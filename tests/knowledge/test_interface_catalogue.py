"""The English interface catalogue: every Dutch string translated, and the committed .mo current."""

import ast
import gettext
from pathlib import Path

from django.conf import settings

CATALOGUE = Path(settings.BASE_DIR) / "knowledge" / "locale" / "en" / "LC_MESSAGES"


def read_entries(po_path):
    """Context, msgid, translations and flags per entry of a PO file; obsolete entries left out."""
    entries = []
    current = None
    field = None
    for line in po_path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#~"):
            continue
        if line.startswith("#,"):
            current = {"flags": line[2:].split(","), "context": None, "msgid": "", "msgstr": {}}
            entries.append(current)
            continue
        if line.startswith("#"):
            continue
        keyword, _space, rest = line.partition(" ")
        if keyword in ("msgctxt", "msgid") and (
            current is None or current["msgid"] or current["msgstr"]
        ):
            current = {"flags": [], "context": None, "msgid": "", "msgstr": {}}
            entries.append(current)
        if keyword == "msgctxt":
            field = ("context", None)
            current["context"] = ""
        elif keyword == "msgid":
            field = ("msgid", None)
        elif keyword.startswith("msgstr"):
            field = ("msgstr", keyword)
            current["msgstr"][keyword] = ""
        elif keyword == "msgid_plural":
            field = ("plural", None)
            continue
        else:
            rest = line
        text = ast.literal_eval(rest) if rest.startswith('"') else ""
        if field[0] in ("context", "msgid"):
            current[field[0]] += text
        elif field[0] == "msgstr":
            current["msgstr"][field[1]] += text
    return [entry for entry in entries if entry["msgid"]]


def test_every_interface_string_has_an_english_translation():
    entries = read_entries(CATALOGUE / "django.po")
    assert len(entries) > 300
    untranslated = [e["msgid"] for e in entries if not all(e["msgstr"].values())]
    fuzzy = [e["msgid"] for e in entries if any(f.strip() == "fuzzy" for f in e["flags"])]
    assert untranslated == []
    assert fuzzy == []


def test_compiled_catalogue_holds_every_translation():
    entries = read_entries(CATALOGUE / "django.po")
    with (CATALOGUE / "django.mo").open("rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)
    stale = {
        e["msgid"]
        for e in entries
        if "msgstr" in e["msgstr"]
        and (
            catalogue.pgettext(e["context"], e["msgid"])
            if e["context"] is not None
            else catalogue.gettext(e["msgid"])
        )
        != e["msgstr"]["msgstr"]
    }
    assert stale == set()
    assert catalogue.gettext("Pdf niet beschikbaar") == "PDF not available"
    assert catalogue.gettext("Deel uw praktijk") == "Share your practice"
