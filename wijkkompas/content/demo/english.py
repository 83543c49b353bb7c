"""The English site: the Dutch skeleton, both methods, two case studies, the themes, target groups
and municipalities, translated through wagtail-localize with our own English.

Each dictionary maps a Dutch text, exactly as wagtail-localize extracts it, to its English text.
Pages left out stay untranslated, so readers see the "not translated yet" notice for them.
"""

from wagtail.models import Locale

from casestudies.models import CaseStudyIndexPage
from casestudies.submissions.site import ensure_submission_page
from knowledge.translation.given_strings import translate
from wijkkompas.content.demo.english_stories import (
    STORY_STRINGS,
    TRANSLATED_ARTICLES,
    TRANSLATED_INTERVIEWS,
    TRANSLATED_TIPS,
)

SKELETON = {
    "Wijkkompas": "Wijkkompas",
    "home": "home-en",
    "Wijkkompas helpt gemeenten, professionals en bewoners een aanpak te vinden die past bij hun wijk: beproefde methoden, praktijkvoorbeelden uit andere gemeenten, interviews en tips.": "Wijkkompas helps municipalities, professionals and residents find an approach that suits their neighbourhood: proven methods, case studies from other municipalities, interviews and tips.",
    "Methoden": "Methods",
    "methoden": "methods",
    "Beproefde aanpakken voor een veiligere en leefbaardere wijk, met stappen, werkzame elementen en onderbouwing.": "Proven approaches for a safer and more liveable neighbourhood, with steps, working elements and evidence.",
    "Praktijkvoorbeelden": "Case studies",
    "praktijkvoorbeelden": "case-studies",
    "Kaart": "Map",
    "kaart": "map",
    "Waar in Nederland methoden en eigen aanpakken zijn uitgevoerd, op een kaart en in een tabel met dezelfde gegevens.": "Where in the Netherlands methods and local approaches were carried out, on a map and in a table with the same data.",
    "Hoe gemeenten en organisaties een aanpak in hun eigen wijk uitvoerden, en wat zij leerden.": "How municipalities and organisations carried out an approach in their own neighbourhood, and what they learned.",
    "Praktijktips": "Practical tips",
    "tips": "tips",
    "Korte lessen uit de praktijk, per fase van het werk.": "Short lessons from practice, for each phase of the work.",
    "Interviews": "Interviews",
    "interviews": "interviews",
    "Gesprekken met de mensen die het doen.": "Conversations with the people doing the work.",
    "Artikelen": "Articles",
    "artikelen": "articles",
    "Nieuws, aankondigingen en verslagen.": "News, announcements and reports.",
    "Gemeenten": "Municipalities",
    "gemeenten": "municipalities",
    "Per gemeente: welke aanpakken er zijn uitgevoerd en wat daar is geleerd.": "For each municipality: which approaches were carried out and what was learned there.",
    "Thema's": "Themes",
    "themas": "themes",
    "Alle kennis per thema.": "All knowledge by theme.",
}

TAXONOMY = {
    "Veiligheid": "Safety",
    "Hoe veilig bewoners zijn en zich voelen in hun wijk.": "How safe residents are, and feel, in their neighbourhood.",
    "Sociale veiligheid": "Social safety",
    "Veilig over straat kunnen en jezelf kunnen zijn, zonder intimidatie of geweld.": "Being able to walk the streets safely and be yourself, without intimidation or violence.",
    "Buurtpreventie": "Neighbourhood watch",
    "Bewoners die samen opletten in hun buurt en signalen doorgeven.": "Residents who keep an eye on their neighbourhood together and pass on what they notice.",
    "Inclusie en diversiteit": "Inclusion and diversity",
    "Een wijk waarin bewoners met verschillende achtergronden meetellen en meedoen.": "A neighbourhood where residents of every background count and take part.",
    "Lhbti+-acceptatie": "LGBTI+ acceptance",
    "Sociale acceptatie en veiligheid van lesbische, homo, bi+, trans en intersekse inwoners.": "Social acceptance and safety of lesbian, gay, bi+, trans and intersex residents.",
    "Participatie en bewonersinitiatief": "Participation and residents' initiatives",
    "Bewoners die zelf plannen maken, keuzes maken en de handen uit de mouwen steken.": "Residents who make their own plans, take decisions and roll up their sleeves.",
    "Leefbaarheid": "Liveability",
    "Een buurt waar het prettig wonen is: schoon, heel, groen en met onderling contact.": "A neighbourhood that is good to live in: clean, well kept, green and with neighbours who know each other.",
    "Samenwerking in de wijk": "Working together in the neighbourhood",
    "Gemeente, professionals, ondernemers en bewoners die hun inzet op elkaar afstemmen.": "Municipality, professionals, businesses and residents who coordinate their efforts.",
    "Lhbti+ inwoners": "LGBTI+ residents",
    "Lesbische, homo, bi+, trans en intersekse inwoners.": "Lesbian, gay, bi+, trans and intersex residents.",
    "Bewoners van de wijk": "Residents of the neighbourhood",
    "Alle mensen die in de wijk wonen.": "Everyone who lives in the neighbourhood.",
    "Jongeren": "Young people",
    "Tieners en jongvolwassenen in de wijk.": "Teenagers and young adults in the neighbourhood.",
    "Professionals in de wijk": "Professionals in the neighbourhood",
    "Wijkagenten, jongerenwerkers, sociaal werkers en andere beroepskrachten.": "Community police officers, youth workers, social workers and other professionals.",
    "Sleutelfiguren": "Key figures",
    "Bewoners met een groot netwerk die anderen kunnen bereiken en meenemen.": "Residents with a wide network who can reach others and bring them along.",
    "Beleidsmedewerkers gemeente": "Municipal policy officers",
    "Ambtenaren die beleid maken voor veiligheid, inclusie of de wijkaanpak.": "Civil servants who make policy on safety, inclusion or neighbourhood work.",
    "Ondernemers": "Businesses",
    "Winkeliers, zzp'ers en bedrijven in en rond de wijk.": "Shopkeepers, freelancers and companies in and around the neighbourhood.",
    "Ouderen": "Older people",
    "Oudere bewoners, onder wie mensen die eenzaam zijn.": "Older residents, including people who are lonely.",
}

