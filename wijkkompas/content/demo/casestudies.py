"""Case studies: the eight municipalities of the pilot Veilige Wijken, and eight home-grown
approaches presented at the 2018 estafette on safety and liveability in Rotterdam."""

import datetime

from casestudies.models import CaseStudyPage, CaseStudyStatus
from wijkkompas.content.demo.helpers import bullets, paragraphs, upsert_page

# What the sources say nothing about stays empty: an empty field hides its section.
NOT_IN_SOURCES = ""
# The home-grown case studies come from a report of 22 November 2018: their status is as of then.
ESTAFETTE_DATE = datetime.date(2018, 11, 22)
PILOT_FUNDING = "Pilot binnen het programma Regenboogsteden van het ministerie van OCW"


def partner(organisation, role):
    """A partner row; `organisation` is a slug resolved by the builder."""
    return {"type": "partner", "value": {"organisation": organisation, "role": role}}


def adaptation(what, why):
    return {"type": "adaptation", "value": {"adaptation": what, "reason": why}}


ALLE_KLEUREN_TAILORING = adaptation(
    "Aanpak afgestemd op het tempo en de sleutelfiguren van de gemeente",
    "Het team van Alle Kleuren trof in geen van de vier pilotgemeenten dezelfde situatie aan. "
    "Wat in Amsterdam-Oost werkte, kon daarom niet één op één worden overgenomen.",
)
ALLE_KLEUREN_GENERAL_LESSONS = bullets(
    "Een duidelijke sociale kaart, met sleutelfiguren en organisaties die willen aanhaken, "
    "bleek in alle pilotgemeenten het vertrekpunt.",
    lead="Ervaring van het team van Alle Kleuren in de vier pilotgemeenten samen:",
)
ALLE_KLEUREN_GENERAL_PITFALLS = bullets(
    "Mensen vinden en bij elkaar brengen kost meer tijd dan vooraf gedacht; de weg van A naar "
    "B loopt zelden rechtdoor.",
    lead="Ervaring van het team van Alle Kleuren in de vier pilotgemeenten samen:",
)
SAMEN_GENERAL_LESSONS = bullets(
    "De bereidheid van beleidsmedewerkers om met de veiligheid van lhbti+ inwoners aan de "
    "slag te gaan was groot.",
    lead="Ervaring van Dona Daria in de vier pilotgemeenten samen:",
)
SAMEN_GENERAL_PITFALLS = bullets(
    "Een netwerk in de wijk opbouwen duurt langer dan verwacht.",
    "Beleidsmedewerkers hebben vaak maar enkele uren voor het onderwerp.",
    "Vrijwilligersorganisaties kunnen niet wekelijks overdag aanschuiven bij overleg.",
    "Zonder stedelijke structuur is iets op wijkniveau opzetten lastig.",
    lead="Ervaring van Dona Daria in de vier pilotgemeenten samen:",
)


def short_pilot_case(method, municipality, lead, partner_slug, neighbourhoods=(), place=""):
    """A pilot municipality the sources say little about: facts of the pilot only."""
    alle_kleuren = method == "alle-kleuren"
    method_name = "Alle Kleuren" if alle_kleuren else "Samen in de Wijk"
    place = place or municipality.title()
    where = f" In Amsterdam deed stadsdeel {place} mee aan de pilot." if neighbourhoods else ""
    return {
        "slug": f"{method}-{municipality}",
        "title": f"{method_name} in {place}",
        "method": method,
        "municipality": municipality,
        "neighbourhoods": list(neighbourhoods),
        "lead_organisation": lead,
        "intro": (
            f"In de pilot Veilige Wijken werkte {place} met de methode {method_name} aan de "
            f"veiligheid van lhbti+ inwoners.{where}"
        ),
        "partners": [
            partner(partner_slug, "Regenbooggemeente die voor deze methode koos"),
        ],
        "context": paragraphs(
            f"Als Regenbooggemeente koos de gemeente in de pilot voor de methode {method_name}."
            f"{where}"
        ),
        "adaptations": [ALLE_KLEUREN_TAILORING] if alle_kleuren else [],
        "activities": paragraphs(
            "Met sleutelfiguren uit de wijk, meestal bewoners, en met lokale organisaties is "
            "verkend hoe de methode kon aansluiten bij de gemeente."
            if alle_kleuren
            else "Dona Daria werkte met de gemeente aan een veiligheidsalliantie van partners "
            "in de wijk."
        ),
        "results": NOT_IN_SOURCES,
        "lessons_worked": ALLE_KLEUREN_GENERAL_LESSONS if alle_kleuren else SAMEN_GENERAL_LESSONS,
        "lessons_did_not_work": (
            ALLE_KLEUREN_GENERAL_PITFALLS if alle_kleuren else SAMEN_GENERAL_PITFALLS
        ),
        "themes": ["lhbti-acceptatie", "sociale-veiligheid"],
        "target_groups": ["lhbti-inwoners", "bewoners-van-de-wijk"],
        "organisations": [lead, partner_slug],
    }


