"""Which texts count as stand-ins for missing content (knowledge/editorial/placeholders.py)."""

import pytest

from knowledge.editorial.placeholders import find_placeholder


@pytest.mark.parametrize(
    "text",
    [
        "<p>Nog aan te vullen door de redactie.</p>",
        "Verdere resultaten: nog aan te vullen.",
        "De lokale situatie wordt nog beschreven door de redactie.",
        "Outcomes after the pilot: still to be added by the editors.",
    ],
)
def test_stand_in_texts_are_found(text):
    assert find_placeholder(text)


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente zocht vrijwilligers om het aanbod aan te vullen.",
        "The new community centre is due to be completed in 2027.",
        "De evaluatie volgt later dit jaar.",
    ],
)
def test_ordinary_sentences_are_not(text):
    assert find_placeholder(text) == ""
