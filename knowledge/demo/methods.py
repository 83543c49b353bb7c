"""The two method guides of the pilot Veilige Wijken, Alle Kleuren and Samen in de Wijk."""

import datetime

from knowledge.demo.helpers import bullets, heading, paragraph, paragraphs, upsert_page
from methods.models import EvidenceLevel, MethodPage

GUIDE = "Handreiking pilot Veilige Wijken (Regenboogsteden, 2023)"
EVIDENCE_SOURCE = "Handreiking Veilige Wijken (Regenboogsteden, 2023)"
COST_NOTES = (
    "Schatting van de redactie op basis van de opzet van de pilot Veilige Wijken. De "
    "gepubliceerde bronnen over de pilot noemen geen bedragen; reken de kosten voor uw eigen "
    "wijk daarom zelf door."
)
GUIDE_EVALUATION = {
    "type": "evaluation",
    "value": {
        "title": "Handreiking pilot Veilige Wijken",
        "year": 2023,
        "summary": (
            "Beschrijft beide methoden met hun theoretische onderbouwing, de werkwijze van de "
            "pilot en de geleerde lessen, met praktische tips voor gemeenten."
        ),
    },
}


def step(phase, title, activities, who, duration):
    return {
        "type": "step",
        "value": {
            "phase": phase,
            "title": title,
            "activities": paragraphs(activities),
            "who": who,
            "duration": duration,
        },
    }


def working_element(title, description, source):
    return {
        "type": "working_element",
        "value": {"title": title, "description": description, "source": source},
    }


def partner(partner_type, role):
    return {"type": "partner", "value": {"partner_type": partner_type, "role": role}}