ALLE_KLEUREN = {
    "Alle Kleuren": "Alle Kleuren",
    "alle-kleuren": "alle-kleuren",
    "Alle Kleuren brengt buurtbewoners met heel verschillende achtergronden bij elkaar rond vieringen, herdenkingen en gesprekken. Verschil geldt daarbij als iets wat de buurt bindt. Zo groeit een wijk waar iedereen, ook lhbti+ inwoners, zich thuis en veilig voelt.": "Alle Kleuren (All Colours) brings together residents of very different backgrounds around celebrations, commemorations and conversations, treating difference as something that binds a neighbourhood. The result is a neighbourhood where everyone, LGBTI+ residents included, feels at home and safe.",
    "Hoe Alle Kleuren ontstond": "How Alle Kleuren began",
    "Alle Kleuren begon in 2013 in de Indische Buurt in Amsterdam-Oost. Een buurtbewoner vond dat de mensen bij de jaarlijkse herdenking van de doden op het Ceramplein beter moesten laten zien hoe divers de buurt is. Hij zocht andere actieve bewoners op en samen maakten ze de herdenking representatiever.": "Alle Kleuren started in 2013 in the Indische Buurt in Amsterdam-Oost. One resident felt that the annual remembrance of the dead on the Ceramplein should better reflect how diverse the neighbourhood is. He sought out other active residents, and together they made the commemoration more representative.",
    "Die samenwerking smaakte naar meer. Uit de groep groeide Alle Kleuren Oost, dat sindsdien werkt aan een stadsdeel waar alle bewoners zich verbonden en vertegenwoordigd voelen. Het doet dat via vieren, herdenken, gesprekken en meedoen.": "That cooperation left them wanting more. The group grew into Alle Kleuren Oost, which has since worked towards a district where all residents feel connected and represented, through celebrating, commemorating, talking and taking part.",
    "Van gedachtegoed naar methode": "From a way of thinking to a method",
    "Alle Kleuren is eerder een manier van kijken dan een vast programma: wie diversiteit ziet als iets wat mensen samenbrengt, hoort erbij. Jarenlang draaide het volledig op vrijwilligers en er lag geen stappenplan op papier. In de pilot Veilige Wijken is de aanpak voor het eerst beschreven zodat andere gemeenten ermee aan de slag kunnen, altijd met maatwerk voor de eigen wijk.": "Alle Kleuren is a way of looking rather than a fixed programme: anyone who sees diversity as something that brings people together belongs to it. For years it ran entirely on volunteers, with no written plan. The Veilige Wijken (Safe Neighbourhoods) pilot described the approach for the first time, so that other municipalities can use it, always tailored to their own neighbourhood.",
    "In veel wijken leven bewoners langs elkaar heen. Wie afwijkt van wat als gewoon geldt, door herkomst, geloof, seksuele oriëntatie of genderidentiteit, voelt zich niet altijd welkom of veilig in de eigen straat. Lhbti+ inwoners merken dat vaak als eersten.": "In many neighbourhoods residents live side by side without really meeting. People who differ from what is seen as normal, by origin, faith, sexual orientation or gender identity, do not always feel welcome or safe in their own street. LGBTI+ residents are often the first to notice.",
    "Diversiteitsprojecten blijven bovendien geregeld steken in het aanvinken van groepen die vertegenwoordigd moeten zijn. Dan ontstaat er geen echt contact en haken bewoners af.": "Diversity projects also often get stuck in ticking off the groups that ought to be represented. No real contact develops, and residents drop out.",
    "Bewoners met uiteenlopende achtergronden ontmoeten elkaar en voelen zich met elkaar verbonden.": "Residents of different backgrounds meet and feel connected to one another.",
    "Bewoners zien zichzelf terug in wat er in hun buurt wordt georganiseerd.": "Residents recognise themselves in what is organised in their neighbourhood.",
    "De wijk wordt veiliger voor iedereen. Dat doel is pas gehaald als ook lhbti+ inwoners zich er veilig voelen.": "The neighbourhood becomes safer for everyone; the goal is only met when LGBTI+ residents feel safe there too.",
    "Bewoners nemen zelf het initiatief en organiseren activiteiten voor en met hun buren.": "Residents take the initiative and organise activities for and with their neighbours.",
    "Breng de sociale kaart van de wijk in beeld": "Map the neighbourhood's social landscape",
    "Zoek uit wie in de wijk de sleutelfiguren zijn, meestal actieve bewoners, en welke organisaties, verenigingen en voorzieningen willen aanhaken. Kies samen met de gemeente de wijk waar de aanpak begint.": "Find out who the key figures in the neighbourhood are, usually active residents, and which organisations, clubs and services want to join in. Choose the neighbourhood to start in together with the municipality.",
    "Begeleiders van Alle Kleuren met de beleidsmedewerker van de gemeente": "Alle Kleuren coaches with the municipal policy officer",
    "Vorm een kerngroep van bewoners en organisaties": "Form a core group of residents and organisations",
    "Breng de sleutelfiguren en organisaties bij elkaar. Bespreek in brainstormsessies wat volgens hen in deze buurt zal werken, in plaats van een draaiboek uit een andere stad over te nemen. Spreek de kernwaarden af: bewoners zijn eigenaar, de diversiteit is oprecht en mensen ontmoeten elkaar die elkaar anders niet zouden treffen.": "Bring the key figures and organisations together. Use brainstorming sessions to discuss what they think will work in this neighbourhood, rather than copying a script from another city. Agree on the core values: residents own it, the diversity is genuine, and people meet who would not otherwise come across each other.",
    "Sleutelfiguren en lokale organisaties, begeleid door Alle Kleuren": "Key figures and local organisations, coached by Alle Kleuren",
    "Vier en herdenk met de hele buurt": "Celebrate and commemorate with the whole neighbourhood",
    "Organiseer activiteiten rond vaste momenten in het jaar, zoals de herdenking op 4 mei, een ontbijt op Bevrijdingsdag, Keti Koti of een buurtfeest rond Pride. Zoek partners als de bibliotheek om mee samen te werken.": "Organise activities around fixed moments in the year, such as Remembrance Day on 4 May, a Liberation Day breakfast, Keti Koti or a neighbourhood party around Pride. Look for partners such as the library to work with.",
    "De kerngroep met partners in de wijk": "The core group with partners in the neighbourhood",
    "Houd een reeks diversiteitsbijeenkomsten": "Hold a series of diversity meetings",
    "Kies per bijeenkomst een thema dat bewoners raakt, bijvoorbeeld veiligheid, ondernemen, jongeren, mensenrechten, racisme of sport. Zo bereikt u steeds andere bewoners, die op hun beurt weer buren meenemen.": "Choose a theme for each meeting that matters to residents, such as safety, business, young people, human rights, racism or sport. Each time you reach different residents, who in turn bring their neighbours.",
    "De kerngroep en sleutelfiguren": "The core group and key figures",
    "Maak bewoners eigenaar en houd ze vast": "Hand ownership to residents and keep them involved",
    "Ondersteun bewoners die zelf iets willen organiseren, geef vrijwilligers erkenning en spreek met de gemeente af hoe zij initiatieven blijft steunen.": "Support residents who want to organise something themselves, recognise volunteers, and agree with the municipality how it will keep supporting initiatives.",
    "Kerngroep en gemeente": "Core group and municipality",
    "Ontmoeting tussen groepen die elkaar anders niet treffen": "Encounters between groups who would not otherwise meet",
    "Diversiteit als verbindende factor": "Diversity as a connecting force",
    "Verschillen worden gevierd en herdacht in plaats van benoemd als probleem. Omdat de aanpak alle bewoners aanspreekt, zet hij geen groep apart en voedt hij geen polarisatie.": "Differences are celebrated and commemorated instead of being named as a problem. Because the approach speaks to all residents, it singles out no group and does not feed polarisation.",
    "Uitgaan van talenten in plaats van labels": "Starting from talents, not labels",
    "Mensen worden gevraagd om wat ze kunnen en willen bijdragen, niet om de groep die ze zouden vertegenwoordigen.": "People are asked for what they can and want to contribute, not for the group they supposedly represent.",
    "Eigenaarschap bij bewoners en sleutelfiguren": "Ownership by residents and key figures",
    "Maatwerk: elke gemeente en wijk heeft een eigen tempo en een andere uitgangssituatie.": "Tailoring: every municipality and neighbourhood has its own pace and a different starting point.",
    "Tijd om sleutelfiguren te vinden en bij elkaar te brengen; de weg is zelden recht.": "Time to find key figures and bring them together; the road is rarely straight.",
    "Bewoners die uit eigen motivatie meedoen en zelf meedenken over wat werkt.": "Residents who take part out of their own motivation and help work out what works.",
    "Een oprechte bedoeling: geen diversiteit om een lijstje af te vinken.": "A sincere intention: no diversity just to tick a box.",
    "Erkenning en waardering voor de vrijwillige inzet van bewoners.": "Recognition and appreciation for residents' voluntary work.",
    "Laagdrempelig contact met de gemeente, die initiatieven ondersteunt zonder ze over te nemen.": "Easy contact with the municipality, which supports initiatives without taking them over.",
    "Actieve bewoners en sleutelfiguren vormen de kerngroep.": "Active residents and key figures form the core group.",
    "Kiest de wijk, denkt mee en ondersteunt initiatieven.": "Chooses the neighbourhood, gives advice and supports initiatives.",
    "Biedt ruimte, bereik en ondersteuning bij activiteiten.": "Offers space, reach and support for activities.",
    "Lokale lhbti+ organisaties denken mee en helpen bereiken.": "Local LGBTI+ organisations give advice and help reach people.",
    "Bibliotheek, verenigingen en ondernemers als gastheer en partner.": "Library, clubs and businesses as hosts and partners.",
    "Netwerken opbouwen en sleutelfiguren vinden en begeleiden.": "Building networks and finding and coaching key figures.",
    "Gesprekken over gevoelige onderwerpen opzetten en in goede banen leiden.": "Setting up and guiding conversations on sensitive subjects.",
    "Kennis van diversiteit, inclusie en de positie van lhbti+ inwoners.": "Knowledge of diversity, inclusion and the position of LGBTI+ residents.",
    "Activiteiten en evenementen organiseren met vrijwilligers.": "Organising activities and events with volunteers.",
    "Handreiking pilot Veilige Wijken": "Veilige Wijken pilot guide",
    "Beschrijft beide methoden met hun theoretische onderbouwing, de werkwijze van de pilot en de geleerde lessen, met praktische tips voor gemeenten.": "Describes both methods with their theoretical basis, how the pilot worked and the lessons learned, with practical tips for municipalities.",
    "Kernteam Alle Kleuren": "Alle Kleuren core team",
    "Interview met Alle Kleuren Oost en BGBF, artikelenreeks Veilige Wijken": "Interview with Alle Kleuren Oost and BGBF, Veilige Wijken article series",
    "Bewoners leren elkaar kennen tijdens activiteiten die ze samen voorbereiden en beleven, ook mensen die elkaar anders niet snel zouden treffen.": "Residents get to know each other through activities they prepare and take part in together, including people who would not easily meet otherwise.",
    "Bewoners bedenken en organiseren de activiteiten zelf, uit eigen motivatie en om hun eigen wijk te verbeteren.": "Residents think up and organise the activities themselves, out of their own motivation and to improve their own neighbourhood.",
    "Alle Kleuren ziet veiligheid als een basiswaarde: een wijk is pas veilig als iedereen zich er veilig voelt, lhbti+ inwoners inbegrepen. Door alle bewoners te betrekken in plaats van één groep, wil de aanpak buiten de polarisatie blijven.": "Alle Kleuren sees safety as a basic value: a neighbourhood is only safe when everyone feels safe there, LGBTI+ residents included. By involving all residents rather than one group, the approach aims to stay out of polarisation.",
    "In de pilot van medio 2021 tot eind 2022": "In the pilot, from mid-2021 to the end of 2022",
    "De bronnen over de pilot noemen geen kosten.": "The sources on the pilot mention no costs.",
    "Geen erkenning door een databank bekend. De handreiking over de pilot beschrijft de methode met haar theoretische onderbouwing en toetst haar aan bestaand onderzoek om de werkzame elementen te benoemen.": "No recognition by a databank is known. The guide to the pilot describes the method with its theoretical basis and tests it against existing research to name its working elements.",
}

