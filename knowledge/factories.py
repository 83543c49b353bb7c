"""Factories for the taxonomy and the knowledge pages, shared by the tests and the content commands."""

import datetime
import random

import factory
import wagtail_factories
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from knowledge import models

# Building blocks for plausible Dutch text about neighbourhood safety, so generated pages read
# like the real thing and Dutch search (stemming, synonyms) has realistic words to work on.
SUBJECTS = [
    "Bewoners",
    "De wijkagent",
    "Jongerenwerkers",
    "Sleutelfiguren in de buurt",
    "De gemeente",
    "Vrijwilligers",
    "Lhbti+ inwoners",
    "Welzijnsorganisaties",
    "De woningcorporatie",
    "Buurtbewoners en ondernemers",
    "Het wijkteam",
    "Een kwartiermaker",
]
VERBS = [
    "organiseren",
    "bespreken",
    "signaleren",
    "versterken",
    "verbeteren",
    "onderzoeken",
    "vieren",
    "delen",
    "ondersteunen",
    "bouwen aan",
]
OBJECTS = [
    "de veiligheid in de wijk",
    "ontmoetingen tussen buren",
    "signalen van onveiligheid",
    "een netwerk van partners",
    "diversiteitsbijeenkomsten",
    "de sociale samenhang",
    "een buurtfeest met alle kleuren",
    "de leefbaarheid van de buurt",
    "trainingen voor professionals",
    "meldingen van discriminatie",
    "het vertrouwen in de gemeente",
    "activiteiten voor jongeren",
]
ENDINGS = [
    "samen met lokale organisaties",
    "in een vaste overlegstructuur",
    "met aandacht voor lhbti+ personen",
    "zonder de bewoners uit het oog te verliezen",
    "op wijkniveau",
    "met steun van de gemeente",
    "in kleine stappen",
    "",
]


def dutch_sentence(rng=random):
    ending = rng.choice(ENDINGS)
    words = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS), ending]
    return " ".join(word for word in words if word) + "."


def dutch_paragraph(sentences=3, rng=random):
    return " ".join(dutch_sentence(rng) for _ in range(sentences))


def rich_text(sentences=3, rng=random):
    return f"<p>{dutch_paragraph(sentences, rng)}</p>"


def body_stream(paragraphs=3, rng=random):
    """A content body in the raw StreamField form: a heading and a few paragraphs."""
    stream = [{"type": "heading", "value": {"text": "Aanpak in de wijk", "level": "h2"}}]
    stream += [{"type": "paragraph", "value": rich_text(4, rng)} for _ in range(paragraphs)]
    return stream


# Names and titles for generated pages: a method is named after its form and its purpose,
# the other page types after the method, the place or the subject they are about.
METHOD_FORMS = [
    "Buurtgesprekken",
    "Wijkallianties",
    "Straatcoaches",
    "Buurtbemiddeling",
    "Ontmoetingstafels",
    "Sleutelfiguren",
    "Regenboogtafels",
    "Buurtambassadeurs",
    "Wijkwandelingen",
    "Keukentafelgesprekken",
    "Buurtcirkels",
    "Wijkpanels",
    "Buurtnetwerken",
    "Dialoogavonden",
]
METHOD_PURPOSES = [
    "voor sociale veiligheid",
    "tegen straatintimidatie",
    "voor lhbti+-acceptatie",
    "voor ontmoeting tussen buren",
    "tegen eenzaamheid",
    "voor een leefbare buurt",
    "voor jongeren en hun ouders",
    "tegen discriminatie in de wijk",
    "voor meer vertrouwen in elkaar",
    "voor een inclusieve wijk",
    "tegen polarisatie",
    "voor nieuwkomers in de buurt",
]
TIP_VERBS = ["Betrek", "Plan", "Bespreek", "Vier", "Zoek", "Begin met", "Investeer in", "Deel"]
TIP_OBJECTS = [
    "sleutelfiguren",
    "de wijkagent",
    "een vaste trekker",
    "kleine successen",
    "bewoners die twijfelen",
    "het jongerenwerk",
    "een neutrale ontmoetingsplek",
    "signalen van onveiligheid",
    "lokale ondernemers",
    "een gezamenlijke agenda",
]
TIP_MOMENTS = [
    "vanaf het begin",
    "voordat je start",
    "na elke bijeenkomst",
    "in de eerste drie maanden",
    "als de energie wegzakt",
    "bij elke evaluatie",
]
INTERVIEW_QUESTIONS = [
    "Hoe zijn jullie begonnen in de wijk?",
    "Wat was het moment waarop het begon te werken?",
    "Wie hadden jullie nodig om dit voor elkaar te krijgen?",
    "Waar liepen jullie tegenaan?",
    "Wat merken bewoners ervan?",
    "Wat zou je een andere gemeente aanraden?",
    "Hoe houden jullie het vol als de subsidie stopt?",
    "Wat hebben jullie anders gedaan dan in het handboek staat?",
]
ARTICLE_TITLES = {
    "news": [
        "{place} start met {method}",
        "Nieuwe handreiking over {subject}",
        "Meer aandacht voor {subject} in {place}",
    ],
    "announcement": [
        "Netwerkdag over {subject}",
        "Aankondiging: training {method}",
    ],
    "report": [
        "Verslag van de bijeenkomst over {subject} in {place}",
        "Zo ging het bij {method} in {place}",
    ],
}
FIRST_NAMES = [
    "Fatima",
    "Daan",
    "Sanne",
    "Mohamed",
    "Lotte",
    "Kees",
    "Yasmina",
    "Ruben",
    "Esra",
    "Joost",
    "Priya",
    "Marieke",
    "Bram",
    "Naima",
    "Henk",
    "Iris",
]
SURNAMES = [
    "de Vries",
    "Jansen",
    "el Amrani",
    "Bakker",
    "Yilmaz",
    "van Dijk",
    "Visser",
    "Koster",
    "Mulder",
    "de Boer",
    "Bouzid",
    "van den Berg",
    "Smit",
    "Meijer",
]


