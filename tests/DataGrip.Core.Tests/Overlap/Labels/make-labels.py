# Writes overlap-labels.json from the families and hard negatives below, labelled by reading the texts of the
# evaluation corpus (docs/overlap.md). Run once; the split is fixed by a hash of the family id and stored.
import hashlib, itertools, json

# family id -> (what the members do, the same purpose in different words; members)
FAMILIES = {
 "parkeercontrole-scanauto": ("scan cars read licence plates to check whether parked cars paid or hold a permit",
   ["ar-0004", "ar-0009", "ar-0059", "ar-0072", "utrecht-scanauto-parkeren", "amsterdam-parkeercontrole-kentekenscan"]),
 "anonimiseren-documenten": ("find and black out personal data in documents before publication (Woo, AVG)",
   ["bm-dataprotector", "docdirekt-anonimiseren", "octobox-anonimiseren", "xxllnc-Anonimiseren", "edata-especialisten-anonimiseren",
    "zylab-tekstanalyse", "ar-0099", "utrecht-anonimiseren-woo-documenten", "eindhoven-anonimiseren-woo", "tilburg-woo-anonimiseren"]),
 "kentekencamera-zone": ("fixed ANPR cameras check whether a vehicle may enter a zone (supplier template variants)",
   ["brickyard-zero-emissie-zone", "brickyard-autoluwe-binnenstad", "brickyard-milieuzone", "brickyard-voetgangersgebied"]),
 "drukte-tellen": ("count or estimate how many people are in a public place to manage crowds",
   ["ar-0006", "ar-0030", "ar-0061", "utrecht-drukte-binnenstad", "amsterdam-drukte-monitoring", "tilburg-drukte-evenementen", "zwolle-drukte-binnenstad"]),
 "geluidsherkenning": ("classify loud sounds from spectrograms", ["ar-0022", "ar-0027"]),
 "bijplaatsing-herkennen": ("recognise waste dumped beside underground containers on camera images", ["ar-0021", "ar-0028"]),
 "bijstand-aanvraag-beslissen": ("decide on an application for social assistance (bijstand): entitlement, amount, duration",
   ["ar-0025", "ar-0026", "ar-0088", "ar-0091", "centric-ediensten-voor-aanvragen", "centric-pko-kennissystemen",
    "pinkroccade-civision-samenlevingszaken"]),
 "verkeersmodel-stad": ("macroscopic traffic model of the city's road network for plans and disruptions", ["ar-0011", "ar-0012"]),
 "verkeersregelprogramma": ("design the control programme (phase order) of traffic lights at an intersection", ["ar-0014", "ar-0015"]),
 "slimme-verkeerslichten": ("traffic lights that set their green times from live counts",
   ["utrecht-slimme-verkeerslichten", "amsterdam-verkeerslichten-fietsers", "eindhoven-slimme-verkeerslichten", "tilburg-slimme-verkeerslichten", "zwolle-slimme-verkeerslichten"]),
 "meldingen-openbare-ruimte": ("route a citizen's report about public space to the right category and department",
   ["ar-0058", "gemeente-amsterdam-meldingen-openbare-ruimte", "amsterdam-meldingen-sorteren"]),
 "woz-taxatie": ("compute the WOZ value of real estate with valuation models", ["ar-0023", "centric-belastingen-woz"]),
 "gezichtsvergelijking-balie": ("compare the face at the desk with the identity document photo (look-alike fraud)", ["ar-0048", "oribi-gezichtsvergelijking"]),
 "veilig-mailen": ("detect sensitive information in an e-mail and make the sender send it securely", ["contec-veilig-mailen", "zivver-smart-classification"]),
 "burgerzaken-ediensten": ("online civil-affairs products for residents with automatic checks", ["centric-burgerzaken-ediensten", "pinkroccade-iburgerzaken"]),
 "prognose-zorgvraag": ("forecast how many residents will use Wmo or youth care and what it costs",
   ["ar-0008", "ar-0033", "tilburg-jeugdhulp-prognose"]),
 "laa-adresprofielen": ("national profiles that select addresses with doubtful BRP registrations for an address investigation",
   ["ar-0041", "ar-0042", "ar-0043", "ar-0044", "ar-0045", "ar-0046"]),
 "matchen-op-werk": ("match people on benefits to possible jobs", ["ar-0090", "ar-0036"]),
 "verhuizing-controle": ("check an online change-of-address declaration for anything that needs a person's look", ["procura-vrijbrp-risicoanalyse", "centric-module-inzicht"]),
 "heronderzoek-bijstand": ("choose whose social assistance is re-examined for lawfulness (risk model or fixed rule)",
   ["ar-0007", "amsterdam-bijstand-risicoselectie", "zwolle-bijstand-risicoprofielen", "eindhoven-heronderzoek-bijstand", "ar-0089"]),
 "vakantieverhuur": ("rank reports of illegal holiday rental by risk", ["ar-0057", "amsterdam-vakantieverhuur-signalering"]),
 "chatbot": ("a chatbot or virtual assistant on the website answers residents' questions",
   ["gemeente-tilburg-virtuele-gemeente-assistent-gem", "utrecht-chatbot-inwoners", "amsterdam-chatbot-belastingen", "eindhoven-chatbot", "tilburg-chatbot", "zwolle-chatbot"]),
 "vroegsignalering-schulden": ("early warning of payment arrears so that the municipality can offer debt help early",
   ["ar-0056", "utrecht-vroegsignalering-schulden", "eindhoven-vroegsignalering-schulden", "tilburg-vroegsignalering-schulden", "zwolle-vroegsignalering-schulden"]),
 "wmo-dashboard": ("dashboard per district of Wmo support for district teams",
   ["utrecht-wmo-dashboard", "amsterdam-wmo-dashboard", "eindhoven-wmo-dashboard", "tilburg-wmo-dashboard", "zwolle-wmo-dashboard"]),
 "afvalinzameling-routes": ("plan waste collection routes from how full containers are",
   ["ar-0066", "utrecht-afvalroutes", "eindhoven-afvalinzameling-routes", "tilburg-afvalroutes"]),
 "subsidiecontrole": ("check whether a subsidy account or application is complete and correct",
   ["utrecht-subsidiecontrole", "amsterdam-subsidie-aanvraagcheck", "eindhoven-subsidiecontrole-sport", "tilburg-subsidiecontrole", "zwolle-subsidiecontrole"]),
 "leerlingenvervoer": ("plan the taxi routes of pupil transport",
   ["utrecht-leerlingenvervoer", "amsterdam-leerlingenvervoer-routes", "eindhoven-leerlingenvervoer", "tilburg-leerlingenvervoer", "zwolle-leerlingenvervoer"]),
 "energiearmoede": ("find districts with energy poverty (low income, poorly insulated homes)",
   ["utrecht-energiearmoede-analyse", "amsterdam-energiearmoede-kaart", "eindhoven-energiearmoede", "tilburg-energiearmoede", "zwolle-energiearmoede"]),
 "milieupas": ("count container deposits per address with the waste pass (registered twice)", ["zwolle-afvalbeleid-milieupas", "zwolle-milieupas-afvalbeleid"]),
 "parkeerdruk": ("how full the parking places are per area", ["ar-0076", "zwolle-parkeerdruk-dashboard"]),
 "luchtkwaliteit": ("map air quality in the city", ["ar-0063", "eindhoven-luchtkwaliteit"]),
 "hittestress": ("model where the city gets hottest in a heat wave", ["tygron-modelleringssoftware-hittestress", "eindhoven-hittekaart"]),
 "water-model": ("model how (ground) water in the city responds to heavy rain and drought",
   ["nelen-schuurmans-3di-watermanagement", "ar-0069", "zwolle-grondwatermodel"]),
 "woningbouw": ("where and how many homes will be built", ["ar-0065", "utrecht-woningbouwprognose"]),
 "ondermijning-dashboard": ("a dashboard of analyses and signals of organised crime (ondermijning)", ["ar-0010", "tilburg-ondermijning-dashboard"]),
 "risico-panden": ("risk indicators that flag properties used for drugs or money laundering", ["ar-0095", "ar-0096"]),
 # Added 2026-12-02 (third session), by reading the registrations' own fields before any method ran on them:
 "re-integratie-aanbod": ("choose which route or offer towards work or participation fits a person on social assistance", ["ar-0024", "ar-0092"]),
 "biometrie-kwaliteit": ("judge whether a captured photo or fingerprint is good enough for a travel document", ["ar-0037", "ar-0038"]),
 "heffing-berekenen": ("compute the amount of a municipal levy (leges, local taxes) from its base and tariff with fixed rules",
   ["centric-legesberekening", "centric-belastingen-lokale-heffingen"]),
}

