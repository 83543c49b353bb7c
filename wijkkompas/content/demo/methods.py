"""The two method guides of the pilot Veilige Wijken, Alle Kleuren and Samen in de Wijk."""

from methods.models import EvidenceLevel, MethodPage
from wijkkompas.content.demo.helpers import bullets, heading, paragraph, paragraphs, upsert_page

# The sources name no publisher or year for the guide, so neither does the demo.
GUIDE = "Handreiking pilot Veilige Wijken"
ALLE_KLEUREN_INTERVIEW = "Interview met Alle Kleuren Oost en BGBF, artikelenreeks Veilige Wijken"
SAMEN_INTERVIEW = "Interview met Dona Daria en de gemeente Rotterdam, artikelenreeks Veilige Wijken"
# No databank is known to have assessed either method: say so, and what the guide does offer.
EVIDENCE_NOTES = (
    "Geen erkenning door een databank bekend. De handreiking over de pilot beschrijft de methode "
    "met haar theoretische onderbouwing en toetst haar aan bestaand onderzoek om de werkzame "
    "elementen te benoemen."
)
COST_NOTES = "De bronnen over de pilot noemen geen kosten."
GUIDE_EVALUATION = {
    "type": "evaluation",
    "value": {
        "title": "Handreiking pilot Veilige Wijken",
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
            "",
        ),
        step(
            "start",
            "Vorm een kerngroep van bewoners en organisaties",
            "Breng de sleutelfiguren en organisaties bij elkaar. Bespreek in brainstormsessies wat "
            "volgens hen in deze buurt zal werken, in plaats van een draaiboek uit een andere stad "
            "over te nemen. Spreek de kernwaarden af: bewoners zijn eigenaar, de diversiteit is "
            "oprecht en mensen ontmoeten elkaar die elkaar anders niet zouden treffen.",
            "Sleutelfiguren en lokale organisaties, begeleid door Alle Kleuren",
            "",
        ),
        step(
            "carry_out",
            "Vier en herdenk met de hele buurt",
            "Organiseer activiteiten rond vaste momenten in het jaar, zoals de herdenking op "
            "4 mei, een ontbijt op Bevrijdingsdag, Keti Koti of een buurtfeest rond Pride. Zoek "
            "partners als de bibliotheek om mee samen te werken.",
            "De kerngroep met partners in de wijk",
            "",
        ),
        step(
            "carry_out",
            "Houd een reeks diversiteitsbijeenkomsten",
            "Kies per bijeenkomst een thema dat bewoners raakt, bijvoorbeeld veiligheid, "
            "ondernemen, jongeren, mensenrechten, racisme of sport. Zo bereikt u steeds andere "
            "bewoners, die op hun beurt weer buren meenemen.",
            "De kerngroep en sleutelfiguren",
            "",
        ),
        step(
            "embed",
            "Maak bewoners eigenaar en houd ze vast",
            "Ondersteun bewoners die zelf iets willen organiseren, geef vrijwilligers erkenning "
            "en spreek met de gemeente af hoe zij initiatieven blijft steunen.",
            "Kerngroep en gemeente",
            "",
        ),
    ],
    "working_elements": [
        working_element(
            "Ontmoeting tussen groepen die elkaar anders niet treffen",
            "Bewoners leren elkaar kennen tijdens activiteiten die ze samen voorbereiden en "
            "beleven, ook mensen die elkaar anders niet snel zouden treffen.",
            ALLE_KLEUREN_INTERVIEW,
        ),
        working_element(
            "Diversiteit als verbindende factor",
            "Verschillen worden gevierd en herdacht in plaats van benoemd als probleem. Omdat "
            "de aanpak alle bewoners aanspreekt, zet hij geen groep apart en voedt hij geen "
            "polarisatie.",
            ALLE_KLEUREN_INTERVIEW,
        ),
        working_element(
            "Uitgaan van talenten in plaats van labels",
            "Mensen worden gevraagd om wat ze kunnen en willen bijdragen, niet om de groep die "
            "ze zouden vertegenwoordigen.",
            ALLE_KLEUREN_INTERVIEW,
        ),
        working_element(
            "Eigenaarschap bij bewoners en sleutelfiguren",
            "Bewoners bedenken en organiseren de activiteiten zelf, uit eigen motivatie en om hun "
            "eigen wijk te verbeteren.",
            ALLE_KLEUREN_INTERVIEW,
        ),
    ],
    "theory_of_change": paragraphs(
        "Alle Kleuren ziet veiligheid als een basiswaarde: een wijk is pas veilig als iedereen "
        "zich er veilig voelt, lhbti+ inwoners inbegrepen. Door alle bewoners te betrekken in "
        "plaats van één groep, wil de aanpak buiten de polarisatie blijven.",
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
    "duration": "In de pilot van medio 2021 tot eind 2022",
    "intensity": "",
    "cost_band": "",
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
            "",
        ),
        step(
            "start",
            "Stel de veiligheidsalliantie samen",
            "Nodig de wijkagent, het welzijnswerk, bewonersinitiatieven, lokale zelforganisaties "
            "en lhbti+ organisaties uit. Verdeel de rollen en plan overleg op tijden waarop ook "
            "vrijwilligers kunnen aanschuiven.",
            "Projectleider, gemeente en partners in de wijk",
            "Reken op een paar maanden voordat het echt begint",
        ),
        step(
            "carry_out",
            "Deel signalen in een vast overleg",
            "Bespreek wat er in de wijk speelt, welke incidenten er waren en wie welke actie "
            "neemt. Houd bij welke patronen zich aftekenen.",
            "Alle partners in de alliantie",
            "",
        ),
        step(
            "carry_out",
            "Train de professionals in de wijk",
            "Laat partners elkaar trainen in het herkennen van onveiligheid voor lhbti+ inwoners "
            "en in het omgaan met zulke situaties. Ga ook op gelijke voet in gesprek met "
            "jongeren, zodat jongerenwerkers horen wat er echt speelt.",
            "Partners met expertise, zoals de uitvoerende emancipatieorganisatie",
            "",
        ),
        step(
            "carry_out",
            "Laat bewoners weten waar ze terechtkunnen",
            "Maak bekend bij wie bewoners onveiligheid kunnen melden, welke maatregelen volgen "
            "en wat die opleveren. Deel signalen op een zorgvuldige manier met de wijk.",
            "De alliantie, met de gemeente als afzender",
            "",
        ),
        step(
            "embed",
            "Borg de alliantie en verbind haar met anderen",
            "Leg vast wie de alliantie na de startperiode trekt, sluit aan bij stedelijke "
            "structuren en wissel ervaringen uit met andere gemeenten of buurgemeenten.",
            "Gemeente en partners",
            "",
        ),
    ],
    "working_elements": [
        working_element(
            "Ketensamenwerking met een heldere rolverdeling",
            "Partners uit veiligheid, welzijn en de gemeenschap spreken per signaal af wie wat "
            "doet.",
            SAMEN_INTERVIEW,
        ),
        working_element(
            "Signalen bundelen tot één beeld van de wijk",
            "Door meldingen van verschillende partners naast elkaar te leggen worden blinde "
            "vlekken en trends zichtbaar.",
            SAMEN_INTERVIEW,
        ),
        working_element(
            "Deskundigheid van professionals vergroten",
            "Professionals in de wijk worden getraind om oog te krijgen voor onveiligheid en om "
            "met onveilige situaties om te gaan.",
            SAMEN_INTERVIEW,
        ),
        working_element(
            "Meer ogen en oren in de wijk",
            "Meer mensen in de wijk letten op onveilige situaties en geven die door, zodat de "
            "gemeente sneller weet wat er speelt.",
            SAMEN_INTERVIEW,
        ),
    ],
    "theory_of_change": paragraphs(
        "Als meer mensen in de wijk onveilige situaties signaleren en de partners die signalen "
        "delen, ziet de gemeente trends eerder en weet zij welke wijk welke aanpak nodig heeft.",
        "Bewoners die weten bij wie ze terechtkunnen, welke maatregelen volgen en wat die "
        "opleveren, kunnen onveiligheid melden; zo kunnen onveilige plekken worden aangepakt en "
        "op den duur voorkomen.",
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
    "duration": "In de pilot van medio 2021 tot eind 2022",
    "intensity": "",
    "cost_band": "",
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
            evidence_level=EvidenceLevel.NONE,
            evidence_source="",
            evidence_notes=EVIDENCE_NOTES,
            databank_id="",
            databank_url="",
            evidence_assessed_on=None,
            evidence_valid_until=None,
            municipalities=[],
            # The sources give no publication date; Wagtail's own publishing date serves.
            first_published=None,
        )
    return methods