SAMEN_IN_DE_WIJK = {
    "Samen in de Wijk": "Samen in de Wijk",
    "samen-in-de-wijk": "samen-in-de-wijk",
    "Samen in de Wijk verenigt de partners in een wijk in een veiligheidsalliantie: wijkagent, welzijnswerk, bewonersinitiatieven, zelforganisaties en lhbti+ organisaties. Zij delen signalen, leren van elkaar en spreken af wie wat oppakt, zodat de wijk veiliger wordt voor iedereen en in het bijzonder voor lhbti+ inwoners.": "Samen in de Wijk (Together in the Neighbourhood) unites a neighbourhood's partners in a safety alliance: the community police officer, social work, residents' initiatives, community organisations and LGBTI+ organisations. They share signals, learn from each other and agree who takes up what, so the neighbourhood becomes safer for everyone and for LGBTI+ residents in particular.",
    "Herkomst": "Origins",
    "Samen in de Wijk is afgeleid van Natuurlijk Samen, de Rotterdamse veiligheidsalliantie die op stadsniveau werkt aan een veilige en leefbare stad, met bijzondere aandacht voor lhbti+ inwoners. Emancipatieorganisatie Dona Daria is daar een van de partners.": "Samen in de Wijk derives from Natuurlijk Samen, Rotterdam's city-wide safety alliance for a safe and liveable city with particular attention to LGBTI+ residents. The emancipation organisation Dona Daria is one of its partners.",
    "Voor de pilot Veilige Wijken heeft Dona Daria de werkwijze van de stedelijke alliantie vertaald naar de schaal van één wijk. De aanpak is daarna in vier gemeenten van start gegaan: Eindhoven, Nissewaard, Roosendaal en Rotterdam.": "For the Veilige Wijken pilot, Dona Daria translated the city alliance's way of working to the scale of a single neighbourhood. The approach then started in four municipalities: Eindhoven, Nissewaard, Roosendaal and Rotterdam.",
    "Een intersectionele blik": "An intersectional view",
    "Dona Daria ontstond in 2006 uit een samenwerking van vijf vrouwenorganisaties en groeide uit tot een brede emancipatieorganisatie. Die kijkt naar veiligheid vanuit meerdere kanten tegelijk: herkomst, gender, racisme en seksuele diversiteit.": "Dona Daria was founded in 2006 by five women's organisations working together and grew into a broad emancipation organisation. It looks at safety from several sides at once: origin, gender, racism and sexual diversity.",
    "Gemeenten hebben vaak geen scherp beeld van hoe veilig lhbti+ inwoners zich in een bepaalde wijk voelen. Signalen over intimidatie of geweld liggen verspreid over organisaties die elkaar nauwelijks spreken.": "Municipalities often lack a clear picture of how safe LGBTI+ residents feel in a particular neighbourhood. Signs of intimidation or violence are scattered across organisations that hardly talk to each other.",
    "Bewoners weten na een incident niet altijd waar ze terechtkunnen, en horen zelden wat er met hun melding gebeurt. Een aanpak voor de hele stad mist bovendien de verschillen tussen wijken.": "After an incident, residents do not always know where to turn, and rarely hear what happened to their report. A city-wide approach also misses the differences between neighbourhoods.",
    "Partners in de wijk delen hun signalen en krijgen samen een beeld van de veiligheid van lhbti+ inwoners.": "Partners in the neighbourhood share their signals and together build a picture of LGBTI+ residents' safety.",
    "Professionals herkennen onveilige situaties en weten hoe ze moeten handelen.": "Professionals recognise unsafe situations and know how to act.",
    "Bewoners weten bij wie ze terechtkunnen, welke maatregelen volgen en wat die opleveren.": "Residents know whom to turn to, what measures follow and what they achieve.",
    "Plekken die onveilig zijn of voelen worden bekend, aangepakt en op termijn voorkomen.": "Places that are or feel unsafe become known, are tackled and are eventually prevented.",
    "Verken de wijk en de stedelijke basis": "Explore the neighbourhood and the city-wide base",
    "Ga na welke partners en overleggen er op stadsniveau al zijn en wat er in de gekozen wijk speelt. Zonder stedelijke basis kost de start in één wijk meer tijd.": "Find out which partners and meetings already exist at city level and what is going on in the chosen neighbourhood. Without a city-wide base, starting in one neighbourhood takes longer.",
    "Projectleider van de uitvoerende organisatie met de beleidsmedewerker": "Project lead of the implementing organisation with the policy officer",
    "Stel de veiligheidsalliantie samen": "Form the safety alliance",
    "Nodig de wijkagent, het welzijnswerk, bewonersinitiatieven, lokale zelforganisaties en lhbti+ organisaties uit. Verdeel de rollen en plan overleg op tijden waarop ook vrijwilligers kunnen aanschuiven.": "Invite the community police officer, social work, residents' initiatives, local community organisations and LGBTI+ organisations. Divide the roles and schedule meetings at times when volunteers can join too.",
    "Projectleider, gemeente en partners in de wijk": "Project lead, municipality and neighbourhood partners",
    "Deel signalen in een vast overleg": "Share signals in a regular meeting",
    "Bespreek wat er in de wijk speelt, welke incidenten er waren en wie welke actie neemt. Houd bij welke patronen zich aftekenen.": "Discuss what is going on in the neighbourhood, which incidents occurred and who takes which action. Keep track of the patterns that emerge.",
    "Alle partners in de alliantie": "All partners in the alliance",
    "Train de professionals in de wijk": "Train the professionals in the neighbourhood",
    "Laat partners elkaar trainen in het herkennen van onveiligheid voor lhbti+ inwoners en in het omgaan met zulke situaties. Ga ook op gelijke voet in gesprek met jongeren, zodat jongerenwerkers horen wat er echt speelt.": "Have partners train each other in recognising unsafe situations for LGBTI+ residents and in dealing with them. Also talk with young people on an equal footing, so youth workers hear what is really going on.",
    "Partners met expertise, zoals de uitvoerende emancipatieorganisatie": "Partners with expertise, such as the implementing emancipation organisation",
    "Laat bewoners weten waar ze terechtkunnen": "Tell residents where they can turn",
    "Maak bekend bij wie bewoners onveiligheid kunnen melden, welke maatregelen volgen en wat die opleveren. Deel signalen op een zorgvuldige manier met de wijk.": "Make known to whom residents can report unsafe situations, what measures follow and what they achieve. Share signals with the neighbourhood with care.",
    "De alliantie, met de gemeente als afzender": "The alliance, with the municipality as sender",
    "Borg de alliantie en verbind haar met anderen": "Embed the alliance and connect it with others",
    "Leg vast wie de alliantie na de startperiode trekt, sluit aan bij stedelijke structuren en wissel ervaringen uit met andere gemeenten of buurgemeenten.": "Agree who leads the alliance after the start-up period, link up with city-wide structures and exchange experience with other or neighbouring municipalities.",
    "Gemeente en partners": "Municipality and partners",
    "Ketensamenwerking met een heldere rolverdeling": "Joined-up working with clear roles",
    "Signalen bundelen tot één beeld van de wijk": "Combining signals into one picture of the neighbourhood",
    "Door meldingen van verschillende partners naast elkaar te leggen worden blinde vlekken en trends zichtbaar.": "Putting reports from different partners side by side reveals blind spots and trends.",
    "Deskundigheid van professionals vergroten": "Building professionals' expertise",
    "Bij voorkeur een stedelijke structuur of alliantie waar de wijk op kan aansluiten.": "Preferably a city-wide structure or alliance the neighbourhood can connect to.",
    "Tijd: een netwerk opbouwen kost maanden, zeker met vakanties en uitval.": "Time: building a network takes months, especially with holidays and people dropping out.",
    "Een beleidsmedewerker met genoeg uren voor het onderwerp.": "A policy officer with enough hours for the subject.",
    "Overleg op tijden waarop vrijwilligersorganisaties kunnen meedoen.": "Meetings at times when volunteer organisations can take part.",
    "Partners die bereid zijn zich op één wijk te richten.": "Partners willing to focus on one neighbourhood.",
    "Een gesprek op gelijke voet met bewoners en jongeren.": "Conversations with residents and young people on an equal footing.",
    "De wijkagent deelt signalen en denkt mee over aanpak.": "The community police officer shares signals and helps plan the response.",
    "Welzijns- en jongerenwerk signaleren en leggen contact.": "Social and youth work spot problems and make contact.",
    "Bewonersinitiatieven brengen kennis van de straat in.": "Residents' initiatives bring street-level knowledge.",
    "Lokale zelforganisaties en lhbti+ organisaties.": "Local community organisations and LGBTI+ organisations.",
    "Regisseert, zet het onderwerp op de agenda en borgt.": "Directs, puts the subject on the agenda and makes it last.",
    "Een intersectionele blik op veiligheid: cultuur, gender, racisme en lhbti+.": "An intersectional view of safety: culture, gender, racism and LGBTI+.",
    "Een alliantie van uiteenlopende partners voorzitten en op gang houden.": "Chairing an alliance of very different partners and keeping it going.",
    "Trainingen geven aan professionals over lhbti+ veiligheid.": "Training professionals on LGBTI+ safety.",
    "Kennis van de lokale netwerken en zelforganisaties.": "Knowledge of local networks and community organisations.",
    "Projectleider Samen in de Wijk": "Samen in de Wijk project lead",
    "Interview met Dona Daria en de gemeente Rotterdam, artikelenreeks Veilige Wijken": "Interview with Dona Daria and the municipality of Rotterdam, Veilige Wijken article series",
    "Reken op een paar maanden voordat het echt begint": "Expect a few months before it really gets going",
    "Partners uit veiligheid, welzijn en de gemeenschap spreken per signaal af wie wat doet.": "Partners from safety, welfare and the community agree for each signal who does what.",
    "Professionals in de wijk worden getraind om oog te krijgen voor onveiligheid en om met onveilige situaties om te gaan.": "Professionals in the neighbourhood are trained to notice unsafe situations and to deal with them.",
    "Meer ogen en oren in de wijk": "More eyes and ears in the neighbourhood",
    "Meer mensen in de wijk letten op onveilige situaties en geven die door, zodat de gemeente sneller weet wat er speelt.": "More people in the neighbourhood look out for unsafe situations and pass them on, so the municipality knows sooner what is going on.",
    "Als meer mensen in de wijk onveilige situaties signaleren en de partners die signalen delen, ziet de gemeente trends eerder en weet zij welke wijk welke aanpak nodig heeft.": "When more people in the neighbourhood spot unsafe situations and the partners share what they see, the municipality notices trends sooner and knows which neighbourhood needs which approach.",
    "Bewoners die weten bij wie ze terechtkunnen, welke maatregelen volgen en wat die opleveren, kunnen onveiligheid melden; zo kunnen onveilige plekken worden aangepakt en op den duur voorkomen.": "Residents who know whom to turn to, what measures follow and what they achieve can report unsafe situations; that way unsafe places can be tackled and eventually prevented.",
}