# The kind of each positive pair (docs/overlap.md, "Kinds, labelled"), decided on 2026-12-03 by reading the two
# registrations' fields (organisation, department, suppliers and products, name, texts) as a person would, before the
# kind rule was measured on them: Duplicate — one organisation registers the same thing twice, or two of its
# departments build the same thing; Overlap — one organisation, related but not the same (another step, subject or
# profile); ReuseOpportunity — different organisations, the same purpose: one could reuse the other's work;
# SharedSupplier — different organisations that use the same supplier's product for it. A supplier template has no
# organisation ("in te vullen door de gemeente"): it is its supplier's, so two templates of one supplier are one
# organisation's. Only what the fields say counts: a product a reader might know to be some supplier's (Socrates), or
# an id that names a municipality, does not.
# family -> (the kind of its pairs, why; the pairs that differ: (first, second, kind, why))
KINDS = {
 "parkeercontrole-scanauto": ("ReuseOpportunity", "different municipalities scanning parked cars; the 2022 rows name no supplier", [
   ("ar-0059", "amsterdam-parkeercontrole-kentekenscan", "Duplicate", "Amsterdam registers its parking control with scan cars twice"),
   ("ar-0072", "utrecht-scanauto-parkeren", "Duplicate", "Utrecht registers its scan cars for parking control twice"),
   ("utrecht-scanauto-parkeren", "amsterdam-parkeercontrole-kentekenscan", "SharedSupplier", "both use ScanPark 5 of Straatscan Mobiliteit")]),
 "anonimiseren-documenten": ("ReuseOpportunity", "different suppliers' anonymisation products and different municipalities; no two name the same product", [
   ("docdirekt-anonimiseren", "octobox-anonimiseren", "Duplicate", "the same product (Octobox Anonimiseren, supplier Octobox) with the same text, registered twice"),
   ("ar-0099", "utrecht-anonimiseren-woo-documenten", "Duplicate", "Utrecht registers anonymising documents twice (two departments)")]),
 "kentekencamera-zone": ("Duplicate", "one supplier's (Brickyard) camera check of access to a zone, registered once per kind of zone with the same text", []),
 "drukte-tellen": ("ReuseOpportunity", "different municipalities counting crowds; no shared supplier", [
   ("ar-0061", "amsterdam-drukte-monitoring", "Overlap", "both Amsterdam's, but Public Eye (cameras, a few places) and the sensor monitor of the Wallen are two systems")]),
 "geluidsherkenning": ("Duplicate", "Den Haag: two departments register the same spectrogram classifier (the same description)", []),
 "bijplaatsing-herkennen": ("Overlap", "Den Haag: the same purpose with two systems (photos of the scan cars, fixed cameras)", []),
 "bijstand-aanvraag-beslissen": ("ReuseOpportunity", "different municipalities and suppliers deciding on assistance applications", [
   ("ar-0025", "ar-0026", "Overlap", "Den Haag: checking the application and computing the benefit are two steps"),
   ("ar-0088", "ar-0091", "Overlap", "Utrecht: handling an application for living costs and granting the benefit are two steps"),
   ("centric-ediensten-voor-aanvragen", "centric-pko-kennissystemen", "Overlap", "Centric: two products, online applications and the consultant's decision")]),
 "verkeersmodel-stad": ("Overlap", "Den Haag: two traffic models of two departments, for plans and for disruptions", []),
 "verkeersregelprogramma": ("Overlap", "Den Haag: two tools (COCON, TLCGen) for two steps of a traffic-light programme", []),
 "slimme-verkeerslichten": ("ReuseOpportunity", "different municipalities; only one names a supplier", []),
 "meldingen-openbare-ruimte": ("ReuseOpportunity", "the Signalen template names no organisation (open source, by and for municipalities)", [
   ("ar-0058", "amsterdam-meldingen-sorteren", "Duplicate", "Amsterdam registers sorting reports about public space twice")]),
 "woz-taxatie": ("ReuseOpportunity", "Den Haag uses 4Woz, the template is Centric's Key2Waarderen", []),
 "gezichtsvergelijking-balie": ("ReuseOpportunity", "the ministry's own face comparison and Oribi's product", []),
 "veilig-mailen": ("ReuseOpportunity", "two suppliers' products (Contec, Zivver)", []),
 "burgerzaken-ediensten": ("ReuseOpportunity", "two suppliers' products (Centric, PinkRoccade)", []),
 "prognose-zorgvraag": ("ReuseOpportunity", "Den Haag and Tilburg forecasting care", [
   ("ar-0008", "ar-0033", "Overlap", "Den Haag: the same kind of model for two subjects (Wmo, youth care)")]),
 "laa-adresprofielen": ("Overlap", "one department of BZK: different profiles of one national approach", []),
 "matchen-op-werk": ("ReuseOpportunity", "Utrecht and the UWV", []),
 "verhuizing-controle": ("ReuseOpportunity", "two suppliers' products (Procura, Centric)", []),
 "heronderzoek-bijstand": ("ReuseOpportunity", "different municipalities; one names a supplier", []),
 "vakantieverhuur": ("Duplicate", "Amsterdam registers the risk ranking of holiday-rental reports twice", []),
 "chatbot": ("ReuseOpportunity", "different municipalities' chatbots; one names a supplier", [
   ("gemeente-tilburg-virtuele-gemeente-assistent-gem", "tilburg-chatbot", "Duplicate", "Tilburg's chatbot registered twice (its template Gem names Gemeente Tilburg as the supplier)")]),
 "vroegsignalering-schulden": ("ReuseOpportunity", "different municipalities", [
   ("utrecht-vroegsignalering-schulden", "tilburg-vroegsignalering-schulden", "SharedSupplier", "both use Vroegsignaal of Signaalhuis")]),
 "wmo-dashboard": ("ReuseOpportunity", "different municipalities; one names a supplier", []),
 "afvalinzameling-routes": ("ReuseOpportunity", "different municipalities", [
   ("ar-0066", "utrecht-afvalroutes", "Duplicate", "Utrecht registers collecting waste by fill level twice")]),
 "subsidiecontrole": ("ReuseOpportunity", "different municipalities; one names a supplier", []),
 "leerlingenvervoer": ("ReuseOpportunity", "different municipalities; one names a supplier", []),
 "energiearmoede": ("ReuseOpportunity", "different municipalities; one names a supplier", []),
 "milieupas": ("Duplicate", "Zwolle registers the waste pass twice", []),
 "parkeerdruk": ("ReuseOpportunity", "Utrecht and Zwolle", []),
 "luchtkwaliteit": ("ReuseOpportunity", "Utrecht and Eindhoven", []),
 "hittestress": ("ReuseOpportunity", "Tygron's product and Eindhoven's map (no supplier named)", []),
 "water-model": ("ReuseOpportunity", "a supplier's product and two municipalities", []),
 "woningbouw": ("Overlap", "Utrecht: housing locations and a forecast dashboard of housing", []),
 "ondermijning-dashboard": ("ReuseOpportunity", "Den Haag and Tilburg", []),
 "risico-panden": ("Overlap", "Utrecht: risk indicators of properties for two crimes (drugs, money laundering)", []),
 "re-integratie-aanbod": ("ReuseOpportunity", "Den Haag and Utrecht", []),
 "biometrie-kwaliteit": ("Overlap", "one department of BZK: the quality of a photo and of a fingerprint", []),
 "heffing-berekenen": ("Overlap", "Centric: two products, fees (leges) and local taxes", []),
}
assert set(KINDS) == set(FAMILIES), "a family without a kind"
KIND_NAMES = {"Duplicate", "Overlap", "ReuseOpportunity", "SharedSupplier"}
for f, (kind, _, exceptions) in KINDS.items():
    assert kind in KIND_NAMES
    for a, b, k, _ in exceptions:
        assert k in KIND_NAMES and a in FAMILIES[f][1] and b in FAMILIES[f][1], (f, a, b)

