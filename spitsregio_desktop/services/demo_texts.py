"""Dutch text material for the demo history (services/demo.py).

Kept apart from the generator so the wording can be improved without touching the logic.
No person names anywhere: people appear as their seat ("Burgemeester Leuven") or their
organisation, as the reference data does. Placeholders in braces are filled by the
generator: {subject} (the item's subject, lower case), {presenter}, {gemeente}, {org},
{body} (e.g. "het burgemeestersoverleg"), {date} (a Dutch date), {year}, {n}.
"""

from __future__ import annotations

# Subject items per theme: the title, as it would appear on the agenda.
SUBJECTS: dict[str, list[str]] = {
    "mobiliteit": [
        "Fietssnelweg F25 Aarschot–Leuven: stand van zaken",
        "Fietssnelweg F3 Leuven–Brussel: ontbrekende schakels",
        "Vervoerregio Leuven: basisbereikbaarheid en vervoer op maat",
        "Regionaal mobiliteitsplan vervoerregio Leuven: ontwerp en adviesronde",
        "Hoppinpunten in de regio: uitrol en cofinanciering",
        "Ring rond Leuven (R23): doorstroming en verkeersveiligheid",
        "Werken aan de E314 en de E40: hinder en minder-hinder-maatregelen",
        "Treinaanbod Leuven–Aarschot–Diest: vraag aan de NMBS",
        "Busaanbod in de landelijke gemeenten: evaluatie na één jaar",
        "Deelmobiliteit en elektrische deelfietsen: regionale aanbesteding",
        "Schoolomgevingen en verkeersveiligheid: gezamenlijke campagne",
        "Laadinfrastructuur voor elektrische voertuigen: regionale aanpak",
        "Zwaar vervoer door de dorpskernen: gemeenschappelijk standpunt",
        "Woon-werkverkeer naar de bedrijventerreinen: pendelplan",
    ],
    "ruimtelijke ordening": [
        "Bouwshift: regionale aanpak en gevolgen voor de kernen",
        "Provinciaal beleidsplan ruimte Vlaams-Brabant: adviesronde",
        "Bedrijventerreinen: herbestemming en verdichting",
        "Open ruimte en agrarisch gebied: afstemming tussen de gemeenten",
        "Overstromingsgebieden langs Dijle, Demer en Velp: signaalgebieden",
        "Kernversterking: regionaal ruimtelijk onderzoek",
        "Omgevingsloket: ervaringen en knelpunten van de gemeenten",
        "Herbestemming van leegstaande kerkgebouwen",
        "Ruimtelijke inpassing van hernieuwbare energie (windturbines)",
        "Verharding en ontharding: regionaal onthardingsplan",
    ],
    "wonen": [
        "Betaalbaar wonen in de regio: stand van zaken sociaal woonaanbod",
        "Intergemeentelijke samenwerking wonen: verlenging van het project",
        "Sociaal objectief: voortgang per gemeente",
        "Leegstand en verwaarlozing: gemeenschappelijk reglement",
        "Kamerwonen en studentenhuisvesting rond Leuven",
        "Woonmaatschappij: werkingsgebied en afspraken met de gemeenten",
        "Conformiteitsonderzoek van huurwoningen",
        "Collectieve renovatie en het energieloket",
        "Woningkwaliteit en verhuurvergunning: gezamenlijke aanpak",
        "Wonen voor ouderen: zorgwonen en assistentiewoningen",
    ],
    "kinderopvang": [
        "Tekort aan kinderopvangplaatsen: regionale inventaris",
        "Lokaal loket kinderopvang: samenwerking tussen de gemeenten",
        "Personeelstekort in de kinderopvang: gezamenlijke wervingscampagne",
        "Buitenschoolse opvang: regierol van de gemeenten",
        "Uitbreidingsrondes van Opgroeien: kandidaturen uit de regio",
        "Opvang van kinderen met een specifieke zorgbehoefte",
        "Inkomensgerelateerde kinderopvang: toegankelijkheid voor werkzoekenden",
        "Kinderopvang op of nabij bedrijventerreinen",
    ],
    "werk": [
        "Knelpuntberoepen in de regio: actieplan VDAB",
        "Werkzaamheidsgraad Oost-Brabant: analyse van de cijfers",
        "Jobbeurs Spitsregio: evaluatie en volgende editie",
        "Activering van leefloners: samenwerking OCMW's en VDAB",
        "Opleidingen voor de zorg: instroom en uitval",
        "Anderstaligen naar werk: taalcoaching op de werkvloer",
        "Langdurig zieken en re-integratie: regionaal traject",
        "Werkbaar werk in kleine ondernemingen",
        "Lokale diensteneconomie: stand van zaken",
        "Werkzoekenden met een arbeidsbeperking: maatwerk in de regio",
        "Oudere werknemers: loopbaanbegeleiding en eindeloopbaan",
        "ESF-project: voortgangsrapportage en indicatoren",
    ],
    "economie": [
        "Bedrijvenbarometer: conjunctuur in de regio",
        "Handel in de kernen: leegstaande winkelpanden",
        "Circulaire economie: regionale proefprojecten",
        "Ruimte voor ondernemen: vraag en aanbod van bedrijfsgrond",
        "Landbouw en korte keten in het Hageland",
        "Toerisme in Hageland en Dijleland: economische impact",
        "Startende ondernemers: begeleiding en ondernemersloket",
        "Kennisinstellingen en innovatieve bedrijven: samenwerking",
        "Energiekosten voor kmo's: ondersteuningsmaatregelen",
    ],
    "onderwijs": [
        "Duaal leren: aanbod en leerwerkplekken in de regio",
        "Vroegtijdig schoolverlaten: regionale cijfers en aanpak",
        "STEM-aanbod en samenwerking met bedrijven",
        "Volwassenenonderwijs en tweedekansonderwijs",
        "Lerarentekort: gevolgen voor de scholen in de regio",
        "Overgang van onderwijs naar arbeidsmarkt: regionale monitor",
        "Studiekeuzebegeleiding en beroepenbeurs",
    ],
    "welzijn": [
        "Kinderarmoede en kwetsbare gezinnen: regionale aanpak",
        "Eerstelijnszones: samenwerking met de zorgraden",
        "Mentaal welzijn van jongeren en werkzoekenden",
        "Sociale economie en maatwerkbedrijven",
        "Toegang tot dienstverlening: digitale inclusie",
        "Huisvesting en begeleiding van nieuwkomers",
        "Mantelzorg en combinatie arbeid en zorg",
    ],
}