ALMERE = {
    "Alle Kleuren in Almere: Almere verbindt": "Alle Kleuren in Almere: Almere verbindt (Almere connects)",
    "alle-kleuren-almere": "alle-kleuren-almere",
    "In Almere bracht Bureau Gelijke Behandeling Flevoland de methode Alle Kleuren samen met een eigen training voor sleutelfiguren, onder de naam Almere verbindt. Een kleine, gemotiveerde groep bewoners gaat aan de slag met verbinding in de wijk.": "In Almere, Bureau Gelijke Behandeling Flevoland, the province's equal treatment bureau, combined the Alle Kleuren method with its own training for key figures under the name Almere verbindt. A small, motivated group of residents is working on connection in the neighbourhood.",
    "Eigenaar van de methode; begeleidde de start": "Owner of the method; coached the start",
    "Regenbooggemeente; directe lijn met de senior beleidsadviseur en soms de wethouder": "Rainbow municipality; a direct line to the senior policy adviser and sometimes the alderman",
    "Bureau Gelijke Behandeling Flevoland (BGBF) werkte in Almere al met sleutelfiguren: bewoners die samen met het bureau bijeenkomsten opzetten over diversiteit, verbinding en gelijke kansen. De methode Alle Kleuren paste daar goed bij, omdat ze net als die werkwijze uitgaat van wat bewoners zelf willen.": "Bureau Gelijke Behandeling Flevoland (BGBF) already worked with key figures in Almere: residents who set up meetings with the bureau on diversity, connection and equal opportunities. Alle Kleuren fitted in well, because like that way of working it starts from what residents themselves want.",
    "Gecombineerd met de bestaande training voor sleutelfiguren van 24 uur": "Combined with the existing 24-hour training for key figures",
    "BGBF leerde sleutelfiguren al hoe je gesprekken over taboeonderwerpen opzet en begeleidt. Veel bewoners willen wel iets doen, maar weten niet hoe ze moeten beginnen; training en methode versterken elkaar.": "BGBF already taught key figures how to set up and guide conversations on taboo subjects. Many residents want to do something but do not know how to start; the training and the method reinforce each other.",
    "Eén overkoepelende naam: Almere verbindt": "One umbrella name: Almere verbindt",
    "Zo kwamen de training en de methode als één herkenbaar geheel naar buiten.": "That way the training and the method were presented as one recognisable whole.",
    "Aanpak afgestemd op het tempo en de sleutelfiguren van de gemeente": "Approach matched to the municipality's pace and key figures",
    "Het team van Alle Kleuren trof in geen van de vier pilotgemeenten dezelfde situatie aan. Wat in Amsterdam-Oost werkte, kon daarom niet één op één worden overgenomen.": "The Alle Kleuren team found a different situation in each of the four pilot municipalities, so what worked in Amsterdam-Oost could not simply be copied.",
    "Sleutelfiguren werven en trainen in een programma van 24 uur.": "Recruiting key figures and training them in a 24-hour programme.",
    "Bijeenkomsten met bewoners over diversiteit, verbinding en gelijke kansen.": "Meetings with residents on diversity, connection and equal opportunities.",
    "Gesprekken van de kwartiermaker met welzijns- en maatschappelijke organisaties over discriminatie.": "Conversations between the project pioneer and welfare and civil society organisations about discrimination.",
    "Een kleine groep zeer gemotiveerde sleutelfiguren; aantallen zijn niet bekend.": "A small group of highly motivated key figures; numbers are not known.",
    "Kwaliteit gaat boven aantallen: bij een gevoelig onderwerp telt elke bewoner die een ander meeneemt.": "Quality over numbers: on a sensitive subject, every resident who brings someone else along counts.",
    "De onafhankelijke positie van het antidiscriminatiebureau helpt waar het vertrouwen in de politiek laag is.": "The anti-discrimination bureau's independent position helps where trust in politics is low.",
    "Korte lijnen met de gemeente, tot aan de wethouder, maken het verschil.": "Short lines to the municipality, up to the alderman, make the difference.",
    "Vrijwilligers krijgen weinig erkenning voor wat er van hen gevraagd wordt.": "Volunteers get little recognition for what is asked of them.",
    "Laag vertrouwen in de politiek maakt samenwerken met bewoners lastiger en vraagt tijd om te herstellen.": "Low trust in politics makes working with residents harder and takes time to repair.",
    "Veel inwoners weten niet dat hun gemeente Regenboogstad is, of wat dat inhoudt.": "Many residents do not know that their municipality is a Rainbow City, or what that means.",
    "De sleutelfiguren die zich meldden, waren de tweedeling in hun wijk beu en wilden dat buren gewoon vriendelijk met elkaar omgaan.": "The key figures who came forward were tired of the divisions in their neighbourhood and wanted neighbours simply to be kind to each other.",
    "De gesprekken met professionals van welzijns- en maatschappelijke organisaties leverden volgens de kwartiermaker meerdere eyeopeners op.": "According to the project pioneer, the conversations with professionals from welfare and civil society organisations were eye-openers more than once.",
    "Pilot binnen het programma Regenboogsteden van het ministerie van OCW": "Pilot within the Rainbow Cities programme of the Ministry of Education, Culture and Science",
}