PILOT_CASE_STUDIES = [
    short_pilot_case("alle-kleuren", "lelystad", "stichting-alle-kleuren", "gemeente-lelystad"),
    {
        "slug": "alle-kleuren-almere",
        "title": "Alle Kleuren in Almere: Almere verbindt",
        "method": "alle-kleuren",
        "municipality": "almere",
        "neighbourhoods": [],
        "lead_organisation": "bureau-gelijke-behandeling-flevoland",
        # Almere started in 2022, later than the pilot; only the year is known (pages show it).
        "start_date": datetime.date(2022, 1, 1),
        "intro": (
            "In Almere bracht Bureau Gelijke Behandeling Flevoland de methode Alle Kleuren samen "
            "met een eigen training voor sleutelfiguren, onder de naam Almere verbindt. Een kleine, "
            "gemotiveerde groep bewoners gaat aan de slag met verbinding in de wijk."
        ),
        "partners": [
            partner("stichting-alle-kleuren", "Eigenaar van de methode; begeleidde de start"),
            partner(
                "gemeente-almere",
                "Regenbooggemeente; directe lijn met de senior beleidsadviseur en soms de wethouder",
            ),
        ],
        "context": paragraphs(
            "Bureau Gelijke Behandeling Flevoland (BGBF) werkte in Almere al met sleutelfiguren: "
            "bewoners die samen met het bureau bijeenkomsten opzetten over diversiteit, "
            "verbinding en gelijke kansen. De methode Alle Kleuren paste daar goed bij, omdat ze "
            "net als die werkwijze uitgaat van wat bewoners zelf willen.",
            "De sleutelfiguren die zich meldden, waren de tweedeling in hun wijk beu en wilden dat "
            "buren gewoon vriendelijk met elkaar omgaan.",
        ),
        "adaptations": [
            adaptation(
                "Gecombineerd met de bestaande training voor sleutelfiguren van 24 uur",
                "BGBF leerde sleutelfiguren al hoe je gesprekken over taboeonderwerpen opzet en "
                "begeleidt. Veel bewoners willen wel iets doen, maar weten niet hoe ze "
                "moeten beginnen; training en methode versterken elkaar.",
            ),
            adaptation(
                "Eén overkoepelende naam: Almere verbindt",
                "Zo kwamen de training en de methode als één herkenbaar geheel naar buiten.",
            ),
            ALLE_KLEUREN_TAILORING,
        ],
        "activities": bullets(
            "Sleutelfiguren werven en trainen in een programma van 24 uur.",
            "Bijeenkomsten met bewoners over diversiteit, verbinding en gelijke kansen.",
            "Gesprekken van de kwartiermaker met welzijns- en maatschappelijke organisaties over "
            "discriminatie.",
        ),
        "reach": "Een kleine groep zeer gemotiveerde sleutelfiguren; aantallen zijn niet bekend.",
        "results": paragraphs(
            "De gesprekken met professionals van welzijns- en maatschappelijke organisaties "
            "leverden volgens de kwartiermaker meerdere eyeopeners op.",
        ),
        "lessons_worked": bullets(
            "Kwaliteit gaat boven aantallen: bij een gevoelig onderwerp telt elke bewoner die een "
            "ander meeneemt.",
            "De onafhankelijke positie van het antidiscriminatiebureau helpt waar het vertrouwen "
            "in de politiek laag is.",
            "Korte lijnen met de gemeente, tot aan de wethouder, maken het verschil.",
        ),
        "lessons_did_not_work": bullets(
            "Vrijwilligers krijgen weinig erkenning voor wat er van hen gevraagd wordt.",
            "Laag vertrouwen in de politiek maakt samenwerken met bewoners lastiger en vraagt "
            "tijd om te herstellen.",
            "Veel inwoners weten niet dat hun gemeente Regenboogstad is, of wat dat inhoudt.",
        ),
        "themes": ["lhbti-acceptatie", "inclusie-en-diversiteit", "sociale-veiligheid"],
        "target_groups": ["sleutelfiguren", "bewoners-van-de-wijk", "lhbti-inwoners"],
        "organisations": [
            "bureau-gelijke-behandeling-flevoland",
            "stichting-alle-kleuren",
            "gemeente-almere",
        ],
    },
    short_pilot_case("alle-kleuren", "groningen", "stichting-alle-kleuren", "gemeente-groningen"),
    short_pilot_case(
        "alle-kleuren",
        "amsterdam",
        "stichting-alle-kleuren",
        "gemeente-amsterdam",
        neighbourhoods=["amsterdam-west"],
        place="Amsterdam-West",
    ),
    short_pilot_case("samen-in-de-wijk", "eindhoven", "dona-daria", "gemeente-eindhoven"),
    short_pilot_case("samen-in-de-wijk", "nissewaard", "dona-daria", "gemeente-nissewaard"),
    short_pilot_case("samen-in-de-wijk", "roosendaal", "dona-daria", "gemeente-roosendaal"),
    {
        "slug": "samen-in-de-wijk-rotterdam",
        "title": "Samen in de Wijk in Rotterdam",
        "method": "samen-in-de-wijk",
        "municipality": "rotterdam",
        "neighbourhoods": [],
        "lead_organisation": "dona-daria",
        "intro": (
            "Rotterdam zette Samen in de Wijk in om in één wijk meer ogen en oren te krijgen voor "
            "de veiligheid van lhbti+ inwoners. Dona Daria bouwde een netwerk van partners op en "
            "trainde professionals."
        ),
        "partners": [
            partner(
                "gemeente-rotterdam",
                "Team Inclusief Samenleven: beleid voor veiligheid op straat en antidiscriminatie",
            ),
            partner("natuurlijk-samen", "Stedelijke alliantie waar de wijkaanpak uit voortkomt"),
        ],
        "context": paragraphs(
            "Rotterdam wil meer per wijk werken. De gemeente verwacht daar meer van dan van "
            "uitsluitend een aanpak voor de hele stad: per buurt zie je beter wat er in een buurt speelt en "
            "de aanpak concreter wordt.",
            "Met Natuurlijk Samen had de stad al een alliantie voor de veiligheid van lhbti+ "
            "inwoners op stadsniveau. Over de veiligheid in afzonderlijke wijken had de gemeente "
            "nog blinde vlekken. De pilot liep in één Rotterdamse wijk.",
        ),
        "adaptations": [
            adaptation(
                "De stedelijke alliantie vertaald naar één wijk",
                "Hoe kleiner de schaal, hoe beter de partners kunnen inspelen op wat er in die "
                "buurt gebeurt.",
            ),
        ],
        "activities": bullets(
            "Een netwerk van partners in de wijk opbouwen.",
            "Professionals trainen in het herkennen van onveiligheid en het omgaan met onveilige "
            "situaties.",
            "In gesprek gaan met jongeren en jongerenwerkers, op gelijke voet.",
        ),
        "reach": "",
        "results": paragraphs(
            "In 2022 zat de aanpak in de opstartfase: het netwerk werd opgebouwd en de eerste "
            "professionals werden getraind. De gemeente noemt de pilot geslaagd als zij beter "
            "weet hoe veilig de wijk is, partners elkaar makkelijker vinden en lhbti+ inwoners "
            "weten waar ze hulp kunnen vragen.",
        ),
        "lessons_worked": bullets(
            "Er was goodwill bij de gemeente en de urgentie werd gevoeld.",
            "Een open gesprek tussen jongeren en jongerenwerkers haalt de afstand weg, zodat "
            "professionals horen wat er echt speelt.",
        ),
        "lessons_did_not_work": bullets(
            "Jongeren vertrouwen jongerenwerkers niet altijd en denken dat die hun leefwereld niet "
            "kennen.",
            "Netwerkopbouw, vakanties en uitval in de coronatijd zorgden voor maanden vertraging "
            "voordat de pilot echt begon.",
            "Stedelijke partners willen zich niet altijd op één wijk richten.",
            lead="Ervaringen van Dona Daria in de pilot, onder meer in Rotterdam:",
        ),
        "themes": ["sociale-veiligheid", "lhbti-acceptatie", "samenwerking-in-de-wijk"],
        "target_groups": ["lhbti-inwoners", "professionals-in-de-wijk", "jongeren"],
        "organisations": ["dona-daria", "gemeente-rotterdam", "natuurlijk-samen"],
    },
]