# When a body gets a theme the material does not know, its items still read naturally.
FALLBACK_SUBJECTS = [
    "{Theme}: stand van zaken",
    "{Theme}: voorstel van regionale aanpak",
    "{Theme}: evaluatie van het voorbije jaar",
    "{Theme}: adviesvraag van de Vlaamse overheid",
]

# Who typically presents an item on a theme: organisations and seats, never named people.
PRESENTERS: dict[str, list[str]] = {
    "mobiliteit": ["Interleuven", "Vervoerregio Leuven", "De Lijn", "Burgemeester {gemeente}"],
    "ruimtelijke ordening": [
        "Interleuven",
        "Provincie Vlaams-Brabant",
        "Burgemeester {gemeente}",
    ],
    "wonen": ["Interleuven", "Burgemeester {gemeente}", "Provincie Vlaams-Brabant"],
    "kinderopvang": ["Interleuven", "Opgroeien", "Burgemeester {gemeente}"],
    "werk": ["VDAB", "ERSV Vlaams-Brabant", "Vertegenwoordiger ACV", "Vertegenwoordiger VOKA"],
    "economie": [
        "VOKA",
        "UNIZO",
        "Provincie Vlaams-Brabant, dienst Economie",
        "Interleuven",
        "ERSV Vlaams-Brabant",
    ],
    "onderwijs": ["VDAB", "ERSV Vlaams-Brabant", "Vertegenwoordiger ABVV"],
    "welzijn": ["ERSV Vlaams-Brabant", "Burgemeester {gemeente}", "Vertegenwoordiger ACLVB"],
}
FALLBACK_PRESENTERS = ["het secretariaat"]