def method_title(rng=random):
    return f"{rng.choice(METHOD_FORMS)} {rng.choice(METHOD_PURPOSES)}"


def tip_sentence(rng=random):
    return f"{rng.choice(TIP_VERBS)} {rng.choice(TIP_OBJECTS)} {rng.choice(TIP_MOMENTS)}"


def person_name(rng=random):
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"


def interview_title(name, rng=random):
    return f"In gesprek met {name} over {rng.choice(OBJECTS)}"


def article_title(article_type, place, method, rng=random):
    template = rng.choice(ARTICLE_TITLES[article_type])
    return template.format(place=place, method=method.lower(), subject=rng.choice(OBJECTS))


def interview_stream(speakers, questions=4, rng=random):
    """An interview body in the raw StreamField form: questions, each answered by a speaker."""
    stream = []
    for question in rng.sample(INTERVIEW_QUESTIONS, min(questions, len(INTERVIEW_QUESTIONS))):
        stream.append({"type": "question", "value": {"question": question}})
        stream.append(
            {
                "type": "answer",
                "value": {"speaker": rng.choice(speakers), "answer": rich_text(3, rng)},
            }
        )
    return stream


def vocabulary():
    """The Dutch words generated titles and text are built from, for checking generated content."""
    phrases = [
        *SUBJECTS,
        *VERBS,
        *OBJECTS,
        *ENDINGS,
        *METHOD_FORMS,
        *METHOD_PURPOSES,
        *TIP_VERBS,
        *TIP_OBJECTS,
        *TIP_MOMENTS,
        *(title for titles in ARTICLE_TITLES.values() for title in titles),
    ]
    return {word for phrase in phrases for word in phrase.lower().split() if word.isalpha()}


class TaxonomyTermFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.LazyAttribute(lambda term: slugify(term.name))

    class Meta:
        abstract = True


class ThemeFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Thema {n}")

    class Meta:
        model = models.Theme


class TargetGroupFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Doelgroep {n}")

    class Meta:
        model = models.TargetGroup


class MunicipalityFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Gemeente {n}")
    cbs_code = factory.Sequence(lambda n: f"GM{9000 + n % 1000:04d}")
    province = models.Province.ZUID_HOLLAND

    class Meta:
        model = models.Municipality


class NeighbourhoodFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Wijk {n}")
    municipality = factory.SubFactory(MunicipalityFactory)

    class Meta:
        model = models.Neighbourhood


class OrganisationFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Organisatie {n}")
    organisation_type = models.OrganisationType.WELFARE

    class Meta:
        model = models.Organisation


class ProgrammeFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Programma {n}")

    class Meta:
        model = models.Programme


class PersonFactory(DjangoModelFactory):
    name = factory.Faker("name", locale="nl_NL")
    role = "projectleider"

    class Meta:
        model = models.Person


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Wijkkompas"
    intro = "Kennis voor veilige en leefbare wijken."

    class Meta:
        model = models.HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Informatie {n}")
    intro = factory.LazyFunction(dutch_sentence)

    class Meta:
        model = models.StandardPage


class MunicipalityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Gemeenten"
    slug = "gemeenten"

    class Meta:
        model = models.MunicipalityIndexPage


class ThemeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Thema's"
    slug = "themas"

    class Meta:
        model = models.ThemeIndexPage


class ContentPageFactory(wagtail_factories.PageFactory):
    """Fields every content page shares."""

    intro = factory.LazyFunction(lambda: dutch_paragraph(2))
    first_published = factory.LazyFunction(
        lambda: datetime.date(2022, 1, 1) + datetime.timedelta(days=random.randint(0, 1000))
    )
    body = factory.LazyFunction(lambda: body_stream(2))

    class Meta:
        abstract = True