LOCAL_CASE_STUDIES = [
    {
        "slug": "buurtpreventie-gorinchem-oost",
        "title": "Buurtpreventie Gorinchem-Oost: ogen en oren van de wijk",
        "municipality": "gorinchem",
        "neighbourhoods": ["gorinchem-oost"],
        "lead_organisation": "buurtpreventie-gorinchem-oost",
        "status": CaseStudyStatus.RUNNING,
        "intro": (
            "Een buurtpreventieteam in Gorinchem-Oost liep eerst rondes voor de veiligheid. Toen "
            "het rustiger werd, gingen de vrijwilligers ook letten op kwetsbare buren en gaven "
            "ze zorgen door aan professionals."
        ),
        "partners": [],
        "context": paragraphs(
            "Bewoners van Gorinchem-Oost surveilleerden door hun wijk, zodat buren zich "
            "veiliger zouden voelen. Na verloop van tijd was het aantal incidenten sterk gedaald, en rees "
            "de vraag wat een surveillant dan nog te doen heeft.",
        ),
        "activities": bullets(
            "Letten op situaties die niet goed voelen: kwetsbare bewoners, verwarde personen, "
            "eenzame ouderen.",
            "Zorgwekkende signalen doorgeven aan de juiste professional.",
            "Praktische hulp, zoals water uitdelen aan ouderen tijdens een hittegolf.",
            "Training over waarop vrijwilligers letten en bij welke professional zij terechtkunnen.",
        ),
        "reach": "Vrijwilligers uit de wijk; aantallen zijn niet bekend.",
        "results": paragraphs(
            "De groep groeide van surveillance uit tot een netwerk dat kwetsbare buren in beeld "
            "brengt. Cijfers over het effect zijn niet bekend.",
        ),
        "lessons_worked": bullets(
            "De training gaf vrijwilligers houvast: waarop letten en wie bellen.",
            "Terugkoppeling over wat er met een melding gebeurt, motiveert vrijwilligers sterk.",
        ),
        "lessons_did_not_work": bullets(
            "Uit privacyoverwegingen mogen professionals vaak niets terugmelden. Vrijwilligers "
            "gaan dan soms zelf hogerop navragen wat er met hun signaal is gedaan.",
        ),
        "themes": ["buurtpreventie", "sociale-veiligheid", "participatie-en-bewonersinitiatief"],
        "target_groups": ["bewoners-van-de-wijk", "ouderen"],
        "organisations": ["buurtpreventie-gorinchem-oost"],
    },
    {
        "slug": "buurt-bestuurt-rotterdam",
        "title": "Buurt Bestuurt in Rotterdam",
        "municipality": "rotterdam",
        "neighbourhoods": [],
        "lead_organisation": "buurt-bestuurt",
        "status": CaseStudyStatus.EMBEDDED,
        "intro": (
            "Bij Buurt Bestuurt bepalen bewoners zelf welke punten in hun buurt beter moeten. In "
            "2018 werkte Rotterdam al op ruim zestig locaties zo, en andere steden namen de "
            "werkwijze over."
        ),
        "partners": [partner("gemeente-rotterdam", "Werkt met de actiepunten van bewoners")],
        "context": paragraphs(
            "Buurt Bestuurt draait om de eigen kracht van bewoners. Zij stellen een lijst met "
            "actiepunten op voor hun eigen buurt.",
        ),
        "activities": paragraphs(
            "Bewoners komen bijeen, kiezen wat er in hun buurt beter moet en leggen dat vast in "
            "een lijst met actiepunten waar zij en de professionals mee verder gaan."
        ),
        "reach": "Ruim zestig Rotterdamse locaties (stand 2018).",
        "results": paragraphs(
            "De werkwijze verspreidde zich over de stad en kreeg ook elders in Nederland navolging."
        ),
        "lessons_worked": bullets(
            "Laat bewoners zelf de grenzen van hun buurt bepalen; een indeling van de gemeente "
            "waarin ze zich niet herkennen, werkt niet.",
        ),
        "lessons_did_not_work": bullets(
            "Bewoners alleen laten klagen en daarna professionals de prioriteiten laten kiezen, "
            "werkt niet.",
        ),
        "themes": ["participatie-en-bewonersinitiatief", "veiligheid", "leefbaarheid"],
        "target_groups": ["bewoners-van-de-wijk"],
        "organisations": ["buurt-bestuurt", "gemeente-rotterdam"],
    },
    {
        "slug": "mooi-mooier-middelland",
        "title": "Mooi, Mooier Middelland: bewoners verdelen een buurtbudget",
        "municipality": "rotterdam",
        "neighbourhoods": ["middelland"],
        "lead_organisation": "mooi-mooier-middelland",
        "status": CaseStudyStatus.RUNNING,
        "intro": (
            "In Middelland kregen bewoners van de gemeente 7 miljoen euro om naar eigen inzicht "
            "aan de leefbaarheid van hun wijk te besteden. Ze deelden de wijk op in dertien "
            "buurten en kozen leden van de wijkraad met een loting."
        ),
        "partners": [
            partner("gemeente-rotterdam", "Stelde het buurtbudget beschikbaar"),
            partner("politie", "De wijkagent als vaste gesprekspartner van de bewoners"),
        ],
        "context": paragraphs(
            "Een groep actieve bewoners van Middelland kreeg van de gemeente een budget van "
            "zeven miljoen euro voor een experiment met leefbaarheid. Dat het project doorging, "
            "was mede te danken aan de persoonlijke steun van de burgemeester.",
        ),
        "activities": bullets(
            "Een startavond voor alle bewoners, waar het experiment werd uitgelegd.",
            "Dertien deelbuurten, elk vertegenwoordigd door een bewoner in de organisatie.",
            "Eigen spelregels, zoals een maximumtarief van 50 euro per uur voor werkloze "
            "zzp'ers uit de wijk die een activiteit opzetten.",
            "Een loting onder toezicht van een notaris; gelote bewoners worden persoonlijk "
            "benaderd voor de wijkraad.",
            "Goed contact met de wijkagent.",
        ),
        "reach": "Ongeveer 300 bewoners op de startavond, van wie volgens de initiatiefnemers "
        "de meesten in kleine groepen actief bleven.",
        "results": paragraphs(
            "De buurten kwamen met heel uiteenlopende plannen, van een nieuw speeltoestel tot "
            "geld voor een toekomstvisie. Werkloze zzp'ers begonnen in de wijk eigen zaken, waaronder "
            "een audiobedrijf en een groentezaak."
        ),
        "lessons_worked": bullets(
            "Loten voor de wijkraad bereikt bewoners die zich anders niet zouden melden.",
            "Zelf de regels bepalen geeft bewoners grip op het geld.",
            "Een wijkagent die de wijk kent, vindt creatieve oplossingen.",
        ),
        "lessons_did_not_work": bullets(
            "Het maximumtarief schoot dure externe adviseurs in het verkeerde keelgat.",
        ),
        "budget_band": "above_100k",
        "funding": "Buurtbudget van 7 miljoen euro van de gemeente Rotterdam",
        "themes": ["participatie-en-bewonersinitiatief", "leefbaarheid"],
        "target_groups": ["bewoners-van-de-wijk", "ondernemers"],
        "organisations": ["mooi-mooier-middelland", "gemeente-rotterdam"],
    },
    {
        "slug": "humanitas-afrikaanderwijk",
        "title": "Humanitas in de Afrikaanderwijk: welzijn met de wijk",
        "municipality": "rotterdam",
        "neighbourhoods": ["afrikaanderwijk"],
        "lead_organisation": "humanitas",
        "status": CaseStudyStatus.RUNNING,
        "intro": (
            "Humanitas werkt sinds een aanbesteding in de Rotterdamse Afrikaanderwijk. Het zet "
            "wijkondernemers in, houdt het geld zo lang mogelijk in de buurt en bouwt aan "
            "verenigingsleven dat blijft als de organisatie vertrekt."
        ),
        "partners": [partner("gemeente-rotterdam", "Gunde het welzijnswerk via een aanbesteding")],
        "context": paragraphs(
            "In de Afrikaanderwijk in Rotterdam-Zuid wonen zo'n 9000 mensen. Ongeveer 900 van hen "
            "hebben betaald werk, en maar zo'n 100 werken in de wijk zelf. Verenigingen waren er "
            "niet. Zoals in meer steden zijn veel buurthuizen gesloten; de overgebleven huizen "
            "worden door welzijnsorganisaties geëxploiteerd en vaak door bewoners beheerd.",
            "Humanitas kreeg het werk na een aanbesteding, voor een periode van vijf jaar.",
        ),
        "activities": bullets(
            "Wijkondernemers inschakelen, zodat geld langer in de wijk rondgaat.",
            "Een kapper in het buurthuis, een voormalig klooster, die met zijn klanten een band "
            "opbouwt en ernstige zorgen doorgeeft aan een professional.",
            "Met een betaaldvoetbalorganisatie werken aan een omnisportvereniging.",
            "Huisbezoeken aan ouderen van 75 jaar en ouder, gericht op het verminderen van "
            "eenzaamheid.",
        ),
        "reach": "Onder meer de ongeveer 360 ouderen van 75 jaar en ouder in de wijk.",
        "results": NOT_IN_SOURCES,
        "lessons_worked": bullets(
            "Vertrouwde figuren in de wijk, zoals de kapper, vangen signalen op die "
            "professionals missen. Dat vraagt wel zorgvuldigheid met privacy.",
            "Inzetten op samenredzaamheid: bewoners helpen elkaar, in plaats van alleen zichzelf.",
        ),
        "lessons_did_not_work": bullets(
            "Afrekenen op aantallen, zoals het afvinken van alle huisbezoeken, lost eenzaamheid "
            "niet op.",
            "Zonder verenigingen verdwijnt de inzet zodra de welzijnsorganisatie vertrekt; geld "
            "voor sport en jeugd is er, maar er moet een plek zijn om het te besteden.",
        ),
        "themes": ["leefbaarheid", "samenwerking-in-de-wijk", "participatie-en-bewonersinitiatief"],
        "target_groups": ["bewoners-van-de-wijk", "ouderen", "ondernemers", "jongeren"],
        "organisations": ["humanitas", "gemeente-rotterdam"],
    },
    {
        "slug": "oost-pact-door-schiedam",
        "title": "Oost Pact Door: werken voor de eigen wijk in Schiedam-Oost",
        "municipality": "schiedam",
        "neighbourhoods": ["schiedam-oost"],
        "lead_organisation": "oost-pact-door",
        "status": CaseStudyStatus.RUNNING,
        "intro": (
            "Oost Pact Door verbindt de bestaande buurtinitiatieven in Schiedam-Oost en laat "
            "bewoners waar het kan zelf het werk in hun wijk doen, soms betaald."
        ),
        "partners": [partner("gemeente-schiedam", "Geeft bewoners opdrachten in de wijk")],
        "context": paragraphs(
            "In Schiedam-Oost draait het om twee dingen: werk voor de wijk en verbinding tussen "
            "de initiatieven die er al zijn. De initiatiefnemers willen af van een houding waarin "
            "bewoners vooral eisen stellen aan de gemeente.",
        ),
        "activities": bullets(
            "Alle informatie over buurtinitiatieven bundelen en centraal verspreiden, met de "
            "wijk zelf als afzender.",
            "Meer taken aan bewoners overlaten, waar mogelijk als betaalde klus.",
            "Bewoners die als wijkondernemer opdrachten van de gemeente uitvoeren, bijvoorbeeld "
            "in het onderhoud.",
        ),
        "reach": "",
        "results": paragraphs(
            "Enkele bewoners krijgen opdrachten van de gemeente; een van de initiatiefnemers "
            "werd zelf wijkondernemer."
        ),
        "lessons_worked": bullets(
            "Eén afzender, de wijk, versterkt het buurtgevoel.",
            "Wie voor de eigen wijk werkt, zet zich extra in, ook 's avonds en in het weekend.",
        ),
        "lessons_did_not_work": bullets(
            "Een beweging in de wijk komt pas op gang als bewoners niet alleen naar de gemeente "
            "kijken.",
        ),
        "themes": ["participatie-en-bewonersinitiatief", "leefbaarheid"],
        "target_groups": ["bewoners-van-de-wijk", "ondernemers"],
        "organisations": ["oost-pact-door", "gemeente-schiedam"],
    },
    {
        "slug": "wollefoppengroen-zevenkamp",
        "title": "Wollefoppengroen: bewoners maken een park in Zevenkamp",
        "municipality": "rotterdam",
        "neighbourhoods": ["zevenkamp"],
        "lead_organisation": "wollefoppengroen",
        "status": CaseStudyStatus.RUNNING,
        "intro": (
            "In Zevenkamp voorkwamen bewoners dat een groen terrein werd volgebouwd en maakten ze "
            "er samen met de gemeente een ontmoetingspark van, met een buurtrestaurant en "
            "dagbesteding."
        ),
        "partners": [partner("gemeente-rotterdam", "Werkte het plan van de bewoners mee uit")],
        "context": paragraphs(
            "Het begon met protest: een stuk groen in Zevenkamp dreigde bebouwd te worden. Na een "
            "geslaagde handtekeningenactie vroegen de bewoners zich af wat ze er zelf wél wilden.",
        ),
        "activities": bullets(
            "Een park om elkaar te ontmoeten, met eetbare planten en bloemen en ruimte voor bijen.",
            "Zeecontainers als buurtrestaurant dat op vrijwilligers draait.",
            "Dagbesteding in het park voor mensen met een beperking.",
        ),
        "reach": "",
        "results": paragraphs(
            "De gemeente moest wennen, maar erkende dat het plan van de bewoners beter was dan "
            "het eigen ontwerp."
        ),
        "lessons_worked": bullets(
            "Van protest naar een eigen plan: vraag bewoners wat ze wel willen.",
        ),
        "lessons_did_not_work": bullets(
            "Op 1 januari kwam onverwacht een rekening van 2500 euro van de vastgoedafdeling "
            "van de gemeente, omdat de containers als vastgoed golden. Daarover liep in 2018 "
            "nog overleg, mogelijk met extra subsidie als uitkomst.",
        ),
        "themes": ["leefbaarheid", "participatie-en-bewonersinitiatief"],
        "target_groups": ["bewoners-van-de-wijk"],
        "organisations": ["wollefoppengroen", "gemeente-rotterdam"],
    },
    {
        "slug": "spaanse-polder-ondernemers",
        "title": "Spaanse Polder: wijkagent en ondernemers heroveren een bedrijventerrein",
        "municipality": "rotterdam",
        "neighbourhoods": ["spaanse-polder"],
        "lead_organisation": "politie",
        "status": CaseStudyStatus.ENDED,
        "intro": (
            "De Spaanse Polder, een bedrijventerrein dat tot de grootste van Nederland "
            "behoort, was verloederd. Een wijkagent zocht de ondernemers op, en samen brachten ze het terrein "
            "weer tot bloei."
        ),
        "partners": [partner("gemeente-rotterdam", "Werkte samen met de ondernemersverenigingen")],
        "context": paragraphs(
            "Toen de wijkagent er begon, kampte het terrein met vuil, leegstand en drugsoverlast. "
            "Hij werkte er zeven jaar; inmiddels is hij zelfstandig ondernemer.",
        ),
        "activities": bullets(
            "Koffie drinken bij ondernemers om te horen wat er echt speelt.",
            "Samen met de ondernemers het terrein terugwinnen op criminelen.",
        ),
        "reach": "",
        "results": paragraphs(
            "Het bedrijventerrein werd in nauwe samenwerking met ondernemers teruggewonnen en "
            "kwam opnieuw tot bloei."
        ),
        "lessons_worked": bullets(
            "Persoonlijk contact met ondernemers geeft de wijkagent een goed beeld van de "
            "situatie.",
            "Gemeente en ondernemersverenigingen moeten nauw samenwerken; dat is de basis.",
        ),
        "lessons_did_not_work": NOT_IN_SOURCES,
        "themes": ["veiligheid", "samenwerking-in-de-wijk"],
        "target_groups": ["ondernemers", "professionals-in-de-wijk"],
        "organisations": ["politie", "gemeente-rotterdam"],
    },
    {
        "slug": "bart-den-haag",
        "title": "Bart!: aansluiten bij buurtbewoners op sociale media in Den Haag",
        "municipality": "den-haag",
        "neighbourhoods": [],
        "lead_organisation": "gemeente-den-haag",
        "status": CaseStudyStatus.RUNNING,
        "intro": (
            "Veel Haagse buurtbewoners zijn actief op sociale media en in buurtapps. Het project "
            "Bart! zoekt uit hoe de gemeente daar een rol in kan spelen."
        ),
        "partners": [],
        "context": paragraphs(
            "Buurtbewoners wisselen veel uit in appgroepen en op sociale media. Voor de gemeente "
            "is de vraag of ze daar buiten blijft of juist meedoet.",
        ),
        "activities": bullets(
            "Verkennen of de wijkagent kan meepraten in buurtapps.",
            "Bewoners helpen kiezen of een melding naar de politie of naar de gemeente moet.",
            "Meldingen over hetzelfde voorval aan elkaar koppelen.",
        ),
        "reach": "",
        "results": NOT_IN_SOURCES,
        "lessons_worked": NOT_IN_SOURCES,
        "lessons_did_not_work": bullets(
            "Meedoen op alle kanalen waar bewoners actief zijn, zonder de privacywetgeving te "
            "schenden, bleek een lastige opgave.",
        ),
        "themes": ["buurtpreventie", "samenwerking-in-de-wijk"],
        "target_groups": ["bewoners-van-de-wijk", "professionals-in-de-wijk"],
        "organisations": ["gemeente-den-haag"],
    },
]