NOTE_OPENERS = [
    "{presenter} licht de stand van zaken toe aan de hand van een presentatie.",
    "{presenter} geeft een toelichting bij de nota die vooraf werd bezorgd.",
    "{presenter} schetst de achtergrond van het dossier en de timing.",
    "Het secretariaat vat de voorbereidende nota samen; {presenter} vult aan.",
    "{presenter} overloopt de belangrijkste cijfers voor {year}.",
]
NOTE_MIDDLES = [
    "Burgemeester {gemeente} wijst erop dat de kleinere gemeenten niet de capaciteit hebben "
    "om dit alleen op te nemen.",
    "Er wordt gevraagd om de gevolgen per gemeente in kaart te brengen.",
    "Verschillende leden benadrukken het belang van een gezamenlijk standpunt tegenover de "
    "Vlaamse overheid.",
    "De vertegenwoordiger van {org} vraagt aandacht voor de gevolgen op de werkvloer.",
    "Er is bezorgdheid over de timing: de termijn voor advies is bijzonder kort.",
    "De leden stellen vast dat de cijfers sterk verschillen tussen het noorden en het zuiden "
    "van de regio.",
    "Burgemeester {gemeente} deelt de ervaringen van de eigen gemeente, die positief zijn.",
    "Er wordt voorgesteld om de financiering te verdelen volgens het inwonersaantal.",
    "De discussie spitst zich toe op de rol van de provincie en van Interleuven.",
    "Er wordt opgemerkt dat de beschikbare middelen voor {year} beperkt zijn.",
    "Een aantal leden pleit ervoor eerst de evaluatie van het lopende project af te wachten.",
    "De vertegenwoordiger van {org} steunt het voorstel maar vraagt een duidelijke planning.",
]
NOTE_CLOSERS = [
    "De voorzitter besluit dat het dossier op een volgende vergadering terugkomt.",
    "Er is consensus over de voorgestelde aanpak.",
    "Het secretariaat verwerkt de opmerkingen in een aangepaste nota.",
    "De leden nemen kennis van de toelichting.",
    "De presentatie wordt samen met het verslag bezorgd.",
    "Het voorstel wordt, mits de gemaakte opmerkingen, goedgekeurd.",
]
ADJOURNED_NOTE = (
    "Bij gebrek aan tijd wordt het punt verdaagd naar de volgende vergadering. "
    "De nota blijft ongewijzigd."
)
ADJOURNED_AGAIN_NOTE = (
    "Het punt werd op de vorige vergadering verdaagd. {presenter} herneemt kort de nota."
)

INTERNAL_NOTES = [
    "Presentatie nog opvragen voor de bijlagen bij het verslag.",
    "Nagaan of de cijfers in de nota de meest recente zijn.",
    "Gevoelig punt: formulering in het verslag vooraf aftoetsen met de voorzitter.",
    "Burgemeester {gemeente} kwam na de vergadering nog terug op dit punt.",
    "Opvolgen: antwoord van {org} nog niet ontvangen.",
    "Zaal was te klein; volgende keer grotere zaal reserveren.",
]

DECISIONS = [
    "{Body} neemt kennis van de stand van zaken over {subject}.",
    "{Body} keurt de voorgestelde aanpak voor {subject} goed.",
    "{Body} geeft een gunstig advies over {subject}, mits de gemaakte opmerkingen.",
    "{Body} vraagt het secretariaat een voorstel uit te werken over {subject} "
    "tegen de volgende vergadering.",
    "{Body} neemt een gemeenschappelijk standpunt in over {subject} en bezorgt het aan de "
    "bevoegde minister.",
    "{Body} stemt in met de verdeling van de kosten voor {subject} volgens het inwonersaantal.",
    "{Body} richt een werkgroep op rond {subject} en vraagt {org} die te trekken.",
    "{Body} keurt de timing voor {subject} goed zoals voorgesteld in de nota.",
]
DECISION_AGENDA = "De agenda wordt vastgesteld."
DECISION_AGENDA_CHANGED = "De agenda wordt vastgesteld, met de toevoeging van een punt onder varia."
DECISION_MINUTES = "Het verslag van de vergadering van {date} wordt goedgekeurd."
DECISION_MINUTES_REMARKS = (
    "Het verslag van de vergadering van {date} wordt goedgekeurd, mits verwerking van de "
    "opmerking van {remarker}."
)
DECISION_MINUTES_FIRST = "Het verslag van de vorige vergadering wordt goedgekeurd."
VOTE_SENTENCE = (
    "Het voorstel wordt ter stemming voorgelegd: {for_} stemmen voor, {against} tegen en "
    "{abstain} onthoudingen."
)

