#!/usr/bin/env python3
"""Generate the bundled DataGrip.Core sample data.

Run from the repository root:

    python3 samples/data/generate_samples.py

The script uses only the Python standard library and a fixed random seed, so
re-running it gives byte-identical files. It writes:

* samples/data/gemeenten-export.json  - a valid export (schema 1.1) with projects
  of five municipalities (including some deliberate near-duplicates), with
  phase histories, decisions, pilot terms and KPI measurements;
* samples/data/gemeenten-export-2025.json - the same portfolio a year earlier
  (2025-11-20): the previous export the grip report compares against;
* samples/data/invalid/*.json         - small files that each show one kind of
  problem.

All texts are fictional. They are modelled on entries in the Dutch
Algoritmeregister (MinBZK/Algoritmeregister, EUPL-1.2); people, suppliers,
KvK numbers, register numbers and web pages are made up.
"""
import copy
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
INVALID_DIR = os.path.join(HERE, "invalid")
SEED = 20261120
GENERATED_AT = "2026-11-20T09:00:00Z"
PREVIOUS_AT = "2025-11-20T09:00:00Z"

WETTEN = "https://wetten.overheid.nl/"

# ---------------------------------------------------------------------------
# Municipalities (names and codes as in gemeenten.csv of the Algoritmeregister)
# ---------------------------------------------------------------------------
MUNIS = {
    "utrecht": {"name": "Gemeente Utrecht", "code": "GM0344", "city": "Utrecht",
                "domain": "utrecht.nl", "ris": "utrecht.raadsinformatie.nl"},
    "amsterdam": {"name": "Gemeente Amsterdam", "code": "GM0363", "city": "Amsterdam",
                  "domain": "amsterdam.nl", "ris": "amsterdam.raadsinformatie.nl"},
    "eindhoven": {"name": "Gemeente Eindhoven", "code": "GM0772", "city": "Eindhoven",
                  "domain": "eindhoven.nl", "ris": "eindhoven.raadsinformatie.nl"},
    "tilburg": {"name": "Gemeente Tilburg", "code": "GM0855", "city": "Tilburg",
                "domain": "tilburg.nl", "ris": "tilburg.raadsinformatie.nl"},
    "zwolle": {"name": "Gemeente Zwolle", "code": "GM0193", "city": "Zwolle",
               "domain": "zwolle.nl", "ris": "zwolle.raadsinformatie.nl"},
}


def org(muni):
    m = MUNIS[muni]
    return {"name": m["name"], "code": m["code"], "type": "gemeente"}


# ---------------------------------------------------------------------------
# Laws (title, BWBR id) - links point to wetten.overheid.nl
# ---------------------------------------------------------------------------
LAWS = {
    "gemeentewet": ("Gemeentewet", "BWBR0005416"),
    "gemeentewet225": ("Gemeentewet, artikel 225 (parkeerbelastingen)", "BWBR0005416"),
    "wvw": ("Wegenverkeerswet 1994", "BWBR0006622"),
    "wahv": ("Wet administratiefrechtelijke handhaving verkeersvoorschriften", "BWBR0004229"),
    "pw": ("Participatiewet", "BWBR0015703"),
    "wmo": ("Wet maatschappelijke ondersteuning 2015", "BWBR0035362"),
    "wgs": ("Wet gemeentelijke schuldhulpverlening", "BWBR0031000"),
    "woo": ("Wet open overheid", "BWBR0045754"),
    "uavg": ("Uitvoeringswet Algemene verordening gegevensbescherming", "BWBR0040940"),
    "awb": ("Algemene wet bestuursrecht", "BWBR0005537"),
    "wm": ("Wet milieubeheer", "BWBR0003245"),
    "wbrp": ("Wet basisregistratie personen", "BWBR0033715"),
    "wpo": ("Wet op het primair onderwijs, artikel 4 (leerlingenvervoer)", "BWBR0003420"),
    "woz": ("Wet waardering onroerende zaken", "BWBR0007119"),
    "jw": ("Jeugdwet", "BWBR0034925"),
    "ow": ("Omgevingswet", "BWBR0037885"),
    "wbb": ("Wet Bibob", "BWBR0013798"),
}


def law_refs(keys):
    return [{"title": LAWS[k][0], "link": WETTEN + LAWS[k][1]} for k in keys]


# ---------------------------------------------------------------------------
# Suppliers (fictional companies, fictional KvK numbers)
# ---------------------------------------------------------------------------
SUPPLIERS = {
    "straatscan": {"name": "Straatscan Mobiliteit B.V.", "kvkNumber": "61827354",
                   "role": "softwareVendor", "product": "ScanPark 5"},
    "parkeerdata": {"name": "Parkeerdata Nederland B.V.", "kvkNumber": "70112938",
                    "role": "dataProcessor", "product": "Naheffingsmodule"},
    "signaalhuis": {"name": "Signaalhuis B.V.", "kvkNumber": "58203417",
                    "role": "softwareVendor", "product": "Vroegsignaal"},
    "redactiewerk": {"name": "Redactiewerk Digitaal B.V.", "kvkNumber": "73920164",
                     "role": "softwareVendor", "product": "AnonimiseerStudio"},
    "lakmachine": {"name": "Lakmachine B.V.", "kvkNumber": "81649025",
                   "role": "softwareVendor", "product": "WooLak"},
    "documentveilig": {"name": "Documentveilig Nederland B.V.", "kvkNumber": "66038271",
                       "role": "softwareVendor", "product": "Anoniem Online"},
    "modelwerk": {"name": "Modelwerk Analytics B.V.", "kvkNumber": "69418302",
                  "role": "developer", "product": "Risicomodel op maat"},
    "wolkhosting": {"name": "Wolkhosting Nederland B.V.", "kvkNumber": "54019283",
                    "role": "hosting", "product": "Overheidscloud"},
    "verkeerslicht": {"name": "Kruispunt Techniek B.V.", "kvkNumber": "62739104",
                      "role": "softwareVendor", "product": "iVRI-regelaar Flow"},
    "dashboardbouw": {"name": "Dashboardbouwers B.V.", "kvkNumber": "77203518",
                      "role": "developer", "product": "Wijkdashboard"},
    "routeplan": {"name": "Routeplan Logistiek B.V.", "kvkNumber": "59372016",
                  "role": "softwareVendor", "product": "RitPlanner"},
    "milieupas": {"name": "Containerpas Systemen B.V.", "kvkNumber": "68120473",
                  "role": "softwareVendor", "product": "Milieupas Beheer"},
    "praatpaal": {"name": "Praatpaal AI B.V.", "kvkNumber": "83910276",
                  "role": "softwareVendor", "product": "Gemeentebot"},
    "energieinzicht": {"name": "Energie-Inzicht Advies B.V.", "kvkNumber": "71830294",
                       "role": "consultant", "product": "Energiearmoedemonitor"},
    "subsidiecheck": {"name": "Subsidiecheck B.V.", "kvkNumber": "64281937",
                      "role": "softwareVendor", "product": "Verantwoordingscheck"},
    "drukteteller": {"name": "Drukteteller B.V.", "kvkNumber": "75540218",
                     "role": "dataProvider", "product": "Passantentelling"},
}


def supplier(key, contract=None, **extra):
    s = dict(SUPPLIERS[key])
    if contract:
        s["contractReference"] = contract
    s.update(extra)
    return s


# ---------------------------------------------------------------------------
# Data sources
# ---------------------------------------------------------------------------
SOURCES = {
    "brp": {"title": "Basisregistratie Personen (BRP)", "link": "https://www.rvig.nl/basisregistratie-personen",
            "baseRegistry": "brp", "holder": "Rijksdienst voor Identiteitsgegevens", "personalData": "identified",
            "categories": {"ordinary": ["naam", "adres", "geboortedatum", "samenstelling huishouden"],
                           "sensitive": ["bsn"], "criminal": False}},
    "bri": {"title": "Basisregistratie Inkomen (BRI)", "baseRegistry": "bri", "holder": "Belastingdienst",
            "personalData": "identified",
            "categories": {"ordinary": ["verzamelinkomen"], "sensitive": ["bsn", "financial"], "criminal": False}},
    "woz": {"title": "Basisregistratie WOZ", "baseRegistry": "woz", "holder": "gemeente",
            "personalData": "identified",
            "categories": {"ordinary": ["WOZ-waarde", "adres", "eigenaar of gebruiker"], "criminal": False}},
    "bag": {"title": "Basisregistratie Adressen en Gebouwen (BAG)",
            "link": "https://www.kadaster.nl/zakelijk/registraties/basisregistraties/bag",
            "baseRegistry": "bag", "holder": "Kadaster", "personalData": "none"},
    "bgt": {"title": "Basisregistratie Grootschalige Topografie (BGT)", "baseRegistry": "bgt",
            "holder": "Kadaster", "personalData": "none"},
    "hr": {"title": "Handelsregister", "baseRegistry": "hr", "holder": "Kamer van Koophandel",
           "personalData": "identified", "categories": {"ordinary": ["naam bestuurder", "KvK-nummer"]}},
    "brk": {"title": "Basisregistratie Kadaster (BRK)", "baseRegistry": "brk", "holder": "Kadaster",
            "personalData": "identified", "categories": {"ordinary": ["eigenaar", "perceel"]}},
    "npr": {"title": "Nationaal Parkeer Register", "link": "https://www.nationaalparkeerregister.nl",
            "holder": "Stichting Nationaal Parkeer Register", "personalData": "pseudonymised",
            "categories": {"ordinary": ["kenteken", "parkeerrecht"], "sensitive": ["location"]}},
    "scanfoto": {"title": "Foto's en kentekens van de scanauto", "holder": "gemeente",
                 "personalData": "identified",
                 "categories": {"ordinary": ["kenteken", "foto van het voertuig", "tijdstip"],
                                "sensitive": ["location"], "criminal": False}},
    "vroegsignalen": {"title": "Signalen over betalingsachterstanden van vaste lasten",
                      "holder": "woningcorporaties, energie- en drinkwaterbedrijven en zorgverzekeraars",
                      "personalData": "identified",
                      "categories": {"ordinary": ["naam", "adres", "hoogte achterstand"],
                                     "sensitive": ["bsn", "financial", "vulnerablePeople"], "criminal": False}},
    "wmo": {"title": "Registratie Wmo-voorzieningen", "holder": "gemeente", "personalData": "pseudonymised",
            "categories": {"ordinary": ["soort voorziening", "wijk", "leeftijdsgroep"], "special": ["health"],
                           "sensitive": ["vulnerablePeople"], "criminal": False}},
    "uitkering": {"title": "Uitkeringsadministratie bijstand", "holder": "gemeente", "personalData": "identified",
                  "categories": {"ordinary": ["uitkeringsnorm", "woonsituatie", "eerdere heronderzoeken"],
                                 "sensitive": ["bsn", "financial", "vulnerablePeople"], "criminal": False}},
    "suwinet": {"title": "Suwinet-Inkijk", "holder": "BKWI", "personalData": "identified",
                "categories": {"ordinary": ["werkgever", "uitkeringen"], "sensitive": ["bsn", "financial"]}},
    "woodocs": {"title": "Documenten die onder een Woo-verzoek vallen", "holder": "gemeente",
                "personalData": "identified",
                "categories": {"ordinary": ["namen", "e-mailadressen", "telefoonnummers", "handtekeningen"],
                               "special": ["health"], "sensitive": ["bsn", "communication"], "criminal": False}},
    "ivri": {"title": "Verkeersdata van detectielussen en iVRI's", "holder": "gemeente", "personalData": "none"},
    "sensoren": {"title": "Tellingen van passantensensoren", "holder": "gemeente",
                 "personalData": "pseudonymised", "categories": {"sensitive": ["location"]}},
    "cbs": {"title": "CBS Kerncijfers wijken en buurten",
            "link": "https://www.cbs.nl/nl-nl/reeksen/kerncijfers-wijken-en-buurten-2004-2024",
            "holder": "Centraal Bureau voor de Statistiek", "personalData": "none"},
    "eplabel": {"title": "Energielabels van woningen (EP-online)", "holder": "Rijksdienst voor Ondernemend Nederland",
                "personalData": "none"},
    "leerlingen": {"title": "Aanvragen leerlingenvervoer", "holder": "gemeente", "personalData": "identified",
                   "categories": {"ordinary": ["naam", "adres", "school", "vervoersvorm"], "special": ["health"],
                                  "sensitive": ["vulnerablePeople", "location"], "criminal": False}},
    "subsidies": {"title": "Subsidieaanvragen en verantwoordingen", "holder": "gemeente",
                  "personalData": "identified",
                  "categories": {"ordinary": ["naam organisatie", "contactpersoon", "bedragen"],
                                 "sensitive": ["financial"], "criminal": False}},
    "milieupas": {"title": "Registratie milieupassen en stortingen in ondergrondse containers", "holder": "gemeente",
                  "personalData": "pseudonymised",
                  "categories": {"ordinary": ["pasnummer", "adres", "aantal stortingen"], "sensitive": ["location"]}},
    "containers": {"title": "Vulgraadsensoren in afvalcontainers", "holder": "gemeente", "personalData": "none"},
    "meldingen": {"title": "Meldingen openbare ruimte", "holder": "gemeente", "personalData": "pseudonymised",
                  "categories": {"ordinary": ["tekst van de melding", "locatie"], "sensitive": ["location"]}},
    "ondermijning": {"title": "Signalen ondermijning uit het RIEC-overleg", "holder": "RIEC Zeeland-West-Brabant",
                     "personalData": "identified",
                     "categories": {"ordinary": ["naam", "adres", "bedrijf"], "sensitive": ["financial"],
                                    "criminal": True}},
    "chatlogs": {"title": "Gesprekken met de chatbot", "holder": "gemeente", "personalData": "pseudonymised",
                 "categories": {"ordinary": ["vraag", "antwoord"], "sensitive": ["communication"]}},
}


def sources(keys):
    return [copy.deepcopy(SOURCES[k]) for k in keys]


