"""Generate any number of realistic Dutch pages of every content type, for benchmarks and load tests."""

import datetime
import random
import time
from contextlib import contextmanager
from dataclasses import dataclass, field

import factory.random
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import router, transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.text import slugify
from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler
from wagtail.models import Locale, Page, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

from articles.factories import ArticlePageFactory, InterviewPageFactory, PracticalTipPageFactory
from articles.models import ArticlePage, Effort, InterviewPage, PracticalTipPage
from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyPage, CaseStudyStatus
from knowledge.factories import (
    OBJECTS,
    article_title,
    body_stream,
    dutch_paragraph,
    dutch_sentence,
    interview_stream,
    interview_title,
    method_title,
    person_name,
    rich_text,
    tip_sentence,
)
from knowledge.models import (
    CostBand,
    Municipality,
    Neighbourhood,
    Organisation,
    OrganisationType,
    Person,
    Phase,
    Programme,
    Province,
    TargetGroup,
    Theme,
)
from methods.factories import MethodPageFactory
from methods.models import EvidenceLevel, MethodPage
from search import facet_index
from search.signals import facet_updates_paused
from wijkkompas.content.guard import refuse_on_a_real_site
from wijkkompas.content.importing import free_slug
from wijkkompas.content.site_tree import ensure_site_tree

# Share of each content type in the generated pages, in the order they are created: case
# studies need methods to point to, tips and interviews need both.
SHARES = [
    (MethodPage, 0.05),
    (CaseStudyPage, 0.45),
    (PracticalTipPage, 0.20),
    (InterviewPage, 0.15),
    (ArticlePage, 0.15),
]
# Pages per transaction: large enough to save commits, small enough to show progress.
BATCH_SIZE = 500
# None, and the databanks' recognition levels (the weights in `method` follow this order).
GENERATED_EVIDENCE_LEVELS = [
    EvidenceLevel.NONE,
    EvidenceLevel.WELL_DESCRIBED,
    EvidenceLevel.WELL_FOUNDED,
    EvidenceLevel.FIRST_INDICATIONS,
    EvidenceLevel.GOOD_INDICATIONS,
    EvidenceLevel.STRONG_INDICATIONS,
]
METHOD_SHARE_OF_CASE_STUDIES = 0.8