ACTIONS = [
    "Een overzicht bezorgen van de stand van zaken rond {subject} per gemeente.",
    "Een nota uitwerken over {subject} met een voorstel van aanpak.",
    "{subject_cap} opnieuw agenderen op een volgende vergadering.",
    "De cijfers over {subject} actualiseren en aan het secretariaat bezorgen.",
    "Een brief aan de bevoegde minister opstellen over {subject}.",
    "Een werkvergadering organiseren met de betrokken diensten over {subject}.",
    "De opmerkingen van de leden over {subject} verwerken in de nota.",
    "Contact opnemen met {org} over {subject}.",
    "De presentatie over {subject} aan alle leden bezorgen.",
    "Een inventaris maken van de lopende initiatieven rond {subject}.",
    "Een kostenraming opmaken voor {subject}.",
    "Een communicatie naar de gemeenten voorbereiden over {subject}.",
]
ACTION_OWNER_TEXT = ["Werkgroep {theme}", "Secretariaat", "Voorzitter"]

EVENT_STARTED = [
    "Eerste overleg met de betrokken diensten heeft plaatsgevonden.",
    "Gegevens opgevraagd bij de gemeenten; antwoord van ongeveer de helft ontvangen.",
    "Ontwerpnota in voorbereiding.",
    "Werkvergadering vastgelegd.",
    "Contact opgenomen; wachten op antwoord.",
]
EVENT_POSTPONED = "Termijn verschoven van {old} naar {new}: {why}"
POSTPONE_REASONS = [
    "de cijfers zijn later beschikbaar.",
    "afstemming met de provincie loopt nog.",
    "op vraag van de trekker.",
    "samen te bekijken met een verwant dossier.",
]
EVENT_DONE = [
    "Afgewerkt: nota bezorgd aan de leden.",
    "Afgewerkt en besproken op de vergadering.",
    "Afgewerkt; het resultaat staat bij de bijlagen van het verslag.",
    "Afgewerkt: antwoord ontvangen en aan het secretariaat bezorgd.",
]
EVENT_CANCELLED = [
    "Geannuleerd: niet langer relevant na de beslissing van de Vlaamse overheid.",
    "Geannuleerd: opgenomen in een ander actiepunt.",
]

ANNOUNCEMENTS = [
    "Nieuws van de vervoerregio",
    "Nieuwe medewerker bij het secretariaat",
    "Terugkoppeling uit de provincieraad",
    "Uitnodiging voor een studiedag",
    "Oproep van de Vlaamse overheid",
    "Stand van zaken van de ESF-subsidie",
    "Persbericht over de vorige vergadering",
    "Jaarverslag van Interleuven",
]
ANNOUNCEMENT_NOTES = [
    "Het secretariaat brengt de leden op de hoogte; de documenten volgen per e-mail.",
    "Ter informatie; er zijn geen vragen.",
    "De leden nemen er kennis van.",
]
SUB_ITEMS = [
    ("Toelichting door {presenter}", "information"),
    ("Bespreking en standpunt", "discussion"),
    ("Verdere timing en afspraken", "decision"),
]

OPENING_NOTES = [
    "De voorzitter opent de vergadering om {time} en verwelkomt de aanwezigen.",
    "De voorzitter opent de vergadering om {time}. De verontschuldigingen worden gemeld.",
]
MINUTES_NOTES = [
    "Er zijn geen opmerkingen bij het verslag.",
    "Burgemeester {gemeente} vraagt een kleine correctie in punt 5; die wordt verwerkt.",
]
FOLLOW_UP_NOTES = [
    "De lijst van openstaande actiepunten wordt overlopen. {n} actiepunten zijn sinds de "
    "vorige vergadering afgewerkt.",
    "Het secretariaat overloopt de actiepunten; de vertraagde punten worden toegelicht.",
]
VARIA_NOTES = [
    "Geen punten.",
    "Burgemeester {gemeente} meldt de opening van een nieuw bedrijventerrein.",
    "De vertegenwoordiger van {org} vraagt aandacht voor een komende sensibiliseringscampagne.",
]
QUESTIONS_NOTES = [
    "Geen vragen.",
    "Burgemeester {gemeente} vraagt naar de stand van zaken van een eerder actiepunt; het "
    "secretariaat bezorgt een antwoord.",
    "Er wordt gevraagd de vergaderdata voor volgend jaar tijdig te bezorgen.",
]
NEXT_MEETING_NOTE = "De volgende vergadering vindt plaats op {date} om {time} ({location})."
NEXT_MEETING_UNKNOWN = "De datum van de volgende vergadering wordt later meegedeeld."