# ---------------------------------------------------------------------------
# Topics: the project ideas. {stad} is replaced by the city name.
# Only the rich topics carry full purpose/legal/risk texts; the builder falls
# back to shorter texts for the rest.
# ---------------------------------------------------------------------------
TOPICS = {
    "scanauto": {
        "name": "Scanauto parkeercontrole",
        "short": ("De gemeente {stad} controleert met scanauto's of geparkeerde auto's betaald hebben. "
                  "De scanauto leest het kenteken en kijkt in het parkeerregister. Heeft niemand betaald, "
                  "dan bekijkt een handhaver de foto's voordat er een naheffing komt."),
        "description": ("Een scanauto rijdt door straten waar betaald parkeren geldt. Camera's op het dak "
                        "lezen de kentekens van geparkeerde auto's (kentekenherkenning). Het systeem vraagt aan "
                        "het Nationaal Parkeer Register of er voor dat kenteken een parkeerrecht is. Is dat er "
                        "niet, dan komt de zaak bij een handhaver. Die kijkt op de foto's of er iets bijzonders is, "
                        "zoals een gehandicaptenparkeerkaart of laden en lossen. Pas daarna wordt een "
                        "naheffingsaanslag opgelegd. Foto's van auto's met een geldig parkeerrecht worden direct "
                        "verwijderd."),
        "kind": "algorithm", "themes": ["traffic", "publicFinance"],
        "tags": ["scanauto", "kentekenherkenning", "parkeren", "handhaving"],
        "department": "Stadsbeheer, team Parkeren",
        "sources": ["scanfoto", "npr"], "subjects": ["citizens", "businesses"], "many": True,
        "freq": "continuous", "retention": "lessThanOneWeek", "transfer": "none",
        "algo": "ruleBased", "use": "descriptive",
        "methods": ("Optische tekenherkenning (OCR) leest het kenteken. Een vaste regel vergelijkt het kenteken met "
                    "het parkeerregister. Er is geen zelflerend model voor de beslissing."),
        "performance": "Het kenteken wordt in ongeveer 98 van de 100 gevallen goed gelezen. Een handhaver controleert elke treffer.",
        "automation": "partial", "legalEffects": True,
        "human": "Een handhaver beoordeelt elke mogelijke overtreding op basis van de foto's voordat een naheffing wordt opgelegd.",
        "objection": "Wie het niet eens is met de naheffingsaanslag, kan binnen zes weken bezwaar maken bij de gemeente.",
        "monitoring": "Elk kwartaal kijkt het team hoeveel naheffingen na bezwaar worden vernietigd en waarom.",
        "legal": {"basis": "De gemeente heft parkeerbelasting op grond van de Gemeentewet en de Verordening parkeerbelastingen.",
                  "refs": ["gemeentewet225", "awb"], "gdpr": "publicTask"},
        "purpose": {
            "problem": "Handmatige controle van betaald parkeren kost veel tijd. Daardoor wordt maar een klein deel van de geparkeerde auto's gecontroleerd.",
            "goal": "Meer en eerlijker controle op betaald parkeren, zodat de parkeerdruk in de wijken daalt en iedereen gelijk wordt behandeld.",
            "values": ["gelijke behandeling", "doelmatigheid", "privacy"],
            "goals": [("Minder auto's zonder parkeerrecht in betaald-parkerengebied",
                       [("Betaalgraad betaald parkeren", "%", 87, 95, 93.4, "2026-06")]),
                      ("Zo weinig mogelijk onterechte naheffingen",
                       [("Naheffingen vernietigd na bezwaar", "per 1.000 naheffingen", 14, 5, 4.6, "2026-06")])],
            "proportionality": "Alleen kenteken, foto en tijdstip worden verwerkt. Gegevens van auto's met een parkeerrecht worden meteen verwijderd.",
            "alternatives": "Alleen controle te voet is overwogen. Dat is duurder en controleert veel minder auto's.",
        },
        "risk": {"cat": "impactfulAlgorithm",
                 "ai": {"systemType": "aiSystem", "role": "deployer", "riskGroup": "notHighRisk", "transparencyObligation": False},
                 "assessments": [("dpia", "DPIA scanauto's", "done", "2022-03",
                                  "Risico's zijn aanvaardbaar met de maatregelen. Foto's worden na 48 uur verwijderd.")],
                 "risks": [("Verkeerd gelezen kenteken", "De camera leest een kenteken verkeerd, bijvoorbeeld door vuil of regen.",
                            "Een handhaver controleert elke treffer op de foto voordat er een naheffing komt."),
                           ("Vastleggen van omstanders", "Op de foto's kunnen voorbijgangers staan.",
                            "Personen op de foto worden automatisch onherkenbaar gemaakt.")]},
    },
    "vroegsignalering": {
        "name": "Vroegsignalering betalingsachterstanden",
        "short": ("Woningcorporaties, energiebedrijven, drinkwaterbedrijven en zorgverzekeraars melden betalingsachterstanden "
                  "bij de gemeente {stad}. Een regel bepaalt welke signalen eerst worden opgepakt. Een schuldhulpverlener "
                  "neemt daarna contact op met de inwoner."),
        "description": ("Mensen met schulden zoeken vaak pas laat hulp. Daarom krijgt de gemeente signalen als iemand de huur, "
                        "energie, het water of de zorgverzekering niet betaalt. De software combineert signalen over hetzelfde "
                        "adres en zet ze in volgorde van urgentie. Een medewerker kijkt naar elk signaal en belt of gaat langs. "
                        "De inwoner beslist zelf of hij hulp wil."),
        "kind": "algorithm", "themes": ["socialSecurity", "publicFinance"],
        "tags": ["vroegsignalering", "schulden", "schuldhulpverlening"],
        "department": "Maatschappelijke Ontwikkeling, team Schuldhulpverlening",
        "sources": ["vroegsignalen", "brp"], "subjects": ["citizens", "otherVulnerableGroups"], "many": True,
        "freq": "moreThanMonthly", "retention": "oneYear", "transfer": "none",
        "algo": "ruleBased", "use": "prescriptive",
        "methods": "Vaste regels: hoogte van de achterstand, aantal signalen op hetzelfde adres en kinderen in het huishouden bepalen de volgorde.",
        "automation": "decisionSupport", "legalEffects": False,
        "human": "Een schuldhulpverlener bekijkt elk signaal en beslist of en hoe contact wordt gezocht.",
        "objection": "Inwoners kunnen de gemeente vragen hun gegevens te verwijderen. Er is geen besluit, dus geen bezwaar.",
        "monitoring": "Maandelijks wordt gekeken hoeveel signalen leiden tot een gesprek en tot hulp.",
        "legal": {"basis": "De gemeente moet signalen van vaste-lastenpartners oppakken volgens artikel 4a van de Wet gemeentelijke schuldhulpverlening.",
                  "refs": ["wgs", "uavg"], "gdpr": "legalObligation"},
        "purpose": {
            "problem": "Inwoners met geldzorgen komen gemiddeld pas na vijf jaar bij de schuldhulpverlening. Hun schulden zijn dan vaak hoog.",
            "goal": "Eerder in contact komen met inwoners met betalingsachterstanden, zodat schulden niet oplopen en huisuitzetting wordt voorkomen.",
            "values": ["bestaanszekerheid", "privacy", "menselijke maat"],
            "goals": [("Minder huisuitzettingen door huurachterstand",
                       [("Huisuitzettingen door huurachterstand", "aantal per jaar", 61, 30, 38, "2026-01")]),
                      ("Meer inwoners eerder geholpen",
                       [("Signalen die leiden tot een hulpgesprek", "%", 22, 40, 31, "2026-09"),
                        ("Gemiddelde schuld bij start hulp", "euro", 9400, 5000)])],
            "proportionality": "De gemeente gebruikt alleen gegevens die de wet noemt. Signalen zonder contact worden na twaalf maanden verwijderd.",
            "alternatives": "Alleen voorlichting is geprobeerd. Daarmee werden te weinig inwoners bereikt.",
        },
        "risk": {"cat": "impactfulAlgorithm",
                 "ai": {"systemType": "notAnAiSystem"},
                 "assessments": [("dpia", "DPIA vroegsignalering schulden", "done", "2021-06", "Aanvaardbare risico's met de genomen maatregelen."),
                                 ("iama", "IAMA vroegsignalering", "planned", None, None)],
                 "risks": [("Stigmatisering", "Inwoners kunnen zich gecontroleerd voelen als de gemeente onverwacht contact opneemt.",
                            "Het eerste contact is een vriendelijk aanbod. Meedoen is vrijwillig."),
                           ("Onjuiste signalen", "Een partner meldt een achterstand die al is betaald.",
                            "De medewerker controleert het signaal bij de partner voor het contact.")]},
    },
    "anonimiseren": {
        "name": "Anonimiseren van Woo-documenten",
        "short": ("Software helpt medewerkers van de gemeente {stad} om persoonsgegevens in documenten voor Woo-verzoeken "
                  "onleesbaar te maken. De software doet een voorstel. Een medewerker controleert alles voordat de "
                  "documenten openbaar worden."),
        "description": ("Bij een verzoek op grond van de Wet open overheid (Woo) moet de gemeente vaak honderden documenten openbaar maken. "
                        "Namen, telefoonnummers en andere persoonsgegevens moeten eerst worden weggelakt. De software herkent deze "
                        "gegevens met taalherkenning en stelt voor wat weg moet. De medewerker neemt het voorstel over, past het aan "
                        "of voegt lakken toe. Daarna worden de documenten gepubliceerd."),
        "kind": "algorithm", "themes": ["organisationAndOperations", "law"],
        "tags": ["Woo", "anonimiseren", "lakken", "openbaarheid"],
        "department": "Juridische Zaken, team Informatieverzoeken",
        "sources": ["woodocs"], "subjects": ["citizens", "employees", "businesses"], "many": True,
        "freq": "moreThanMonthly", "retention": "lessThanOneMonth", "transfer": "withinEea",
        "algo": "machineLearning", "use": "descriptive",
        "methods": "Named entity recognition (taalmodel) voor namen, plus vaste patronen voor BSN, IBAN, telefoonnummers en e-mailadressen.",
        "performance": "In een test met 2.000 pagina's vond de software 94 procent van de namen. Vaste patronen werden bijna altijd gevonden.",
        "automation": "decisionSupport", "legalEffects": False,
        "human": "Een medewerker controleert elk document en beslist wat wordt gelakt. De software publiceert niets zelf.",
        "objection": "Bezwaar tegen een Woo-besluit kan bij de gemeente, zoals bij elk besluit.",
        "monitoring": "Steekproeven op gepubliceerde documenten: zijn er gegevens gemist?",
        "legal": {"basis": "De gemeente moet informatie openbaar maken volgens de Woo, en persoonsgegevens beschermen volgens de AVG.",
                  "refs": ["woo", "uavg"], "gdpr": "legalObligation"},
        "purpose": {
            "problem": "Het handmatig lakken van documenten kost veel tijd. Woo-verzoeken worden daardoor vaak te laat afgehandeld.",
            "goal": "Woo-verzoeken sneller afhandelen en minder fouten maken bij het weglakken van persoonsgegevens.",
            "values": ["openbaarheid", "privacy", "doelmatigheid"],
            "goals": [("Woo-verzoeken binnen de wettelijke termijn afgehandeld",
                       [("Verzoeken binnen termijn", "%", 41, 80, 67, "2026-07"),
                        ("Gemiddelde behandeltijd per 100 pagina's", "uur", 9, 3, 4.5, "2026-07")])],
            "proportionality": "De documenten blijven binnen de beveiligde omgeving van de leverancier in de EU en worden na publicatie verwijderd.",
            "alternatives": "Meer medewerkers inhuren; dat bleek op de arbeidsmarkt niet haalbaar.",
        },
        "risk": {"cat": "otherAlgorithm",
                 "ai": {"systemType": "aiSystem", "role": "deployer", "riskGroup": "notHighRisk", "transparencyObligation": False},
                 "assessments": [("dpia", "DPIA anonimiseringssoftware", "done", "2024-02", "Verwerking in de EU, verwerkersovereenkomst gesloten.")],
                 "risks": [("Gemiste persoonsgegevens", "De software herkent niet alle namen, bijvoorbeeld in handschrift of scans.",
                            "Een medewerker controleert elk document; scans worden eerst met tekstherkenning omgezet."),
                           ("Te veel lakken", "Informatie die openbaar mag, wordt onnodig weggelakt.",
                            "Een jurist kijkt steekproefsgewijs mee.")]},
    },
    "bijstand": {
        "name": "Risicoselectie rechtmatigheid bijstand",
        "short": ("Een model gaf aanvragen voor een bijstandsuitkering in {stad} een risicoscore. Aanvragen met een hoge score "
                  "kregen een extra onderzoek. Het model gebruikte gegevens uit de BRP, de BRI en de WOZ. De gemeente "
                  "is met het model gestopt."),
        "description": ("De gemeente wilde onterechte uitkeringen eerder opmerken. Een zelflerend model maakte een profiel van "
                        "aanvragen waarbij eerder iets mis bleek. Nieuwe aanvragen die op dat profiel leken, gingen naar een "
                        "handhavingsmedewerker. Bij toetsing bleek dat het model sommige groepen vaker selecteerde, ook al waren "
                        "die niet vaker in overtreding. De gemeente heeft het model daarom stopgezet en werkt weer met "
                        "willekeurige steekproeven."),
        "kind": "model", "themes": ["socialSecurity", "work"],
        "tags": ["bijstand", "risicoprofilering", "rechtmatigheid", "profilering"],
        "department": "Werk en Inkomen, team Handhaving",
        "sources": ["brp", "bri", "woz", "uitkering", "suwinet"], "subjects": ["citizens", "otherVulnerableGroups"], "many": True,
        "freq": "continuous", "retention": "severalYears", "transfer": "none",
        "algo": "machineLearning", "use": "predictive",
        "methods": "Explainable boosting machine, getraind op afgeronde heronderzoeken van 2018 tot en met 2022. Vijftien kenmerken, geen nationaliteit.",
        "performance": "Precisie 0,36 bij een selectie van 10 procent. Ongelijke selectie naar leeftijd en herkomst bleef na herweging bestaan.",
        "automation": "decisionSupport", "legalEffects": True,
        "human": "Een handhavingsmedewerker besliste of er een onderzoek kwam. Het besluit over de uitkering nam altijd een consulent.",
        "objection": "Tegen een besluit over de uitkering kan de aanvrager bezwaar maken.",
        "monitoring": "Elke drie maanden een toets op ongelijke behandeling per leeftijdsgroep, geslacht en herkomst.",
        "legal": {"basis": "De gemeente moet de rechtmatigheid van de bijstand onderzoeken (artikel 53a Participatiewet).",
                  "refs": ["pw", "wbrp", "uavg"], "gdpr": "publicTask"},
        "purpose": {
            "problem": "Een klein deel van de bijstandsuitkeringen wordt onterecht verstrekt. Terugvorderen achteraf brengt mensen in de schulden.",
            "goal": "Fouten aan het begin opsporen, zodat inwoners geen hoge terugvordering krijgen.",
            "values": ["rechtmatigheid", "non-discriminatie", "uitlegbaarheid"],
            "goals": [("Minder terugvorderingen na toekenning",
                       [("Aanvragen met terugvordering binnen een jaar", "%", 6.1, 4, 5.8, "2025-01")])],
            "proportionality": "Na toetsing bleek het model niet proportioneel: de nadelen voor bepaalde groepen wogen zwaarder dan de opbrengst.",
            "alternatives": "Willekeurige steekproeven en betere voorlichting bij de aanvraag. Daar is de gemeente weer mee gewerkt.",
        },
        "risk": {"cat": "highRiskAiSystem",
                 "ai": {"systemType": "aiSystem", "role": "provider", "riskGroup": "highRisk",
                        "annexIIIArea": "essentialServices", "transparencyObligation": True},
                 "assessments": [("dpia", "DPIA risicoselectie bijstand", "done", "2023-02", "Hoog risico; aanvullende maatregelen nodig."),
                                 ("iama", "IAMA risicoselectie", "done", "2023-03", "Grondrechtenrisico's benoemd, zie biastoets."),
                                 ("fria", None, "notRequired", None, None)],
                 "risks": [("Discriminatie", "Het model selecteert groepen vaker zonder dat daar een goede reden voor is.",
                            "Biastoets per kwartaal; bij ongelijke selectie stopt het gebruik."),
                           ("Gebrek aan uitleg", "Aanvragers weten niet waarom zij extra worden onderzocht.",
                            "Iedere aanvrager krijgt een brief met uitleg; het model is openbaar beschreven.")]},
    },
    "verkeerslichten": {
        "name": "Slimme verkeerslichten",
        "short": ("Verkeerslichten in {stad} regelen zelf hoe lang ze groen geven. Ze gebruiken tellingen van auto's, fietsers "
                  "en voetgangers en berichten van hulpdiensten en bussen. Zo hoeft niemand onnodig te wachten."),
        "description": ("Een intelligente verkeersregelinstallatie (iVRI) krijgt gegevens van detectielussen, camera's die "
                        "alleen tellen, en apps die fietsers en hulpdiensten aanmelden. De regelaar berekent elke seconde welke "
                        "richting groen krijgt. Hulpdiensten en lijnbussen krijgen voorrang. Er worden geen beelden bewaard."),
        "kind": "algorithm", "themes": ["traffic", "spatialPlanningAndInfrastructure"],
        "tags": ["iVRI", "verkeerslichten", "doorstroming", "fiets"],
        "department": "Ruimte, afdeling Verkeer en Vervoer",
        "sources": ["ivri", "bgt"], "subjects": ["citizens"], "many": True,
        "freq": "continuous", "retention": "lessThanOneDay", "transfer": "none",
        "algo": "ruleBased", "use": "prescriptive",
        "methods": "Regelalgoritme met wachtrijmodel; vaste prioriteitsregels voor hulpdiensten en openbaar vervoer.",
        "performance": "Wachttijd voor fietsers op de proefkruisingen gemiddeld 18 procent korter.",
        "automation": "full", "legalEffects": False,
        "human": "Verkeerskundigen kunnen de instellingen per kruispunt aanpassen en de regeling op afstand uitzetten.",
        "monitoring": "Dagelijkse rapportage van wachttijden en storingen per kruispunt.",
        "legal": {"basis": "De gemeente is wegbeheerder en regelt het verkeer op haar wegen.",
                  "refs": ["wvw"], "gdpr": "publicTask"},
        "purpose": {
            "problem": "Vaste verkeerslichtregelingen houden geen rekening met de drukte op dat moment. Fietsers wachten vaak lang.",
            "goal": "Betere doorstroming, minder uitstoot en veiliger oversteken.",
            "values": ["veiligheid", "duurzaamheid"],
            "goals": [("Kortere wachttijd voor fietsers",
                       [("Gemiddelde wachttijd fietsers", "seconden", 41, 30, 33.5, "2026-05")]),
                      ("Minder stilstaand verkeer",
                       [("Uitstoot CO2 op proefcorridor", "ton per jaar", 1250, 1100)])],
            "proportionality": "Er worden geen persoonsgegevens bewaard; camera's tellen alleen.",
            "alternatives": "Vaste regelingen aanpassen per tijdstip. Dat helpt minder bij wisselende drukte.",
        },
        "risk": {"cat": "otherAlgorithm",
                 "ai": {"systemType": "notAnAiSystem"},
                 "assessments": [("dpia", None, "notRequired", None, None, "Er worden geen persoonsgegevens verwerkt.")],
                 "risks": [("Storing", "Bij een storing valt de regeling terug op een vast programma.",
                            "Automatische melding aan de verkeerscentrale.")]},
    },
    "wmodashboard": {
        "name": "Wmo-dashboard voor wijkteams",
        "short": ("Een dashboard laat per wijk in {stad} zien hoeveel inwoners Wmo-ondersteuning krijgen, welke voorzieningen "
                  "het meest worden gebruikt en hoe lang aanvragen duren. Het dashboard gebruikt alleen gegevens die niet "
                  "naar personen te herleiden zijn."),
        "description": ("Wijkteams en beleidsmakers willen weten waar de vraag naar ondersteuning groeit. Het dashboard combineert "
                        "gegevens over Wmo-voorzieningen met CBS-cijfers over de wijk. Groepen kleiner dan tien personen worden "
                        "niet getoond. Het dashboard neemt geen besluiten over inwoners."),
        "kind": "dashboard", "themes": ["healthAndCare", "socialSecurity"],
        "tags": ["Wmo", "dashboard", "wijkteams", "stuurinformatie"],
        "department": "Sociaal Domein, team Beleidsinformatie",
        "sources": ["wmo", "cbs"], "subjects": ["citizens", "otherVulnerableGroups"], "many": True,
        "freq": "atLeastMonthly", "retention": "severalYears", "transfer": "none",
        "algo": "none", "use": "descriptive",
        "methods": "Tellingen en gemiddelden per wijk; geen voorspellingen.",
        "automation": "none", "legalEffects": False,
        "human": "Het dashboard ondersteunt beleid en planning. Beslissingen over inwoners worden los daarvan genomen.",
        "monitoring": "De gegevens worden elke maand vernieuwd en gecontroleerd door een data-analist.",
        "legal": {"basis": "De gemeente voert de Wmo uit en mag daarvoor beleidsinformatie maken.",
                  "refs": ["wmo", "uavg"], "gdpr": "publicTask"},
        "purpose": {
            "problem": "Wijkteams hadden geen goed overzicht van de vraag naar ondersteuning in hun wijk.",
            "goal": "Betere planning van wijkteams en passende ondersteuning dichtbij huis.",
            "values": ["toegankelijkheid", "privacy"],
            "goals": [("Snellere afhandeling van Wmo-meldingen",
                       [("Meldingen afgehandeld binnen 6 weken", "%", 72, 90, 91, "2026-08")])],
            "proportionality": "Alleen gegevens op wijkniveau; kleine groepen worden verborgen.",
            "alternatives": "Losse rapportages per kwartaal. Die waren te laat en te algemeen.",
        },
        "risk": {"cat": "otherAlgorithm",
                 "ai": {"systemType": "notAnAiSystem"},
                 "assessments": [("prescanDpia", "Pre-scan DPIA Wmo-dashboard", "done", "2024-09", "Een volledige DPIA is niet nodig.")],
                 "risks": [("Herleidbaarheid", "In kleine wijken kunnen cijfers naar personen te herleiden zijn.",
                            "Groepen kleiner dan tien worden niet getoond.")]},
    },
    "leerlingenvervoer": {
        "name": "Planning leerlingenvervoer",
        "short": ("Software in {stad} plant de routes van taxibusjes die leerlingen naar school brengen. De planning houdt "
                  "rekening met de reistijd, de school en de ondersteuning die een kind nodig heeft."),
        "description": ("Ouders vragen leerlingenvervoer aan bij de gemeente. Na toekenning plant de software de ritten. Een kind "
                        "mag niet langer dan anderhalf uur onderweg zijn. De planner van de gemeente controleert de routes en kan "
                        "ze aanpassen, bijvoorbeeld als een kind niet naast een ander kind kan zitten."),
        "kind": "algorithm", "themes": ["educationAndScience", "traffic"],
        "tags": ["leerlingenvervoer", "routeplanning", "onderwijs"],
        "department": "Onderwijs, team Leerlingenvervoer",
        "sources": ["leerlingen", "bag"], "subjects": ["citizens", "childrenUnder16"], "many": False,
        "freq": "atLeastMonthly", "retention": "oneYear", "transfer": "none",
        "algo": "ruleBased", "use": "prescriptive",
        "methods": "Routeoptimalisatie met vaste randvoorwaarden (maximale reistijd, rolstoelplaatsen, begeleiding).",
        "automation": "decisionSupport", "legalEffects": False,
        "human": "Een planner controleert alle routes voordat ze naar de vervoerder gaan.",
        "objection": "Bezwaar tegen het besluit over leerlingenvervoer kan bij de gemeente.",
        "monitoring": "Wekelijks overzicht van klachten en te lange reistijden.",
        "legal": {"basis": "De gemeente moet leerlingenvervoer regelen volgens de onderwijswetten en de eigen verordening.",
                  "refs": ["wpo", "awb"], "gdpr": "publicTask"},
        "purpose": {
            "problem": "Routes werden met de hand gepland. Kinderen zaten soms lang in de bus en busjes reden half leeg.",
            "goal": "Kortere reistijden voor kinderen en minder lege ritten.",
            "values": ["zorgvuldigheid", "doelmatigheid", "kinderrechten"],
            "goals": [("Kinderen korter onderweg",
                       [("Ritten langer dan 60 minuten", "%", 18, 5, 9, "2026-03")])],
            "proportionality": "Alleen gegevens die nodig zijn voor de rit gaan naar de vervoerder.",
            "alternatives": "Handmatige planning; die kostte veel tijd en gaf langere ritten.",
        },
        "risk": {"cat": "otherAlgorithm",
                 "ai": {"systemType": "notAnAiSystem"},
                 "assessments": [("dpia", "DPIA leerlingenvervoer", "done", "2023-05", "Gezondheidsgegevens alleen voor de planner zichtbaar.")],
                 "risks": [("Gezondheidsgegevens bij vervoerder", "De vervoerder krijgt meer gegevens dan nodig.",
                            "De vervoerder krijgt alleen de ondersteuningsbehoefte, geen diagnose.")]},
    },
    "milieupas": {
        "name": "Afvalbeleid-Milieupas",
        "short": ("Met de milieupas openen inwoners van {stad} de ondergrondse containers voor restafval. De gemeente gebruikt "
                  "het aantal stortingen per adres om het afvalbeleid te evalueren en het diftar-tarief te berekenen."),
        "description": ("Elke woning heeft een milieupas. Bij elke storting registreert de container het pasnummer, de tijd en de "
                        "container. De gemeente telt het aantal stortingen per adres voor de afvalstoffenheffing. Daarnaast "
                        "worden cijfers per wijk gebruikt om het afvalbeleid te evalueren en containers beter te plaatsen."),
        "kind": "dataProduct", "themes": ["natureAndEnvironment", "publicFinance"],
        "tags": ["afval", "milieupas", "diftar", "afvalstoffenheffing"],
        "department": "Stadsbedrijven, team Afval",
        "sources": ["milieupas", "bag"], "subjects": ["citizens"], "many": True,
        "freq": "continuous", "retention": "severalYears", "transfer": "none",
        "algo": "ruleBased", "use": "descriptive",
        "methods": "Tellingen van stortingen per adres en per wijk; vaste tariefregels.",
        "automation": "full", "legalEffects": True,
        "human": "Inwoners kunnen hun stortingen inzien. Een medewerker behandelt vragen en correcties.",
        "objection": "Bezwaar tegen de aanslag afvalstoffenheffing kan bij de gemeente of het belastingsamenwerkingsverband.",
        "monitoring": "Maandelijkse controle op defecte containers en opvallend veel of weinig stortingen.",
        "legal": {"basis": "De gemeente heft afvalstoffenheffing op grond van de Wet milieubeheer en de eigen verordening.",
                  "refs": ["wm", "gemeentewet"], "gdpr": "publicTask"},
        "purpose": {
            "problem": "De hoeveelheid restafval per inwoner was hoog en afval werd slecht gescheiden.",
            "goal": "Minder restafval en meer gescheiden afval, met een eerlijk tarief per huishouden.",
            "values": ["duurzaamheid", "rechtvaardigheid"],
            "goals": [("Minder restafval per inwoner",
                       [("Restafval per inwoner", "kg per jaar", 186, 100, 132, "2026-01")])],
            "proportionality": "Gegevens per adres worden alleen voor de heffing gebruikt; analyses gebeuren per wijk.",
            "alternatives": "Een vast tarief zonder registratie. Dat geeft geen prikkel om afval te scheiden.",
        },
        "risk": {"cat": "otherAlgorithm",
                 "ai": {"systemType": "notAnAiSystem"},
                 "assessments": [("dpia", "DPIA milieupas", "done", "2020-11", "Locatiegegevens alleen per container, niet per persoon.")],
                 "risks": [("Misbruik van een pas", "Een verloren pas wordt door iemand anders gebruikt.",
                            "Inwoners kunnen een pas direct laten blokkeren.")]},
    },
    "energiearmoede": {
        "name": "Analyse energiearmoede",
        "short": ("De gemeente {stad} zoekt uit in welke buurten veel huishoudens een laag inkomen en een slecht geïsoleerde "
                  "woning hebben. Met deze analyse kiest de gemeente waar energiecoaches en isolatiesubsidies het eerst nodig zijn."),
        "description": ("De analyse combineert CBS-cijfers over inkomens, energielabels van woningen en WOZ-gegevens. De uitkomst "
                        "is een kaart per buurt, niet per huishouden. Wijkteams en woningcorporaties gebruiken de kaart om "
                        "inwoners te benaderen met hulp, zoals een gratis energiecoach."),
        "kind": "dataAnalysis", "themes": ["housing", "socialSecurity", "natureAndEnvironment"],
        "tags": ["energiearmoede", "energietransitie", "buurtanalyse"],
        "department": "Ruimte en Wonen, team Energietransitie",
        "sources": ["cbs", "eplabel", "woz", "bag"], "subjects": ["citizens"], "many": True,
        "freq": "atLeastYearly", "retention": "severalYears", "transfer": "none",
        "algo": "ruleBased", "use": "diagnostic",
        "methods": "Indicator op buurtniveau: aandeel lage inkomens maal aandeel woningen met label E, F of G.",
        "automation": "none", "legalEffects": False,
        "human": "Beleidsmedewerkers gebruiken de kaart samen met kennis uit de wijk.",
        "monitoring": "Jaarlijkse herhaling met nieuwe cijfers.",
        "legal": {"basis": "Taak van de gemeente op het gebied van wonen en de energietransitie (Gemeentewet).",
                  "refs": ["gemeentewet", "woz"], "gdpr": "publicTask"},
        "purpose": {
            "problem": "Door hoge energieprijzen kunnen veel huishoudens hun energierekening niet betalen. De gemeente wist niet waar die huishoudens wonen.",
            "goal": "Hulp tegen energiearmoede eerst inzetten in de buurten waar die het hardst nodig is.",
            "values": ["rechtvaardigheid", "duurzaamheid"],
            "goals": [("Meer huishoudens met een energiecoach in de kwetsbare buurten",
                       [("Huishoudens bereikt door energiecoaches", "aantal", 800, 3000, 2150, "2026-10")])],
            "proportionality": "Alleen cijfers per buurt; geen gegevens van individuele huishoudens.",
            "alternatives": "Hulp aanbieden aan alle buurten tegelijk; daarvoor zijn te weinig energiecoaches.",
        },
        "risk": {"cat": "otherAlgorithm",
                 "ai": {"systemType": "notAnAiSystem"},
                 "assessments": [("prescanDpia", None, "done", "2023-01", "Geen DPIA nodig: alleen geaggregeerde gegevens.")],
                 "risks": [("Buurt krijgt een stempel", "Een buurt kan in de media worden weggezet als arm.",
                            "De kaart wordt intern gebruikt; publicatie alleen op hoger niveau.")]},
    },
    "subsidiecontrole": {
        "name": "Controle subsidieverantwoording",
        "short": ("Een controleprogramma in {stad} kijkt of de verantwoording van een subsidie compleet is en of de bedragen "
                  "kloppen. Verantwoordingen met afwijkingen gaan naar een subsidieadviseur."),
        "description": ("Organisaties die subsidie krijgen, sturen na afloop een verantwoording. Het programma controleert vaste "
                        "punten: zijn alle bijlagen er, klopt het totaalbedrag en past de besteding bij de aanvraag? Daarnaast "
                        "wordt een willekeurige steekproef gekozen. Een subsidieadviseur beoordeelt alle afwijkingen en neemt "
                        "het besluit over de vaststelling."),
        "kind": "algorithm", "themes": ["publicFinance", "economy"],
        "tags": ["subsidie", "verantwoording", "controle"],
        "department": "Bedrijfsvoering, team Subsidies",
        "sources": ["subsidies", "hr"], "subjects": ["businesses"], "many": False,
        "freq": "atLeastMonthly", "retention": "severalYears", "transfer": "none",
        "algo": "ruleBased", "use": "diagnostic",
        "methods": "Vaste controleregels plus een aselecte steekproef van 5 procent.",
        "automation": "decisionSupport", "legalEffects": True,
        "human": "Een subsidieadviseur beoordeelt elke afwijking en stelt de subsidie vast.",
        "objection": "Tegen de vaststelling van de subsidie kan de organisatie bezwaar maken.",
        "monitoring": "Jaarlijkse evaluatie van de controleregels met de accountant.",
        "legal": {"basis": "Algemene wet bestuursrecht, titel 4.2, en de Algemene subsidieverordening van de gemeente.",
                  "refs": ["awb"], "gdpr": "publicTask"},
        "purpose": {
            "problem": "Handmatige controle van alle verantwoordingen kost veel tijd en gaat niet overal even grondig.",
            "goal": "Sneller en gelijkwaardiger vaststellen van subsidies.",
            "values": ["rechtmatigheid", "gelijke behandeling"],
            "goals": [("Snellere vaststelling",
                       [("Vaststellingen binnen 13 weken", "%", 58, 90, 92, "2026-09")])],
            "proportionality": "Alleen gegevens uit de aanvraag en de verantwoording worden gebruikt.",
            "alternatives": "Volledige handmatige controle. Dat bleek niet uitvoerbaar binnen de termijn.",
        },
        "risk": {"cat": "otherAlgorithm",
                 "ai": {"systemType": "notAnAiSystem"},
                 "assessments": [("prescanDpia", None, "done", "2024-04", "Weinig persoonsgegevens; geen DPIA nodig.")],
                 "risks": [("Kleine organisaties vaker afwijkend", "Vrijwilligersorganisaties leveren vaker onvolledige stukken aan.",
                            "Adviseurs nemen eerst contact op om stukken aan te vullen.")]},
    },
    # --- lighter topics (used for sparse and medium projects) -------------
    "chatbot": {
        "name": "Chatbot voor vragen van inwoners",
        "short": "Een chatbot op de website van de gemeente {stad} beantwoordt veelgestelde vragen, bijvoorbeeld over paspoorten, afval en parkeren. Bij moeilijke vragen gaat het gesprek naar een medewerker.",
        "kind": "pilot", "themes": ["organisationAndOperations"], "tags": ["chatbot", "dienstverlening", "generatieve AI"],
        "department": "Publiekszaken, team Klantcontact", "sources": ["chatlogs"], "subjects": ["citizens"],
        "freq": "continuous", "retention": "lessThanOneMonth", "transfer": "withinEea",
        "algo": "generativeAi", "use": "descriptive", "supplier": "praatpaal",
        "methods": "Taalmodel dat alleen antwoorden geeft uit de teksten van de gemeentelijke website (retrieval).",
        "ai": {"systemType": "aiSystem", "role": "deployer", "riskGroup": "notHighRisk", "transparencyObligation": True},
    },
    "afvalroutes": {
        "name": "Slimme routes afvalinzameling",
        "short": "De vuilniswagens in {stad} rijden routes die elke week opnieuw worden berekend. Containers die bijna vol zijn, worden eerder geleegd.",
        "kind": "model", "themes": ["natureAndEnvironment", "spatialPlanningAndInfrastructure"],
        "tags": ["afvalinzameling", "routeplanning", "sensoren"], "department": "Stadsbedrijven, team Afval",
        "sources": ["containers", "bgt"], "freq": "moreThanMonthly", "retention": "oneYear",
        "algo": "machineLearning", "use": "predictive", "supplier": "routeplan",
        "methods": "Voorspelling van de vulgraad per container en routeoptimalisatie.",
    },
    "drukte": {
        "name": "Druktemonitor binnenstad",
        "short": "Sensoren tellen hoeveel mensen er in de drukste straten van {stad} lopen. Handhaving en evenementenorganisatie zien op een kaart waar het te druk wordt.",
        "kind": "dataProduct", "themes": ["publicOrderAndSafety", "traffic"], "tags": ["drukte", "crowd management", "sensoren"],
        "department": "Openbare Orde en Veiligheid", "sources": ["sensoren"], "subjects": ["citizens"],
        "freq": "continuous", "retention": "lessThanOneDay", "algo": "ruleBased", "use": "descriptive",
        "supplier": "drukteteller",
        "methods": "Tellingen per minuut; wifi-signalen worden direct gehasht en na een uur verwijderd.",
    },
    "meldingen": {
        "name": "Automatisch sorteren van meldingen openbare ruimte",
        "short": "Als een inwoner een melding doet over de openbare ruimte in {stad}, bepaalt een model bij welk team de melding hoort. Een medewerker kan de keuze aanpassen.",
        "kind": "algorithm", "themes": ["spatialPlanningAndInfrastructure", "organisationAndOperations"],
        "tags": ["meldingen", "openbare ruimte", "tekstclassificatie"], "department": "Stadsbeheer",
        "sources": ["meldingen"], "subjects": ["citizens"], "freq": "continuous", "retention": "severalYears",
        "algo": "machineLearning", "use": "prescriptive",
        "methods": "Tekstclassificatie met een getraind model op eerdere meldingen.",
    },
    "vakantieverhuur": {
        "name": "Signalering illegale vakantieverhuur",
        "short": "Een algoritme zet meldingen over illegale vakantieverhuur in {stad} in volgorde. Adressen met de meeste aanwijzingen worden het eerst bezocht door een toezichthouder.",
        "kind": "algorithm", "themes": ["housing", "publicOrderAndSafety"], "tags": ["vakantieverhuur", "woningtoezicht", "handhaving"],
        "department": "Wonen, team Toezicht", "sources": ["brp", "bag", "meldingen"], "subjects": ["citizens"],
        "freq": "continuous", "algo": "machineLearning", "use": "predictive",
        "ai": {"systemType": "aiSystem", "role": "provider", "riskGroup": "notHighRisk"},
    },
    "containervulgraad": {
        "name": "Vulgraad afvalcontainers",
        "short": "Sensoren meten hoe vol de ondergrondse containers in {stad} zijn. Dat helpt om bijplaatsingen naast containers te voorkomen.",
        "kind": "dataProduct", "themes": ["natureAndEnvironment"], "tags": ["afval", "sensoren", "IoT"],
        "sources": ["containers"], "freq": "continuous", "algo": "none", "use": "descriptive",
    },
    "hittekaart": {
        "name": "Hittekaart",
        "short": "Een kaart laat zien waar het in {stad} bij een hittegolf het warmst wordt. De gemeente gebruikt de kaart om te kiezen waar extra bomen en schaduw komen.",
        "kind": "dataAnalysis", "themes": ["natureAndEnvironment", "spatialPlanningAndInfrastructure"],
        "tags": ["klimaatadaptatie", "hitte", "groen"], "sources": ["bgt", "bag"], "algo": "ruleBased", "use": "diagnostic",
    },
    "luchtkwaliteit": {
        "name": "Meetnet luchtkwaliteit",
        "short": "Kleine sensoren meten fijnstof en stikstofdioxide op veertig plekken in {stad}. De metingen zijn openbaar als open data.",
        "kind": "dataProduct", "themes": ["natureAndEnvironment", "healthAndCare"], "tags": ["luchtkwaliteit", "open data", "sensoren"],
        "freq": "continuous", "algo": "none", "use": "descriptive",
    },
    "ondermijning": {
        "name": "Dashboard ondermijning",
        "short": "Een dashboard brengt signalen van ondermijnende criminaliteit in {stad} samen, zoals verdachte panden en bedrijven. Alleen een klein team heeft toegang.",
        "kind": "dashboard", "themes": ["publicOrderAndSafety", "law"], "tags": ["ondermijning", "Bibob", "RIEC"],
        "department": "Openbare Orde en Veiligheid", "sources": ["ondermijning", "hr", "brk"], "subjects": ["citizens", "businesses"],
        "freq": "atLeastMonthly", "retention": "severalYears", "algo": "none", "use": "descriptive",
    },
    "jeugdhulp": {
        "name": "Prognose vraag jeugdhulp",
        "short": "Een model voorspelt hoeveel jeugdhulp er de komende jaren in {stad} nodig is. Zo kan de gemeente beter inkopen en begroten.",
        "kind": "model", "themes": ["healthAndCare", "publicFinance"], "tags": ["jeugdhulp", "prognose", "begroting"],
        "sources": ["cbs"], "algo": "machineLearning", "use": "predictive",
        "methods": "Tijdreeksmodel op wijkniveau met CBS-bevolkingsprognoses.",
    },
    "grondwater": {
        "name": "Grondwatermodel binnenstad",
        "short": "Een model berekent hoe het grondwater in {stad} reageert op droogte en hevige regen. Het helpt bij het plannen van riolering en groen.",
        "kind": "model", "themes": ["natureAndEnvironment", "spatialPlanningAndInfrastructure"], "tags": ["grondwater", "klimaat", "riolering"],
        "sources": ["bgt"], "algo": "ruleBased", "use": "predictive",
    },
    "boomonderhoud": {
        "name": "Voorspelling boomonderhoud",
        "short": "In een experiment voorspelde een model welke straatbomen in {stad} een risico op takbreuk hebben. Het experiment is afgerond.",
        "kind": "experiment", "themes": ["natureAndEnvironment", "publicOrderAndSafety"], "tags": ["bomen", "onderhoud", "experiment"],
        "sources": ["bgt"], "algo": "machineLearning", "use": "predictive",
    },
    "woningbouw": {
        "name": "Dashboard woningbouwprognose",
        "short": "Een dashboard toont hoeveel woningen er de komende jaren in {stad} worden gebouwd, per wijk en per prijsklasse.",
        "kind": "dashboard", "themes": ["housing", "spatialPlanningAndInfrastructure"], "tags": ["woningbouw", "dashboard"],
        "sources": ["bag", "brk"], "algo": "none", "use": "descriptive",
    },
    "parkeerdrukte": {
        "name": "Dashboard parkeerdruk",
        "short": "Een dashboard laat per buurt in {stad} zien hoe vol de parkeerplaatsen zijn, op basis van tellingen. Dit helpt bij besluiten over betaald parkeren.",
        "kind": "dashboard", "themes": ["traffic"], "tags": ["parkeren", "dashboard", "parkeerdruk"],
        "sources": ["npr", "bgt"], "algo": "none", "use": "descriptive",
    },
    "schuldhulpwachttijd": {
        "name": "Dashboard wachttijden schuldhulp",
        "short": "Een dashboard toont hoe lang inwoners van {stad} wachten op een eerste gesprek bij de schuldhulpverlening.",
        "kind": "dashboard", "themes": ["socialSecurity"], "tags": ["schuldhulpverlening", "wachttijden"],
        "algo": "none", "use": "descriptive",
    },
    "heronderzoek": {
        "name": "Planning heronderzoeken bijstand",
        "short": "Een vaste regel bepaalt wanneer een bijstandsuitkering in {stad} opnieuw wordt bekeken. Iedereen krijgt eens per drie jaar een heronderzoek; bij wijzigingen eerder.",
        "kind": "algorithm", "themes": ["socialSecurity"], "tags": ["bijstand", "heronderzoek"],
        "sources": ["uitkering", "brp"], "subjects": ["citizens"], "algo": "ruleBased", "use": "prescriptive",
    },
    "inburgering": {
        "name": "Matching inburgeraars en taalmaatjes",
        "short": "Een programma koppelt nieuwkomers in {stad} aan vrijwillige taalmaatjes, op basis van wijk, talen en interesses. Een coördinator kijkt mee.",
        "kind": "other", "themes": ["migrationAndIntegration"], "tags": ["inburgering", "vrijwilligers", "taal"],
        "subjects": ["citizens"], "algo": "ruleBased", "use": "prescriptive",
    },
    "sportdeelname": {
        "name": "Analyse sportdeelname jeugd",
        "short": "Een eenmalige analyse van het ledenbestand van sportclubs in {stad} liet zien in welke wijken kinderen weinig sporten.",
        "kind": "dataAnalysis", "themes": ["cultureAndRecreation", "healthAndCare"], "tags": ["sport", "jeugd"],
        "subjects": ["childrenUnder16"], "algo": "none", "use": "descriptive",
    },
}



