"""The demo vocabularies: themes, target groups, municipalities, neighbourhoods, organisations,
programmes and the people who speak in the demo interviews."""

from dataclasses import dataclass, field

from knowledge.models import (
    Municipality,
    Neighbourhood,
    Organisation,
    OrganisationType,
    Person,
    Programme,
    Province,
    TargetGroup,
    Theme,
)
from wijkkompas.content.demo.helpers import upsert_snippet

# (slug, name, description, parent slug) — parents come before their children.
THEMES = [
    ("veiligheid", "Veiligheid", "Hoe veilig bewoners zijn en zich voelen in hun wijk.", None),
    (
        "sociale-veiligheid",
        "Sociale veiligheid",
        "Veilig over straat kunnen en jezelf kunnen zijn, zonder intimidatie of geweld.",
        "veiligheid",
    ),
    (
        "buurtpreventie",
        "Buurtpreventie",
        "Bewoners die samen opletten in hun buurt en signalen doorgeven.",
        "veiligheid",
    ),
    (
        "inclusie-en-diversiteit",
        "Inclusie en diversiteit",
        "Een wijk waarin bewoners met verschillende achtergronden meetellen en meedoen.",
        None,
    ),
    (
        "lhbti-acceptatie",
        "Lhbti+-acceptatie",
        "Sociale acceptatie en veiligheid van lesbische, homo, bi+, trans en intersekse inwoners.",
        "inclusie-en-diversiteit",
    ),
    (
        "participatie-en-bewonersinitiatief",
        "Participatie en bewonersinitiatief",
        "Bewoners die zelf plannen maken, keuzes maken en de handen uit de mouwen steken.",
        None,
    ),
    (
        "leefbaarheid",
        "Leefbaarheid",
        "Een buurt waar het prettig wonen is: schoon, heel, groen en met onderling contact.",
        None,
    ),
    (
        "samenwerking-in-de-wijk",
        "Samenwerking in de wijk",
        "Gemeente, professionals, ondernemers en bewoners die hun inzet op elkaar afstemmen.",
        None,
    ),
]

# (slug, name, description)
TARGET_GROUPS = [
    ("lhbti-inwoners", "Lhbti+ inwoners", "Lesbische, homo, bi+, trans en intersekse inwoners."),
    ("bewoners-van-de-wijk", "Bewoners van de wijk", "Alle mensen die in de wijk wonen."),
    ("jongeren", "Jongeren", "Tieners en jongvolwassenen in de wijk."),
    (
        "professionals-in-de-wijk",
        "Professionals in de wijk",
        "Wijkagenten, jongerenwerkers, sociaal werkers en andere beroepskrachten.",
    ),
    (
        "sleutelfiguren",
        "Sleutelfiguren",
        "Bewoners met een groot netwerk die anderen kunnen bereiken en meenemen.",
    ),
    (
        "beleidsmedewerkers-gemeente",
        "Beleidsmedewerkers gemeente",
        "Ambtenaren die beleid maken voor veiligheid, inclusie of de wijkaanpak.",
    ),
    ("ondernemers", "Ondernemers", "Winkeliers, zzp'ers en bedrijven in en rond de wijk."),
    ("ouderen", "Ouderen", "Oudere bewoners, onder wie mensen die eenzaam zijn."),
]

# (slug, name, CBS code, province) — the codes are the CBS municipality codes.
MUNICIPALITIES = [
    ("lelystad", "Lelystad", "GM0995", Province.FLEVOLAND),
    ("almere", "Almere", "GM0034", Province.FLEVOLAND),
    ("groningen", "Groningen", "GM0014", Province.GRONINGEN),
    ("amsterdam", "Amsterdam", "GM0363", Province.NOORD_HOLLAND),
    ("eindhoven", "Eindhoven", "GM0772", Province.NOORD_BRABANT),
    ("nissewaard", "Nissewaard", "GM1930", Province.ZUID_HOLLAND),
    ("roosendaal", "Roosendaal", "GM1674", Province.NOORD_BRABANT),
    ("rotterdam", "Rotterdam", "GM0599", Province.ZUID_HOLLAND),
    ("gorinchem", "Gorinchem", "GM0512", Province.ZUID_HOLLAND),
    ("schiedam", "Schiedam", "GM0606", Province.ZUID_HOLLAND),
    ("den-haag", "Den Haag", "GM0518", Province.ZUID_HOLLAND),
]