# (first side, second side, why they are NOT the same thing). Sides are lists; every pair across them is labelled.
NEGATIVES = [
 (["brickyard-zero-emissie-zone", "brickyard-autoluwe-binnenstad", "brickyard-milieuzone", "brickyard-voetgangersgebied"],
  ["ar-0004", "ar-0059", "ar-0072", "utrecht-scanauto-parkeren", "amsterdam-parkeercontrole-kentekenscan"],
  "both read licence plates with cameras, but fixed cameras guarding access to a zone is not checking whether a parked car paid"),
 (["ar-0073", "ar-0074", "ar-0075"], ["ar-0004", "ar-0009", "ar-0059", "ar-0072", "utrecht-scanauto-parkeren", "amsterdam-parkeercontrole-kentekenscan"],
  "same parking domain and words (parkeerhandhaving, scanteam, straatparkeren), but payment willingness, work allocation or revenue is not plate scanning"),
 (["ar-0076", "zwolle-parkeerdruk-dashboard"], ["ar-0004", "ar-0059", "utrecht-scanauto-parkeren", "amsterdam-parkeercontrole-kentekenscan"],
  "parking occupancy is not parking enforcement"),
 (["ar-0073"], ["ar-0074", "ar-0075", "ar-0076"], "same municipality and parking names, different purposes"),
 (["ar-0074"], ["ar-0075", "ar-0076"], "same municipality and parking names, different purposes"),
 (["ar-0075"], ["ar-0076"], "revenue of street parking is not parking occupancy"),
 (["contec-veilig-mailen", "zivver-smart-classification"],
  ["bm-dataprotector", "docdirekt-anonimiseren", "octobox-anonimiseren", "xxllnc-Anonimiseren", "edata-especialisten-anonimiseren", "zylab-tekstanalyse", "ar-0099", "utrecht-anonimiseren-woo-documenten"],
  "both detect sensitive or personal information, but securing an e-mail is not anonymising documents for publication"),
 (["ar-0032"], ["ar-0099", "xxllnc-Anonimiseren", "utrecht-anonimiseren-woo-documenten", "bm-dataprotector"],
  "both make people unrecognisable, but blurring live camera images is not anonymising documents"),
 (["ar-0031", "ar-0032"], ["ar-0006", "ar-0030", "ar-0061", "utrecht-drukte-binnenstad", "amsterdam-drukte-monitoring"],
  "same crowd-measurement programme and camera images, but classifying group movement or blurring images is not counting people"),
 (["ar-0031"], ["ar-0032"], "same programme, different step: classifying movement vs blurring"),
 (["ar-0029"], ["ar-0006", "ar-0030", "ar-0061", "tilburg-drukte-evenementen", "ar-0098"],
  "shares 'drukte' or elections, but forecasting ballot use at polling stations is another purpose"),
 (["eindhoven-luchtkwaliteit", "amsterdam-containervulgraad"], ["utrecht-drukte-binnenstad", "amsterdam-drukte-monitoring", "tilburg-drukte-evenementen"],
  "the same template sentence about sensors ('Sensoren meten/tellen'), but air quality or container fill level is not crowd counting"),
 (["amsterdam-containervulgraad"], ["ar-0021", "ar-0028"], "both about waste beside containers, but a fill-level sensor is not recognising dumped waste on images"),
 (["ar-0071"], ["ar-0021", "ar-0028", "ar-0066"], "waste, but recognising street litter is not another waste task named here"),
 (["zwolle-afvalbeleid-milieupas", "zwolle-milieupas-afvalbeleid"], ["utrecht-afvalroutes", "eindhoven-afvalinzameling-routes", "tilburg-afvalroutes", "amsterdam-containervulgraad"],
  "underground containers and waste, but counting deposits for the waste levy is not route planning or fill level"),
 (["ar-0062"], ["ar-0022", "ar-0027"], "both about sound, but a noise (geluid) model of the city is not classifying sounds"),
 (["ar-0062"], ["ar-0063"], "same municipality, environmental models of noise vs air quality"),
 (["ar-0013", "ar-0016"], ["ar-0011", "ar-0012", "ar-0015"], "traffic domain, but a microsimulation or accident-risk model is not a city traffic model or a traffic-light programme"),
 (["ar-0016"], ["ar-0013", "ar-0093"], "both predictions in public space, different subjects (accidents, burglary, traffic flow)"),
 (["ar-0011", "ar-0012"], ["ar-0014", "ar-0015"], "traffic domain: a network model is not a traffic-light programme"),
 (["ar-0011", "ar-0015"], ["utrecht-slimme-verkeerslichten", "zwolle-slimme-verkeerslichten"],
  "traffic lights and traffic words, but a network model or a design tool is not live adaptive control"),
 (["ar-0019"], ["ar-0008", "ar-0033", "tilburg-jeugdhulp-prognose", "utrecht-woningbouwprognose"],
  "all forecasts (prognose), but population is not care demand or housing"),
 (["ar-0084"], ["ar-0008", "ar-0033", "ar-0085"], "youth care or Wmo words, but analysing the corona effect on registrations is not a six-year forecast or youth health care"),
 (["utrecht-wmo-dashboard", "amsterdam-wmo-dashboard", "eindhoven-wmo-dashboard", "tilburg-wmo-dashboard", "zwolle-wmo-dashboard"],
  ["ar-0008", "amsterdam-schuldhulp-wachttijden", "utrecht-woningbouwprognose"],
  "Wmo or the same dashboard sentence, but current Wmo use per district is not a forecast, debt-help waiting times or housing"),
 (["zwolle-parkeerdruk-dashboard", "tilburg-ondermijning-dashboard"], ["zwolle-wmo-dashboard", "tilburg-wmo-dashboard", "amsterdam-schuldhulp-wachttijden"],
  "all dashboards, different subjects"),
 (["amsterdam-schuldhulp-wachttijden"], ["ar-0056", "utrecht-vroegsignalering-schulden", "eindhoven-vroegsignalering-schulden", "tilburg-vroegsignalering-schulden", "zwolle-vroegsignalering-schulden"],
  "debt help, but waiting times of debt help are not early warning of arrears"),
 (["ar-0056", "utrecht-vroegsignalering-schulden", "zwolle-vroegsignalering-schulden"], ["utrecht-energiearmoede-analyse", "zwolle-energiearmoede", "amsterdam-energiearmoede-kaart"],
  "poverty and low income, but early warning of a household's arrears is not an analysis of energy poverty per district"),
 (["ar-0005"], ["utrecht-energiearmoede-analyse", "amsterdam-energiearmoede-kaart", "eindhoven-energiearmoede"], "energy and homes, but the gas-free transition is not energy poverty"),
 (["utrecht-leerlingenvervoer", "eindhoven-leerlingenvervoer", "tilburg-leerlingenvervoer"], ["utrecht-afvalroutes", "eindhoven-afvalinzameling-routes", "tilburg-afvalroutes", "ar-0066"],
  "both plan vehicle routes, but pupil transport is not waste collection"),
 (["utrecht-subsidiecontrole", "tilburg-subsidiecontrole", "amsterdam-subsidie-aanvraagcheck"], ["amsterdam-bijstand-risicoselectie", "zwolle-bijstand-risicoprofielen", "centric-ediensten-voor-aanvragen"],
  "both check applications or accounts, but subsidies are not social assistance"),
 (["amsterdam-bijstand-risicoselectie", "zwolle-bijstand-risicoprofielen", "ar-0007"], ["ar-0025", "ar-0026", "centric-ediensten-voor-aanvragen"],
  "social assistance, but a risk selection for re-examination is not deciding on the application"),
 (["ar-0024"], ["ar-0025", "ar-0026", "ar-0007"], "social assistance, but finding target groups for work is not deciding on or re-examining benefits"),
 (["ar-0090"], ["ar-0092"], "the same re-integration programme, but matching to jobs is not choosing an arrangement"),
 (["ar-0092", "ar-0024"], ["ar-0036"], "work and benefits, but choosing a re-integration route is not the UWV's job matching"),
 (["ar-0034"], ["ar-0035", "ar-0036", "ar-0053"], "same ministry and benefits (WW, AOW), different purposes: residence abroad, online application, job matching, cohabitation"),
 (["ar-0035"], ["ar-0036"], "same ministry (UWV), an application portal is not job matching"),
 (["ar-0049"], ["ar-0050", "ar-0051", "ar-0054"], "the same ministry and template sentences ('Met een algoritme is beter te voorspellen hoeveel alle uitkeringen…'), but child benefit is another benefit"),
 (["ar-0050"], ["ar-0052", "ar-0054"], "same ministry and template sentences, different benefit or premium"),
 (["ar-0051"], ["ar-0052", "ar-0053"], "same ministry, sanctions are not premiums or cohabitation checks"),
 (["ar-0052"], ["ar-0053", "ar-0054"], "AOW in all three, but a voluntary-insurance premium is not a cohabitation model or an AOW assessment"),
 (["ar-0053"], ["ar-0054"], "AOW, but predicting cohabitation is not assessing an AOW application"),
 (["ar-0047", "ar-0040"], ["ar-0041", "ar-0043", "ar-0045"], "BRP quality in all, but double registrations or structure checks are not address profiles"),
 (["ar-0047"], ["ar-0040"], "BRP quality, but double registrations are not structure and domain checks"),
 (["procura-vrijbrp-risicoanalyse", "centric-module-inzicht"], ["ar-0041", "ar-0046", "ar-0047"],
  "BRP and moves, but checking one declaration as it comes in is not a national profile of addresses"),
 (["ar-0038"], ["ar-0039"], "fingerprints in both, but judging a capture's quality is not verifying identity"),
 (["ar-0037", "ar-0038"], ["ar-0048", "oribi-gezichtsvergelijking"], "identity documents and biometrics, but capture quality is not face comparison at the desk"),
 (["centric-legesberekening", "centric-belastingen-lokale-heffingen"], ["centric-burgerzaken-ediensten", "centric-module-inzicht", "centric-ediensten-voor-aanvragen", "centric-belastingen-woz"],
  "same supplier (Centric), different purposes"),
 (["centric-burgerzaken-ediensten"], ["centric-module-inzicht", "centric-ediensten-voor-aanvragen", "centric-pko-kennissystemen", "centric-belastingen-woz"],
  "same supplier (Centric) and similar product names (eDiensten), different purposes"),
 (["centric-module-inzicht"], ["centric-ediensten-voor-aanvragen", "centric-pko-kennissystemen", "centric-belastingen-woz"], "same supplier (Centric), different purposes"),
 (["centric-belastingen-woz"], ["centric-ediensten-voor-aanvragen", "centric-pko-kennissystemen"], "same supplier (Centric), different purposes"),
 (["pinkroccade-iburgerzaken"], ["pinkroccade-civision-samenlevingszaken", "centric-ediensten-voor-aanvragen"], "supplier products for municipalities, civil affairs vs social domain"),
 (["centric-belastingen-lokale-heffingen"], ["ar-0023", "ar-0060"], "local taxes, but tariff rules are not WOZ valuation or recognising advertisements"),
 (["ar-0060"], ["ar-0059", "ar-0023"], "image recognition or taxes, but measuring advertisements for advertising tax is not plate recognition or WOZ"),
 (["ar-0017"], ["ar-0023", "ar-0065"], "buildings, but reading floor plans into registers is not valuation or housing locations"),
 (["ar-0078", "ar-0079", "ar-0080", "ar-0081", "ar-0082", "ar-0083"], ["ar-0078", "ar-0079", "ar-0080", "ar-0081", "ar-0082", "ar-0083"],
  "the same municipality's 'Toezicht en Handhaving' names, different subjects"),
 (["ar-0095", "ar-0096"], ["ar-0097"], "drug crime, but flagging properties is not predicting young people entering drug crime"),
 (["ar-0095", "ar-0096"], ["ar-0093", "ar-0094"], "public safety risk indicators, different subjects (properties vs burglary, hotspots)"),
 (["ar-0010"], ["ar-0055", "ar-0097"], "crime, but an undermining dashboard is not a person-centred approach or predicting young offenders"),
 (["tilburg-sportdeelname-jeugd"], ["tilburg-jeugdhulp-prognose", "ar-0033"], "youth, but sports participation is not youth care"),
 (["ar-0086", "ar-0085", "ar-0087"], ["ar-0086", "ar-0085", "ar-0087"], "same municipality, youth health topics with different purposes"),
 (["gemeente-tilburg-virtuele-gemeente-assistent-gem", "utrecht-chatbot-inwoners"], ["centric-burgerzaken-ediensten", "pinkroccade-iburgerzaken", "ar-0058"],
  "digital services for residents, but answering questions is not online products or routing reports"),
 (["amsterdam-meldingen-sorteren", "ar-0058"], ["amsterdam-vakantieverhuur-signalering", "ar-0018"], "both sort reports (meldingen), different subjects"),
 (["ar-0018"], ["ar-0057"], "reports (meldingen), but truancy case allocation is not holiday-rental risk"),
 (["ar-0020"], ["ar-0040", "ar-0047"], "data quality, but pattern mining in any data is not the BRP's own checks"),
 (["nelen-schuurmans-3di-watermanagement", "zwolle-grondwatermodel"], ["tygron-modelleringssoftware-hittestress", "eindhoven-hittekaart"],
  "climate adaptation models, water vs heat"),
 (["eindhoven-drukte-stratumseind"], ["eindhoven-luchtkwaliteit", "eindhoven-hittekaart"], "same municipality and sensors, different purposes"),
 (["ar-0064"], ["ar-0063", "ar-0062"], "same municipality's environment models, birds vs air or noise"),
 (["ar-0067", "ar-0068", "ar-0070"], ["ar-0066", "ar-0071"], "same municipality's public-space maintenance, different tasks"),
 (["ar-0077"], ["ar-0079", "ar-0065"], "housing, but permits are not enforcement against slum landlords or housing locations"),
 (["ar-0089"], ["ar-0088", "ar-0091"], "same municipality's income department, fraud is not deciding on the application"),
 # Added 2026-12-02 (third session), by reading the registrations before any method ran on them:
 (["eindhoven-drukte-stratumseind"], ["ar-0030", "ar-0061", "utrecht-drukte-binnenstad", "amsterdam-drukte-monitoring", "tilburg-drukte-evenementen", "zwolle-drukte-binnenstad"],
  "sensors measure crowds there too, but a living lab that tests whether light and sound ease tension is not counting people to manage crowds"),
 (["eindhoven-drukte-stratumseind"], ["ar-0022", "ar-0027", "ar-0062"], "sound is measured, but a living lab is not classifying sounds or a noise model"),
 (["amsterdam-inburgering-taalmaatjes"], ["ar-0090", "ar-0036", "ar-0024", "ar-0092"],
  "matching people, but pairing newcomers with volunteer language buddies is not matching people on benefits to jobs or a route to work"),
 (["utrecht-boomonderhoud-voorspelling"], ["ar-0067", "ar-0068", "ar-0070"], "maintenance of the public space, but the risk of branches breaking is not sweeping, lamp posts or the vehicle fleet"),
 (["ar-0055"], ["ar-0097"], "drug crime and persons, but selecting repeat offenders by fixed criteria for a person-centred approach is not predicting young newcomers to drug crime"),
 (["ar-0013"], ["ar-0014"], "the same word (microsimulatiemodellen), but simulating traffic flows to compare designs is not designing the phase order"),
 (["ar-0024", "ar-0092"], ["ar-0025", "ar-0026", "ar-0088", "ar-0091", "ar-0089", "ar-0007", "centric-pko-kennissystemen"],
  "social assistance, but choosing a route to work is not deciding on the application or checking its lawfulness"),
 (["ar-0037", "ar-0038"], ["ar-0039", "ar-0048"], "biometrics for identity documents, but judging a capture's quality is not verifying who someone is"),
 (["centric-legesberekening", "centric-belastingen-lokale-heffingen"], ["ar-0060", "ar-0075", "centric-belastingen-woz", "ar-0023"],
  "taxes and levies, but computing an amount from base and tariff is not measuring advertisements, parking revenue or valuing real estate"),
 (["pinkroccade-civision-samenlevingszaken"], ["ar-0008", "utrecht-wmo-dashboard", "tilburg-wmo-dashboard", "pinkroccade-iburgerzaken", "ar-0024", "ar-0092"],
  "social domain (Wmo, youth, re-integration), but computing a resident's provision is not a forecast, a district dashboard, civil-affairs e-services or choosing a route to work"),
 (["ar-0060", "ar-0021"], ["ar-0004", "ar-0009", "ar-0072", "utrecht-scanauto-parkeren", "amsterdam-parkeercontrole-kentekenscan"],
  "they use the scan cars of parking enforcement, but measuring advertisements for tax or spotting dumped waste is not checking parked cars"),
 (["ar-0098"], ["ar-0040", "ar-0047", "centric-burgerzaken-ediensten"], "civil affairs and the BRP, but determining who may vote is not checking the BRP's quality or online civil-affairs products"),
 (["tilburg-sportdeelname-jeugd"], ["ar-0085", "ar-0086", "ar-0087"], "children and health, but sports participation per district is not youth health care, early education or psychosocial health"),
 (["ar-0084"], ["utrecht-wmo-dashboard", "amsterdam-wmo-dashboard", "tilburg-wmo-dashboard"], "Wmo, but the corona effect on registrations is not a dashboard of current use per district"),
 (["amsterdam-schuldhulp-wachttijden"], ["ar-0018"], "waiting work and capacity, but debt-help waiting times are not staffing truancy reports"),
]