# ---------------------------------------------------------------------------
# Risk factors (risk.factors) per topic, for rich and medium projects; sparse
# projects leave them out, so the risk assessment shows what "unknown" does.
# ---------------------------------------------------------------------------
NO_RISK_FACTORS = {
    "profiling": False, "systematicMonitoring": False, "combinesDataSets": False,
    "restrictsRightsOrServices": False, "newLegislation": False, "digitalService": "none",
    "apList": [], "reversibility": "reversible", "continuesLearning": False, "hardToExplain": False,
    "biasTested": False, "classifiesOrContactsPeople": False, "judgedImpactful": False,
}
RISK_FACTORS = {
    "scanauto": {"systematicMonitoring": True, "apList": ["flexibleCameraSurveillance"], "reversibility": "hardToReverse",
                 "biasTested": True, "judgedImpactful": True},
    "vroegsignalering": {"combinesDataSets": True, "apList": ["financialSituation"], "classifiesOrContactsPeople": True,
                         "judgedImpactful": True},
    "anonimiseren": {},
    "bijstand": {"profiling": True, "combinesDataSets": True, "restrictsRightsOrServices": True,
                 "apList": ["fraudPrevention", "profiling"], "reversibility": "hardToReverse", "hardToExplain": True,
                 "biasTested": True, "classifiesOrContactsPeople": True, "judgedImpactful": True},
    "verkeerslichten": {},
    "wmodashboard": {"apList": ["healthData"]},
    "leerlingenvervoer": {"reversibility": "hardToReverse"},
    "milieupas": {},
    "energiearmoede": {"combinesDataSets": True, "classifiesOrContactsPeople": True},
    "subsidiecontrole": {"classifiesOrContactsPeople": True, "reversibility": "hardToReverse"},
    "chatbot": {"digitalService": "general"},
    "vakantieverhuur": {"combinesDataSets": True, "classifiesOrContactsPeople": True, "reversibility": "hardToReverse"},
    "meldingen": {"digitalService": "general"},
}
AI_PRACTICES = {"chatbot": ["interactsWithPeople", "generatesSyntheticContent"]}