ROTTERDAM = {
    "Samen in de Wijk in Rotterdam": "Samen in de Wijk in Rotterdam",
    "samen-in-de-wijk-rotterdam": "samen-in-de-wijk-rotterdam",
    "Rotterdam zette Samen in de Wijk in om in één wijk meer ogen en oren te krijgen voor de veiligheid van lhbti+ inwoners. Dona Daria bouwde een netwerk van partners op en trainde professionals.": "Rotterdam used Samen in de Wijk to get more eyes and ears on the safety of LGBTI+ residents in one neighbourhood. Dona Daria built a network of partners and trained professionals.",
    "Team Inclusief Samenleven: beleid voor veiligheid op straat en antidiscriminatie": "Inclusive Society team: policy on street safety and anti-discrimination",
    "Stedelijke alliantie waar de wijkaanpak uit voortkomt": "City-wide alliance the neighbourhood approach grew out of",
    "Rotterdam wil meer per wijk werken. De gemeente verwacht daar meer van dan van uitsluitend een aanpak voor de hele stad: per buurt zie je beter wat er in een buurt speelt en de aanpak concreter wordt.": "Rotterdam wants to work more neighbourhood by neighbourhood. The municipality expects more from that than from a city-wide approach alone: at neighbourhood level you see better what is going on, and the approach becomes more concrete.",
    "Met Natuurlijk Samen had de stad al een alliantie voor de veiligheid van lhbti+ inwoners op stadsniveau. Over de veiligheid in afzonderlijke wijken had de gemeente nog blinde vlekken. De pilot liep in één Rotterdamse wijk.": "With Natuurlijk Samen the city already had a city-wide alliance for the safety of LGBTI+ residents, but the municipality still had blind spots about safety in individual neighbourhoods. The pilot ran in one Rotterdam neighbourhood.",
    "De stedelijke alliantie vertaald naar één wijk": "The city-wide alliance translated to one neighbourhood",
    "Hoe kleiner de schaal, hoe beter de partners kunnen inspelen op wat er in die buurt gebeurt.": "The smaller the scale, the better partners can respond to what happens in that neighbourhood.",
    "Een netwerk van partners in de wijk opbouwen.": "Building a network of partners in the neighbourhood.",
    "Professionals trainen in het herkennen van onveiligheid en het omgaan met onveilige situaties.": "Training professionals to recognise and deal with unsafe situations.",
    "In gesprek gaan met jongeren en jongerenwerkers, op gelijke voet.": "Talking with young people and youth workers on an equal footing.",
    "In 2022 zat de aanpak in de opstartfase: het netwerk werd opgebouwd en de eerste professionals werden getraind. De gemeente noemt de pilot geslaagd als zij beter weet hoe veilig de wijk is, partners elkaar makkelijker vinden en lhbti+ inwoners weten waar ze hulp kunnen vragen.": "In 2022 the approach was starting up: the network was being built and the first professionals trained. The municipality will call the pilot a success if it knows better how safe the neighbourhood is, partners find each other more easily and LGBTI+ residents know where to ask for help.",
    "Er was goodwill bij de gemeente en de urgentie werd gevoeld.": "There was goodwill at the municipality and a sense of urgency.",
    "Een open gesprek tussen jongeren en jongerenwerkers haalt de afstand weg, zodat professionals horen wat er echt speelt.": "An open conversation between young people and youth workers closes the distance, so professionals hear what is really going on.",
    "Ervaringen van Dona Daria in de pilot, onder meer in Rotterdam:": "Dona Daria's experience in the pilot, including in Rotterdam:",
    "Jongeren vertrouwen jongerenwerkers niet altijd en denken dat die hun leefwereld niet kennen.": "Young people do not always trust youth workers and think they do not know their world.",
    "Netwerkopbouw, vakanties en uitval in de coronatijd zorgden voor maanden vertraging voordat de pilot echt begon.": "Building the network, holidays and people dropping out during the pandemic delayed the real start of the pilot by months.",
    "Stedelijke partners willen zich niet altijd op één wijk richten.": "City-wide partners are not always willing to focus on one neighbourhood.",
}

