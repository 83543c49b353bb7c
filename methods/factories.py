"""Factories for method guides, shared by the tests and the content commands."""

import random

import factory
import wagtail_factories

from knowledge.factories import ContentPageFactory, dutch_sentence, rich_text
from knowledge.models import CostBand, Phase
from methods import models


def approach_stream(steps=4):
    phases = Phase.values
    return [
        {
            "type": "step",
            "value": {
                "phase": phases[min(i, len(phases) - 1)],
                "title": dutch_sentence().rstrip("."),
                "activities": rich_text(2),
                "who": "Kwartiermaker en beleidsmedewerker",
                "duration": f"{random.randint(1, 6)} maanden",
            },
        }
        for i in range(steps)
    ]


def working_elements_stream(count=3):
    return [
        {
            "type": "working_element",
            "value": {
                "title": dutch_sentence().rstrip("."),
                "description": dutch_sentence(),
                "source": "Handreiking Veilige Wijken (2023)",
            },
        }
        for _ in range(count)
    ]


class MethodIndexPageFactory(wagtail_factories.PageFactory):
    title = "Methoden"
    slug = "methoden"

    class Meta:
        model = models.MethodIndexPage


class MethodPageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"Methode {n}")
    problem = factory.LazyFunction(lambda: rich_text(2))
    goals = factory.LazyFunction(lambda: rich_text(2))
    approach = factory.LazyFunction(approach_stream)
    working_elements = factory.LazyFunction(working_elements_stream)
    duration = "12 tot 18 maanden"
    cost_band = factory.LazyFunction(
        lambda: random.choice([band for band in CostBand.values if band])
    )
    evidence_level = models.EvidenceLevel.WELL_DESCRIBED
    # A recognition names its databank and links to the record (MethodPage.is_recognised).
    evidence_source = "Databank Effectieve Sociale Interventies"
    databank_url = factory.Sequence(lambda n: f"https://databank.example/interventies/{n}")
    contact_role = "projectleider"

    class Meta:
        model = models.MethodPage