# (name, CBS code, province, neighbourhoods); the codes are CBS municipality codes.
MUNICIPALITIES = [
    (
        "Amsterdam",
        "GM0363",
        Province.NOORD_HOLLAND,
        ["Indische Buurt", "De Pijp", "Osdorp", "Slotervaart", "Bijlmer-Oost"],
    ),
    (
        "Rotterdam",
        "GM0599",
        Province.ZUID_HOLLAND,
        ["Middelland", "Afrikaanderwijk", "Feijenoord", "Charlois", "Kralingen", "Ommoord"],
    ),
    (
        "Den Haag",
        "GM0518",
        Province.ZUID_HOLLAND,
        ["Schilderswijk", "Transvaal", "Moerwijk", "Laak", "Duindorp"],
    ),
    ("Utrecht", "GM0344", Province.UTRECHT, ["Kanaleneiland", "Overvecht", "Lombok", "Zuilen"]),
    ("Eindhoven", "GM0772", Province.NOORD_BRABANT, ["Woensel-Noord", "Strijp", "Gestel"]),
    ("Groningen", "GM0014", Province.GRONINGEN, ["Selwerd", "Vinkhuizen", "De Hoogte", "Beijum"]),
    ("Tilburg", "GM0855", Province.NOORD_BRABANT, ["Groenewoud", "Tilburg-Noord", "Reeshof"]),
    (
        "Almere",
        "GM0034",
        Province.FLEVOLAND,
        ["Almere Haven", "Almere Buiten", "Almere Stad", "Almere Poort"],
    ),
    ("Breda", "GM0758", Province.NOORD_BRABANT, ["Hoge Vucht", "Tuinzigt", "Haagse Beemden"]),
    ("Nijmegen", "GM0268", Province.GELDERLAND, ["Dukenburg", "Lindenholt", "Hatert"]),
    ("Arnhem", "GM0202", Province.GELDERLAND, ["Presikhaaf", "Malburgen", "Klarendal"]),
    ("Haarlem", "GM0392", Province.NOORD_HOLLAND, ["Schalkwijk", "Delftwijk", "Haarlem-Oost"]),
    (
        "Enschede",
        "GM0153",
        Province.OVERIJSSEL,
        ["Velve-Lindenhof", "Deppenbroek", "Wesselerbrink"],
    ),
    ("Zwolle", "GM0193", Province.OVERIJSSEL, ["Holtenbroek", "Aa-landen", "Diezerpoort"]),
    ("Leiden", "GM0546", Province.ZUID_HOLLAND, ["De Kooi", "Stevenshof", "Merenwijk"]),
    ("Maastricht", "GM0935", Province.LIMBURG, ["Malberg", "Wittevrouwenveld", "Caberg"]),
    ("Dordrecht", "GM0505", Province.ZUID_HOLLAND, ["Crabbehof", "Wielwijk", "Krispijn"]),
    ("Zoetermeer", "GM0637", Province.ZUID_HOLLAND, ["Meerzicht", "Palenstein", "Oosterheem"]),
    ("Delft", "GM0503", Province.ZUID_HOLLAND, ["Tanthof", "Buitenhof", "Voorhof"]),
    ("Lelystad", "GM0995", Province.FLEVOLAND, ["Atolwijk", "Zuiderzeewijk", "Warande"]),
    ("Schiedam", "GM0606", Province.ZUID_HOLLAND, ["Schiedam-Oost", "Nieuwland", "Groenoord"]),
    ("Gorinchem", "GM0512", Province.ZUID_HOLLAND, ["Gorinchem-Oost", "Lingewijk", "Wijdschild"]),
    ("Roosendaal", "GM1674", Province.NOORD_BRABANT, ["Kortendijk", "Langdonk", "Westrand"]),
    (
        "Nissewaard",
        "GM1930",
        Province.ZUID_HOLLAND,
        ["Spijkenisse-Centrum", "Maaswijk", "Heenvliet"],
    ),
    (
        "Leeuwarden",
        "GM0080",
        Province.FRIESLAND,
        ["Heechterp-Schieringen", "Vrijheidswijk", "Bilgaard"],
    ),
    ("Amersfoort", "GM0307", Province.UTRECHT, ["Kruiskamp", "Soesterkwartier", "Schothorst"]),
    ("Apeldoorn", "GM0200", Province.GELDERLAND, ["Zevenhuizen", "De Maten", "Osseveld-Woudhuis"]),
    ("Deventer", "GM0150", Province.OVERIJSSEL, ["Rivierenwijk", "Keizerslanden", "Colmschate"]),
    (
        "'s-Hertogenbosch",
        "GM0796",
        Province.NOORD_BRABANT,
        ["De Kruiskamp", "Graafsewijk", "Maaspoort"],
    ),
    ("Venlo", "GM0983", Province.LIMBURG, ["Venlo-Zuid", "Blerick", "Tegelen"]),
    ("Heerlen", "GM0917", Province.LIMBURG, ["Heerlerheide", "Meezenbroek", "Hoensbroek"]),
    ("Alkmaar", "GM0361", Province.NOORD_HOLLAND, ["Overdie", "Oudorp", "Daalmeer"]),
    ("Hilversum", "GM0402", Province.NOORD_HOLLAND, ["Hilversum-Noord", "Kerkelanden", "Centrum"]),
    ("Emmen", "GM0114", Province.DRENTHE, ["Emmerhout", "Angelslo", "Bargeres"]),
    ("Assen", "GM0106", Province.DRENTHE, ["Assen-Oost", "Pittelo", "Kloosterveen"]),
    ("Middelburg", "GM0687", Province.ZEELAND, ["Dauwendaele", "Middelburg-Zuid", "Binnenstad"]),
    ("Vlissingen", "GM0718", Province.ZEELAND, ["Middengebied", "Lammerenburg", "Paauwenburg"]),
    ("Helmond", "GM0794", Province.NOORD_BRABANT, ["Helmond-Noord", "Brandevoort", "Helmond-West"]),
    ("Oss", "GM0828", Province.NOORD_BRABANT, ["Ussen", "Schadewijk", "Centrum"]),
    ("Zaanstad", "GM0479", Province.NOORD_HOLLAND, ["Poelenburg", "Peldersveld", "Kogerveld"]),
]