def risk_factors(topic):
    if topic not in RISK_FACTORS:
        return None
    factors = dict(NO_RISK_FACTORS)
    factors.update(RISK_FACTORS[topic])
    return factors


# ---------------------------------------------------------------------------
# Schema 1.1: phase histories, decisions, pilot terms, KPI measurements.
# Added after the 1.0 fields are built, from tables below and a separate
# random generator, so the 1.0 content (and every score of it) stays as it was.
# ---------------------------------------------------------------------------
FUNNEL = ["idea", "design", "development", "pilot", "evaluation", "production", "scaling"]

# Per project: the phases it went through (phase, entered) when the plain
# rule below is not what happened, the pilot terms and the decisions.
HISTORY = {
    # Pilots that scaled.
    "utrecht-vroegsignalering-schulden": {
        "path": [("design", "2019-09"), ("pilot", "2020-03", "CDO-UTR-2020-02"), ("evaluation", "2020-10"),
                 ("production", "2021-01", "B&W UTR 2020-1207")],
        "pilot": {"evaluationDate": "2020-10", "plannedEnd": "2020-12", "scaleDecision": "scale",
                  "decisionReference": "B&W UTR 2020-1207",
                  "lessonsLearned": "Een vriendelijk eerste contact werkt beter dan een brief. Signalen van meerdere partners op één adres zijn het sterkst."},
        "decisions": [("cdoOffice", "start", "2020-02", "CDO-UTR-2020-02", "approved", "Start van de pilot in twee wijken."),
                      ("college", "scaleUp", "2020-12-07", "B&W UTR 2020-1207", "approved", "Vroegsignalering in de hele stad.")]},
    "eindhoven-slimme-verkeerslichten": {
        "path": [("pilot", "2020-09", "EHV-VV-2020-11"), ("evaluation", "2022-10"), ("production", "2023-05", "B&W EHV 2023-0418"),
                 ("scaling", "2024-09", "RV 24R1102")],
        "pilot": {"evaluationDate": "2022-10", "plannedEnd": "2023-03", "scaleDecision": "scale",
                  "decisionReference": "B&W EHV 2023-0418",
                  "lessonsLearned": "Zonder goede detectie van fietsers levert een slimme regeling weinig op."},
        "decisions": [("management", "start", "2020-08", "EHV-VV-2020-11", "approved", None),
                      ("college", "scaleUp", "2023-04-18", "B&W EHV 2023-0418", "approved", "Uitrol op de hoofdfietsroutes."),
                      ("council", "scaleUp", "2024-09-24", "RV 24R1102", "approved", "Krediet voor 40 extra kruispunten.")]},
    "tilburg-vroegsignalering-schulden": {
        "path": [("pilot", "2019-10", "TBG-CDO-2019-08"), ("production", "2020-06", "B&W TBG 2020-0519")],
        "pilot": {"evaluationDate": "2020-04", "plannedEnd": "2020-05", "scaleDecision": "scale", "decisionReference": "B&W TBG 2020-0519"},
        "decisions": [("cdoOffice", "start", "2019-09", "TBG-CDO-2019-08", "approved", None),
                      ("college", "scaleUp", "2020-05-19", "B&W TBG 2020-0519", "approved", None)]},
    "utrecht-slimme-verkeerslichten": {
        "path": [("pilot", "2020-03"), ("production", "2021-06"), ("scaling", "2023-01")]},
    # A pilot that stopped.
    "amsterdam-bijstand-risicoselectie": {
        "path": [("development", "2022-09"), ("pilot", "2023-04", "AMS-WPI-2023-03"), ("evaluation", "2024-10"),
                 ("ended", "2025-03", "B&W AMS 2025-0311")],
        "pilot": {"evaluationDate": "2024-09", "plannedEnd": "2025-03", "scaleDecision": "stop",
                  "decisionReference": "B&W AMS 2025-0311",
                  "lessonsLearned": "Toets op ongelijke behandeling vóór de start, niet pas tijdens de pilot. Leg de keuze voor de kenmerken bij het bestuur."},
        "decisions": [("management", "start", "2023-03", "AMS-WPI-2023-03", "approved", "Start pilot risicoselectie."),
                      ("college", "stop", "2025-03-11", "B&W AMS 2025-0311", "approved", "Het model wordt niet verder gebruikt.")]},
    # Stuck pilots: past their dates, or in pilot too long, without a decision.
    "utrecht-chatbot-inwoners": {
        "path": [("development", "2025-06"), ("pilot", "2025-10", "CDO-UTR-2025-09")],
        "pilot": {"evaluationDate": "2026-03", "plannedEnd": "2026-04", "scaleDecision": "pending"},
        "decisions": [("cdoOffice", "start", "2025-09", "CDO-UTR-2025-09", "approved", "Pilot van zes maanden.")]},
    "eindhoven-anonimiseren-woo": {
        "path": [("pilot", "2025-02", "EHV-CDO-2025-01")],
        "pilot": {"evaluationDate": "2025-08", "plannedEnd": "2026-02", "scaleDecision": "extend",
                  "decisionReference": "EHV-CDO-2025-14"},
        "decisions": [("cdoOffice", "start", "2025-01", "EHV-CDO-2025-01", "approved", None),
                      ("cdoOffice", "extend", "2025-09", "EHV-CDO-2025-14", "approved", "Pilot verlengd tot februari 2026."),
                      ("college", "continueAfterPilot", "2026-03-10", "B&W EHV 2026-0310", "deferred", "Besluit aangehouden tot de evaluatie klaar is.")]},
    "eindhoven-afvalinzameling-routes": {
        "path": [("pilot", "2025-09")],
        "pilot": {"evaluationDate": "2026-03", "plannedEnd": "2026-06"}},
    "amsterdam-verkeerslichten-fietsers": {
        "path": [("design", "2024-10"), ("pilot", "2025-04")]},
    "utrecht-energiearmoede-analyse": {
        "path": [("pilot", "2023-02"), ("evaluation", "2024-06")],
        "pilot": {"evaluationDate": "2024-06", "plannedEnd": "2024-12", "scaleDecision": "pending"}},
    # Pilots on track, with a decision due soon.
    "tilburg-subsidiecontrole": {
        "path": [("pilot", "2026-01", "TBG-CDO-2025-11")],
        "pilot": {"evaluationDate": "2026-12", "plannedEnd": "2027-01", "scaleDecision": "pending"},
        "decisions": [("cdoOffice", "start", "2025-12", "TBG-CDO-2025-11", "approved", "Pilot van een jaar met twee subsidieregelingen.")]},
    "zwolle-chatbot": {
        "path": [("pilot", "2026-04", "ZWL-CDO-2026-02")],
        "pilot": {"evaluationDate": "2027-04", "plannedEnd": "2027-06"},
        "decisions": [("cdoOffice", "start", "2026-03", "ZWL-CDO-2026-02", "approved", None)]},
    "utrecht-scanauto-parkeren": {
        "path": [("production", "2019-04")],
        "decisions": [("college", "acceptRisk", "2026-05-19", "B&W UTR 2026-0519", "approved", "Het restrisico van verkeerd gelezen kentekens is aanvaard, met controle door een handhaver.")]},
    "zwolle-energiearmoede": {
        "path": [("pilot", "2023-01", "ZWL-CDO-2022-12"), ("evaluation", "2026-09")],
        "pilot": {"evaluationDate": "2026-10", "plannedEnd": "2027-01", "scaleDecision": "pending",
                  "lessonsLearned": "Energiecoaches bereiken huurders beter dan een brief van de gemeente."},
        "decisions": [("cdoOffice", "start", "2022-12", "ZWL-CDO-2022-12", "approved", None)]},
    # Phases moved in the last year (besides the pilots above).
    "amsterdam-energiearmoede-kaart": {
        "path": [("production", "2023-06"), ("ended", "2026-06", "B&W AMS 2026-0609")],
        "decisions": [("college", "stop", "2026-06-09", "B&W AMS 2026-0609", "approved",
                       "De kaart wordt niet meer bijgewerkt; de cijfers staan voortaan in de wijkmonitor.")]},
    "amsterdam-wmo-dashboard": {"path": [("design", "2025-02"), ("development", "2026-03")]},
    "tilburg-energiearmoede": {"path": [("idea", "2025-09"), ("design", "2026-04")]},
    # Projects that went straight to production.
    "zwolle-subsidiecontrole": {
        "path": [("development", "2024-02"), ("production", "2024-06", "B&W ZWL 2024-0521")],
        "decisions": [("college", "start", "2024-05-21", "B&W ZWL 2024-0521", "approved", None)]},
    "amsterdam-parkeercontrole-kentekenscan": {
        "path": [("production", "2018-06")],
        "decisions": [("council", "acceptRisk", "2018-03-14", "Gemeenteblad 2018, nr. 77102", "approved", "Vaststelling van de werkwijze met scanauto's.")]},
}