ITEM_ABSENCE_REASONS = [
    "Verlaat de zaal bij de bespreking van dit punt wegens een mogelijk belangenconflict.",
    "Neemt niet deel aan de bespreking: de eigen gemeente is rechtstreeks betrokken.",
]
SUBSTITUTE_FUNCTIONS_MUNICIPALITY = [
    "Eerste schepen {gemeente}",
    "Schepen {gemeente}",
    "Algemeen directeur {gemeente}",
]
SUBSTITUTE_FUNCTIONS_ORGANISATION = ["Plaatsvervanger {org}", "Stafmedewerker {org}"]

REMARKS = [
    "In punt 5 moet de naam van het project correct gespeld worden.",
    "Graag in het besluit van punt 6 'gunstig advies' vervangen door 'voorwaardelijk gunstig "
    "advies'.",
    "Mijn verontschuldiging ontbreekt in de lijst van aanwezigen.",
]
REOPEN_REASON = (
    "Heropend op vraag van {remarker}: de stemverhouding bij een besluit was verkeerd genoteerd."
)

LOCATIONS = {
    "BO": [
        "Interleuven, Leuven",
        "Provinciehuis Vlaams-Brabant, Leuven",
        "Stadhuis Leuven",
        "Gemeentehuis {gemeente}",
    ],
    "TF": [
        "ERSV Vlaams-Brabant, Leuven",
        "VDAB, Leuven",
        "Provinciehuis Vlaams-Brabant, Leuven",
        "Gemeentehuis {gemeente}",
    ],
}
ONLINE_LOCATION = "Online (videovergadering)"

# A few measurable objectives per theme: title, indicator, unit, baseline, target.
OBJECTIVES: dict[str, list[tuple[str, str, str, float, float]]] = {
    "mobiliteit": [
        (
            "Fietssnelwegen in de regio afwerken",
            "Afgewerkte kilometer fietssnelweg",
            "km",
            12.0,
            45.0,
        ),
        (
            "Hoppinpunten in elke gemeente",
            "Aantal hoppinpunten in gebruik",
            "hoppinpunten",
            3.0,
            40.0,
        ),
    ],
    "ruimtelijke ordening": [
        ("Bijkomende verharding afbouwen", "Bijkomende verharding per dag", "m²/dag", 950.0, 400.0),
    ],
    "wonen": [
        (
            "Het sociaal objectief halen",
            "Gerealiseerd aandeel van het sociaal objectief",
            "%",
            48.0,
            100.0,
        ),
    ],
    "kinderopvang": [
        (
            "Voldoende kinderopvang voor baby's en peuters",
            "Plaatsen kinderopvang per 100 kinderen jonger dan 3 jaar",
            "plaatsen",
            41.0,
            50.0,
        ),
    ],
    "werk": [
        ("Werkzaamheidsgraad naar 80 %", "Werkzaamheidsgraad 20-64 jaar", "%", 74.2, 80.0),
        (
            "Vacatures in knelpuntberoepen sneller invullen",
            "Gemiddelde looptijd van een vacature",
            "dagen",
            62.0,
            45.0,
        ),
    ],
    "economie": [
        (
            "Bedrijfsgrond efficiënter gebruiken",
            "Hectare heringerichte bedrijfsgrond",
            "ha",
            0.0,
            25.0,
        ),
    ],
    "onderwijs": [
        (
            "Meer leerwerkplekken voor duaal leren",
            "Aantal erkende leerwerkplekken",
            "plekken",
            310.0,
            600.0,
        ),
        (
            "Minder vroegtijdige schoolverlaters",
            "Aandeel vroegtijdige schoolverlaters",
            "%",
            7.1,
            5.0,
        ),
    ],
    "welzijn": [
        ("Kinderarmoede terugdringen", "Kansarmoede-index Kind en Gezin", "%", 9.8, 7.0),
    ],
}
OBJECTIVE_DESCRIPTION = (
    "Doelstelling van {body}, vastgelegd in de regionale visie. De indicator wordt "
    "halfjaarlijks opgevolgd op basis van de beschikbare cijfers."
)
INDICATOR_NOTES = ["", "", "Voorlopig cijfer.", "Bron: Vlaamse overheid, lokale statistieken."]

BODY_SUBJECT = {"BO": "het burgemeestersoverleg", "TF": "de taskforce"}

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