# (name, parent name); parents come before their children.
THEMES = [
    ("Veiligheid", None),
    ("Sociale veiligheid", "Veiligheid"),
    ("Buurtpreventie", "Veiligheid"),
    ("Straatintimidatie", "Veiligheid"),
    ("Inclusie en diversiteit", None),
    ("Lhbti+-acceptatie", "Inclusie en diversiteit"),
    ("Discriminatie", "Inclusie en diversiteit"),
    ("Participatie en bewonersinitiatief", None),
    ("Leefbaarheid", None),
    ("Samenwerking in de wijk", None),
    ("Ontmoeting", None),
    ("Eenzaamheid", None),
    ("Jeugd en opvoeding", None),
    ("Polarisatie", None),
    ("Wonen en woonomgeving", None),
    ("Armoede en bestaanszekerheid", None),
]
TARGET_GROUPS = [
    "Lhbti+ inwoners",
    "Bewoners van de wijk",
    "Jongeren",
    "Ouders",
    "Ouderen",
    "Nieuwkomers",
    "Professionals in de wijk",
    "Sleutelfiguren",
    "Beleidsmedewerkers gemeente",
    "Ondernemers",
    "Vrijwilligers",
]
ORGANISATIONS = [
    ("Movisie", OrganisationType.KNOWLEDGE_INSTITUTE),
    ("Verwey-Jonker Instituut", OrganisationType.KNOWLEDGE_INSTITUTE),
    ("Kennisplatform Inclusief Samenleven", OrganisationType.KNOWLEDGE_INSTITUTE),
    ("Centrum voor Criminaliteitspreventie en Veiligheid", OrganisationType.KNOWLEDGE_INSTITUTE),
    ("COC Nederland", OrganisationType.EMANCIPATION),
    ("Vereniging van Nederlandse Gemeenten", OrganisationType.OTHER),
    ("Ministerie van Onderwijs, Cultuur en Wetenschap", OrganisationType.MINISTRY),
    ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", OrganisationType.MINISTRY),
    ("Ministerie van Justitie en Veiligheid", OrganisationType.MINISTRY),
    ("Politie Nederland", OrganisationType.POLICE),
    ("Welzijn in de Wijk", OrganisationType.WELFARE),
    ("Stichting Buurtkracht", OrganisationType.WELFARE),
    ("Buurtwerk Noord", OrganisationType.WELFARE),
    ("Sociaal Wijkteam Zuid", OrganisationType.WELFARE),
    ("Jongerenwerk Samen Verder", OrganisationType.WELFARE),
    ("Stichting De Ontmoeting", OrganisationType.WELFARE),
    ("Vrouwennetwerk De Brug", OrganisationType.EMANCIPATION),
    ("Regenbooggroep Stad en Regio", OrganisationType.EMANCIPATION),
    ("Stichting Kleurrijke Buurt", OrganisationType.EMANCIPATION),
    ("Bewonersvereniging Het Plein", OrganisationType.RESIDENTS),
    ("Buurtinitiatief De Groene Straat", OrganisationType.RESIDENTS),
    ("Bewonersplatform Oost", OrganisationType.RESIDENTS),
    ("Woningcorporatie Thuis in de Stad", OrganisationType.HOUSING),
    ("Wooncorporatie Samen Wonen", OrganisationType.HOUSING),
    ("Woonstichting Buitenhof", OrganisationType.HOUSING),
    ("Antidiscriminatiebureau Regio Midden", OrganisationType.ANTIDISCRIMINATION),
    ("Meldpunt Discriminatie Regio Zuid", OrganisationType.ANTIDISCRIMINATION),
    ("Buurtbemiddeling Nederland Lokaal", OrganisationType.OTHER),
    ("Ondernemersvereniging Winkelcentrum", OrganisationType.OTHER),
    ("Bibliotheek in de Wijk", OrganisationType.OTHER),
]
# (name, parent name, funder name)
PROGRAMMES = [
    ("Regenboogsteden", None, "Ministerie van Onderwijs, Cultuur en Wetenschap"),
    ("Veilige Wijken", "Regenboogsteden", "Ministerie van Onderwijs, Cultuur en Wetenschap"),
    (
        "Nationaal Programma Leefbaarheid en Veiligheid",
        None,
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    ),
    ("Preventie met Gezag", None, "Ministerie van Justitie en Veiligheid"),
    ("Samen Sterk in de Wijk", None, "Vereniging van Nederlandse Gemeenten"),
]
PEOPLE = 24
ROLES = ["projectleider", "wijkagent", "jongerenwerker", "beleidsmedewerker", "buurtbewoner"]