# KPIs: the budget programme each topic reports under (the council reads goals in the budget's terms).
PROGRAMMES = {
    "scanauto": ("Programma 7 Mobiliteit", "Bereikbare en leefbare wijken"),
    "vroegsignalering": ("Programma 4 Werk en inkomen", "Bestaanszekerheid voor alle inwoners"),
    "anonimiseren": ("Programma 10 Bestuur en dienstverlening", "Een open en transparante gemeente"),
    "bijstand": ("Programma 4 Werk en inkomen", "Rechtmatige en menselijke uitvoering"),
    "verkeerslichten": ("Programma 7 Mobiliteit", "Veilig en duurzaam verkeer"),
    "wmodashboard": ("Programma 5 Zorg en welzijn", "Passende ondersteuning dichtbij"),
    "leerlingenvervoer": ("Programma 6 Onderwijs", "Iedere leerling op school"),
    "milieupas": ("Programma 8 Duurzaamheid", "Minder restafval"),
    "energiearmoede": ("Programma 8 Duurzaamheid", "Een eerlijke energietransitie"),
    "subsidiecontrole": ("Programma 10 Bestuur en dienstverlening", "Rechtmatige besteding van subsidies"),
}
MEASUREMENT_SOURCES = ["Eigen registratie", "Jaarverslag", "Monitor sociaal domein", "CBS Statline"]


def phase_path(p):
    """The phases a project went through, oldest first, with the month entered."""
    if p["id"] in HISTORY and "path" in HISTORY[p["id"]]:
        return [tuple(e) for e in HISTORY[p["id"]]["path"]]
    phase, begin = p.get("phase"), p.get("begin")
    if not phase or not begin:
        return []
    if phase == "ended":
        return [("production", begin), ("ended", p.get("end") or begin)]
    if phase in ("idea", "design", "development"):
        return [(phase, begin)]
    if phase in ("production", "scaling"):
        path = [("production", begin)]
        if phase == "scaling":
            path.append(("scaling", add_months(begin, 24)))
        return path
    return [(phase, begin)]


def decision(body, subject, date, ref, outcome, summary):
    return clean({"body": body, "subject": subject, "date": date, "reference": ref, "outcome": outcome, "summary": summary})


def add_history(proj, p, rng):
    """Adds the schema 1.1 members to a built project (rich and medium projects only: sparse ones say little)."""
    if p["level"] == "sparse" and p["id"] not in HISTORY:
        add_measurements(proj, p, rng)
        return
    h = HISTORY.get(p["id"], {})
    lc = proj.setdefault("lifecycle", {})
    path = phase_path(p)
    if path:
        lc["phaseHistory"] = [clean({"phase": e[0], "entered": e[1], "decisionReference": e[2] if len(e) > 2 else None}) for e in path]
    if "pilot" in h:
        lc["pilot"] = dict(h["pilot"])
    if p["level"] == "rich":
        lc["reviewer"] = "CDO-office"
    if h.get("decisions"):
        proj["decisions"] = [decision(*d) for d in h["decisions"]]
    add_measurements(proj, p, rng)


# A KPI already met a year ago and still met: its first measurement reaches the target, so the previous export has a
# met KPI and the report's previous share of KPIs met (DG-M052) is not 0. A measurement only, set without a draw of
# its own (the seeded sequence stays as it was): nothing the overlap detector reads changes.
MET_A_YEAR_AGO = {"tilburg-wmo-dashboard": 90.5}


def add_measurements(proj, p, rng):
    """KPI measurements: a short series ending at the measured value, with a source and the budget programme."""
    goals = proj.get("purpose", {}).get("societalGoals", [])
    programme = PROGRAMMES.get(p["topic"]) or GOAL_PROGRAMMES.get(p["topic"])
    for goal in goals:
        for kpi in goal.get("kpis", []):
            if programme:
                kpi["programme"], kpi["policyGoal"] = programme
            if p.get("begin"):
                kpi["baselineDate"] = p["begin"]
            if "measured" in kpi:
                base, last = kpi["baseline"], kpi["measured"]
                mid = round(base + (last - base) * rng.choice([0.4, 0.5, 0.6]), 1)
                end = kpi["measuredOn"]
                source = rng.choice(MEASUREMENT_SOURCES)
                kpi["measurements"] = [{"date": add_months(end, -12), "value": mid, "source": source},
                                       {"date": end, "value": last, "source": source}]
                if add_months(end, -12) < (p.get("begin") or "0000"):
                    kpi["measurements"] = kpi["measurements"][1:]
                elif p["id"] in MET_A_YEAR_AGO:
                    kpi["measurements"][0]["value"] = MET_A_YEAR_AGO[p["id"]]

# ---------------------------------------------------------------------------
# Registration quality: how much of a registration is filled in.
# Real portfolios are not three neat levels: a few registrations are nearly
# complete, many are half done, some are a name and a line. After a project is
# built, a registration "effort" (0-1, drawn per project from its level's
# range by a generator of its own) decides which of the fields below are
# filled. Only fields that overlap detection does not read are added (no
# texts it compares, sources, suppliers, themes, legal references or
# technique), so the near-duplicates and the overlap evaluation stay as they
# were. Some of the improvements were made in 2026, in a registration
# campaign: the previous export does not have them.
# ---------------------------------------------------------------------------
quality_rng = random.Random(SEED + 23)

# (low, high) of the effort per level; the minimal projects keep only their required fields.
EFFORT = {"rich": (0.85, 1.0), "medium": (0.6, 1.0), "sparse": (0.0, 0.8)}

# A measurable goal for the topics without one of their own: (goal, indicator, unit, baseline, target).
GOALS = {
    "chatbot": ("Inwoners vinden sneller een antwoord", "Vragen beantwoord zonder medewerker", "%", 0, 40),
    "afvalroutes": ("Minder kilometers voor de inzameling", "Gereden kilometers inzameling", "km per week", 4200, 3500),
    "drukte": ("Een veilige binnenstad bij grote drukte", "Incidenten bij grote drukte", "aantal per jaar", 24, 12),
    "meldingen": ("Meldingen sneller bij het juiste team", "Meldingen direct bij het juiste team", "%", 70, 90),
    "vakantieverhuur": ("Woningen blijven voor bewoners", "Bezoeken waarbij een overtreding wordt gevonden", "%", 30, 50),
    "containervulgraad": ("Minder afval naast containers", "Meldingen van bijplaatsingen", "aantal per maand", 310, 200),
    "hittekaart": ("Minder hitte in de wijken", "Hittegevoelige straten met extra schaduw", "%", 10, 40),
    "luchtkwaliteit": ("Gezondere lucht", "Meetpunten boven de advieswaarde voor stikstofdioxide", "aantal", 18, 10),
    "ondermijning": ("Ondermijning eerder zien", "Bibob-onderzoeken na een signaal", "aantal per jaar", 12, 30),
    "jeugdhulp": ("Betere begroting van de jeugdhulp", "Verschil tussen prognose en werkelijke kosten", "%", 12, 5),
    "grondwater": ("Minder wateroverlast", "Meldingen van wateroverlast", "aantal per jaar", 140, 90),
    "boomonderhoud": ("Minder takbreuk", "Meldingen van takbreuk", "aantal per jaar", 85, 50),
    "woningbouw": ("Woningbouw volgens planning", "Woningen opgeleverd volgens planning", "%", 60, 85),
    "parkeerdrukte": ("Minder parkeerdruk in de wijken", "Buurten met een parkeerdruk boven 90 procent", "aantal", 14, 8),
    "schuldhulpwachttijd": ("Snel een eerste gesprek", "Wachttijd tot het eerste gesprek", "werkdagen", 15, 5),
    "heronderzoek": ("Heronderzoeken op tijd", "Heronderzoeken binnen de termijn", "%", 65, 95),
    "inburgering": ("Nieuwkomers doen mee", "Nieuwkomers met een taalmaatje", "%", 20, 60),
    "sportdeelname": ("Alle kinderen sporten", "Kinderen lid van een sportclub", "%", 58, 70),
}
GOAL_PROGRAMMES = {
    "chatbot": ("Programma 10 Bestuur en dienstverlening", "Goede dienstverlening aan inwoners"),
    "afvalroutes": ("Programma 8 Duurzaamheid", "Minder restafval"),
    "drukte": ("Programma 3 Veiligheid", "Een veilige binnenstad"),
    "meldingen": ("Programma 10 Bestuur en dienstverlening", "Goede dienstverlening aan inwoners"),
    "vakantieverhuur": ("Programma 9 Wonen", "Betaalbaar wonen"),
    "containervulgraad": ("Programma 8 Duurzaamheid", "Minder restafval"),
    "hittekaart": ("Programma 8 Duurzaamheid", "Een klimaatbestendige stad"),
    "luchtkwaliteit": ("Programma 8 Duurzaamheid", "Een gezonde leefomgeving"),
    "ondermijning": ("Programma 3 Veiligheid", "Weerbaar tegen ondermijning"),
    "jeugdhulp": ("Programma 5 Zorg en welzijn", "Passende ondersteuning dichtbij"),
    "grondwater": ("Programma 8 Duurzaamheid", "Een klimaatbestendige stad"),
    "boomonderhoud": ("Programma 11 Openbare ruimte", "Een veilige en groene openbare ruimte"),
    "woningbouw": ("Programma 9 Wonen", "Betaalbaar wonen"),
    "parkeerdrukte": ("Programma 7 Mobiliteit", "Bereikbare en leefbare wijken"),
    "schuldhulpwachttijd": ("Programma 4 Werk en inkomen", "Bestaanszekerheid voor alle inwoners"),
    "heronderzoek": ("Programma 4 Werk en inkomen", "Rechtmatige en menselijke uitvoering"),
    "inburgering": ("Programma 4 Werk en inkomen", "Iedereen doet mee"),
    "sportdeelname": ("Programma 12 Sport en cultuur", "Gezond opgroeien"),
}
# Texts for the steering and supervision fields of topics without their own.
GENERIC = {
    "problem": "Zonder dit project heeft de gemeente {stad} te weinig zicht op wat er speelt en wordt werk dubbel gedaan.",
    "proportionality": "Er worden alleen de gegevens gebruikt die nodig zijn; persoonsgegevens worden zo snel mogelijk verwijderd.",
    "alternatives": "Doorgaan zoals het nu gaat is overwogen. Dat kost meer tijd en geeft minder inzicht.",
    "values": ["doelmatigheid", "privacy"],
    "human": "Een medewerker beoordeelt de uitkomst en beslist. Het systeem neemt zelf geen besluiten.",
    "monitoring": "Het team bekijkt elk half jaar of de uitkomsten kloppen en of het project doet wat het moet doen.",
    "lawful": "De gemeente voert hiermee een wettelijke taak uit.",
}


def effort_of(p):
    if p.get("minimal"):
        return 0.0
    low, high = EFFORT[p["level"]]
    return round(low + (high - low) * quality_rng.random(), 3)


def measured_value(base, target, fraction):
    value = base + (target - base) * fraction
    return int(round(value)) if isinstance(base, int) and isinstance(target, int) else round(value, 1)


def add_goal(proj, p):
    """A societal goal with one KPI; measured (and then met about one time in three) once the project is in use."""
    t = TOPICS[p["topic"]]
    if p["topic"] in GOALS:
        goal, indicator, unit, base, target = GOALS[p["topic"]]
    else:
        goal, rows = t["purpose"]["goals"][0]
        indicator, unit, base, target = rows[0][:4]
    kpi = {"indicator": indicator, "unit": unit, "baseline": base, "target": target}
    if p.get("phase") in ("production", "scaling", "ended") and quality_rng.random() < 0.8:
        kpi["measured"] = measured_value(base, target, quality_rng.choice([0.2, 0.4, 0.6, 0.8, 0.9, 1.0, 1.2]))
        kpi["measuredOn"] = (p.get("end") if p.get("phase") == "ended" else None) or "2026-%02d" % quality_rng.randint(1, 10)
    proj.setdefault("purpose", {})["societalGoals"] = [{"goal": goal, "kpis": [kpi]}]