# The "Deel uw praktijk" form page: its texts, so English readers can share a practice too.
SUBMISSION_FORM = {
    "Deel uw praktijk": "Share your practice",
    "deel-uw-praktijk": "share-your-practice",
    # The form's title and slug on sites created before it said "u", like every other page.
    "Deel je praktijk": "Share your practice",
    "deel-je-praktijk": "share-your-practice",
    "Heeft uw gemeente of organisatie een aanpak uitgevoerd voor een veiligere of leefbaardere wijk? Deel hem hier. U heeft geen account nodig.": "Has your municipality or organisation carried out an approach for a safer or more liveable neighbourhood? Share it here. You do not need an account.",
    "De redactie leest elke inzending, neemt zo nodig contact met u op en maakt er een praktijkvoorbeeld van. Niets verschijnt op Wijkkompas voordat de redactie het heeft gecontroleerd.": "The editors read every submission, contact you if needed and turn it into a case study. Nothing appears on Wijkkompas before the editors have checked it.",
    "We gebruiken uw contactgegevens alleen om over deze inzending contact met u op te nemen. Ze komen niet op de website en we delen ze met niemand buiten de redactie.": "We use your contact details only to contact you about this submission. They are not published on the website and we share them with no one outside the editorial team.",
    "Dank u wel. De redactie heeft uw praktijk ontvangen en neemt contact met u op als er vragen zijn. Pas na controle door de redactie verschijnt het praktijkvoorbeeld op Wijkkompas.": "Thank you. The editors have received your practice and will contact you if they have questions. The case study only appears on Wijkkompas after the editors have checked it.",
}