@dataclass
class Taxonomy:
    """Every term in the locale that generated pages are linked to."""

    themes: list
    target_groups: list
    organisations: list
    municipalities: list
    neighbourhoods: dict
    programmes: list
    people: list


def upsert_term(model, locale, name, **defaults):
    term, _ = model.objects.get_or_create(
        locale=locale, slug=slugify(name), defaults={"name": name, **defaults}
    )
    return term


@transaction.atomic
def ensure_taxonomy(locale):
    """Create the generator's vocabularies where missing and return all terms of the locale."""
    themes = {}
    for name, parent in THEMES:
        themes[name] = upsert_term(Theme, locale, name, parent=themes.get(parent))
    for name in TARGET_GROUPS:
        upsert_term(TargetGroup, locale, name)
    organisations = {
        name: upsert_term(Organisation, locale, name, organisation_type=organisation_type)
        for name, organisation_type in ORGANISATIONS
    }
    programmes = {}
    for name, parent, funder in PROGRAMMES:
        programmes[name] = upsert_term(
            Programme,
            locale,
            name,
            parent=programmes.get(parent),
            funder=organisations[funder],
        )
    for name, cbs_code, province, neighbourhoods in MUNICIPALITIES:
        municipality = (
            Municipality.objects.filter(locale=locale, cbs_code=cbs_code).first()
            or Municipality.objects.filter(locale=locale, slug=slugify(name)).first()
            or Municipality.objects.create(
                locale=locale, name=name, slug=slugify(name), cbs_code=cbs_code, province=province
            )
        )
        for neighbourhood in neighbourhoods:
            Neighbourhood.objects.get_or_create(
                locale=locale,
                municipality=municipality,
                slug=slugify(neighbourhood),
                defaults={"name": neighbourhood},
            )
    names = random.Random(0)
    people = {person_name(names) for _ in range(PEOPLE * 3)}
    for name in sorted(people)[:PEOPLE]:
        Person.objects.get_or_create(
            locale=locale, name=name, defaults={"role": names.choice(ROLES)}
        )

    neighbourhoods = {}
    for neighbourhood in Neighbourhood.objects.filter(locale=locale):
        neighbourhoods.setdefault(neighbourhood.municipality_id, []).append(neighbourhood)
    return Taxonomy(
        themes=list(Theme.objects.filter(locale=locale)),
        target_groups=list(TargetGroup.objects.filter(locale=locale)),
        organisations=list(Organisation.objects.filter(locale=locale)),
        municipalities=list(Municipality.objects.filter(locale=locale)),
        neighbourhoods=neighbourhoods,
        programmes=list(Programme.objects.filter(locale=locale)),
        people=list(Person.objects.filter(locale=locale)),
    )


def page_counts(total):
    """Split `total` over the content types by their share, at least one of each when possible."""
    exact = [share * total for _, share in SHARES]
    counts = [int(value) for value in exact]
    by_remainder = sorted(range(len(SHARES)), key=lambda i: exact[i] - counts[i], reverse=True)
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    if total >= len(SHARES):
        for i, count in enumerate(counts):
            if count == 0:
                counts[counts.index(max(counts))] -= 1
                counts[i] = 1
    return {model: count for (model, _), count in zip(SHARES, counts, strict=True)}


