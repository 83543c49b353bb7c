"""The demo municipalities' key figures: a small sample file in CBS's layout, never CBS's figures."""

from pathlib import Path

from knowledge.kerncijfers import import_file

# Rounded sample values for the demo municipalities only; the site labels every figure from it
# as 'voorbeeldgegevens' until an editor imports CBS's own table (docs/editors.md).
SAMPLE_FILE = Path(__file__).parent / "data" / "kerncijfers-voorbeeld.csv"


def build_sample_figures():
    """Import the sample file; figures an editor imported from CBS's file are left as they are."""
    return import_file(SAMPLE_FILE, sample=True)