ALLE_KLEUREN = {
    "slug": "alle-kleuren",
    "title": "Alle Kleuren",
    "intro": (
        "Alle Kleuren brengt buurtbewoners met heel verschillende achtergronden bij elkaar "
        "rond vieringen, herdenkingen en gesprekken. Verschil geldt daarbij als iets wat de buurt "
        "bindt. Zo groeit een wijk waar iedereen, ook lhbti+ inwoners, zich thuis en veilig voelt."
    ),
    "problem": paragraphs(
        "In veel wijken leven bewoners langs elkaar heen. Wie afwijkt van wat als gewoon geldt, "
        "door herkomst, geloof, seksuele oriëntatie of genderidentiteit, voelt zich niet altijd "
        "welkom of veilig in de eigen straat. Lhbti+ inwoners merken dat vaak als eersten.",
        "Diversiteitsprojecten blijven bovendien geregeld steken in het aanvinken van groepen die "
        "vertegenwoordigd moeten zijn. Dan ontstaat er geen echt contact en haken bewoners af.",
    ),
    "goals": bullets(
        "Bewoners met uiteenlopende achtergronden ontmoeten elkaar en voelen zich met elkaar "
        "verbonden.",
        "Bewoners zien zichzelf terug in wat er in hun buurt wordt georganiseerd.",
        "De wijk wordt veiliger voor iedereen. Dat doel is pas gehaald als ook lhbti+ inwoners "
        "zich er veilig voelen.",
        "Bewoners nemen zelf het initiatief en organiseren activiteiten voor en met hun buren.",
    ),
    "target_groups": ["bewoners-van-de-wijk", "lhbti-inwoners"],
    "intermediate_target_groups": [
        "sleutelfiguren",
        "professionals-in-de-wijk",
        "beleidsmedewerkers-gemeente",
    ],
    "approach": [
        step(
            "explore",
            "Breng de sociale kaart van de wijk in beeld",
            "Zoek uit wie in de wijk de sleutelfiguren zijn, meestal actieve bewoners, en welke "
            "organisaties, verenigingen en voorzieningen willen aanhaken. Kies samen met de "
            "gemeente de wijk waar de aanpak begint.",
            "Begeleiders van Alle Kleuren met de beleidsmedewerker van de gemeente",
            "Enkele maanden",
        ),
        step(
            "start",
            "Vorm een kerngroep van bewoners en organisaties",
            "Breng de sleutelfiguren en organisaties bij elkaar. Bespreek in brainstormsessies wat "
            "volgens hen in deze buurt zal werken, in plaats van een draaiboek uit een andere stad "
            "over te nemen. Spreek de kernwaarden af: bewoners zijn eigenaar, de diversiteit is "
            "oprecht en mensen ontmoeten elkaar die elkaar anders niet zouden treffen.",
            "Sleutelfiguren en lokale organisaties, begeleid door Alle Kleuren",
            "Enkele maanden",
        ),
        step(
            "carry_out",
            "Vier en herdenk met de hele buurt",
            "Organiseer activiteiten rond vaste momenten in het jaar, zoals de herdenking op "
            "4 mei, een ontbijt op Bevrijdingsdag, Keti Koti of een buurtfeest rond Pride. Zoek "
            "partners als de bibliotheek om mee samen te werken.",
            "De kerngroep met partners in de wijk",
            "Doorlopend, verspreid over het jaar",
        ),
        step(
            "carry_out",
            "Houd een reeks diversiteitsbijeenkomsten",
            "Kies per bijeenkomst een thema dat bewoners raakt, bijvoorbeeld veiligheid, "
            "ondernemen, jongeren, mensenrechten, racisme of sport. Zo bereik je steeds andere "
            "bewoners, die op hun beurt weer buren meenemen.",
            "De kerngroep en sleutelfiguren",
            "Een reeks bijeenkomsten per jaar",
        ),
        step(
            "embed",
            "Maak bewoners eigenaar en houd ze vast",
            "Ondersteun bewoners die zelf iets willen organiseren, geef vrijwilligers erkenning "
            "en spreek met de gemeente af hoe zij initiatieven blijft steunen.",
            "Kerngroep en gemeente",
            "Vanaf het tweede jaar",
        ),
    ],
    "working_elements": [
        working_element(
            "Ontmoeting tussen groepen die elkaar anders niet treffen",
            "Bewoners leren elkaar kennen tijdens activiteiten die ze samen voorbereiden en "
            "beleven. Zulk contact op gelijke voet vermindert vooroordelen.",
            f"{GUIDE}; Allport, G.W. (1954), The Nature of Prejudice; Pettigrew, T.F. & "
            "Tropp, L.R. (2006), A meta-analytic test of intergroup contact theory",
        ),
        working_element(
            "Diversiteit als verbindende factor",
            "Verschillen worden gevierd en herdacht in plaats van benoemd als probleem. Omdat "
            "de aanpak alle bewoners aanspreekt, zet hij geen groep apart en voedt hij geen "
            "polarisatie.",
            GUIDE,
        ),
        working_element(
            "Uitgaan van talenten in plaats van labels",
            "Mensen worden gevraagd om wat ze kunnen en willen bijdragen, niet om de groep die "
            "ze zouden vertegenwoordigen.",
            f"{GUIDE}; Kretzmann, J.P. & McKnight, J.L. (1993), Building Communities from the "
            "Inside Out",
        ),
        working_element(
            "Eigenaarschap bij bewoners en sleutelfiguren",
            "Bewoners bedenken en organiseren de activiteiten zelf. Dat versterkt het vertrouwen "
            "dat ze samen iets in hun buurt kunnen veranderen.",
            f"{GUIDE}; Sampson, R.J., Raudenbush, S.W. & Earls, F. (1997), Neighborhoods and "
            "violent crime: a multilevel study of collective efficacy",
        ),
    ],
    "theory_of_change": paragraphs(
        "Als bewoners met verschillende achtergronden elkaar geregeld ontmoeten bij activiteiten "
        "die ze zelf organiseren, groeien begrip en vertrouwen. Wie de buren kent, neemt het "
        "eerder voor hen op, en uitsluiting wordt minder vanzelfsprekend.",
        "Omdat de aanpak iedereen aanspreekt in plaats van één groep, neemt de kans op "
        "tegenstellingen af. Zo wordt de wijk veiliger voor alle bewoners, lhbti+ inwoners "
        "inbegrepen.",
    ),
    "conditions_for_success": bullets(
        "Maatwerk: elke gemeente en wijk heeft een eigen tempo en een andere uitgangssituatie.",
        "Tijd om sleutelfiguren te vinden en bij elkaar te brengen; de weg is zelden recht.",
        "Bewoners die uit eigen motivatie meedoen en zelf meedenken over wat werkt.",
        "Een oprechte bedoeling: geen diversiteit om een lijstje af te vinken.",
        "Erkenning en waardering voor de vrijwillige inzet van bewoners.",
        "Laagdrempelig contact met de gemeente, die initiatieven ondersteunt zonder ze over "
        "te nemen.",
    ),
    "required_partners": [
        partner("residents", "Actieve bewoners en sleutelfiguren vormen de kerngroep."),
        partner("municipality", "Kiest de wijk, denkt mee en ondersteunt initiatieven."),
        partner("welfare", "Biedt ruimte, bereik en ondersteuning bij activiteiten."),
        partner("emancipation", "Lokale lhbti+ organisaties denken mee en helpen bereiken."),
        partner("other", "Bibliotheek, verenigingen en ondernemers als gastheer en partner."),
    ],
    "expertise_needed": bullets(
        "Netwerken opbouwen en sleutelfiguren vinden en begeleiden.",
        "Gesprekken over gevoelige onderwerpen opzetten en in goede banen leiden.",
        "Kennis van diversiteit, inclusie en de positie van lhbti+ inwoners.",
        "Activiteiten en evenementen organiseren met vrijwilligers.",
    ),
    "duration": "Ongeveer anderhalf jaar voor de opbouw, zoals in de pilot",
    "intensity": "Een kerngroep die regelmatig overlegt, met bijeenkomsten en evenementen "
    "verspreid over het jaar",
    "cost_band": "10k_50k",
    "cost_notes": COST_NOTES,
    "owner_organisation": "stichting-alle-kleuren",
    "contact_role": "Kernteam Alle Kleuren",
    "themes": [
        "inclusie-en-diversiteit",
        "lhbti-acceptatie",
        "sociale-veiligheid",
        "participatie-en-bewonersinitiatief",
    ],
    "organisations": ["stichting-alle-kleuren", "alle-kleuren-oost"],
    "body": [
        heading("Hoe Alle Kleuren ontstond"),
        paragraph(
            "Alle Kleuren begon in 2013 in de Indische Buurt in Amsterdam-Oost. Een buurtbewoner "
            "vond dat de mensen bij de jaarlijkse herdenking van de doden op het Ceramplein beter moesten laten zien "
            "hoe divers de buurt is. Hij zocht andere actieve bewoners op en samen maakten ze de "
            "herdenking representatiever.",
            "Die samenwerking smaakte naar meer. Uit de groep groeide Alle Kleuren Oost, dat sindsdien "
            "werkt aan een stadsdeel waar alle bewoners zich verbonden en vertegenwoordigd voelen. "
            "Het doet dat via vieren, herdenken, gesprekken en meedoen.",
        ),
        heading("Van gedachtegoed naar methode"),
        paragraph(
            "Alle Kleuren is eerder een manier van kijken dan een vast programma: wie diversiteit "
            "ziet als iets wat mensen samenbrengt, hoort erbij. Jarenlang draaide het volledig op "
            "vrijwilligers en er lag geen stappenplan op papier. In de pilot Veilige Wijken is de "
            "aanpak voor het eerst beschreven zodat andere gemeenten ermee aan de slag kunnen, "
            "altijd met maatwerk voor de eigen wijk.",
        ),
    ],
}