# Municipality names are proper names, the same in English but for a few.
MUNICIPALITY_NAMES = {"Den Haag": "The Hague"}

TRANSLATED_METHODS = ["alle-kleuren", "samen-in-de-wijk"]
TRANSLATED_CASE_STUDIES = ["alle-kleuren-almere", "samen-in-de-wijk-rotterdam"]
ACCESSIBILITY = {
    "Toegankelijkheidsverklaring": "Accessibility statement",
    "toegankelijkheid": "accessibility",
    "Wijkkompas wil voor iedereen bruikbaar zijn, ook voor mensen met een beperking. Hier leest u hoe toegankelijk de website is en hoe u een probleem meldt.": "Wijkkompas wants to be usable by everyone, including people with a disability. Here you can read how accessible the website is and how to report a problem.",
    "WCAG 2.1 niveau AA": "WCAG 2.1 level AA",
    "Eigen toets: elke publieke paginasoort is met automatische hulpmiddelen (axe) gecontroleerd en de zoekfilters met alleen het toetsenbord. Een toets met een schermlezer en een onafhankelijk onderzoek zijn nog niet gedaan.": "Our own check: every kind of public page was checked with automated tools (axe), and the search filters with the keyboard alone. No screen-reader check or independent audit has been done yet.",
    "Loopt u tegen een probleem aan, of is iets niet toegankelijk? Mail de redactie. U krijgt binnen vijf werkdagen antwoord, en we lossen het probleem zo snel mogelijk op.": "Have you run into a problem, or is something not accessible? E-mail the editorial team. You will get an answer within five working days, and we will fix the problem as soon as we can.",
}
STRINGS = {
    **SKELETON,
    **ACCESSIBILITY,
    **TAXONOMY,
    **ALLE_KLEUREN,
    **SAMEN_IN_DE_WIJK,
    **ALMERE,
    **ROTTERDAM,
    **SUBMISSION_FORM,
}