def build_case_study(index, taxonomy, methods, data, **defaults):
    fields = {**defaults, **data}
    slug = fields.pop("slug")
    municipality = taxonomy.municipalities[fields["municipality"]]
    fields["municipality"] = municipality
    fields["municipalities"] = [municipality]
    fields["neighbourhoods"] = taxonomy.pick("neighbourhoods", fields["neighbourhoods"])
    fields["themes"] = taxonomy.pick("themes", fields["themes"])
    fields["target_groups"] = taxonomy.pick("target_groups", fields["target_groups"])
    fields["organisations"] = taxonomy.pick("organisations", fields["organisations"])
    fields["lead_organisation"] = taxonomy.organisations[fields["lead_organisation"]]
    fields["method"] = methods[fields["method"]] if fields.get("method") else None
    fields["partners"] = [
        {
            "type": "partner",
            "value": {
                "organisation": taxonomy.organisations[row["value"]["organisation"]].pk,
                "role": row["value"]["role"],
            },
        }
        for row in fields["partners"]
    ]
    return upsert_page(index, CaseStudyPage, slug, **fields)


def build_case_studies(index, taxonomy, methods):
    """Create or update the pilot and home-grown case studies; return them by slug."""
    case_studies = {}
    for data in PILOT_CASE_STUDIES:
        case_studies[data["slug"]] = build_case_study(
            index,
            taxonomy,
            methods,
            data,
            programme=taxonomy.programmes["pilot-veilige-wijken"],
            start_date=datetime.date(2021, 7, 1),
            end_date=datetime.date(2022, 12, 31),
            status=CaseStudyStatus.ENDED,
            status_on=None,
            funding=PILOT_FUNDING,
            first_published=None,
        )
    for data in LOCAL_CASE_STUDIES:
        case_studies[data["slug"]] = build_case_study(
            index,
            taxonomy,
            methods,
            data,
            method=None,
            programme=None,
            start_date=None,
            end_date=None,
            status_on=ESTAFETTE_DATE,
            first_published=None,
        )
    return case_studies