@contextmanager
def search_index_updates_paused():
    """Stop indexing every saved object: the database backend recomputes a norm over the whole
    index on each save, which makes creating many pages quadratic. Reindex afterwards."""
    paused = []
    for model in search_index.get_indexed_models():
        if post_save.disconnect(post_save_signal_handler, sender=model):
            paused.append(model)
        post_delete.disconnect(post_delete_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in paused:
            post_save.connect(post_save_signal_handler, sender=model)
            post_delete.connect(post_delete_signal_handler, sender=model)


def index_pages(model, pks):
    """Add the given pages to every search backend, a batch at a time.

    `update_index` would rebuild the whole index and, because the database backends do not
    prefetch parental many-to-many fields, query each page's themes, target groups,
    organisations and municipalities five times over: minutes for 10,000 pages on PostgreSQL.
    Prefetching them here makes it a handful of queries per batch.
    """
    related = [
        field.field_name
        for field in model.get_search_fields()
        if isinstance(field, search_index.RelatedFields)
    ]
    queryset = model.get_indexed_objects().prefetch_related(*related)
    for backend in get_search_backends():
        for offset in range(0, len(pks), BATCH_SIZE):
            backend.add_bulk(model, list(queryset.filter(pk__in=pks[offset : offset + BATCH_SIZE])))


@dataclass
class Generated:
    """What one batch builds: unsaved pages per type, and the many-to-many links between them."""

    pages: list = field(default_factory=list)
    links: list = field(default_factory=list)

    def link(self, page, field_name, terms):
        self.links.append((page, field_name, list(terms)))

    def save_links(self):
        """Insert the links, and give each page the same links in memory for its revision.

        In memory every relation is set, empty where there are no links, because reading an
        unset one costs a query per page and relation when the revision is made.
        """
        rows, in_memory = {}, {}
        for page, field_name, terms in self.links:
            rows.setdefault((type(page), field_name), []).extend((page.pk, t.pk) for t in terms)
            in_memory.setdefault((page.pk, field_name), []).extend(terms)
        for (model, field_name), pairs in rows.items():
            relation = model._meta.get_field(field_name)
            through = relation.remote_field.through
            source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
            through.objects.bulk_create(
                [through(**{f"{source}_id": page, f"{target}_id": term}) for page, term in pairs],
                batch_size=1000,
                # A link a page's own save() made already (bench/page_creation.py saves them).
                ignore_conflicts=True,
            )
        for page in self.pages:
            for relation in get_all_child_relations(type(page)):
                setattr(page, relation.get_accessor_name(), [])
            for relation in get_all_child_m2m_relations(type(page)):
                getattr(page, relation.name).set(in_memory.get((page.pk, relation.name), []))


def add_children(parent, pages):
    """Add unsaved pages of one type under `parent` as its last children: what `add_child`
    does, in a few queries for the whole list instead of several per page (their revisions
    come from publish_revisions, once their links are saved).

    Django's bulk_create refuses page types (multi-table inheritance), so the page rows and
    the type's own rows are inserted separately, by the queryset insert that save() also uses.
    No page signals are sent: the caller pauses the search index, facets and reference index.
    """
    model = type(pages[0])
    if model._meta.get_parent_list() != [Page]:
        raise CommandError(f"{model.__name__} does not inherit directly from Page")
    parent = Page.objects.select_for_update().get(pk=parent.pk)
    last_child = parent.get_last_child()
    last_step = Page._str2int(last_child.path[-Page.steplen :]) if last_child else 0
    for step, page in enumerate(pages, start=last_step + 1):
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, step)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.draft_title = page.title
        page.has_unpublished_changes = False

    page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    rows = Page.objects.bulk_create(
        [Page(**{f.attname: getattr(page, f.attname) for f in page_fields}) for page in pages]
    )
    for page, row in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = row.pk
        page._state.adding = False
    model._base_manager._insert(
        pages,
        fields=model._meta.local_concrete_fields,
        using=router.db_for_write(model),
    )
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages


def publish_revisions(pages):
    """Give each page the revision it would have had if an editor had published it."""
    base_type = ContentType.objects.get_for_model(Page)
    revisions = Revision.objects.bulk_create(
        Revision(
            content_type_id=page.content_type_id,
            base_content_type=base_type,
            object_id=str(page.pk),
            object_str=page.title,
            created_at=page.last_published_at,
            content=page.serializable_data(),
        )
        for page in pages
    )
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision_id = page.live_revision_id = revision.pk
    Page.objects.bulk_update(
        [
            Page(pk=page.pk, latest_revision_id=revision.pk, live_revision_id=revision.pk)
            for page, revision in zip(pages, revisions, strict=True)
        ],
        ["latest_revision", "live_revision"],
    )


