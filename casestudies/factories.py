"""Factories for case studies, shared by the tests and the content commands."""

import datetime
import random

import factory
import wagtail_factories

from casestudies import models
from knowledge.factories import ContentPageFactory, MunicipalityFactory, rich_text


class CaseStudyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Praktijkvoorbeelden"
    slug = "praktijkvoorbeelden"

    class Meta:
        model = models.CaseStudyIndexPage


class CaseStudyPageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"Praktijkvoorbeeld {n}")
    municipality = factory.SubFactory(MunicipalityFactory)
    start_date = factory.LazyFunction(
        lambda: datetime.date(2019, 1, 1) + datetime.timedelta(days=random.randint(0, 1500))
    )
    status = factory.LazyFunction(lambda: random.choice(models.CaseStudyStatus.values))
    context = factory.LazyFunction(lambda: rich_text(2))
    activities = factory.LazyFunction(lambda: rich_text(2))
    results = factory.LazyFunction(lambda: rich_text(2))
    lessons_worked = factory.LazyFunction(lambda: rich_text(2))
    lessons_did_not_work = factory.LazyFunction(lambda: rich_text(1))

    class Meta:
        model = models.CaseStudyPage