def add_role(proj, p, index):
    fn, nm = PEOPLE[p["muni"]][index]
    role = {"kind": ROLE_KINDS[index], "function": fn}
    if quality_rng.random() < 0.7:
        role["name"] = nm
    proj.setdefault("roles", []).append(role)


def add_review(proj, p, effort):
    """Review dates and the date of the last change: the better kept, the more recent; some next reviews have passed."""
    lc = proj.setdefault("lifecycle", {})
    rec = proj.setdefault("record", {})
    if effort > 0.5:
        last = "2026-%02d" % quality_rng.randint(1, 10)
    else:
        last = "%d-%02d" % (quality_rng.choice([2024, 2025, 2025]), quality_rng.randint(1, 12))
    if "updated" not in rec:
        rec["created"] = timestamp(quality_rng, p.get("begin") or last)
        rec["updated"] = timestamp(quality_rng, last)
        rec["provenance"] = "manual"
        rec["source"] = "DataGrip invoer %s" % MUNIS[p["muni"]]["name"]
    if p.get("phase") in ("pilot", "evaluation", "production", "scaling") and quality_rng.random() < effort:
        lc["lastReviewed"] = last
        lc["nextReview"] = add_months(last, 12 if quality_rng.random() < 0.7 else 6)


def text(key, p):
    t = TOPICS[p["topic"]]
    own = {"problem": "problem", "proportionality": "proportionality", "alternatives": "alternatives", "values": "values"}
    if key in own and "purpose" in t:
        return t["purpose"][own[key]]
    if key in ("human", "monitoring") and t.get(key):
        return t[key]
    return fill(GENERIC[key], p["muni"]) if isinstance(GENERIC[key], str) else list(GENERIC[key])


# Each field a registration may have, with how readily it is filled in (times the effort).
FIELDS = [
    ("contact", 1.4, lambda proj, p: proj.setdefault("contact", "data@" + MUNIS[p["muni"]]["domain"])),
    ("language", 1.2, lambda proj, p: proj.setdefault("language", "nld")),
    ("productOwner", 1.1, lambda proj, p: add_role(proj, p, 2)),
    ("portfolioHolder", 0.9, lambda proj, p: add_role(proj, p, 0)),
    ("problem", 1.0, lambda proj, p: proj.setdefault("purpose", {}).setdefault("problemStatement", text("problem", p))),
    ("values", 0.8, lambda proj, p: proj.setdefault("purpose", {}).setdefault("publicValues", text("values", p))),
    ("proportionality", 0.6, lambda proj, p: proj.setdefault("purpose", {}).setdefault("proportionality", text("proportionality", p))),
    ("alternatives", 0.5, lambda proj, p: proj.setdefault("purpose", {}).setdefault("alternativesConsidered", text("alternatives", p))),
    ("goal", 0.7, add_goal),
    ("lawful", 0.8, lambda proj, p: proj.setdefault("legal", {}).setdefault("lawfulBasis", text("lawful", p))),
    ("human", 0.9, lambda proj, p: proj.setdefault("oversight", {}).setdefault("humanIntervention", text("human", p))),
    ("monitoring", 0.6, lambda proj, p: proj.setdefault("oversight", {}).setdefault("monitoring", text("monitoring", p))),
    ("publicPage", 0.5, lambda proj, p: proj.setdefault("transparency", {}).setdefault(
        "publicPage", "https://www.%s/%s" % (MUNIS[p["muni"]]["domain"], p["id"].split("-", 1)[1]))),
]

# Projects whose registration was improved in 2026 (the previous export has them as they were before).
IMPROVED_IN_2026 = {}


def add_registration(proj, p):
    """Fills in part of a sparse or medium registration, and lets some rich ones lapse, by the project's effort."""
    effort = effort_of(p)
    if effort == 0.0:
        return
    if p["level"] == "rich":
        # A rich registration whose review was not kept up: reviewed over a year ago, next review passed.
        if p.get("phase") != "ended" and quality_rng.random() < 0.3:
            lc = proj["lifecycle"]
            lc["lastReviewed"] = "2025-%02d" % quality_rng.randint(2, 9)
            lc["nextReview"] = add_months(lc["lastReviewed"], 12)
            proj["record"]["updated"] = timestamp(quality_rng, lc["lastReviewed"])
        return
    before = copy.deepcopy(proj)
    added = 0
    for name, readiness, add in FIELDS:
        if quality_rng.random() < effort * readiness:
            add(proj, p)
            added += 1
    if added and p["level"] == "sparse" or quality_rng.random() < effort:
        add_review(proj, p, effort)
    if added >= 3 and quality_rng.random() < 0.2:
        IMPROVED_IN_2026[p["id"]] = added_paths(before, proj)


def added_paths(before, after):
    """The members (top level, or one level down) that are in after and not in before."""
    paths = []
    for k, v in after.items():
        if k not in before:
            paths.append((k,))
        elif isinstance(v, dict) and isinstance(before[k], dict):
            paths.extend((k, sub) for sub in v if sub not in before[k])
    return paths

# ---------------------------------------------------------------------------
# Project list. level: "rich" (almost every group), "medium", "sparse".
# ---------------------------------------------------------------------------
PROJECTS = [
    # ---------------- Utrecht ----------------
    {"id": "utrecht-scanauto-parkeren", "muni": "utrecht", "topic": "scanauto", "level": "rich",
     "phase": "production", "begin": "2019-04", "lars": "17325648",
     "suppliers": [("straatscan", "UTR-2019-0412"), ("wolkhosting", "UTR-2020-0077")],
     "related": [("utrecht-drukte-binnenstad", "sharesWith", "Gebruikt dezelfde kaartlaag van de binnenstad.")],
     "council": ("RIS 498213", "2018-11-29")},
    {"id": "utrecht-vroegsignalering-schulden", "muni": "utrecht", "topic": "vroegsignalering", "level": "rich",
     "phase": "production", "begin": "2021-01", "lars": "28461093",
     "suppliers": [("signaalhuis", "UTR-2020-1130")],
     "partners": [("Stichting Schuldhulpmaatje Utrecht", None, "vrijwillige thuisadministratie"),
                  ("Bo-Ex woningcorporatie", None, "levert huurachterstanden aan")],
     "related": [("utrecht-wmo-dashboard", "sharesWith", "Wijkindeling en teamindeling zijn gelijk.")],
     "council": ("RIS 503377", "2020-07-09")},
    {"id": "utrecht-anonimiseren-woo-documenten", "muni": "utrecht", "topic": "anonimiseren", "level": "rich",
     "phase": "production", "begin": "2023-09", "lars": "39017265",
     "suppliers": [("redactiewerk", "UTR-2023-0588")]},
    {"id": "utrecht-chatbot-inwoners", "muni": "utrecht", "topic": "chatbot", "level": "medium",
     "phase": "pilot", "begin": "2025-10", "kind": "pilot"},
    {"id": "utrecht-wmo-dashboard", "muni": "utrecht", "topic": "wmodashboard", "level": "medium",
     "phase": "production", "begin": "2022-05"},
    {"id": "utrecht-drukte-binnenstad", "muni": "utrecht", "topic": "drukte", "level": "medium",
     "phase": "production", "begin": "2021-09"},
    {"id": "utrecht-energiearmoede-analyse", "muni": "utrecht", "topic": "energiearmoede", "level": "sparse",
     "phase": "evaluation", "begin": "2023-02"},
    {"id": "utrecht-slimme-verkeerslichten", "muni": "utrecht", "topic": "verkeerslichten", "level": "sparse",
     "phase": "scaling", "begin": "2020-03"},
    {"id": "utrecht-afvalroutes", "muni": "utrecht", "topic": "afvalroutes", "level": "sparse",
     "phase": "development", "begin": "2026-02"},
    {"id": "utrecht-subsidiecontrole", "muni": "utrecht", "topic": "subsidiecontrole", "level": "sparse",
     "phase": "design"},
    {"id": "utrecht-leerlingenvervoer", "muni": "utrecht", "topic": "leerlingenvervoer", "level": "sparse",
     "phase": "production", "begin": "2021-08"},
    {"id": "utrecht-woningbouwprognose", "muni": "utrecht", "topic": "woningbouw", "level": "sparse", "phase": "idea"},
    {"id": "utrecht-boomonderhoud-voorspelling", "muni": "utrecht", "topic": "boomonderhoud", "level": "sparse",
     "phase": "ended", "begin": "2022-04", "end": "2023-03"},

    # ---------------- Amsterdam ----------------
    {"id": "amsterdam-parkeercontrole-kentekenscan", "muni": "amsterdam", "topic": "scanauto", "level": "rich",
     "name": "Parkeercontrole met kentekenscanning",
     "short": ("Scanauto's rijden door Amsterdam en lezen de kentekens van geparkeerde auto's. Het systeem kijkt in het "
               "Nationaal Parkeer Register of er voor het kenteken is betaald. Is dat niet zo, dan beoordeelt een "
               "medewerker de foto's voordat er een naheffingsaanslag komt."),
     "phase": "production", "begin": "2018-06", "lars": "17492203",
     "suppliers": [("straatscan", "AMS-2018-PH-031"), ("parkeerdata", "AMS-2021-PH-118")],
     "related": [("amsterdam-vakantieverhuur-signalering", "sharesWith", "Zelfde team voor privacytoetsing.")],
     "council": ("Gemeenteblad 2018, nr. 77102", "2018-03-14")},
    {"id": "amsterdam-bijstand-risicoselectie", "muni": "amsterdam", "topic": "bijstand", "level": "rich",
     "phase": "ended", "begin": "2023-04", "end": "2025-03", "lars": "48120937", "atrs": "ATRS-AMS-0042",
     "suppliers": [("modelwerk", "AMS-2022-WI-204")],
     "partners": [("Gemeente Rotterdam", "GM0599", "kennisdeling over risicomodellen")],
     "related": [("amsterdam-schuldhulp-wachttijden", "sharesWith", "Zelfde bron voor uitkeringsgegevens.")],
     "council": ("Raadsinformatiebrief 2023-118", "2023-03-02")},
    {"id": "amsterdam-meldingen-sorteren", "muni": "amsterdam", "topic": "meldingen", "level": "medium",
     "phase": "production", "begin": "2019-10"},
    {"id": "amsterdam-vakantieverhuur-signalering", "muni": "amsterdam", "topic": "vakantieverhuur", "level": "medium",
     "phase": "production", "begin": "2020-02"},
    {"id": "amsterdam-drukte-monitoring", "muni": "amsterdam", "topic": "drukte", "level": "sparse",
     "name": "Druktemonitor Wallen en centrum", "phase": "production", "begin": "2019-05"},
    {"id": "amsterdam-chatbot-belastingen", "muni": "amsterdam", "topic": "chatbot", "level": "sparse",
     "name": "Chatbot belastingvragen", "phase": "ended", "begin": "2024-01", "end": "2024-12"},
    {"id": "amsterdam-energiearmoede-kaart", "muni": "amsterdam", "topic": "energiearmoede", "level": "sparse",
     "name": "Kaart energiearmoede", "phase": "ended", "begin": "2023-06", "end": "2026-06"},
    {"id": "amsterdam-containervulgraad", "muni": "amsterdam", "topic": "containervulgraad", "level": "sparse",
     "phase": "production", "begin": "2021-01"},
    {"id": "amsterdam-wmo-dashboard", "muni": "amsterdam", "topic": "wmodashboard", "level": "sparse",
     "name": "Dashboard Wmo-vervoer", "phase": "development"},
    {"id": "amsterdam-verkeerslichten-fietsers", "muni": "amsterdam", "topic": "verkeerslichten", "level": "sparse",
     "name": "Slimme verkeerslichten voor fietsers", "phase": "pilot", "begin": "2025-04", "kind": "pilot"},
    {"id": "amsterdam-leerlingenvervoer-routes", "muni": "amsterdam", "topic": "leerlingenvervoer", "level": "sparse",
     "phase": "design"},
    {"id": "amsterdam-subsidie-aanvraagcheck", "muni": "amsterdam", "topic": "subsidiecontrole", "level": "sparse",
     "name": "Check op subsidieaanvragen", "phase": "idea", "kind": "other"},
    {"id": "amsterdam-schuldhulp-wachttijden", "muni": "amsterdam", "topic": "schuldhulpwachttijd", "level": "sparse",
     "phase": "production", "begin": "2022-11"},
    {"id": "amsterdam-inburgering-taalmaatjes", "muni": "amsterdam", "topic": "inburgering", "level": "sparse",
     "phase": "pilot", "begin": "2026-03"},

    # ---------------- Eindhoven ----------------
    {"id": "eindhoven-anonimiseren-woo", "muni": "eindhoven", "topic": "anonimiseren", "level": "rich",
     "name": "Woo-documenten automatisch anonimiseren",
     "short": ("De gemeente Eindhoven gebruikt software die persoonsgegevens in Woo-documenten opspoort en een voorstel "
               "doet om ze weg te lakken. Een medewerker controleert het voorstel."),
     "phase": "pilot", "begin": "2025-02", "lars": "50291846", "kind": "pilot",
     "suppliers": [("lakmachine", "EHV-2024-INK-0931", {"x-acme-contractstatus": "verlengd"})],
     "related": [("eindhoven-chatbot", "sharesWith", "Zelfde cloudomgeving.")]},
    {"id": "eindhoven-slimme-verkeerslichten", "muni": "eindhoven", "topic": "verkeerslichten", "level": "rich",
     "phase": "scaling", "begin": "2020-09", "lars": "26600418",
     "suppliers": [("verkeerslicht", "EHV-2020-VV-112")],
     "partners": [("Provincie Noord-Brabant", "PV30", "cofinanciering"),
                  ("Technische Universiteit Eindhoven", None, "evaluatie van het regelalgoritme")],
     "related": [("eindhoven-luchtkwaliteit", "sharesWith", "Luchtmetingen worden gebruikt voor de evaluatie.")],
     "council": ("Raadsvoorstel 20R7719", "2020-06-30")},
    {"id": "eindhoven-vroegsignalering-schulden", "muni": "eindhoven", "topic": "vroegsignalering", "level": "medium",
     "phase": "production", "begin": "2021-05"},
    {"id": "eindhoven-drukte-stratumseind", "muni": "eindhoven", "topic": "drukte", "level": "medium",
     "name": "Living lab Stratumseind", "kind": "experiment",
     "short": "In de uitgaansstraat Stratumseind meten sensoren geluid, drukte en licht. De gemeente onderzoekt of aangepast licht en geluid spanningen kunnen verminderen.",
     "phase": "evaluation", "begin": "2019-03"},
    {"id": "eindhoven-wmo-dashboard", "muni": "eindhoven", "topic": "wmodashboard", "level": "sparse",
     "phase": "production", "begin": "2023-01"},
    {"id": "eindhoven-chatbot", "muni": "eindhoven", "topic": "chatbot", "level": "sparse",
     "name": "Digitale assistent Eindhoven", "phase": "production", "begin": "2024-06", "kind": "algorithm"},
    {"id": "eindhoven-afvalinzameling-routes", "muni": "eindhoven", "topic": "afvalroutes", "level": "sparse",
     "phase": "pilot", "begin": "2025-09"},
    {"id": "eindhoven-energiearmoede", "muni": "eindhoven", "topic": "energiearmoede", "level": "sparse",
     "phase": "ended", "begin": "2022-10", "end": "2023-06"},
    {"id": "eindhoven-heronderzoek-bijstand", "muni": "eindhoven", "topic": "heronderzoek", "level": "sparse",
     "phase": "production", "begin": "2017-01"},
    {"id": "eindhoven-subsidiecontrole-sport", "muni": "eindhoven", "topic": "subsidiecontrole", "level": "sparse",
     "name": "Controle sportsubsidies", "phase": "development", "begin": "2026-05"},
    {"id": "eindhoven-leerlingenvervoer", "muni": "eindhoven", "topic": "leerlingenvervoer", "level": "sparse",
     "phase": "production", "begin": "2020-08"},
    {"id": "eindhoven-luchtkwaliteit", "muni": "eindhoven", "topic": "luchtkwaliteit", "level": "sparse",
     "phase": "production", "begin": "2018-05"},
    {"id": "eindhoven-hittekaart", "muni": "eindhoven", "topic": "hittekaart", "level": "sparse",
     "phase": "production", "begin": "2024-07"},

    # ---------------- Tilburg ----------------
    {"id": "tilburg-woo-anonimiseren", "muni": "tilburg", "topic": "anonimiseren", "level": "medium",
     "name": "Anonimiseren documenten Woo-verzoeken",
     "short": ("Bij Woo-verzoeken laat de gemeente Tilburg documenten eerst door een programma controleren op namen, "
               "adressen en andere persoonsgegevens. Medewerkers lakken daarna de gegevens weg en controleren het resultaat."),
     "phase": "production", "begin": "2024-04", "suppliers": [("documentveilig", "TBG-2024-0215")]},
    {"id": "tilburg-vroegsignalering-schulden", "muni": "tilburg", "topic": "vroegsignalering", "level": "rich",
     "name": "Vroegsignalering schulden", "phase": "production", "begin": "2020-06", "lars": "31190574",
     "suppliers": [("signaalhuis", "TBG-2020-SD-044")],
     "partners": [("Gemeente Goirle", "GM0785", "gezamenlijke inkoop"),
                  ("Gemeente Oisterwijk", "GM0824", "gezamenlijke inkoop")],
     "related": [("utrecht-vroegsignalering-schulden", "basedOn", "Werkwijze overgenomen na kennisuitwisseling.")],
     "council": ("Raadsvoorstel 2020-112", "2020-03-09")},
    {"id": "tilburg-wmo-dashboard", "muni": "tilburg", "topic": "wmodashboard", "level": "rich",
     "name": "Wmo-monitor Tilburg", "phase": "production", "begin": "2022-01", "lars": "29904417",
     "suppliers": [("dashboardbouw", "TBG-2021-SD-301")],
     "related": [("tilburg-jeugdhulp-prognose", "sharesWith", "Zelfde datawarehouse sociaal domein.")]},
    {"id": "tilburg-leerlingenvervoer", "muni": "tilburg", "topic": "leerlingenvervoer", "level": "rich",
     "phase": "production", "begin": "2021-08", "lars": "33800127",
     "suppliers": [("routeplan", "TBG-2021-ON-017")],
     "related": [("eindhoven-leerlingenvervoer", "sharesWith", "Zelfde planningssoftware en kennisuitwisseling.")],
     "vendor": {"x-acme-zaaktype": "B1234"}},
    {"id": "tilburg-chatbot", "muni": "tilburg", "topic": "chatbot", "level": "sparse",
     "phase": "idea", "minimal": True},
    {"id": "tilburg-afvalroutes", "muni": "tilburg", "topic": "afvalroutes", "level": "sparse",
     "phase": "production", "begin": "2022-03"},
    {"id": "tilburg-subsidiecontrole", "muni": "tilburg", "topic": "subsidiecontrole", "level": "sparse",
     "phase": "pilot", "begin": "2026-01"},
    {"id": "tilburg-drukte-evenementen", "muni": "tilburg", "topic": "drukte", "level": "sparse",
     "name": "Druktemonitor kermis en evenementen", "phase": "production", "begin": "2023-07"},
    {"id": "tilburg-energiearmoede", "muni": "tilburg", "topic": "energiearmoede", "level": "sparse",
     "phase": "design"},
    {"id": "tilburg-slimme-verkeerslichten", "muni": "tilburg", "topic": "verkeerslichten", "level": "sparse",
     "phase": "production", "begin": "2021-11"},
    {"id": "tilburg-ondermijning-dashboard", "muni": "tilburg", "topic": "ondermijning", "level": "medium",
     "phase": "production", "begin": "2022-09"},
    {"id": "tilburg-jeugdhulp-prognose", "muni": "tilburg", "topic": "jeugdhulp", "level": "sparse",
     "phase": "development", "begin": "2025-11"},
    {"id": "tilburg-sportdeelname-jeugd", "muni": "tilburg", "topic": "sportdeelname", "level": "sparse",
     "phase": "ended", "begin": "2024-02", "end": "2024-02"},

    # ---------------- Zwolle ----------------
    {"id": "zwolle-afvalbeleid-milieupas", "muni": "zwolle", "topic": "milieupas", "level": "rich",
     "phase": "production", "begin": "2019-01", "lars": "22719305", "sourceId": "ZWL-ALG-014",
     "suppliers": [("milieupas", "ZWL-2018-AF-009")],
     "partners": [("ROVA", None, "inzameling en beheer van de containers")],
     "related": [("zwolle-grondwatermodel", "sharesWith", "Gebruikt dezelfde kaartlagen van de openbare ruimte.")],
     "council": ("Raadsbesluit afvalstoffenheffing 2019", "2018-12-17")},
    {"id": "zwolle-milieupas-afvalbeleid", "muni": "zwolle", "topic": "milieupas", "level": "medium",
     "name": "Afvalbeleid Milieupas",
     "short": ("Met de milieupas openen inwoners van Zwolle de ondergrondse containers voor restafval. De gemeente "
               "gebruikt het aantal stortingen per adres om het afvalbeleid te evalueren en het diftartarief te berekenen."),
     "phase": "production", "begin": "2019-01", "sourceId": "ZWL-ALG-031", "suppliers": [("milieupas", None)]},
    {"id": "zwolle-parkeerdruk-dashboard", "muni": "zwolle", "topic": "parkeerdrukte", "level": "sparse",
     "phase": "production", "begin": "2022-04"},
    {"id": "zwolle-vroegsignalering-schulden", "muni": "zwolle", "topic": "vroegsignalering", "level": "sparse",
     "phase": "production", "begin": "2021-03"},
    {"id": "zwolle-chatbot", "muni": "zwolle", "topic": "chatbot", "level": "sparse",
     "phase": "pilot", "begin": "2026-04", "kind": "experiment"},
    {"id": "zwolle-wmo-dashboard", "muni": "zwolle", "topic": "wmodashboard", "level": "sparse",
     "phase": "design"},
    {"id": "zwolle-energiearmoede", "muni": "zwolle", "topic": "energiearmoede", "level": "rich",
     "name": "Aanpak energiearmoede: buurtanalyse", "phase": "evaluation", "begin": "2023-01", "lars": "41277390",
     "suppliers": [("energieinzicht", "ZWL-2022-WO-088")],
     "partners": [("deltaWonen", None, "isolatie van huurwoningen"),
                  ("Stichting Energiebank Zwolle", None, "energiecoaches")],
     "related": [("zwolle-vroegsignalering-schulden", "sharesWith", "Signalen over energieschulden.")]},
    {"id": "zwolle-subsidiecontrole", "muni": "zwolle", "topic": "subsidiecontrole", "level": "rich",
     "phase": "production", "begin": "2024-06", "lars": "45508816",
     "suppliers": [("subsidiecheck", "ZWL-2024-BV-015")],
     "council": ("Algemene subsidieverordening Zwolle 2024", "2023-11-06")},
    {"id": "zwolle-slimme-verkeerslichten", "muni": "zwolle", "topic": "verkeerslichten", "level": "sparse",
     "phase": "production", "begin": "2022-06"},
    {"id": "zwolle-leerlingenvervoer", "muni": "zwolle", "topic": "leerlingenvervoer", "level": "sparse",
     "phase": "ended", "begin": "2019-08", "end": "2024-07"},
    {"id": "zwolle-drukte-binnenstad", "muni": "zwolle", "topic": "drukte", "level": "sparse",
     "phase": "idea", "minimal": True},
    {"id": "zwolle-grondwatermodel", "muni": "zwolle", "topic": "grondwater", "level": "sparse",
     "phase": "production", "begin": "2021-02"},
    {"id": "zwolle-bijstand-risicoprofielen", "muni": "zwolle", "topic": "bijstand", "level": "sparse",
     "name": "Verkenning risicoprofielen bijstand",
     "short": "De gemeente Zwolle verkent of een risicomodel kan helpen bij het controleren van bijstandsaanvragen. Er is nog niets gebouwd; eerst komt een IAMA.",
     "phase": "idea"},
]