# The seat of a municipality named after no place of its own: where the map puts it.
SEATS = {"nissewaard": "Spijkenisse"}

# (slug, name, municipality slug, description); CBS district codes are left to the editors.
NEIGHBOURHOODS = [
    ("amsterdam-west", "Amsterdam-West", "amsterdam", "Stadsdeel in het westen van Amsterdam."),
    (
        "indische-buurt",
        "Indische Buurt",
        "amsterdam",
        "Buurt in stadsdeel Oost waar Alle Kleuren begon.",
    ),
    ("middelland", "Middelland", "rotterdam", "Wijk in het westen van Rotterdam."),
    ("afrikaanderwijk", "Afrikaanderwijk", "rotterdam", "Wijk in Rotterdam-Zuid."),
    ("zevenkamp", "Zevenkamp", "rotterdam", "Wijk in het noordoosten van Rotterdam."),
    (
        "spaanse-polder",
        "Spaanse Polder",
        "rotterdam",
        "Groot bedrijventerrein in het noordwesten van Rotterdam.",
    ),
    ("gorinchem-oost", "Gorinchem-Oost", "gorinchem", "Wijk in het oosten van Gorinchem."),
    ("schiedam-oost", "Schiedam-Oost", "schiedam", "Wijk in het oosten van Schiedam."),
]

