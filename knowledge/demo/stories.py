"""Interviews, articles and practical tips: the stories and lessons around the demo methods."""

from knowledge.demo.helpers import (
    bullets,
    heading,
    link,
    paragraph,
    paragraphs,
    related,
    upsert_page,
)
from knowledge.models import ArticlePage, Effort, InterviewPage, Phase, PracticalTipPage

EDITORIAL_NOTE = paragraph(
    "De redactie van Wijkkompas heeft de antwoorden hieronder samengevat en in eigen woorden "
    "weergegeven."
)


def question(text):
    return {"type": "question", "value": {"question": text}}


def answer(speaker, *texts):
    return {"type": "answer", "value": {"speaker": speaker, "answer": paragraphs(*texts)}}


# Interviews -------------------------------------------------------------------------------

VERBOOM = "Gert-Jan Verboom (Dona Daria)"
VAN_MALDE = "Bert van Malde (Dona Daria)"
EL_ABBAS = "Hicham el Abbas (gemeente Rotterdam)"
KOOT = "Jaika Koot (Alle Kleuren Oost)"
KES = "Sebas Kes (Alle Kleuren Oost)"
AXWIJK = "Sharon Axwijk (BGBF)"

INTERVIEWS = [
    {
        "slug": "samen-in-de-wijk-rotterdam-meer-ogen-en-oren",
        "title": "Samen in de Wijk in Rotterdam: meer ogen en oren voor veiligheid",
        "intro": (
            "Twee projectleiders van Dona Daria en een beleidsadviseur van de gemeente Rotterdam "
            "vertellen hoe Samen in de Wijk begon, waar de pilot op stuitte en wanneer zij hem "
            "geslaagd vinden."
        ),
        "interviewees": ["Gert-Jan Verboom", "Bert van Malde", "Hicham el Abbas"],
        "method": "samen-in-de-wijk",
        "case_study": "samen-in-de-wijk-rotterdam",
        # A paraphrase is no quotation: no pull quote.
        "pull_quote": "",
        "pull_quote_attribution": "",
        "first_published": None,
        "themes": ["sociale-veiligheid", "lhbti-acceptatie", "samenwerking-in-de-wijk"],
        "target_groups": [
            "lhbti-inwoners",
            "professionals-in-de-wijk",
            "beleidsmedewerkers-gemeente",
        ],
        "organisations": ["dona-daria", "gemeente-rotterdam", "natuurlijk-samen"],
        "municipalities": ["rotterdam"],
        "body": [
            EDITORIAL_NOTE,
            paragraph(
                "In de pilot Veilige Wijken van het programma Regenboogsteden brachten Stichting "
                "Alle Kleuren en Dona Daria hun aanpak naar andere gemeenten. Samen in de Wijk "
                "startte in Eindhoven, Nissewaard, Roosendaal en Rotterdam. Dit gesprek gaat over "
                "Rotterdam."
            ),
            question("Waar komt Samen in de Wijk vandaan?"),
            answer(
                VERBOOM,
                "Dona Daria is in 2006 opgezet door vijf vrouwenorganisaties, elk met een eigen "
                "achtergrond en overtuiging. In het begin draaide het vooral om vrouwen die "
                "economisch op eigen benen staan. Nu zijn we een brede emancipatieorganisatie die "
                "tegelijk kijkt naar cultuur, gender, racisme en de positie van lhbti+ personen.",
                "In Rotterdam doen we mee in Natuurlijk Samen, een alliantie die op stadsniveau "
                "werkt aan veiligheid en leefbaarheid voor lhbti+ inwoners. Voor de pilot hebben "
                "we die werkwijze teruggebracht tot de schaal van één wijk.",
            ),
            question("Hoe ging de start?"),
            answer(
                VERBOOM,
                "Het is mooi dat gemeenten hier prioriteit aan geven en dat beleidsmedewerkers "
                "willen. Er groeit ook begrip dat lhbti+ personen onderling sterk verschillen. "
                "Toch staan de gemeenten op heel verschillende punten met hun beleid en hun "
                "netwerk.",
                "Onderschat niet hoeveel tijd het kost om een gemeenschap op te bouwen. "
                "Beleidsmedewerkers hebben er weinig uren voor en veel partners zijn "
                "vrijwilligersclubs die niet wekelijks overdag kunnen vergaderen. Met "
                "vakanties en uitval door corona erbij ben je zo een paar maanden verder. En als "
                "er in de stad nog niets staat, is het lastig om in één wijk te beginnen.",
            ),
            answer(
                VAN_MALDE,
                "Iedereen met wie we spraken wil graag concreet aan de slag. Maar voor de ene "
                "gemeente is een regenboogvlag bij het stadhuis al een flinke stap, terwijl een "
                "andere al veel verder is.",
            ),
            question("Wat viel op in het contact met jongeren?"),
            answer(
                VERBOOM,
                "Jongeren hebben niet altijd vertrouwen in jongerenwerkers; ze denken dat die hun "
                "wereld niet kennen. Een eerlijk gesprek op voet van gelijkheid helpt. Dan horen "
                "de jongerenwerkers wat er werkelijk in de wijk gebeurt.",
            ),
            question("Wat willen jullie over een paar jaar bereikt hebben?"),
            answer(
                VERBOOM,
                "Een vast overleg waarin partners hun signalen delen, elkaar trainen en die kennis "
                "gebruiken om onveiligheid in de buurt te lijf te gaan. Bewoners moeten weten waar ze "
                "met een incident naartoe kunnen, welke maatregelen er volgen en wat die "
                "opleveren. En ik zou graag blijven samenwerken met Alle Kleuren en alle "
                "pilotgemeenten bij elkaar brengen om van elkaar te leren.",
            ),
            answer(
                VAN_MALDE,
                "Veel kleinere gemeenten willen ook meedoen. Samen met buurgemeenten kan dat "
                "soms. Het zou mooi zijn als de aanpak over een paar jaar in heel wat meer buurten "
                "in de regio draait.",
            ),
            question("Waarom doet de gemeente Rotterdam mee?"),
            answer(
                EL_ABBAS,
                "Mijn team, Inclusief Samenleven, werkt er onder meer aan dat vrouwen, meisjes en "
                "lhbtqia+ personen veilig over straat kunnen. Mijn eigen portefeuille omvat "
                "daarnaast racisme en het tegengaan van discriminatie.",
                "We willen meer per wijk werken. Dan kun je beter inspelen op wat er in een buurt "
                "gebeurt en wordt de aanpak tastbaarder. Deze pilot past daar precies bij.",
            ),
            question("Wat moet de pilot opleveren?"),
            answer(
                EL_ABBAS,
                "We hebben nog blinde vlekken over de veiligheid in wijken. Met meer mensen die "
                "onveilige situaties opmerken, zien we patronen eerder en weten we wat elke "
                "wijk aan aanpak vraagt. In de pilotwijk bouwen we aan een netwerk en trainen we "
                "professionals.",
                "Geslaagd is het als we beter weten hoe veilig de wijk is, hoe we onveiligheid "
                "aanpakken en voorkomen, en als partners elkaar makkelijker vinden. Mijn ideaal: "
                "dat we over enkele jaren weten waar lhbtqia+ personen zich onveilig voelen of "
                "zijn, en dat zij weten waar ze met een hulpvraag terechtkunnen.",
            ),
        ],
    },
    {
        "slug": "alle-kleuren-verbinden-vraagt-lef",
        "title": "Alle Kleuren: verbinden vraagt lef en maatwerk",
        "intro": (
            "Twee kernteamleden van Alle Kleuren Oost en de kwartiermaker van BGBF, het "
            "antidiscriminatiebureau in Flevoland, vertellen over de gedachte achter Alle Kleuren "
            "en de eerste ervaringen in de pilot, onder meer in Almere."
        ),
        "interviewees": ["Jaika Koot", "Sebas Kes", "Sharon Axwijk"],
        "method": "alle-kleuren",
        "case_study": "alle-kleuren-almere",
        # A paraphrase is no quotation: no pull quote.
        "pull_quote": "",
        "pull_quote_attribution": "",
        "first_published": None,
        "themes": [
            "inclusie-en-diversiteit",
            "lhbti-acceptatie",
            "participatie-en-bewonersinitiatief",
        ],
        "target_groups": ["bewoners-van-de-wijk", "sleutelfiguren", "lhbti-inwoners"],
        "organisations": [
            "alle-kleuren-oost",
            "stichting-alle-kleuren",
            "bureau-gelijke-behandeling-flevoland",
        ],
        "municipalities": ["almere", "amsterdam"],
        "body": [
            EDITORIAL_NOTE,
            paragraph(
                "Alle Kleuren begon als bewonersinitiatief in de Amsterdamse Indische Buurt, rond "
                "de dodenherdenking van 2013. In de pilot Veilige Wijken ging het kernteam aan de "
                "slag in Lelystad, Almere, Groningen en stadsdeel Amsterdam-West."
            ),
            question("Wat is Alle Kleuren eigenlijk?"),
            answer(
                KOOT,
                "Het is vooral een manier van kijken. Zie je diversiteit en inclusie als iets wat "
                "de buurt bindt en wat je viert, dan hoor je erbij.",
            ),
            answer(
                KES,
                "Om het kernteam heen zit een grotere kring van bewoners en organisaties. Na de "
                "herdenking op 4 mei organiseren we op 5 mei vaak een ontbijt met de bibliotheek. "
                "Er waren ook bijeenkomsten rond de Dag van de Empathie, Keti Koti, een iftar "
                "met een roze tintje en de Tula-herdenking. Bewoners nemen vaak weer anderen mee, "
                "en sommigen gaan daarna zelf iets organiseren.",
            ),
            question("Wat heeft dat met veiligheid te maken?"),
            answer(
                KOOT,
                "Veiligheid is voor ons een basiswaarde. Een wijk is pas veilig als iedereen zich "
                "er veilig voelt, dus ook lhbti+ bewoners. We blijven bewust weg van polarisatie "
                "en keren ons tegen elke vorm van discriminatie. Juist door iedereen mee te nemen "
                "wordt het veilig.",
                "Daarnaast gaan we uit van talenten. Bij diversiteitsprojecten hoor je soms dat "
                "een groep is afgevinkt, en dan ontbreekt de echte bedoeling. Wij vragen mensen "
                "wat ze kunnen, los van elk label.",
            ),
            answer(
                KES,
                "Pride Oost is bij ons een echt buurtfeest. Mensen die elkaar anders nooit "
                "tegenkomen, raken daar met elkaar aan de praat.",
            ),
            question("Hoe verliep de pilot tot nu toe?"),
            answer(
                KOOT,
                "Na jaren van vrijwilligerswerk is het geweldig dat een organisatie dit "
                "professioneel oppakt. Lastig was dat we geen uitgeschreven methode hadden: Alle "
                "Kleuren is in negen jaar gegroeid uit netwerken en de eigen motivatie van "
                "bewoners.",
            ),
            answer(
                KES,
                "We moeten flexibel zijn, want geen gemeente is hetzelfde. Eerst moet helder zijn "
                "wie de sleutelfiguren zijn en welke organisaties mee willen doen, en dan moeten "
                "die mensen elkaar ook echt ontmoeten. Dat kost tijd. Elke stad heeft een eigen "
                "tempo; je gaat zelden in een rechte lijn naar je doel. Daarom kopiëren we "
                "Amsterdam-Oost niet, maar vragen we bewoners wat in hun buurt zal werken.",
            ),
            answer(
                KOOT,
                "Ik hoop dat alles wat in de geest van Alle Kleuren gebeurt, draait om "
                "eigenaarschap, oprechte diversiteit en mensen samenbrengen die elkaar anders "
                "niet zouden ontmoeten. Zoek de overeenkomsten tussen bewoners, niet de "
                "verschillen, en wees daar creatief in.",
            ),
            question("Waarom koos Almere voor Alle Kleuren?"),
            answer(
                AXWIJK,
                "We werkten in Almere al met sleutelfiguren: bewoners met wie we bijeenkomsten "
                "opzetten over diversiteit, verbinding en gelijke kansen. Zij volgen een "
                "programma van 24 uur waarin ze leren gesprekken over taboes op te zetten en te "
                "begeleiden. Wie meedoet, komt iets halen en iets brengen.",
                "Alle Kleuren sluit aan bij wat bewoners zelf willen, dus we hebben de methode en "
                "onze training samengevoegd onder de naam Almere verbindt. De groep "
                "sleutelfiguren is niet groot, maar wel zeer gemotiveerd.",
            ),
            question("Wat is nodig om er een succes van te maken?"),
            answer(
                AXWIJK,
                "Een gemeente die dichtbij staat. Ik heb direct contact met de senior "
                "beleidsadviseur en soms met de wethouder. De gemeente kan niemand dwingen, maar "
                "wel initiatieven ondersteunen, ook met geld, en de juiste deskundigen laten "
                "meedenken. Organisaties moeten met elkaar werken in plaats van naast elkaar.",
                "Vrijwilligers verdienen erkenning; hun vrije tijd is schaars. En kies voor "
                "kwaliteit boven aantallen. Het vertrouwen in de politiek is laag, dus dat moet "
                "je terugwinnen, en daarbij helpt onze onafhankelijke positie. Als er één persoon "
                "komt die een volgende keer een buur of vriend meebrengt, is dat al winst.",
            ),
        ],
    },
]