class ContentGenerator:
    """Creates live pages of each type with random but plausible Dutch content and links."""

    def __init__(self, rng, taxonomy, tree):
        self.rng = rng
        self.taxonomy = taxonomy
        self.parents = {
            model: tree.sections[model.allowed_parent_page_models()[0]] for model, _ in SHARES
        }
        self.taken_slugs = {
            model: set(parent.get_children().values_list("slug", flat=True))
            for model, parent in self.parents.items()
        }
        # Titles of the methods to refer to, and the case studies, including earlier runs'.
        self.methods = dict(MethodPage.objects.live().order_by("pk").values_list("pk", "title"))
        self.case_studies = list(
            CaseStudyPage.objects.live().order_by("pk").values_list("pk", flat=True)
        )
        self.now = timezone.now()

    def create(self, model, count, batch):
        """Create `count` live pages of `model` in one go, their links and revisions queued in
        `batch`; returns their ids."""
        creator = {
            MethodPage: self.method,
            CaseStudyPage: self.case_study,
            PracticalTipPage: self.tip,
            InterviewPage: self.interview,
            ArticlePage: self.article,
        }[model]
        pages = add_children(self.parents[model], [creator(batch) for _ in range(count)])
        batch.pages.extend(pages)
        # Later pages refer to these.
        if model is MethodPage:
            self.methods.update((page.pk, page.title) for page in pages)
        elif model is CaseStudyPage:
            self.case_studies.extend(page.pk for page in pages)
        return [page.pk for page in pages]

    def common(self, model, title, body=None):
        rng = self.rng
        first_published = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randint(0, 2000))
        published_at = datetime.datetime.combine(
            first_published, datetime.time(9), tzinfo=datetime.UTC
        )
        reviewed = first_published + datetime.timedelta(days=rng.randint(30, 700))
        return {
            "parent": self.parents[model],
            "title": title,
            "slug": free_slug(title, self.taken_slugs[model]),
            "live": True,
            "first_published_at": published_at,
            "last_published_at": published_at,
            "first_published": first_published,
            "last_reviewed": reviewed
            if rng.random() < 0.5 and reviewed < self.now.date()
            else None,
            "intro": dutch_paragraph(2, rng),
            "body": body or body_stream(rng.randint(1, 3), rng),
        }

    def link_taxonomy(self, batch, page, municipalities=True):
        rng, taxonomy = self.rng, self.taxonomy
        batch.link(page, "themes", rng.sample(taxonomy.themes, rng.randint(1, 3)))
        batch.link(page, "target_groups", rng.sample(taxonomy.target_groups, rng.randint(1, 2)))
        batch.link(page, "organisations", rng.sample(taxonomy.organisations, rng.randint(0, 2)))
        if municipalities:
            batch.link(
                page, "municipalities", rng.sample(taxonomy.municipalities, rng.randint(0, 2))
            )

    def method(self, batch):
        rng = self.rng
        title = method_title(rng)
        evidence = rng.choices(GENERATED_EVIDENCE_LEVELS, weights=[4, 3, 3, 2, 1, 1])[0]
        page = MethodPageFactory.build(
            **self.common(MethodPage, title),
            problem=rich_text(3, rng),
            goals=rich_text(2, rng),
            theory_of_change=rich_text(3, rng),
            conditions_for_success=rich_text(2, rng),
            expertise_needed=rich_text(1, rng),
            required_partners=[
                {
                    "type": "partner",
                    "value": {"partner_type": partner_type, "role": dutch_sentence(rng)},
                }
                for partner_type in rng.sample(OrganisationType.values, 2)
            ],
            duration=f"{rng.randint(3, 24)} maanden",
            intensity=f"{rng.randint(1, 4)} bijeenkomsten per maand",
            cost_band=rng.choice([band for band in CostBand.values if band]),
            evidence_level=evidence,
            evidence_source=""
            if evidence == EvidenceLevel.NONE
            else "Databank Effectieve Interventies",
            # A recognition names its record (MethodPage.is_recognised); an example address.
            databank_url=""
            if evidence == EvidenceLevel.NONE
            else f"https://databank.example/interventies/{slugify(title)}",
            owner_organisation=rng.choice(self.taxonomy.organisations),
            contact_role=f"projectleider {title.split()[0].lower()}",
        )
        self.link_taxonomy(batch, page)
        batch.link(page, "intermediate_target_groups", rng.sample(self.taxonomy.target_groups, 1))
        return page

    def case_study(self, batch):
        rng, taxonomy = self.rng, self.taxonomy
        municipality = rng.choice(taxonomy.municipalities)
        neighbourhoods = taxonomy.neighbourhoods.get(municipality.pk, [])
        neighbourhoods = rng.sample(neighbourhoods, min(len(neighbourhoods), rng.randint(0, 2)))
        place = neighbourhoods[0].name if neighbourhoods else municipality.name
        method_id = None
        if self.methods and rng.random() < METHOD_SHARE_OF_CASE_STUDIES:
            method_id = rng.choice(list(self.methods))
            title = f"{self.methods[method_id].split()[0]} in {place}"
        else:
            title = f"Eigen aanpak: {rng.choice(OBJECTS)} in {place}"
        if place != municipality.name:
            title += f", {municipality.name}"
        start = datetime.date(2017, 1, 1) + datetime.timedelta(days=rng.randint(0, 2500))
        status = rng.choice(CaseStudyStatus.values)
        ended = status in (CaseStudyStatus.ENDED, CaseStudyStatus.EMBEDDED)
        page = CaseStudyPageFactory.build(
            **self.common(CaseStudyPage, title),
            method_id=method_id,
            municipality=municipality,
            programme=rng.choice(taxonomy.programmes) if rng.random() < 0.3 else None,
            start_date=start,
            end_date=start + datetime.timedelta(days=rng.randint(180, 900)) if ended else None,
            status=status,
            lead_organisation=rng.choice(taxonomy.organisations),
            partners=[
                {"type": "partner", "value": {"organisation": org.pk, "role": dutch_sentence(rng)}}
                for org in rng.sample(taxonomy.organisations, 2)
            ],
            adaptations=[
                {
                    "type": "adaptation",
                    "value": {
                        "adaptation": dutch_sentence(rng),
                        "reason": dutch_paragraph(2, rng),
                    },
                }
            ]
            if method_id
            else [],
            context=rich_text(3, rng),
            activities=rich_text(3, rng),
            reach=f"Ongeveer {rng.randint(2, 60) * 10} bewoners en {rng.randint(3, 30)} professionals.",
            results=rich_text(2, rng),
            lessons_worked=rich_text(2, rng),
            lessons_did_not_work=rich_text(1, rng),
            budget_band=rng.choice(CostBand.values),
        )
        # The case study's own municipality always counts as one it is about (as its save()
        # ensures for pages saved one by one).
        self.link_taxonomy(batch, page, municipalities=False)
        batch.link(page, "municipalities", [municipality])
        batch.link(page, "neighbourhoods", neighbourhoods)
        return page

    def source(self):
        """A method or a case study that a tip or interview comes from, or (None, None)."""
        rng = self.rng
        if self.methods and rng.random() < 0.4:
            return rng.choice(list(self.methods)), None
        if self.case_studies and rng.random() < 0.8:
            return None, rng.choice(self.case_studies)
        return None, None

    def tip(self, batch):
        rng = self.rng
        tip = tip_sentence(rng)
        method_id, case_study_id = self.source()
        page = PracticalTipPageFactory.build(
            **self.common(PracticalTipPage, tip),
            tip=tip,
            why=rich_text(2, rng),
            how=[{"type": "step", "value": dutch_sentence(rng)} for _ in range(rng.randint(2, 4))],
            pitfalls=rich_text(1, rng),
            phase=rng.choice(Phase.values),
            effort=rng.choice(Effort.values),
            source_method_id=method_id,
            source_case_study_id=case_study_id,
        )
        self.link_taxonomy(batch, page)
        return page

    def interview(self, batch):
        rng = self.rng
        interviewees = rng.sample(self.taxonomy.people, rng.randint(1, 2))
        method_id, case_study_id = self.source()
        title = interview_title(interviewees[0].name, rng)
        speakers = [person.name for person in interviewees]
        body = interview_stream(speakers, rng.randint(3, 6), rng)
        page = InterviewPageFactory.build(
            **self.common(InterviewPage, title, body=body),
            interviewer=rng.choice(self.taxonomy.people),
            interview_date=datetime.date(2019, 1, 1)
            + datetime.timedelta(days=rng.randint(0, 2000)),
            pull_quote=dutch_sentence(rng),
            pull_quote_attribution=interviewees[0].name,
            source_method_id=method_id,
            source_case_study_id=case_study_id,
        )
        self.link_taxonomy(batch, page)
        batch.link(page, "interviewees", interviewees)
        return page

    def article(self, batch):
        rng = self.rng
        article_type = rng.choices(ArticlePage.ArticleType.values, weights=[6, 2, 2])[0]
        place = rng.choice(self.taxonomy.municipalities).name
        method = self.methods[rng.choice(list(self.methods))] if self.methods else method_title(rng)
        title = article_title(article_type, place, method, rng)
        page = ArticlePageFactory.build(
            **self.common(ArticlePage, title), article_type=article_type
        )
        self.link_taxonomy(batch, page)
        batch.link(page, "authors", rng.sample(self.taxonomy.people, rng.randint(0, 1)))
        return page