# Fictional people per municipality: (function, name)
PEOPLE = {
    "utrecht": [("Wethouder", "L. Jansen"), ("Directeur Stadsbeheer", "M. Bakker"),
                ("Productowner data", "S. el Amrani"), ("Functionaris gegevensbescherming", "R. de Wit")],
    "amsterdam": [("Wethouder", "K. Visser"), ("Directeur Werk, Participatie en Inkomen", "P. Smit"),
                  ("Productowner", "D. Yilmaz"), ("Functionaris gegevensbescherming", "A. Mulder")],
    "eindhoven": [("Wethouder", "T. van Dijk"), ("Concerndirecteur", "H. Peters"),
                  ("Productowner", "N. Hendriks"), ("Functionaris gegevensbescherming", "E. Vos")],
    "tilburg": [("Wethouder", "B. van den Berg"), ("Afdelingshoofd", "J. Willems"),
                ("Productowner", "F. Kuijpers"), ("Functionaris gegevensbescherming", "C. Dekker")],
    "zwolle": [("Wethouder", "G. Meijer"), ("Programmamanager", "W. Brouwer"),
               ("Productowner", "I. Koster"), ("Functionaris gegevensbescherming", "O. Prins")],
}
ROLE_KINDS = ["portfolioHolder", "administrativeSponsor", "productOwner", "dataProtectionOfficer"]

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def clean(value):
    """Drop None values, empty lists and empty objects (recursively)."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            v = clean(v)
            if v is None or v == [] or v == {}:
                continue
            out[k] = v
        return out
    if isinstance(value, list):
        return [clean(v) for v in value if v is not None]
    return value


def fill(text, muni):
    return text.replace("{stad}", MUNIS[muni]["city"])


def email(name, domain):
    local = name.lower().replace(". ", ".").replace(" ", "").replace("'", "")
    return local + "@" + domain


def add_months(ym, n):
    y, m = int(ym[:4]), int(ym[5:7])
    m += n
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    return "%04d-%02d" % (y, m)


def timestamp(rng, ym, hour_base=8):
    day = rng.randint(1, 28)
    return "%s-%02dT%02d:%02d:00Z" % (ym, day, hour_base + rng.randint(0, 8), rng.choice([0, 15, 30, 45]))


def kpis(rows):
    out = []
    for row in rows:
        ind, unit, base, target = row[:4]
        k = {"indicator": ind, "unit": unit, "baseline": base, "target": target}
        if len(row) > 4:
            k["measured"] = row[4]
            k["measuredOn"] = row[5]
        out.append(k)
    return out


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------
def base_project(p, t):
    muni = p["muni"]
    proj = {
        "id": p["id"],
        "name": p.get("name", t["name"]),
        "organization": org(muni),
    }
    return proj


def lifecycle(p, rich, rng):
    lc = {"phase": p.get("phase"), "beginDate": p.get("begin"), "endDate": p.get("end")}
    if rich and p.get("begin"):
        lc["lastReviewed"] = "2026-%02d" % rng.randint(3, 10)
        if p.get("phase") != "ended":
            lc["nextReview"] = "2027-%02d" % rng.randint(3, 10)
    return lc


def data_profile(t):
    return {
        "sources": sources(t.get("sources", [])),
        "subjects": t.get("subjects"),
        "atLeast10000Subjects": t.get("many"),
        "processingFrequency": t.get("freq"),
        "retention": t.get("retention"),
        "internationalTransfer": t.get("transfer"),
    }


def technique(t):
    return {"algorithmType": t.get("algo"), "useType": t.get("use"),
            "methodsAndModels": t.get("methods"), "performance": t.get("performance")}


def suppliers_of(p):
    out = []
    for entry in p.get("suppliers", []):
        key, contract = entry[0], entry[1]
        extra = entry[2] if len(entry) > 2 else {}
        out.append(supplier(key, contract, **extra))
    return out


def build_sparse(p, t, rng):
    muni = p["muni"]
    proj = base_project(p, t)
    if p.get("minimal"):
        # Only the required fields plus the phase.
        proj["lifecycle"] = {"phase": p["phase"]}
        return proj
    proj["shortDescription"] = fill(p.get("short", t["short"]), muni)
    proj["kind"] = p.get("kind", t["kind"])
    # A few optional fields, chosen deterministically, so sparse projects differ.
    if rng.random() < 0.6:
        proj["themes"] = list(t["themes"])
    if p.get("phase"):
        proj["lifecycle"] = lifecycle(p, False, rng)
    if rng.random() < 0.3:
        proj["tags"] = list(t["tags"])
    return proj


def build_medium(p, t, rng):
    muni = p["muni"]
    m = MUNIS[muni]
    proj = build_sparse(p, t, rng)
    proj["themes"] = list(t["themes"])
    proj["tags"] = list(t["tags"])
    proj["language"] = "nld"
    if t.get("description"):
        proj["description"] = fill(t["description"], muni)
    proj["department"] = t.get("department")
    proj["contact"] = "data@" + m["domain"]
    proj["suppliers"] = suppliers_of(p) or ([supplier(t["supplier"])] if t.get("supplier") else [])
    proj["data"] = data_profile(t)
    proj["technique"] = technique(t)
    if "ai" in t:
        proj["risk"] = {"aiAct": dict(t["ai"])}
        if p["topic"] in AI_PRACTICES:
            proj["risk"]["aiAct"]["practices"] = list(AI_PRACTICES[p["topic"]])
    if risk_factors(p["topic"]):
        proj.setdefault("risk", {})["factors"] = risk_factors(p["topic"])
    if p.get("sourceId"):
        proj["sourceId"] = p["sourceId"]
    created = timestamp(rng, p.get("begin") or "2025-06")
    proj["record"] = {"created": created, "updated": timestamp(rng, "2026-%02d" % rng.randint(1, 10)),
                      "provenance": "import", "source": "Algoritmeregister-export " + m["name"]}
    return proj


def build_rich(p, t, rng):
    muni = p["muni"]
    m = MUNIS[muni]
    slug = p["id"].split("-", 1)[1]
    proj = base_project(p, t)
    if p.get("sourceId"):
        proj["sourceId"] = p["sourceId"]
    ext = {"algoritmeregisterLars": p["lars"]}
    if p.get("atrs"):
        ext["atrs"] = p["atrs"]
    proj["externalIds"] = ext
    proj["shortDescription"] = fill(p.get("short", t["short"]), muni)
    proj["description"] = fill(t["description"], muni)
    proj["kind"] = p.get("kind", t["kind"])
    proj["themes"] = list(t["themes"])
    proj["tags"] = list(t["tags"])
    proj["language"] = "nld"
    proj["department"] = t["department"]
    proj["contact"] = "data@" + m["domain"]
    proj["roles"] = [{"kind": kind, "function": fn, "name": nm, "email": email(nm, m["domain"])}
                     for kind, (fn, nm) in zip(ROLE_KINDS, PEOPLE[muni])]
    proj["suppliers"] = suppliers_of(p)
    proj["partners"] = [{"name": n, "code": c, "contribution": contrib} for n, c, contrib in p.get("partners", [])]
    if p.get("council"):
        ref, date = p["council"]
        proj["councilDecision"] = {"reference": ref, "date": date,
                                   "link": "https://%s/document/%s" % (m["ris"], ref.lower().replace(" ", "-").replace(",", "").replace(".", ""))}
    proj["relatedProjects"] = [{"projectId": pid, "relation": rel, "note": note} for pid, rel, note in p.get("related", [])]
    proj["lifecycle"] = lifecycle(p, True, rng)

    pu = t["purpose"]
    proj["purpose"] = {
        "problemStatement": pu["problem"],
        "goalAndImpact": pu["goal"],
        "publicValues": list(pu["values"]),
        "strategyObjectives": [{"objective": "Datastrategie %s 2024-2028: verantwoord werken met data" % m["city"],
                                "link": "https://www.%s/bestuur-en-organisatie/datastrategie" % m["domain"]}],
        "societalGoals": [{"goal": g, "kpis": kpis(rows)} for g, rows in pu["goals"]],
        "proportionality": pu["proportionality"],
        "alternativesConsidered": pu["alternatives"],
    }
    lg = t["legal"]
    proj["legal"] = {"lawfulBasis": lg["basis"], "references": law_refs(lg["refs"]), "gdprGround": lg["gdpr"],
                     "processingRegisterUrl": "https://www.%s/privacy/verwerkingsregister" % m["domain"]}
    proj["data"] = data_profile(t)
    proj["technique"] = technique(t)
    proj["oversight"] = {"automationLevel": t["automation"], "legalEffects": t["legalEffects"],
                         "humanIntervention": t.get("human"), "objectionProcedure": t.get("objection"),
                         "monitoring": t.get("monitoring")}
    rk = t["risk"]
    assessments = []
    for a in rk["assessments"]:
        typ, title, status, date, outcome = a[:5]
        item = {"type": typ, "title": title, "status": status, "date": date}
        if status == "notRequired":
            item["reasonNotDone"] = a[5] if len(a) > 5 else "Niet verplicht voor dit soort systeem."
        else:
            item["outcome"] = outcome
            if status == "done":
                item["link"] = "https://www.%s/privacy/%s-%s" % (m["domain"], typ.lower(), slug)
        assessments.append(item)
    proj["risk"] = {
        "publicationCategory": rk["cat"],
        "aiAct": dict(rk["ai"]),
        "assessments": assessments,
        "risks": [{"name": n, "description": d, "mitigation": mit, "owner": PEOPLE[muni][2][0]}
                  for n, d, mit in rk["risks"]],
    }
    if risk_factors(p["topic"]):
        proj["risk"]["factors"] = risk_factors(p["topic"])
    published = add_months(p["begin"], 3)
    tr = {
        "register": {"registerId": p["lars"],
                     "link": "https://algoritmes.overheid.nl/nl/algoritme/%s/%s" % (slug, p["lars"]),
                     "publishedOn": published},
        "publicPage": "https://www.%s/%s" % (m["domain"], slug),
        "councilInformed": {"date": add_months(p["begin"], -1), "reference": "Raadsinformatiebrief %s" % slug,
                            "link": "https://%s/informatiebrieven/%s" % (m["ris"], slug)},
    }
    tr.update(p.get("transparency", {}))
    proj["transparency"] = tr
    proj["record"] = {
        "created": timestamp(rng, p["begin"]),
        "updated": timestamp(rng, "2026-%02d" % rng.randint(8, 11)),
        "provenance": p.get("provenance", "manual"),
        "source": "DataGrip invoer %s" % m["name"],
        "visibility": {"/risk/risks/0/mitigation": "internal", "/roles/0/name": "public"},
    }
    if proj["risk"]["risks"] and len(proj["roles"]) > 3:
        proj["record"]["visibility"]["/roles/3/email"] = "internal"
    return proj


# Extra transparency entries (audits, evaluations, incidents) per rich project.
TRANSPARENCY_EXTRA = {
    "utrecht-scanauto-parkeren": {
        "audits": [{"by": "Auditdienst Utrecht", "date": "2024-05", "outcome": "Werkwijze voldoet; bewaartermijn foto's kan korter.",
                    "link": "https://www.utrecht.nl/bestuur-en-organisatie/audits/scanauto-2024"}],
        "evaluations": [{"date": "2025-11", "by": "Team Parkeren", "summary": "Betaalgraad gestegen; aantal bezwaren gedaald."}],
        "incidents": [{"date": "2023-08-14", "description": "Door een softwarefout werden foto's van auto's met parkeerrecht drie dagen te lang bewaard.",
                       "measures": "Fout hersteld; controle op de verwijdertermijn toegevoegd; FG geïnformeerd."}],
    },
    "amsterdam-parkeercontrole-kentekenscan": {
        "evaluations": [{"date": "2024-03", "by": "Rekenkamer Metropool Amsterdam", "summary": "Scanauto's werken doelmatig; let op uitleg aan bewoners."}],
    },
    "amsterdam-bijstand-risicoselectie": {
        "audits": [{"by": "Onafhankelijk onderzoeksbureau (fictief)", "date": "2024-11",
                    "outcome": "Het model selecteert sommige groepen vaker zonder goede reden. Advies: stoppen.",
                    "link": "https://www.amsterdam.nl/werk-en-inkomen/onderzoek-risicoselectie"}],
        "evaluations": [{"date": "2025-03", "by": "Werk en Inkomen",
                         "summary": "De pilot is gestopt. Het model was niet eerlijk genoeg en leverde weinig op."}],
        "incidents": [{"date": "2024-09", "description": "Bij de biastoets bleek dat het model aanvragers met een migratieachtergrond vaker selecteerde.",
                       "measures": "Gebruik direct gepauzeerd; raad geïnformeerd; model in maart 2025 stopgezet."}],
    },
    "eindhoven-slimme-verkeerslichten": {
        "evaluations": [{"date": "2023-04", "by": "Technische Universiteit Eindhoven",
                         "summary": "Kortere wachttijden voor fietsers, geen nadeel voor de bus.",
                         "link": "https://www.eindhoven.nl/verkeer/evaluatie-ivri"}],
    },
    "tilburg-vroegsignalering-schulden": {
        "audits": [{"by": "Concerncontrol Tilburg", "date": "2025-02", "outcome": "Bewaartermijnen worden goed nageleefd."}],
        "evaluations": [{"date": "2025-06", "by": "Hogeschool (fictief lectoraat schulden)", "summary": "Meer inwoners in beeld, maar bereik onder jongeren blijft laag."}],
    },
    "zwolle-afvalbeleid-milieupas": {
        "incidents": [{"date": "2024-01-08", "description": "Door een storing registreerden 40 containers een week lang geen stortingen.",
                       "measures": "Stortingen in die week niet meegeteld voor de heffing."}],
    },
}

MEDIUM_EXTRA = {
    # A project with a lawful basis but no other rich groups (shows partial legal).
    "amsterdam-vakantieverhuur-signalering": {
        "legal": {"lawfulBasis": "Huisvestingswet en de Huisvestingsverordening Amsterdam.", "gdprGround": "publicTask"},
        "oversight": {"automationLevel": "decisionSupport", "legalEffects": False,
                      "humanIntervention": "Een toezichthouder beslist of een adres wordt bezocht."},
    },
    "tilburg-ondermijning-dashboard": {
        "legal": {"references": law_refs(["wbb", "gemeentewet"]), "gdprGround": "publicTask"},
        "risk": {"publicationCategory": "impactfulAlgorithm",
                 "assessments": [{"type": "dpia", "status": "inProgress", "title": "DPIA dashboard ondermijning"}]},
    },
    "utrecht-chatbot-inwoners": {
        "risk": {"publicationCategory": "otherAlgorithm",
                 "assessments": [{"type": "dpia", "status": "done", "date": "2025-08"},
                                 {"type": "aiia", "status": "inProgress"}]},
        "transparency": {"publicPage": "https://www.utrecht.nl/chatbot"},
    },
}


# Property order of DataProject in the schema; vendor (x-) fields go last.
PROJECT_ORDER = ["id", "sourceId", "externalIds", "name", "shortDescription", "description", "kind", "themes",
                 "tags", "language", "organization", "department", "contact", "roles", "suppliers", "partners",
                 "councilDecision", "relatedProjects", "decisions", "lifecycle", "purpose", "legal", "data", "technique",
                 "oversight", "risk", "transparency", "record"]


def order_keys(proj):
    rank = {k: i for i, k in enumerate(PROJECT_ORDER)}
    return {k: proj[k] for k in sorted(proj, key=lambda k: (rank.get(k, len(rank)), k))}


def deep_merge(a, b):
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(a.get(k), dict):
            deep_merge(a[k], v)
        else:
            a[k] = copy.deepcopy(v)
    return a


history_rng = random.Random(SEED + 11)


def build_project(p, rng):
    t = TOPICS[p["topic"]]
    level = p["level"]
    if level == "rich":
        proj = build_rich(p, t, rng)
        if p["id"] in TRANSPARENCY_EXTRA:
            proj["transparency"].update(copy.deepcopy(TRANSPARENCY_EXTRA[p["id"]]))
    elif level == "medium":
        proj = build_medium(p, t, rng)
        if p["id"] in MEDIUM_EXTRA:
            deep_merge(proj, MEDIUM_EXTRA[p["id"]])
    else:
        proj = build_sparse(p, t, rng)
    add_registration(proj, p)
    proj.update(p.get("vendor", {}))
    add_history(proj, p, history_rng)
    return order_keys(clean(proj))


def build_export(rng):
    return {
        "schemaVersion": "1.1",
        "generatedAt": GENERATED_AT,
        "publisher": org("utrecht"),
        "projects": [build_project(p, rng) for p in PROJECTS],
    }


# ---------------------------------------------------------------------------
# The previous export: the same portfolio as it was on PREVIOUS_AT.
# ---------------------------------------------------------------------------
PREVIOUS_MONTH = PREVIOUS_AT[:7]
# A project that was in the previous export and is gone now (registered twice, merged).
REMOVED = {"id": "utrecht-parkeervergunningen-wachtlijst", "name": "Wachtlijst parkeervergunningen",
           "shortDescription": "Een rekenregel bepaalde de volgorde op de wachtlijst voor een parkeervergunning in de binnenstad van Utrecht.",
           "kind": "algorithm", "themes": ["traffic"], "organization": {"name": "Gemeente Utrecht", "code": "GM0344", "type": "gemeente"},
           "lifecycle": {"phase": "production", "beginDate": "2017-01"}}


# Risk answers given in 2026: the previous export lacks them, so its impact level was a range (and the grip
# report's "risk changed" has something to show). Only risk and oversight answers: nothing the overlap detector reads.
RISK_ANSWERED_IN_2026 = {
    "utrecht-vroegsignalering-schulden": [("oversight", "automationLevel"), ("oversight", "legalEffects"), ("risk", "factors", "reversibility")],
    "zwolle-subsidiecontrole": [("oversight", "automationLevel"), ("risk", "factors", "apList")],
}


def before(date, month=PREVIOUS_MONTH):
    return date is None or date[:7] <= month


def previous_project(proj):
    """The project as registered on PREVIOUS_AT, or None when it did not exist yet."""
    proj = copy.deepcopy(proj)
    for path in IMPROVED_IN_2026.get(proj["id"], []) + RISK_ANSWERED_IN_2026.get(proj["id"], []):
        parent = proj
        for k in path[:-1]:
            parent = parent[k]
        parent.pop(path[-1], None)
    lc = proj.get("lifecycle", {})
    if not before(lc.get("beginDate")):
        return None
    history = [e for e in lc.get("phaseHistory", []) if before(e["entered"])]
    if lc.get("phaseHistory"):
        if not history:
            return None
        lc["phaseHistory"] = history
        lc["phase"] = history[-1]["phase"]
        if lc["phase"] != "ended":
            lc.pop("endDate", None)
    pilot = lc.get("pilot")
    if pilot and pilot.get("scaleDecision") and not any(
            d.get("reference") == pilot.get("decisionReference") and before(d.get("date")) for d in proj.get("decisions", [])):
        pilot["scaleDecision"] = "pending"
        pilot.pop("decisionReference", None)
    if "decisions" in proj:
        proj["decisions"] = [d for d in proj["decisions"] if before(d.get("date"))]
    for goal in proj.get("purpose", {}).get("societalGoals", []):
        for kpi in goal.get("kpis", []):
            ms = [m for m in kpi.get("measurements", []) if before(m["date"])]
            if "measurements" in kpi:
                kpi["measurements"] = ms
                if ms:
                    kpi["measured"], kpi["measuredOn"] = ms[-1]["value"], ms[-1]["date"]
                else:
                    kpi.pop("measured", None)
                    kpi.pop("measuredOn", None)
    for key in ("lastReviewed", "nextReview"):
        if lc.get(key) and not before(lc[key]):
            lc.pop(key)
    return order_keys(clean(proj))


def build_previous(current):
    projects = [q for q in (previous_project(p) for p in current["projects"]) if q is not None]
    projects.insert(3, copy.deepcopy(REMOVED))
    return {"schemaVersion": "1.1", "generatedAt": PREVIOUS_AT, "publisher": org("utrecht"), "projects": projects}


# ---------------------------------------------------------------------------
# Invalid samples
# ---------------------------------------------------------------------------
def small_export(projects, publisher="utrecht"):
    return {"schemaVersion": "1.0", "generatedAt": GENERATED_AT, "publisher": org(publisher), "projects": projects}


def exact_length(text, n):
    """Repeat text and cut it to exactly n characters (no trailing space)."""
    s = (text + " ") * (n // len(text) + 2)
    s = s[:n]
    if s.endswith(" "):
        s = s[:-1] + "."
    assert len(s) == n
    return s


def invalid_files():
    files = {}

    valid_small = small_export([
        {"id": "utrecht-chatbot-inwoners", "name": "Chatbot voor vragen van inwoners", "organization": org("utrecht"),
         "kind": "pilot", "lifecycle": {"phase": "pilot", "beginDate": "2025-10"},
         "shortDescription": "Een chatbot beantwoordt veelgestelde vragen van inwoners."},
        {"id": "utrecht-afvalroutes", "name": "Slimme routes afvalinzameling", "organization": org("utrecht"),
         "kind": "model", "lifecycle": {"phase": "development", "beginDate": "2026-02"}},
    ])
    text = json.dumps(valid_small, ensure_ascii=False, indent=2)
    cut = text.index('"lifecycle"', text.index("utrecht-afvalroutes")) + len('"lifecycle": {\n        "pha')
    files["malformed.json"] = text[:cut]

    files["wrong-types.json"] = small_export([
        {"id": "eindhoven-hittekaart", "name": 2024, "organization": org("eindhoven"), "kind": "dataAnalysis"},
        {"id": "eindhoven-luchtkwaliteit", "name": "Meetnet luchtkwaliteit", "organization": org("eindhoven"),
         "themes": "natureAndEnvironment", "data": {"atLeast10000Subjects": "ja"}},
    ])

    files["unknown-values.json"] = small_export([
        {"id": "zwolle-woningbouwmonitor", "name": "Woningbouwmonitor", "organization": org("zwolle"),
         "themes": ["Wonen"], "lifecycle": {"phase": "productie", "beginDate": "2024-01"},
         "zaaktype": "B1234"},
    ])

    files["missing-required.json"] = small_export([
        {"id": "tilburg-hittekaart", "organization": org("tilburg"), "kind": "dataAnalysis",
         "shortDescription": "Een kaart van de warmste plekken in Tilburg."},
        {"id": "tilburg-chatbot", "name": "Chatbot Tilburg", "kind": "pilot"},
    ])

    files["semantic.json"] = small_export([
        {"id": "amsterdam-chatbot-vragen", "name": "Chatbot voor vragen van inwoners",
         "organization": {"name": "Gemeente Amsterdam", "code": "GM0344", "type": "gemeente"},
         "kind": "pilot", "lifecycle": {"phase": "ended", "beginDate": "2025-05", "endDate": "2024-11"}},
        {"id": "amsterdam-chatbot-vragen", "name": "Chatbot belastingvragen",
         "organization": {"name": "Gemeente Nergenshuizen", "code": "GM9999", "type": "gemeente"},
         "relatedProjects": [{"projectId": "amsterdam-chatbot-bestaat-niet", "relation": "basedOn"}]},
    ], publisher="amsterdam")

    long_name = exact_length("Onderzoek naar het gebruik van data bij het verbeteren van de dienstverlening aan "
                             "inwoners en ondernemers in alle wijken van de gemeente", 150)
    long_short = exact_length("Deze korte beschrijving is veel te lang. Zij legt uitgebreid uit wat het project "
                              "doet, welke gegevens worden gebruikt, wie er bij betrokken zijn en waarom de gemeente "
                              "dit belangrijk vindt voor de inwoners van de stad.", 600)
    files["too-long.json"] = small_export([
        {"id": "utrecht-dienstverlening-onderzoek", "name": long_name, "organization": org("utrecht")},
        {"id": "utrecht-dienstverlening-analyse", "name": "Analyse dienstverlening", "organization": org("utrecht"),
         "shortDescription": long_short},
    ])

    files["empty.json"] = ""
    return files


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------
def write_json(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    rng = random.Random(SEED)
    export = build_export(rng)
    write_json(os.path.join(HERE, "gemeenten-export.json"), export)
    write_json(os.path.join(HERE, "gemeenten-export-2025.json"), build_previous(export))
    os.makedirs(INVALID_DIR, exist_ok=True)
    for name, content in invalid_files().items():
        path = os.path.join(INVALID_DIR, name)
        if isinstance(content, str):
            write_text(path, content)
        else:
            write_json(path, content)


if __name__ == "__main__":
    main()