# (slug, name, type, description, website)
ORGANISATIONS = [
    (
        "dona-daria",
        "Dona Daria",
        OrganisationType.EMANCIPATION,
        "Rotterdams kenniscentrum voor emancipatie, in 2006 opgericht door vijf "
        "vrouwenorganisaties. Eigenaar van Samen in de Wijk.",
        "",
    ),
    (
        "stichting-alle-kleuren",
        "Stichting Alle Kleuren",
        OrganisationType.RESIDENTS,
        "Stichting die de methode Alle Kleuren uitdraagt en in andere gemeenten helpt starten.",
        "",
    ),
    (
        "alle-kleuren-oost",
        "Alle Kleuren Oost",
        OrganisationType.RESIDENTS,
        "Groep actieve bewoners in Amsterdam-Oost waaruit de methode Alle Kleuren voortkomt.",
        "",
    ),
    (
        "bureau-gelijke-behandeling-flevoland",
        "Bureau Gelijke Behandeling Flevoland",
        OrganisationType.ANTIDISCRIMINATION,
        "Onafhankelijke antidiscriminatievoorziening in Flevoland (BGBF).",
        "",
    ),
    (
        "ministerie-van-ocw",
        "Ministerie van OCW",
        OrganisationType.MINISTRY,
        "Het ministerie voor onderwijs, cultuur en wetenschap; financier van het "
        "programma Regenboogsteden.",
        "https://www.rijksoverheid.nl/ministeries/ministerie-van-onderwijs-cultuur-en-wetenschap",
    ),
    (
        "ministerie-van-bzk",
        "Ministerie van BZK",
        OrganisationType.MINISTRY,
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties.",
        "https://www.rijksoverheid.nl/ministeries/ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties",
    ),
    (
        "movisie",
        "Movisie",
        OrganisationType.KNOWLEDGE_INSTITUTE,
        "Landelijk kennisinstituut voor het sociaal domein.",
        "https://www.movisie.nl/",
    ),
    (
        "platform31",
        "Platform31",
        OrganisationType.KNOWLEDGE_INSTITUTE,
        "Kennis- en netwerkorganisatie voor stad en regio.",
        "https://www.platform31.nl/",
    ),
    (
        "humanitas",
        "Humanitas",
        OrganisationType.WELFARE,
        "Welzijnsorganisatie die onder meer in de Rotterdamse Afrikaanderwijk werkt.",
        "https://www.humanitas.nl/",
    ),
    (
        "natuurlijk-samen",
        "Natuurlijk Samen",
        OrganisationType.OTHER,
        "Rotterdamse veiligheidsalliantie die zich op stadsniveau inzet voor een veilige en "
        "leefbare stad, met bijzondere aandacht voor lhbti+ inwoners.",
        "",
    ),
    (
        "buurt-bestuurt",
        "Buurt Bestuurt",
        OrganisationType.RESIDENTS,
        "Werkwijze waarin bewoners zelf bepalen wat er in hun buurt beter moet.",
        "",
    ),
    (
        "buurtpreventie-gorinchem-oost",
        "Buurtpreventie Gorinchem-Oost",
        OrganisationType.RESIDENTS,
        "Vrijwilligers uit Gorinchem-Oost die samen letten op veiligheid en kwetsbare buren.",
        "",
    ),
    (
        "mooi-mooier-middelland",
        "Mooi, Mooier Middelland",
        OrganisationType.RESIDENTS,
        "Bewonersorganisatie die een buurtbudget voor de Rotterdamse wijk Middelland beheerde.",
        "",
    ),
    (
        "oost-pact-door",
        "Oost Pact Door",
        OrganisationType.RESIDENTS,
        "Bewonersinitiatief dat de buurtinitiatieven in Schiedam-Oost met elkaar verbindt.",
        "",
    ),
    (
        "wollefoppengroen",
        "Wollefoppengroen",
        OrganisationType.RESIDENTS,
        "Bewoners die in Zevenkamp een braakliggend terrein tot ontmoetingspark maakten.",
        "",
    ),
    (
        "politie",
        "Politie",
        OrganisationType.POLICE,
        "De politie, in de wijk vaak de wijkagent.",
        "",
    ),
    (
        "gemeente-rotterdam",
        "Gemeente Rotterdam",
        OrganisationType.MUNICIPALITY,
        "Onder meer het team Inclusief Samenleven.",
        "",
    ),
    ("gemeente-lelystad", "Gemeente Lelystad", OrganisationType.MUNICIPALITY, "", ""),
    ("gemeente-almere", "Gemeente Almere", OrganisationType.MUNICIPALITY, "", ""),
    ("gemeente-groningen", "Gemeente Groningen", OrganisationType.MUNICIPALITY, "", ""),
    ("gemeente-amsterdam", "Gemeente Amsterdam", OrganisationType.MUNICIPALITY, "", ""),
    ("gemeente-eindhoven", "Gemeente Eindhoven", OrganisationType.MUNICIPALITY, "", ""),
    ("gemeente-nissewaard", "Gemeente Nissewaard", OrganisationType.MUNICIPALITY, "", ""),
    ("gemeente-roosendaal", "Gemeente Roosendaal", OrganisationType.MUNICIPALITY, "", ""),
    ("gemeente-schiedam", "Gemeente Schiedam", OrganisationType.MUNICIPALITY, "", ""),
    ("gemeente-den-haag", "Gemeente Den Haag", OrganisationType.MUNICIPALITY, "", ""),
]

# (slug, name, description, parent slug, funder slug)
PROGRAMMES = [
    (
        "regenboogsteden",
        "Regenboogsteden",
        "Programma van het ministerie van OCW waarin 57 gemeenten werken aan de acceptatie, "
        "veiligheid en emancipatie van lhbti+ inwoners.",
        None,
        "ministerie-van-ocw",
    ),
    (
        "pilot-veilige-wijken",
        "Pilot Veilige Wijken",
        "Pilot van medio 2021 tot eind 2022 waarin acht Regenbooggemeenten Samen in de Wijk "
        "of Alle Kleuren in hun wijken uitprobeerden.",
        "regenboogsteden",
        "ministerie-van-ocw",
    ),
]