SAMEN_IN_DE_WIJK = {
    "slug": "samen-in-de-wijk",
    "title": "Samen in de Wijk",
    "intro": (
        "Samen in de Wijk verenigt de partners in een wijk in een veiligheidsalliantie: "
        "wijkagent, welzijnswerk, bewonersinitiatieven, zelforganisaties en lhbti+ organisaties. "
        "Zij delen signalen, leren van elkaar en spreken af wie wat oppakt, zodat de wijk veiliger "
        "wordt voor iedereen en in het bijzonder voor lhbti+ inwoners."
    ),
    "problem": paragraphs(
        "Gemeenten hebben vaak geen scherp beeld van hoe veilig lhbti+ inwoners zich in een "
        "bepaalde wijk voelen. Signalen over intimidatie of geweld liggen verspreid over "
        "organisaties die elkaar nauwelijks spreken.",
        "Bewoners weten na een incident niet altijd waar ze terechtkunnen, en horen zelden wat "
        "er met hun melding gebeurt. Een aanpak voor de hele stad mist bovendien de verschillen "
        "tussen wijken.",
    ),
    "goals": bullets(
        "Partners in de wijk delen hun signalen en krijgen samen een beeld van de veiligheid "
        "van lhbti+ inwoners.",
        "Professionals herkennen onveilige situaties en weten hoe ze moeten handelen.",
        "Bewoners weten bij wie ze terechtkunnen, welke maatregelen volgen en wat die opleveren.",
        "Plekken die onveilig zijn of voelen worden bekend, aangepakt en op termijn voorkomen.",
    ),
    "target_groups": ["lhbti-inwoners", "bewoners-van-de-wijk", "jongeren"],
    "intermediate_target_groups": [
        "professionals-in-de-wijk",
        "beleidsmedewerkers-gemeente",
        "sleutelfiguren",
    ],
    "approach": [
        step(
            "explore",
            "Verken de wijk en de stedelijke basis",
            "Ga na welke partners en overleggen er op stadsniveau al zijn en wat er in de gekozen "
            "wijk speelt. Zonder stedelijke basis kost de start in één wijk meer tijd.",
            "Projectleider van de uitvoerende organisatie met de beleidsmedewerker",
            "Enkele maanden",
        ),
        step(
            "start",
            "Stel de veiligheidsalliantie samen",
            "Nodig de wijkagent, het welzijnswerk, bewonersinitiatieven, lokale zelforganisaties "
            "en lhbti+ organisaties uit. Verdeel de rollen en plan overleg op tijden waarop ook "
            "vrijwilligers kunnen aanschuiven.",
            "Projectleider, gemeente en partners in de wijk",
            "Enkele maanden",
        ),
        step(
            "carry_out",
            "Deel signalen in een vast overleg",
            "Bespreek wat er in de wijk speelt, welke incidenten er waren en wie welke actie "
            "neemt. Houd bij welke patronen zich aftekenen.",
            "Alle partners in de alliantie",
            "Doorlopend, in een vast ritme",
        ),
        step(
            "carry_out",
            "Train de professionals in de wijk",
            "Laat partners elkaar trainen in het herkennen van onveiligheid voor lhbti+ inwoners "
            "en in het omgaan met zulke situaties. Ga ook op gelijke voet in gesprek met "
            "jongeren, zodat jongerenwerkers horen wat er echt speelt.",
            "Partners met expertise, zoals de uitvoerende emancipatieorganisatie",
            "Enkele trainingen per jaar",
        ),
        step(
            "carry_out",
            "Laat bewoners weten waar ze terechtkunnen",
            "Maak bekend bij wie bewoners onveiligheid kunnen melden, welke maatregelen volgen "
            "en wat die opleveren. Deel signalen op een zorgvuldige manier met de wijk.",
            "De alliantie, met de gemeente als afzender",
            "Doorlopend",
        ),
        step(
            "embed",
            "Borg de alliantie en verbind haar met anderen",
            "Leg vast wie de alliantie na de startperiode trekt, sluit aan bij stedelijke "
            "structuren en wissel ervaringen uit met andere gemeenten of buurgemeenten.",
            "Gemeente en partners",
            "Na het eerste jaar",
        ),
    ],
    "working_elements": [
        working_element(
            "Ketensamenwerking met een heldere rolverdeling",
            "Partners uit veiligheid, welzijn en de gemeenschap spreken per signaal af wie wat "
            "doet, zodat niets tussen wal en schip valt.",
            f"{GUIDE}; Ansell, C. & Gash, A. (2008), Collaborative governance in theory and "
            "practice",
        ),
        working_element(
            "Signalen bundelen tot één beeld van de wijk",
            "Door meldingen van verschillende partners naast elkaar te leggen worden blinde "
            "vlekken en trends zichtbaar.",
            GUIDE,
        ),
        working_element(
            "Deskundigheid van professionals vergroten",
            "Professionals die weten waar lhbti+ inwoners mee te maken krijgen, herkennen "
            "onveiligheid eerder en reageren passender.",
            GUIDE,
        ),
        working_element(
            "Een buurt die samen verantwoordelijkheid neemt",
            "Als bewoners en professionals elkaar kennen en vertrouwen, grijpen ze eerder in bij "
            "onveilige situaties.",
            f"{GUIDE}; Sampson, R.J., Raudenbush, S.W. & Earls, F. (1997), Neighborhoods and "
            "violent crime: a multilevel study of collective efficacy",
        ),
    ],
    "theory_of_change": paragraphs(
        "Wanneer de partners in een wijk hun signalen in een vaste structuur delen, krimpen de "
        "blinde vlekken en worden patronen zichtbaar. Getrainde professionals herkennen "
        "onveiligheid eerder en weten wat ze moeten doen.",
        "Bewoners die weten waar ze terechtkunnen en zien dat er iets met hun melding gebeurt, "
        "melden vaker en krijgen meer vertrouwen. Zo kunnen onveilige plekken gericht worden "
        "aangepakt en op den duur voorkomen.",
    ),
    "conditions_for_success": bullets(
        "Bij voorkeur een stedelijke structuur of alliantie waar de wijk op kan aansluiten.",
        "Tijd: een netwerk opbouwen kost maanden, zeker met vakanties en uitval.",
        "Een beleidsmedewerker met genoeg uren voor het onderwerp.",
        "Overleg op tijden waarop vrijwilligersorganisaties kunnen meedoen.",
        "Partners die bereid zijn zich op één wijk te richten.",
        "Een gesprek op gelijke voet met bewoners en jongeren.",
    ),
    "required_partners": [
        partner("police", "De wijkagent deelt signalen en denkt mee over aanpak."),
        partner("welfare", "Welzijns- en jongerenwerk signaleren en leggen contact."),
        partner("residents", "Bewonersinitiatieven brengen kennis van de straat in."),
        partner("emancipation", "Lokale zelforganisaties en lhbti+ organisaties."),
        partner("municipality", "Regisseert, zet het onderwerp op de agenda en borgt."),
    ],
    "expertise_needed": bullets(
        "Een intersectionele blik op veiligheid: cultuur, gender, racisme en lhbti+.",
        "Een alliantie van uiteenlopende partners voorzitten en op gang houden.",
        "Trainingen geven aan professionals over lhbti+ veiligheid.",
        "Kennis van de lokale netwerken en zelforganisaties.",
    ),
    "duration": "Ongeveer anderhalf jaar voor de opbouw, zoals in de pilot",
    "intensity": "Een vast alliantieoverleg, aangevuld met trainingen en activiteiten in de wijk",
    "cost_band": "10k_50k",
    "cost_notes": COST_NOTES,
    "owner_organisation": "dona-daria",
    "contact_role": "Projectleider Samen in de Wijk",
    "themes": [
        "sociale-veiligheid",
        "lhbti-acceptatie",
        "samenwerking-in-de-wijk",
        "veiligheid",
    ],
    "organisations": ["dona-daria", "natuurlijk-samen"],
    "body": [
        heading("Herkomst"),
        paragraph(
            "Samen in de Wijk is afgeleid van Natuurlijk Samen, de Rotterdamse "
            "veiligheidsalliantie die op stadsniveau werkt aan een veilige en leefbare stad, met "
            "bijzondere aandacht voor lhbti+ inwoners. Emancipatieorganisatie Dona Daria is daar "
            "een van de partners.",
            "Voor de pilot Veilige Wijken heeft Dona Daria de werkwijze van de stedelijke alliantie "
            "vertaald naar de schaal van één wijk. De aanpak is daarna in vier gemeenten van "
            "start gegaan: Eindhoven, Nissewaard, Roosendaal en Rotterdam.",
        ),
        heading("Een intersectionele blik"),
        paragraph(
            "Dona Daria ontstond in 2006 uit een samenwerking van vijf vrouwenorganisaties en "
            "groeide uit tot een brede emancipatieorganisatie. Die kijkt naar veiligheid vanuit "
            "meerdere kanten tegelijk: herkomst, gender, racisme en seksuele diversiteit.",
        ),
    ],
}

METHODS = [ALLE_KLEUREN, SAMEN_IN_DE_WIJK]

TAXONOMY_FIELDS = {
    "themes": "themes",
    "target_groups": "target_groups",
    "intermediate_target_groups": "target_groups",
    "organisations": "organisations",
}


def build_methods(index, taxonomy):
    """Create or update both method guides under the methods index; return them by slug."""
    methods = {}
    for data in METHODS:
        fields = dict(data)
        slug = fields.pop("slug")
        for name, vocabulary in TAXONOMY_FIELDS.items():
            fields[name] = taxonomy.pick(vocabulary, fields[name])
        fields["owner_organisation"] = taxonomy.organisations[fields["owner_organisation"]]
        methods[slug] = upsert_page(
            index,
            MethodPage,
            slug,
            **fields,
            evaluations=[GUIDE_EVALUATION],
            evidence_level=EvidenceLevel.WELL_DESCRIBED,
            evidence_source=EVIDENCE_SOURCE,
            databank_id="",
            evidence_assessed_on=datetime.date(2023, 3, 1),
            evidence_valid_until=datetime.date(2027, 3, 1),
            municipalities=[],
            first_published=datetime.date(2023, 3, 1),
        )
    return methods