def build_english_site(tree, taxonomy, methods, case_studies, stories):
    """Translate the chosen Dutch pages and terms into English; return the English pages.

    `stories` holds the interviews, articles and tips by slug; a few of each are translated, so
    the English indexes show what the English site offers.

    Terms go first, so the translated pages are tagged with English themes and target groups;
    methods before case studies, so an English case study links to the English method.
    """
    english = Locale.objects.get_or_create(language_code="en")[0]
    terms = sorted(taxonomy.themes.values(), key=lambda theme: theme.parent_id is not None)
    for term in [*terms, *taxonomy.target_groups.values()]:
        translate(term, english, STRINGS)
    for municipality in taxonomy.municipalities.values():
        translate(municipality, english, lambda name: MUNICIPALITY_NAMES.get(name, name))
    pages = [translate(tree.home, english, STRINGS)]
    pages += [translate(section, english, STRINGS) for section in tree.sections.values()]
    submission_form = ensure_submission_page(tree.sections[CaseStudyIndexPage])
    pages.append(translate(submission_form, english, STRINGS))
    pages.append(translate(tree.accessibility_statement, english, STRINGS))
    pages += [translate(methods[slug], english, STRINGS) for slug in TRANSLATED_METHODS]
    pages += [translate(case_studies[slug], english, STRINGS) for slug in TRANSLATED_CASE_STUDIES]
    story_slugs = [*TRANSLATED_INTERVIEWS, *TRANSLATED_ARTICLES, *TRANSLATED_TIPS]
    pages += [translate(stories[slug], english, STORY_STRINGS) for slug in story_slugs]
    return pages