class Command(BaseCommand):
    help = (
        "Maakt N willekeurige, gepubliceerde pagina's van alle soorten aan (methoden, "
        "praktijkvoorbeelden, tips, interviews, artikelen), voor prestatietests. Maakt de "
        "taxonomie aan als die ontbreekt. Elke reeks van 500 pagina's is een eigen transactie."
    )

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, required=True, help="Aantal pagina's.")
        parser.add_argument("--seed", type=int, help="Startwaarde voor herhaalbare inhoud.")
        parser.add_argument(
            "--no-index",
            action="store_true",
            help=(
                "Geen enkele index bijwerken, voor grote aantallen: draai daarna zelf "
                "update_index, rebuild_search_facets en rebuild_references_index."
            ),
        )

    def handle(self, *args, pages, seed=None, no_index=False, **options):
        refuse_on_a_real_site("generate_content", "verzonnen pagina's")
        if pages < 1:
            raise CommandError("Geef met --pages een aantal van minstens 1.")
        rng = random.Random(seed)
        # The factories' own defaults draw from the global generators.
        random.seed(seed)
        factory.random.reseed_random(seed)

        started = time.perf_counter()
        tree = ensure_site_tree()
        locale = Locale.get_default()
        taxonomy = ensure_taxonomy(locale)
        generator = ContentGenerator(rng, taxonomy, tree)
        plan = [model for model, count in page_counts(pages).items() for _ in range(count)]

        created = {model: [] for model, _ in SHARES}
        with (
            search_index_updates_paused(),
            disable_reference_index_auto_update(),
            facet_updates_paused(),
        ):
            for offset in range(0, len(plan), BATCH_SIZE):
                with transaction.atomic():
                    batch = Generated()
                    chunk = plan[offset : offset + BATCH_SIZE]
                    for model in dict.fromkeys(chunk):
                        created[model] += generator.create(model, chunk.count(model), batch)
                    batch.save_links()
                    publish_revisions(batch.pages)
                    if not no_index:
                        # After the links, so the reference index sees the whole page.
                        for page in batch.pages:
                            ReferenceIndex.create_or_update_for_object(page)
                done = offset + len(batch.pages)
                rate = done / (time.perf_counter() - started)
                self.stdout.write(f"  {done}/{pages} pagina's ({rate:.0f} pagina's/s)")
        for model, pks in created.items():
            self.stdout.write(f"  {len(pks)} × {model._meta.verbose_name}")
        if no_index:
            self.stdout.write(
                "Indexen niet bijgewerkt: draai later update_index, rebuild_search_facets "
                "en rebuild_references_index."
            )
        else:
            index_started = time.perf_counter()
            facet_index.rebuild(page_ids=[pk for pks in created.values() for pk in pks])
            for model, pks in created.items():
                index_pages(model, pks)
            self.stdout.write(
                f"  zoekindex bijgewerkt in {time.perf_counter() - index_started:.1f} s"
            )

        elapsed = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"{pages} pagina's in {elapsed:.1f} s ({pages / elapsed:.1f} pagina's/s)"
            )
        )