# (name, role, organisation slug) — only people who speak in the published sources.
PEOPLE = [
    ("Gert-Jan Verboom", "projectleider Samen in de Wijk", "dona-daria"),
    ("Bert van Malde", "projectleider Samen in de Wijk", "dona-daria"),
    ("Hicham el Abbas", "beleidsadviseur", "gemeente-rotterdam"),
    ("Jaika Koot", "lid van het kernteam", "alle-kleuren-oost"),
    ("Sebas Kes", "lid van het kernteam", "alle-kleuren-oost"),
    ("Sharon Axwijk", "interim kwartiermaker", "bureau-gelijke-behandeling-flevoland"),
    (
        "Daan de Bruijn",
        "onderzoeker inwonersparticipatie en lokale democratie",
        "movisie",
    ),
]


@dataclass
class Taxonomy:
    """The demo terms by slug (people by name), so builders can refer to them as data."""

    themes: dict = field(default_factory=dict)
    target_groups: dict = field(default_factory=dict)
    municipalities: dict = field(default_factory=dict)
    neighbourhoods: dict = field(default_factory=dict)
    organisations: dict = field(default_factory=dict)
    programmes: dict = field(default_factory=dict)
    people: dict = field(default_factory=dict)

    def pick(self, vocabulary, keys):
        terms = getattr(self, vocabulary)
        return [terms[key] for key in keys]


def build_taxonomy(locale):
    """Create or update every demo term in `locale` and return them by slug."""
    taxonomy = Taxonomy()
    for order, (slug, name, description, parent) in enumerate(THEMES):
        taxonomy.themes[slug] = upsert_snippet(
            Theme,
            {"locale": locale, "slug": slug},
            name=name,
            description=description,
            sort_order=order,
            parent=taxonomy.themes[parent] if parent else None,
        )
    for order, (slug, name, description) in enumerate(TARGET_GROUPS):
        taxonomy.target_groups[slug] = upsert_snippet(
            TargetGroup,
            {"locale": locale, "slug": slug},
            name=name,
            description=description,
            sort_order=order,
        )
    for slug, name, cbs_code, province in MUNICIPALITIES:
        taxonomy.municipalities[slug] = upsert_snippet(
            Municipality,
            {"locale": locale, "slug": slug},
            name=name,
            cbs_code=cbs_code,
            province=province,
            seat=SEATS.get(slug, ""),
        )
    for slug, name, municipality, description in NEIGHBOURHOODS:
        taxonomy.neighbourhoods[slug] = upsert_snippet(
            Neighbourhood,
            {
                "locale": locale,
                "municipality": taxonomy.municipalities[municipality],
                "slug": slug,
            },
            name=name,
            description=description,
        )
    for slug, name, organisation_type, description, website in ORGANISATIONS:
        taxonomy.organisations[slug] = upsert_snippet(
            Organisation,
            {"locale": locale, "slug": slug},
            name=name,
            organisation_type=organisation_type,
            description=description,
            website=website,
        )
    for slug, name, description, parent, funder in PROGRAMMES:
        taxonomy.programmes[slug] = upsert_snippet(
            Programme,
            {"locale": locale, "slug": slug},
            name=name,
            description=description,
            parent=taxonomy.programmes[parent] if parent else None,
            funder=taxonomy.organisations[funder],
        )
    for name, role, organisation in PEOPLE:
        # Person has no slug; the name is its natural key within the demo content.
        taxonomy.people[name] = upsert_snippet(
            Person,
            {"locale": locale, "name": name},
            role=role,
            organisation=taxonomy.organisations[organisation],
        )
    return taxonomy