def build_interviews(index, taxonomy, methods, case_studies):
    interviews = {}
    for data in INTERVIEWS:
        fields = dict(data)
        slug = fields.pop("slug")
        fields["interviewees"] = taxonomy.pick("people", fields["interviewees"])
        fields["source_method"] = methods[fields.pop("method")]
        fields["source_case_study"] = case_studies[fields.pop("case_study")]
        fields["themes"] = taxonomy.pick("themes", fields["themes"])
        fields["target_groups"] = taxonomy.pick("target_groups", fields["target_groups"])
        fields["organisations"] = taxonomy.pick("organisations", fields["organisations"])
        fields["municipalities"] = taxonomy.pick("municipalities", fields["municipalities"])
        interviews[slug] = upsert_page(index, InterviewPage, slug, **fields)
    return interviews


# Articles ---------------------------------------------------------------------------------


def articles(methods, case_studies):
    """The article data; related pages need the pages the other builders made."""
    pilot_cases = [page for page in case_studies.values() if page.method_id]
    local_cases = [page for page in case_studies.values() if not page.method_id]
    return [
        {
            "slug": "handreiking-veilige-wijken-verschenen",
            "title": "Handreiking over de pilot Veilige Wijken verschenen",
            "article_type": ArticlePage.ArticleType.ANNOUNCEMENT,
            "intro": (
                "Acht Regenbooggemeenten probeerden van medio 2021 tot eind 2022 in hun wijken een "
                "aanpak uit voor de veiligheid van lhbti+ inwoners. Een nieuwe handreiking zet de "
                "twee methoden en de lessen uit de pilot op een rij."
            ),
            "first_published": None,
            "themes": ["lhbti-acceptatie", "sociale-veiligheid"],
            "target_groups": ["beleidsmedewerkers-gemeente", "lhbti-inwoners"],
            "organisations": ["dona-daria", "stichting-alle-kleuren", "ministerie-van-ocw"],
            "municipalities": [
                "lelystad",
                "almere",
                "groningen",
                "amsterdam",
                "eindhoven",
                "nissewaard",
                "roosendaal",
                "rotterdam",
            ],
            "body": [
                paragraph(
                    "De pilot Veilige Wijken hoort bij Regenboogsteden, het programma van het "
                    "ministerie van OCW waarin 57 gemeenten werken aan de acceptatie, veiligheid "
                    "en emancipatie van lhbti+ inwoners. Acht van die gemeenten kozen in de pilot "
                    "één van twee methoden om de veiligheid in de eigen wijk te vergroten.",
                ),
                heading("Twee methoden"),
                paragraph(
                    "Alle Kleuren, van Stichting Alle Kleuren, verbindt bewoners via een "
                    "kerngroep die evenementen en diversiteitsbijeenkomsten organiseert. Samen in "
                    "de Wijk, van Dona Daria, bouwt een veiligheidsalliantie van partners in de "
                    "wijk die signalen deelt en rollen verdeelt. Beide methoden bestonden al, zijn "
                    "voor de pilot geschikt gemaakt voor elke Nederlandse wijk en zijn "
                    "vergeleken met wetenschappelijke kennis om de werkzame elementen te benoemen.",
                ),
                heading("Wat staat er in de handreiking?"),
                {
                    "type": "paragraph",
                    "value": bullets(
                        "Hoofdstuk 1: waarom de pilot er kwam en hoe hij was opgezet.",
                        "Hoofdstuk 2: Alle Kleuren.",
                        "Hoofdstuk 3: Samen in de Wijk.",
                        "Hoofdstuk 4: hoe de pilot in de praktijk werkte, onderdeel voor "
                        "onderdeel.",
                        "Hoofdstuk 5: conclusies, lessen en praktische tips voor gemeenten die "
                        "met veiligheid in de wijk willen beginnen.",
                        lead="De handreiking is geschreven voor gemeenteambtenaren en anderen die "
                        "de veiligheid van lhbti+ inwoners per wijk willen aanpakken. Ze telt vijf "
                        "hoofdstukken:",
                    ),
                },
                paragraph(
                    "Naast de handreiking zijn er van beide methoden one-pagers gemaakt, bedoeld "
                    "voor wie de methode in de praktijk wil inzetten.",
                ),
            ],
            "related_pages": related(*methods.values(), *pilot_cases),
        },
        {
            "slug": "estafette-rotterdam-veiligheid-en-leefbaarheid",
            "title": "Estafette in Rotterdam: veiligheid en leefbaarheid maak je samen",
            "article_type": ArticlePage.ArticleType.REPORT,
            "intro": (
                "Tijdens de estafette Vernieuwing Lokaal Bestuur spraken in Rotterdam zo'n "
                "tachtig politici, ambtenaren, bewoners en professionals over acht initiatieven "
                "voor een veilige en leefbare buurt. Een verslag, met de conclusies."
            ),
            "first_published": None,
            "themes": ["participatie-en-bewonersinitiatief", "leefbaarheid", "veiligheid"],
            "target_groups": [
                "beleidsmedewerkers-gemeente",
                "bewoners-van-de-wijk",
                "professionals-in-de-wijk",
            ],
            "organisations": ["ministerie-van-bzk"],
            "municipalities": ["rotterdam", "gorinchem", "den-haag", "schiedam"],
            "body": [
                paragraph(
                    "In het najaar van 2018 trokken Binnenlands Bestuur, het Nederlands Gesprek "
                    "Centrum en het ministerie van BZK door het land met een estafette over de "
                    "vernieuwing van het lokaal bestuur. De gedachte: inwoners willen niet "
                    "alleen bij verkiezingen meepraten, maar blijvend betrokken zijn bij het "
                    "beleid in hun gemeente. Eerdere etappes gingen over sociaal beleid en de "
                    "energietransitie.",
                    "De derde bijeenkomst vond plaats op 22 november 2018 in debatcentrum "
                    "Arminius in Rotterdam. Het thema was veiligheid en leefbaarheid. De meeste "
                    "voorbeelden kwamen uit Rotterdam, maar ook Gorinchem en Den Haag waren van de "
                    "partij.",
                ),
                heading("Acht initiatieven"),
                paragraph(
                    "In kleine groepen bespraken deelnemers en initiatiefnemers hoe de projecten "
                    "verder kunnen en wat anderen ervan kunnen leren. Aan bod kwamen onder meer "
                    "een buurtpreventieteam in Gorinchem-Oost dat nu ook op kwetsbare buren "
                    "let, Humanitas in de Afrikaanderwijk, Buurt Bestuurt, het "
                    "bedrijventerrein Spaanse Polder, Oost Pact Door in Schiedam, het bewonerspark "
                    "Wollefoppengroen, het buurtbudget van Mooi, Mooier Middelland en het Haagse "
                    "project Bart! over buurtbewoners op sociale media.",
                ),
                heading("Conclusies"),
                {
                    "type": "paragraph",
                    "value": bullets(
                        "Geef professionals in de wijk één loket voor meldingen en opvolging, en "
                        "regel zaken dicht bij huis, makkelijk bereikbaar en herkenbaar voor "
                        "bewoners.",
                        "Steek energie in buurten waar weinig vertrouwen en samenhang is, niet "
                        "alleen in buurten waar bewoners al actief zijn.",
                        "Wantrouwen roept wantrouwen op: laat bewoners zelf kiezen en prioriteren, "
                        "met vrijheid en verantwoordelijkheid.",
                        "Stuur op wat het werk de samenleving oplevert, niet op kpi's. Dat vraagt "
                        "vertrouwen van managers in hun professionals.",
                        lead="De gespreksleiders vatten de middag samen in vier lessen:",
                    ),
                },
            ],
            "related_pages": related(*local_cases),
        },
        {
            "slug": "dag-van-de-buurt-bewoners-zijn-de-kracht",
            "title": "Dag van de Buurt: bewoners zijn de kracht van kwetsbare wijken",
            "article_type": ArticlePage.ArticleType.NEWS,
            "intro": (
                "Op het online congres Dag van de Buurt in januari 2021 ging het over wat "
                "bewoners zelf bijdragen aan een veilige en leefbare wijk. Ook werd wijkwijzer.org "
                "gelanceerd. Daan de Bruijn, onderzoeker bij Movisie, blikt terug."
            ),
            "first_published": None,
            "authors": [],
            "themes": [
                "leefbaarheid",
                "participatie-en-bewonersinitiatief",
                "samenwerking-in-de-wijk",
            ],
            "target_groups": [
                "bewoners-van-de-wijk",
                "professionals-in-de-wijk",
                "beleidsmedewerkers-gemeente",
            ],
            "organisations": ["movisie", "platform31", "ministerie-van-bzk"],
            "municipalities": [],
            "body": [
                paragraph(
                    "Op donderdag 28 januari 2021 werd de Dag van de Buurt voor het eerst "
                    "gehouden: een online congres over kwetsbare wijken met zo'n 1600 deelnemers. De boodschap: de "
                    "kracht van zulke wijken zit vooral in hun bewoners en hun talenten. Volgens Daan de Bruijn, onderzoeker bij Movisie, lieten de "
                    "voorbeelden zien dat het in kwetsbare wijken niet alleen om ellende gaat. "
                    "Bewoners weten goed wat hun wijk nodig heeft en verdienen het om serieus "
                    "genomen te worden.",
                ),
                heading("Wijkwijzer.org"),
                paragraph(
                    "Het congres wilde inwoners, beleidsmakers, bestuurders en professionals uit "
                    "welzijn, wonen, politie en zorg dichter bij elkaar brengen. Tijdens de dag "
                    "ging wijkwijzer.org online: een kennis- en leerplatform over leefbaarheid en "
                    "veiligheid in de wijk. Movisie en Platform31 bouwden het samen met LSA "
                    "Bewoners en een landelijk platform voor wijkgericht werken, rond de vraag welke "
                    "leervragen er in wijken leven en welk aanbod nog ontbreekt.",
                ),
                link("Naar wijkwijzer.org", "https://wijkwijzer.org/"),
                heading("Begin bij de dialoog"),
                paragraph(
                    "Bewoners helpen elkaar al uit zichzelf en hebben eigen ideeën over een "
                    "veiliger en prettiger buurt. De Bruijn ziet in een wijk waar hij werkt dat "
                    "bewoners overlast en spanningen tussen oude en nieuwe buren ervaren, maar ook "
                    "zelf oplossingen bedenken. Een wijkaanpak begint daarom niet op het stadhuis "
                    "maar in gesprek met de mensen om wie het gaat; hun kijk kan flink afwijken van "
                    "die van beleidsmakers.",
                ),
                heading("Samenwerken en de sociale basis"),
                paragraph(
                    "Een leefbare buurt vraagt ook om goed onderwijs, werk, sociale veiligheid en "
                    "passende woningen. Het ministerie van Binnenlandse Zaken zette in 2020 samen "
                    "met onder meer Movisie en Platform31 een nieuwe wijkaanpak op de agenda. "
                    "Professionals in zorg, wonen en welzijn moeten hun inzet op elkaar afstemmen, "
                    "bijvoorbeeld wanneer een politieagent of corporatiemedewerker zich zorgen "
                    "maakt over een bewoner.",
                    "Sociaal werkers staan dicht bij bewoners en vangen signalen op. Volgens De "
                    "Bruijn kunnen zij ook helpen bewoners hun stem te laten horen en problemen "
                    "zelf agenderen bij gemeenten en corporaties. Na jaren van bezuinigingen op "
                    "welzijn pleit hij voor meer ruimte voor opbouw- en jongerenwerk en een "
                    "collectieve aanpak, naast de individuele hulp van wijkteams.",
                ),
            ],
            "related_pages": [],
        },
    ]