# The salt: the first of 0, 1, 2, ... whose halves hold within 10 % as many positives each, chosen on the counts
# alone before any method was run on these labels (salt 0 put 148 of the 231 positives in one half).
SALT = 1


def half(family):
    return "tuning" if hashlib.sha256(f"{SALT}:{family}".encode()).digest()[0] % 2 == 0 else "validation"

family_of = {m: f for f, (_, ms) in FAMILIES.items() for m in ms}
assert len(family_of) == sum(len(ms) for _, ms in FAMILIES.values()), "a project in two families"
positives = {}
for f, (why, ms) in FAMILIES.items():
    for a, b in itertools.combinations(ms, 2):
        positives[tuple(sorted((a, b)))] = f
negatives = {}
for left, right, why in NEGATIVES:
    for a in left:
        for b in right:
            if a == b: continue
            key = tuple(sorted((a, b)))
            assert key not in positives, f"{key} is labelled both ways"
            negatives.setdefault(key, why)
def side_half(p): return half(family_of.get(p, p))
out = {
 "description": "Labelled pairs of the overlap evaluation corpus (docs/overlap.md): the 96 rows of the 2022 register export "
   "(ids ar-NNNN as AlgoritmeregisterImporter gives them), the 27 v1.0 supplier templates (their ids) and the 66 projects of "
   "samples/data/gemeenten-export.json. A family is one purpose described by several registrations; every pair inside a family "
   "is a positive. A negative shares something (a domain word, a template sentence, an organisation, a supplier or a theme) "
   "but serves another purpose. Split once by a hash of the family id (a project in no family is its own family); a negative "
   "whose projects fall in different halves belongs to the validation half, so the tuning half never labels a validation project. "
   "Made in two rounds by one person reading the registrations' own fields (name, short description, goal, long description, "
   "methods, data) before any method was run on them: 36 families and 323 negatives on 2026-12-01, and on 2026-12-02 three "
   "families (re-integratie-aanbod, biometrie-kwaliteit, heffing-berekenen), two members of existing families "
   "(pinkroccade-civision-samenlevingszaken, ar-0089) and the negatives marked in make-labels.py; the corpus has no "
   "further registrations, so few were left to label. "
   "Each positive pair has a kind (the family's kind, or its exception), decided on 2026-12-03 by reading the two "
   "registrations' organisation, department, suppliers and texts, before the kind rule was measured on them: Duplicate "
   "(one organisation registers the same thing twice, or two of its departments build it), Overlap (one organisation, "
   "related but not the same), ReuseOpportunity (different organisations, the same purpose) and SharedSupplier "
   "(different organisations using the same supplier's product). A supplier template is its supplier's; only what the "
   "fields say counts.",
 "families": [{"id": f, "half": half(f), "purpose": why, "members": ms, "kind": KINDS[f][0], "kindWhy": KINDS[f][1],
   "kindExceptions": [{"first": a, "second": b, "kind": k, "why": w} for a, b, k, w in KINDS[f][2]]} for f, (why, ms) in FAMILIES.items()],
 "negatives": [{"first": a, "second": b, "why": why,
   "half": side_half(a) if side_half(a) == side_half(b) else "validation"} for (a, b), why in sorted(negatives.items())],
}
json.dump(out, open("overlap-labels.json", "w"), ensure_ascii=False, indent=1)
for h in ("tuning", "validation"):
    pos = sum(1 for k, f in positives.items() if half(f) == h)
    neg = sum(1 for n in out["negatives"] if n["half"] == h)
    print(h, "families", sum(1 for f in FAMILIES if half(f) == h), "positives", pos, "negatives", neg)
for h in ("tuning", "validation"):
    print(h, sorted(f for f in FAMILIES if half(f) == h))
print("total positives", len(positives), "negatives", len(negatives))
for h in ("tuning", "validation"):
    counts = {}
    for f, (kind, _, exceptions) in KINDS.items():
        if half(f) != h: continue
        special = {tuple(sorted((a, b))): k for a, b, k, _ in exceptions}
        for a, b in itertools.combinations(FAMILIES[f][1], 2):
            k = special.get(tuple(sorted((a, b))), kind)
            counts[k] = counts.get(k, 0) + 1
    print(h, "kinds", dict(sorted(counts.items())))
