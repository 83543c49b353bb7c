"""Factories for articles, interviews and tips, used by the tests and the generated content."""

import random

import factory
import wagtail_factories

from articles import models
from knowledge.factories import (
    OBJECTS,
    ContentPageFactory,
    dutch_sentence,
    rich_text,
)
from knowledge.models import Phase


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Artikelen"
    slug = "artikelen"

    class Meta:
        model = models.ArticleIndexPage


class InterviewIndexPageFactory(wagtail_factories.PageFactory):
    title = "Interviews"
    slug = "interviews"

    class Meta:
        model = models.InterviewIndexPage


class PracticalTipIndexPageFactory(wagtail_factories.PageFactory):
    title = "Praktijktips"
    slug = "tips"

    class Meta:
        model = models.PracticalTipIndexPage


class ArticlePageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"Nieuws uit de wijk {n}")
    article_type = models.ArticlePage.ArticleType.NEWS

    class Meta:
        model = models.ArticlePage


class InterviewPageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"In gesprek over de wijk {n}")
    pull_quote = factory.LazyFunction(dutch_sentence)
    body = factory.LazyFunction(
        lambda: [
            {"type": "question", "value": {"question": "Hoe begonnen jullie in de wijk?"}},
            {
                "type": "answer",
                "value": {"speaker": "Projectleider", "answer": rich_text(3)},
            },
        ]
    )

    class Meta:
        model = models.InterviewPage


class PracticalTipPageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"Praktijktip {n}")
    tip = factory.LazyFunction(lambda: "Betrek " + random.choice(OBJECTS) + " vanaf het begin.")
    why = factory.LazyFunction(lambda: rich_text(2))
    how = factory.LazyFunction(
        lambda: [{"type": "step", "value": dutch_sentence()} for _ in range(3)]
    )
    phase = factory.LazyFunction(lambda: random.choice(Phase.values))
    effort = factory.LazyFunction(lambda: random.choice(models.Effort.values))

    class Meta:
        model = models.PracticalTipPage