def build_articles(index, taxonomy, methods, case_studies):
    built = {}
    for data in articles(methods, case_studies):
        fields = dict(data)
        slug = fields.pop("slug")
        fields["authors"] = []
        fields["themes"] = taxonomy.pick("themes", fields["themes"])
        fields["target_groups"] = taxonomy.pick("target_groups", fields["target_groups"])
        fields["organisations"] = taxonomy.pick("organisations", fields["organisations"])
        fields["municipalities"] = taxonomy.pick("municipalities", fields["municipalities"])
        built[slug] = upsert_page(index, ArticlePage, slug, **fields)
    return built


# Practical tips ---------------------------------------------------------------------------


def steps(*texts):
    return [{"type": "step", "value": text} for text in texts]


PILOT_SAMEN = ["eindhoven", "nissewaard", "roosendaal", "rotterdam"]
PILOT_ALLE_KLEUREN = ["lelystad", "almere", "groningen", "amsterdam"]

TIPS = [
    {
        "slug": "plan-maanden-voor-het-opbouwen-van-een-netwerk",
        "title": "Plan maanden voor het opbouwen van een netwerk",
        "tip": "Plan enkele maanden in voor het opbouwen van een netwerk voordat de aanpak echt "
        "kan beginnen.",
        "intro": "Een alliantie of kerngroep staat niet in een paar weken. Wie daar in de "
        "planning rekening mee houdt, voorkomt teleurstelling bij partners en bestuurders.",
        "why": paragraphs(
            "In de pilot Veilige Wijken duurde het in de meeste gemeenten maanden voordat de "
            "juiste mensen om tafel zaten. Beperkte uren, vakanties en uitval tijdens corona "
            "zorgden voor extra vertraging."
        ),
        "how": steps(
            "Reken in de projectplanning een aparte opbouwfase van enkele maanden.",
            "Leg die fase vooraf uit aan bestuurders, zodat niemand direct resultaten verwacht.",
            "Houd rekening met vakantieperiodes bij het plannen van de eerste bijeenkomsten.",
        ),
        "pitfalls": paragraphs(
            "Een startdatum vastleggen voor activiteiten voordat het netwerk staat."
        ),
        "phase": Phase.START,
        "effort": Effort.MEDIUM,
        "source_method": "samen-in-de-wijk",
        "themes": ["samenwerking-in-de-wijk"],
        "target_groups": ["beleidsmedewerkers-gemeente"],
        "organisations": ["dona-daria"],
        "municipalities": PILOT_SAMEN,
    },
    {
        "slug": "vergader-buiten-kantoortijden",
        "title": "Vergader buiten kantoortijden met vrijwilligerspartners",
        "tip": "Plan overleg op tijden waarop ook vrijwilligersorganisaties kunnen aanschuiven.",
        "intro": "Veel partners in een wijk draaien op vrijwilligers met een baan. Een overleg "
        "op dinsdagochtend sluit hen buiten.",
        "why": paragraphs(
            "In de pilot bleek dat lokale vrijwilligersorganisaties niet elke week overdag "
            "konden meedoen. Juist zij hebben vaak de beste ingang bij bewoners."
        ),
        "how": steps(
            "Vraag partners vooraf welke dagen en tijden voor hen haalbaar zijn.",
            "Kies voor avondoverleg of wissel overdag en 's avonds af.",
            "Bied wie niet kan een korte samenvatting en een manier om toch input te geven.",
        ),
        "pitfalls": paragraphs(
            "Vergaderen in het ritme van de gemeente in plaats van dat van de wijk."
        ),
        "phase": Phase.CARRY_OUT,
        "effort": Effort.LOW,
        "source_method": "samen-in-de-wijk",
        "themes": ["samenwerking-in-de-wijk", "participatie-en-bewonersinitiatief"],
        "target_groups": ["beleidsmedewerkers-gemeente", "professionals-in-de-wijk"],
        "organisations": ["dona-daria"],
        "municipalities": PILOT_SAMEN,
    },
    {
        "slug": "begin-met-een-sociale-kaart",
        "title": "Begin met een sociale kaart van sleutelfiguren",
        "tip": "Breng eerst in kaart wie de sleutelfiguren en organisaties in de wijk zijn.",
        "intro": "Wie de wijk wil verbinden, moet weten wie er al mensen verbindt. Een sociale "
        "kaart is het vertrekpunt van Alle Kleuren in elke nieuwe gemeente.",
        "why": paragraphs(
            "Geen wijk is hetzelfde. Door te beginnen met de mensen en organisaties die er al "
            "zijn, sluit de aanpak aan bij wat er leeft en hoeft niemand het wiel opnieuw uit "
            "te vinden."
        ),
        "how": steps(
            "Vraag wijkwerkers, de wijkagent en actieve bewoners wie zij als spil in de buurt zien.",
            "Noteer per persoon of organisatie welke groep bewoners zij bereiken.",
            "Nodig de sleutelfiguren uit voor een eerste brainstorm over wat in deze buurt werkt.",
        ),
        "pitfalls": paragraphs(
            "Alleen de bekende, georganiseerde partners benaderen, waardoor groepen buiten "
            "beeld blijven."
        ),
        "phase": Phase.EXPLORE,
        "effort": Effort.MEDIUM,
        "source_method": "alle-kleuren",
        "themes": ["inclusie-en-diversiteit", "participatie-en-bewonersinitiatief"],
        "target_groups": ["sleutelfiguren", "beleidsmedewerkers-gemeente"],
        "organisations": ["stichting-alle-kleuren"],
        "municipalities": PILOT_ALLE_KLEUREN,
    },
    {
        "slug": "geef-vrijwilligers-erkenning",
        "title": "Geef vrijwilligers erkenning",
        "tip": "Laat vrijwilligers merken dat hun inzet gezien en gewaardeerd wordt.",
        "intro": "Sleutelfiguren geven hun schaarse vrije tijd aan de wijk. Zonder waardering "
        "haken ze af.",
        "why": paragraphs(
            "In Almere merkte de kwartiermaker dat er veel van vrijwilligers wordt gevraagd, "
            "terwijl ze er nauwelijks erkenning voor terugkrijgen. Vrijwilligerswerk is niet "
            "langer vanzelfsprekend."
        ),
        "how": steps(
            "Bedank vrijwilligers persoonlijk en openbaar, bijvoorbeeld door de wethouder.",
            "Bied iets terug, zoals een training of certificaat.",
            "Vraag regelmatig wat vrijwilligers nodig hebben om door te gaan.",
        ),
        "pitfalls": paragraphs("Vrijwilligers behandelen als gratis uitvoerders van beleid."),
        "phase": Phase.EMBED,
        "effort": Effort.LOW,
        "source_case_study": "alle-kleuren-almere",
        "themes": ["participatie-en-bewonersinitiatief"],
        "target_groups": ["sleutelfiguren", "beleidsmedewerkers-gemeente"],
        "organisations": ["bureau-gelijke-behandeling-flevoland"],
        "municipalities": ["almere"],
    },
    {
        "slug": "koppel-terug-aan-wie-iets-meldt",
        "title": "Koppel terug aan wie iets meldt",
        "tip": "Laat bewoners die een signaal doorgeven weten wat ermee is gedaan.",
        "intro": "Vrijwilligers die zorgen over buren doorgeven, willen weten of dat zin had. "
        "Terugkoppeling houdt hen gemotiveerd.",
        "why": paragraphs(
            "De buurtpreventievrijwilligers in Gorinchem-Oost noemden terugkoppeling een grote "
            "motivator. Omdat professionals uit privacyoverwegingen vaak niets mogen zeggen, "
            "gingen vrijwilligers soms zelf hogerop navragen."
        ),
        "how": steps(
            "Spreek af welke terugkoppeling wel kan zonder privacy te schenden.",
            "Laat in elk geval weten dat een melding is ontvangen en opgepakt.",
            "Bespreek periodiek met de groep welke soorten meldingen wat opleverden.",
        ),
        "pitfalls": paragraphs("Privacy gebruiken als reden om helemaal niets terug te zeggen."),
        "phase": Phase.CARRY_OUT,
        "effort": Effort.LOW,
        "source_case_study": "buurtpreventie-gorinchem-oost",
        "themes": ["buurtpreventie", "samenwerking-in-de-wijk"],
        "target_groups": ["bewoners-van-de-wijk", "professionals-in-de-wijk"],
        "organisations": ["buurtpreventie-gorinchem-oost"],
        "municipalities": ["gorinchem"],
    },
    {
        "slug": "laat-bewoners-de-grenzen-van-hun-buurt-bepalen",
        "title": "Laat bewoners de grenzen van hun buurt bepalen",
        "tip": "Laat bewoners zelf bepalen waar hun buurt begint en eindigt.",
        "intro": "Een buurt op de kaart van de gemeente is niet altijd de buurt die bewoners "
        "ervaren. Wie zich niet herkent, doet niet mee.",
        "why": paragraphs(
            "Bij Buurt Bestuurt in Rotterdam is dit een belangrijk aandachtspunt: trekt de "
            "gemeente de grenzen, dan haken bewoners die zich er niet in herkennen af."
        ),
        "how": steps(
            "Leg bewoners een lege kaart voor en vraag waar voor hen de buurt ophoudt.",
            "Gebruik die grenzen voor de actiepunten en de uitnodigingen.",
            "Sta toe dat de grenzen later nog verschuiven.",
        ),
        "pitfalls": paragraphs(
            "Vasthouden aan administratieve wijkgrenzen omdat de cijfers daarop zijn ingedeeld."
        ),
        "phase": Phase.EXPLORE,
        "effort": Effort.LOW,
        "source_case_study": "buurt-bestuurt-rotterdam",
        "themes": ["participatie-en-bewonersinitiatief"],
        "target_groups": ["bewoners-van-de-wijk", "beleidsmedewerkers-gemeente"],
        "organisations": ["buurt-bestuurt"],
        "municipalities": ["rotterdam"],
    },
    {
        "slug": "een-loket-voor-meldingen-van-professionals",
        "title": "Eén loket voor meldingen van professionals",
        "tip": "Geef professionals in de wijk één adres voor meldingen en de opvolging ervan.",
        "intro": "Wie signalen opvangt, moet niet hoeven zoeken waar die heen moeten. Eén "
        "herkenbaar loket maakt melden makkelijk.",
        "why": paragraphs(
            "Dit was een van de conclusies van de estafette over veiligheid en leefbaarheid in "
            "Rotterdam in 2018. Vrijwilligers in Gorinchem-Oost hadden een training nodig om te "
            "weten bij welke professional ze terechtkonden."
        ),
        "how": steps(
            "Wijs één meldpunt aan dat meldingen doorzet naar de juiste partner.",
            "Maak het meldpunt bekend bij alle professionals en vrijwilligers in de wijk.",
            "Spreek af hoe en binnen welke termijn de melder hoort wat er gebeurt.",
        ),
        "pitfalls": paragraphs(
            "Een loket op het stadhuis dat bewoners en professionals in de wijk niet kennen."
        ),
        "phase": Phase.START,
        "effort": Effort.MEDIUM,
        "source_case_study": "buurtpreventie-gorinchem-oost",
        "themes": ["samenwerking-in-de-wijk", "buurtpreventie"],
        "target_groups": ["professionals-in-de-wijk", "beleidsmedewerkers-gemeente"],
        "organisations": ["buurtpreventie-gorinchem-oost"],
        "municipalities": ["gorinchem"],
    },
    {
        "slug": "investeer-in-buurten-met-weinig-vertrouwen",
        "title": "Investeer in buurten met weinig vertrouwen",
        "tip": "Kies bewust ook voor buurten waar weinig onderling vertrouwen en samenhang is.",
        "intro": "Aansluiten bij buurten waar bewoners al actief zijn, is de makkelijke weg. De "
        "grootste winst ligt vaak in buurten waar dat niet zo is.",
        "why": paragraphs(
            "Op de estafette in 2018 kwam dit als conclusie naar voren. In de Afrikaanderwijk, "
            "waar geen enkele vereniging was, werkte Humanitas met wijkondernemers. De kapper in "
            "het buurthuis won het vertrouwen van zijn klanten en gaf ernstige zorgen door."
        ),
        "how": steps(
            "Gebruik cijfers en signalen van professionals om buurten met weinig samenhang te "
            "vinden.",
            "Zoek daar vertrouwde figuren, zoals ondernemers, als ingang.",
            "Trek er meer tijd voor uit dan in een actieve buurt.",
        ),
        "pitfalls": paragraphs("Een buurt met argwaan benaderen; wantrouwen roept wantrouwen op."),
        "phase": Phase.EXPLORE,
        "effort": Effort.HIGH,
        "source_case_study": "humanitas-afrikaanderwijk",
        "themes": ["leefbaarheid", "samenwerking-in-de-wijk"],
        "target_groups": ["bewoners-van-de-wijk", "beleidsmedewerkers-gemeente"],
        "organisations": ["humanitas"],
        "municipalities": ["rotterdam"],
    },
    {
        "slug": "stuur-op-maatschappelijk-effect",
        "title": "Stuur op maatschappelijk effect, niet op kpi's",
        "tip": "Beoordeel welzijnswerk op wat het in de wijk verandert, niet op afgevinkte "
        "aantallen.",
        "intro": "Alle huisbezoeken afvinken zegt weinig als de eenzaamheid blijft. Sturen op "
        "effect vraagt vertrouwen in professionals.",
        "why": paragraphs(
            "Humanitas moest in de Afrikaanderwijk jaarlijks alle 360 ouderen van 75 jaar en "
            "ouder bezoeken, terwijl de eenzaamheid bleef. De organisatie koos ervoor om vooral "
            "aan eenzaamheid zelf te werken."
        ),
        "how": steps(
            "Spreek met de opdrachtgever af welk maatschappelijk doel telt.",
            "Vul cijfers aan met verhalen en observaties uit de wijk.",
            "Geef professionals ruimte om af te wijken van het draaiboek als dat beter werkt.",
        ),
        "pitfalls": paragraphs("Zo streng afrekenen dat professionals alleen nog tellen."),
        "phase": Phase.EVALUATE,
        "effort": Effort.MEDIUM,
        "source_case_study": "humanitas-afrikaanderwijk",
        "themes": ["leefbaarheid", "samenwerking-in-de-wijk"],
        "target_groups": ["beleidsmedewerkers-gemeente", "ouderen"],
        "organisations": ["humanitas"],
        "municipalities": ["rotterdam"],
    },
    {
        "slug": "kwaliteit-boven-kwantiteit",
        "title": "Kies voor kwaliteit boven aantallen",
        "tip": "Meet succes niet aan het aantal deelnemers bij een gevoelig onderwerp.",
        "intro": "Bij lhbti+ veiligheid en inclusie zijn kleine groepen vaak het begin. Eén "
        "bewoner die een ander meeneemt, is al vooruitgang.",
        "why": paragraphs(
            "In Almere was de groep sleutelfiguren klein maar zeer gemotiveerd. Het onderwerp is "
            "gevoelig en het vertrouwen moet groeien."
        ),
        "how": steps(
            "Leg vooraf vast welke kwalitatieve doelen tellen, zoals nieuwe contacten.",
            "Volg of deelnemers de volgende keer anderen meenemen.",
            "Vertel bestuurders vanaf het begin dat aantallen klein kunnen blijven.",
        ),
        "pitfalls": paragraphs("Een pilot te vroeg afschrijven omdat de opkomst laag is."),
        "phase": Phase.EVALUATE,
        "effort": Effort.LOW,
        "source_case_study": "alle-kleuren-almere",
        "themes": ["lhbti-acceptatie", "inclusie-en-diversiteit"],
        "target_groups": ["beleidsmedewerkers-gemeente", "sleutelfiguren"],
        "organisations": ["bureau-gelijke-behandeling-flevoland"],
        "municipalities": ["almere"],
    },
    {
        "slug": "zorg-eerst-voor-een-stedelijke-structuur",
        "title": "Zorg eerst voor een stedelijke structuur",
        "tip": "Leg een basis op stadsniveau voordat u één wijk aanpakt.",
        "intro": "Een wijkalliantie draait makkelijker als er in de stad al partners, afspraken "
        "en overleg zijn waarop ze kan aansluiten.",
        "why": paragraphs(
            "Dona Daria merkte in de pilot dat het moeilijk is om in een wijk te beginnen als er "
            "in de stad nog niets geregeld is. Stedelijke partners richten zich bovendien niet "
            "graag op één wijk alleen. Rotterdam kon voortbouwen op de stedelijke alliantie "
            "Natuurlijk Samen."
        ),
        "how": steps(
            "Breng in kaart welke stedelijke overleggen en partners er al zijn.",
            "Vraag stedelijke partners om een vaste contactpersoon voor de wijk.",
            "Laat de wijkalliantie periodiek terugkoppelen aan het stedelijke overleg.",
        ),
        "pitfalls": paragraphs("Een wijkaanpak starten die van niemand in de stad is."),
        "phase": Phase.EXPLORE,
        "effort": Effort.HIGH,
        "source_method": "samen-in-de-wijk",
        "themes": ["samenwerking-in-de-wijk", "sociale-veiligheid"],
        "target_groups": ["beleidsmedewerkers-gemeente"],
        "organisations": ["dona-daria", "natuurlijk-samen"],
        "municipalities": PILOT_SAMEN,
    },
    {
        "slug": "houd-het-contact-met-de-gemeente-laagdrempelig",
        "title": "Houd het contact met de gemeente laagdrempelig",
        "tip": "Zorg voor korte lijnen tussen initiatiefnemers en de gemeente.",
        "intro": "Bij gevoelige onderwerpen als inclusie en veiligheid moet een initiatiefnemer "
        "snel iemand bij de gemeente kunnen bereiken.",
        "why": paragraphs(
            "De kwartiermaker in Almere schakelde rechtstreeks met de senior beleidsadviseur en "
            "soms met de wethouder. De gemeente kan niemand dwingen, maar wel initiatieven "
            "versterken met steun en deskundig advies."
        ),
        "how": steps(
            "Wijs een vast aanspreekpunt bij de gemeente aan.",
            "Spreek af hoe snel vragen beantwoord worden.",
            "Nodig de wethouder uit bij een bijeenkomst in de wijk.",
        ),
        "pitfalls": paragraphs("Initiatiefnemers via formulieren en loketten laten lopen."),
        "phase": Phase.START,
        "effort": Effort.LOW,
        "source_case_study": "alle-kleuren-almere",
        "themes": ["samenwerking-in-de-wijk", "participatie-en-bewonersinitiatief"],
        "target_groups": ["beleidsmedewerkers-gemeente", "sleutelfiguren"],
        "organisations": ["bureau-gelijke-behandeling-flevoland", "gemeente-almere"],
        "municipalities": ["almere"],
    },
    {
        "slug": "ga-op-gelijke-voet-in-gesprek-met-jongeren",
        "title": "Ga op gelijke voet in gesprek met jongeren",
        "tip": "Praat met jongeren als gelijken, zodat professionals horen wat er echt speelt.",
        "intro": "Jongeren wantrouwen jongerenwerkers soms. Een open gesprek haalt de afstand weg.",
        "why": paragraphs(
            "Dona Daria zag in de pilot dat jongeren niet altijd denken dat jongerenwerkers "
            "weten waar zij mee worstelen. Zonder dat vertrouwen blijven signalen onder de radar."
        ),
        "how": steps(
            "Organiseer een gesprek op een plek waar jongeren zich thuis voelen.",
            "Laat jongeren het onderwerp mede bepalen.",
            "Vertel na afloop wat er met hun inbreng gebeurt.",
        ),
        "pitfalls": paragraphs("Jongeren alleen benaderen als doelgroep van maatregelen."),
        "phase": Phase.CARRY_OUT,
        "effort": Effort.MEDIUM,
        "source_case_study": "samen-in-de-wijk-rotterdam",
        "themes": ["sociale-veiligheid"],
        "target_groups": ["jongeren", "professionals-in-de-wijk"],
        "organisations": ["dona-daria"],
        "municipalities": ["rotterdam"],
    },
    {
        "slug": "spreek-mensen-aan-op-talent",
        "title": "Spreek mensen aan op hun talent, niet op hun label",
        "tip": "Vraag bewoners mee te doen om wat ze kunnen, niet om de groep die ze vertegenwoordigen.",
        "intro": "Diversiteit die alleen wordt afgevinkt, voelt niet oprecht. Wie mensen om hun "
        "talent vraagt, bouwt aan echte inclusie.",
        "why": paragraphs(
            "Alle Kleuren ziet het uitgaan van talenten als een pijler van een inclusieve en "
            "veilige wijk. Het netwerk van bewoners en organisaties zit vol talent."
        ),
        "how": steps(
            "Vraag bij een eerste kennismaking waar iemand goed in is en wat die leuk vindt.",
            "Geef mensen een rol die past bij hun talent.",
            "Vermijd uitnodigingen die iemand alleen als vertegenwoordiger van een groep zien.",
        ),
        "pitfalls": paragraphs("Een panel samenstellen om een lijstje groepen af te vinken."),
        "phase": Phase.CARRY_OUT,
        "effort": Effort.LOW,
        "source_method": "alle-kleuren",
        "themes": ["inclusie-en-diversiteit", "lhbti-acceptatie"],
        "target_groups": ["bewoners-van-de-wijk", "sleutelfiguren"],
        "organisations": ["stichting-alle-kleuren", "alle-kleuren-oost"],
        "municipalities": PILOT_ALLE_KLEUREN,
    },
    {
        "slug": "check-vooraf-de-kosten-van-de-gemeente",
        "title": "Check vooraf welke gemeentelijke kosten er komen",
        "tip": "Zoek vooraf uit of er huur, leges of andere gemeentelijke kosten aan een plan "
        "vastzitten.",
        "intro": "Een bewonersplan kan stranden op een onverwachte rekening van een andere "
        "afdeling van dezelfde gemeente.",
        "why": paragraphs(
            "Wollefoppengroen in Zevenkamp kreeg op 1 januari een rekening van 2500 euro van de "
            "vastgoedafdeling voor de zeecontainers in het park, terwijl de gemeente het plan "
            "had omarmd."
        ),
        "how": steps(
            "Vraag de contactpersoon bij de gemeente om alle betrokken afdelingen te raadplegen.",
            "Zet mogelijke kosten in de begroting van het plan.",
            "Leg afspraken over vrijstellingen of subsidie schriftelijk vast.",
        ),
        "pitfalls": paragraphs(
            "Ervan uitgaan dat een akkoord van één afdeling voor de hele gemeente geldt."
        ),
        "phase": Phase.START,
        "effort": Effort.LOW,
        "source_case_study": "wollefoppengroen-zevenkamp",
        "themes": ["participatie-en-bewonersinitiatief", "leefbaarheid"],
        "target_groups": ["bewoners-van-de-wijk", "beleidsmedewerkers-gemeente"],
        "organisations": ["wollefoppengroen"],
        "municipalities": ["rotterdam"],
    },
]


def build_tips(index, taxonomy, methods, case_studies):
    tips = {}
    for data in TIPS:
        fields = dict(data)
        slug = fields.pop("slug")
        source_method = fields.pop("source_method", None)
        source_case_study = fields.pop("source_case_study", None)
        fields["source_method"] = methods[source_method] if source_method else None
        fields["source_case_study"] = case_studies[source_case_study] if source_case_study else None
        fields["themes"] = taxonomy.pick("themes", fields["themes"])
        fields["target_groups"] = taxonomy.pick("target_groups", fields["target_groups"])
        fields["organisations"] = taxonomy.pick("organisations", fields["organisations"])
        fields["municipalities"] = taxonomy.pick("municipalities", fields["municipalities"])
        tips[slug] = upsert_page(index, PracticalTipPage, slug, first_published=None, **fields)
    return tips
