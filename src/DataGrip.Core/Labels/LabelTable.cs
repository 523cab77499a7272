using System;
using System.Collections.Generic;
using DataGrip.Core.Completeness;
using DataGrip.Core.Interop;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;
using DataGrip.Core.Reporting;
using DataGrip.Core.Risk;

namespace DataGrip.Core;

/// <summary>The English and Dutch labels of every public enum a person sees: one line per value, "Value | English | Dutch".</summary>
internal static class LabelTable
{
    internal static readonly (Type Type, string Lines)[] Tables =
    [
        (typeof(Severity), """
            Info | info | informatie
            Warning | warning | waarschuwing
            Error | error | fout
            """),
        (typeof(Perspective), """
            Basics | Basics | Basis
            Steering | Steering | Sturen
            Organising | Organising | Organiseren
            Transparency | Transparency | Transparantie
            Supervision | Supervision | Toezicht
            """),
        (typeof(CompletenessBand), """
            Insufficient | insufficient | onvoldoende
            Sufficient | sufficient | voldoende
            Good | good | goed
            Excellent | excellent | uitstekend
            """),
        (typeof(RegisterFileFormat), """
            Unknown | unknown format | onbekende vorm
            Json | JSON | JSON
            Csv | CSV | CSV
            """),
        (typeof(ProjectKind), """
            Pilot | pilot | pilot
            Experiment | experiment | experiment
            Algorithm | algorithm | algoritme
            DataAnalysis | data analysis | data-analyse
            Dashboard | dashboard | dashboard
            DataProduct | data product | dataproduct
            Model | model | model
            Other | other | overig
            """),
        (typeof(Theme), """
            OrganisationAndOperations | Organisation and operations | Organisatie en bedrijfsvoering
            CultureAndRecreation | Culture and recreation | Cultuur en recreatie
            Economy | Economy | Economie
            PublicFinance | Public finance | Overheidsfinanciën
            Housing | Housing | Wonen
            International | International | Internationaal
            MigrationAndIntegration | Migration and integration | Migratie en integratie
            NatureAndEnvironment | Nature and environment | Natuur en milieu
            EducationAndScience | Education and science | Onderwijs en wetenschap
            PublicOrderAndSafety | Public order and safety | Openbare orde en veiligheid
            Law | Law | Recht
            SpatialPlanningAndInfrastructure | Spatial planning and infrastructure | Ruimte en infrastructuur
            SocialSecurity | Social security | Sociale zekerheid
            Traffic | Traffic | Verkeer
            Work | Work | Werk
            HealthAndCare | Health and care | Zorg en gezondheid
            """),
        (typeof(ContentLanguage), """
            Nld | Dutch | Nederlands
            Eng | English | Engels
            Fry | Frisian | Fries
            """),
        (typeof(OrganizationType), """
            Adviescollege | advisory board | adviescollege
            Agentschap | agency | agentschap
            Brandweer | fire service | brandweer
            CaribischOpenbaarLichaam | Caribbean public body | Caribisch openbaar lichaam
            Gemeente | municipality | gemeente
            GrensoverschrijdendRegionaalSamenwerkingsorgaan | cross-border regional partnership | grensoverschrijdend regionaal samenwerkingsorgaan
            HoogCollegeVanStaat | High Council of State | Hoog College van Staat
            InterdepartementaleCommissie | interdepartmental committee | interdepartementale commissie
            KabinetVanDeKoning | Cabinet of the King | Kabinet van de Koning
            Koepelorganisatie | umbrella organisation | koepelorganisatie
            Ministerie | ministry | ministerie
            OpenbaarLichaamVoorBeroepEnBedrijf | public body for trade and industry | openbaar lichaam voor beroep en bedrijf
            OrganisatieMetOverheidsbemoeienis | organisation with government involvement | organisatie met overheidsbemoeienis
            Organisatieonderdeel | part of an organisation | organisatieonderdeel
            Politie | police | politie
            Provincie | province | provincie
            Rechtspraak | judiciary | rechtspraak
            RegionaalSamenwerkingsorgaan | regional partnership | regionaal samenwerkingsorgaan
            Waterschap | water authority | waterschap
            ZelfstandigBestuursorgaan | independent administrative body | zelfstandig bestuursorgaan
            Overig | other | overig
            Veiligheidsregio | safety region | veiligheidsregio
            """),
        (typeof(RoleKind), """
            PortfolioHolder | portfolio holder | portefeuillehouder
            AdministrativeSponsor | administrative sponsor | ambtelijk opdrachtgever
            ProductOwner | product owner | producteigenaar
            CdoOffice | CDO office | CDO-bureau
            DataProtectionOfficer | data protection officer | functionaris gegevensbescherming
            SecurityOfficer | security officer | beveiligingsfunctionaris
            TechnicalLead | technical lead | technisch leider
            Auditor | auditor | auditor
            Other | other role | andere rol
            """),
        (typeof(SupplierRole), """
            SoftwareVendor | software vendor | leverancier
            Developer | developer | ontwikkelaar
            DataProcessor | data processor | verwerker
            Hosting | hosting | hosting en beheer
            Consultant | consultant | adviseur
            DataProvider | data provider | gegevensleverancier
            Other | other role | andere rol
            """),
        (typeof(RelationKind), """
            BasedOn | builds on | bouwt voort op
            Replaces | replaces | vervangt
            SharesWith | shares with | deelt met
            """),
        (typeof(Phase), """
            Idea | idea | idee
            Design | design | ontwerp
            Development | development | ontwikkeling
            Pilot | pilot | pilot
            Evaluation | evaluation | evaluatie
            Production | production | productie
            Scaling | scaling up | opschaling
            Ended | ended | beëindigd
            """),
        (typeof(DecisionBody), """
            Team | team | team
            CdoOffice | CDO office | CDO-bureau
            Management | management | directie
            College | college of mayor and aldermen | college van B&W
            Council | municipal council | gemeenteraad
            """),
        (typeof(DecisionSubject), """
            Start | start | starten
            ContinueAfterPilot | continue after the pilot | doorgaan na de pilot
            ScaleUp | scale up | opschalen
            Stop | stop | stoppen
            Extend | extend | verlengen
            AcceptRisk | accept a risk | risico aanvaarden
            ApproveException | approve an exception | uitzondering goedkeuren
            """),
        (typeof(DecisionOutcome), """
            Approved | approved | goedgekeurd
            Rejected | rejected | afgewezen
            Deferred | deferred | aangehouden
            """),
        (typeof(ScaleDecision), """
            Pending | not decided yet | nog geen besluit
            Scale | scale up | opschalen
            Extend | extend | verlengen
            Stop | stop | stoppen
            """),
        (typeof(ReportAudience), """
            Cdo | the CDO office | het CDO-bureau
            College | the college of mayor and aldermen | het college van B&W
            Council | the municipal council | de gemeenteraad
            Public | citizens | inwoners
            """),
        (typeof(MetricUnit), """
            Count | count | aantal
            Share | share | aandeel
            Months | months | maanden
            Score | score | score
            """),
        (typeof(MetricSubject), """
            Projects | projects | projecten
            Kpis | KPIs | KPI's
            """),
        (typeof(RegisterStatus), """
            InDevelopment | in development | in ontwikkeling
            InUse | in use | in gebruik
            OutOfUse | out of use | buiten gebruik
            """),
        (typeof(PublicationCategory), """
            HighRiskAiSystem | A: high-risk AI system | A: hoog-risico-AI-systeem
            ImpactfulAlgorithm | B: impactful algorithm | B: impactvol algoritme
            OtherAlgorithm | C: other algorithm | C: overig algoritme
            """),
        (typeof(GdprLegalGround), """
            Consent | consent | toestemming
            Contract | performance of a contract | uitvoering van een overeenkomst
            LegalObligation | legal obligation | wettelijke verplichting
            VitalInterests | vital interests | vitaal belang
            PublicTask | public task | taak van algemeen belang
            LegitimateInterests | legitimate interests | gerechtvaardigd belang
            """),
        (typeof(BaseRegistry), """
            Brp | BRP (persons) | BRP (personen)
            Brk | BRK (land registry) | BRK (kadaster)
            Bag | BAG (addresses and buildings) | BAG (adressen en gebouwen)
            Woz | WOZ (property values) | WOZ (waardering onroerende zaken)
            Bri | BRI (income) | BRI (inkomen)
            Hr | HR (trade register) | HR (handelsregister)
            Brv | BRV (vehicles) | BRV (voertuigen)
            Bgt | BGT (large-scale topography) | BGT (grootschalige topografie)
            Brt | BRT (topography) | BRT (topografie)
            Bro | BRO (subsurface) | BRO (ondergrond)
            """),
        (typeof(PersonalDataLevel), """
            None | no personal data | geen persoonsgegevens
            Pseudonymised | pseudonymised personal data | gepseudonimiseerde persoonsgegevens
            Identified | identifying personal data | identificerende persoonsgegevens
            """),
        (typeof(SpecialCategory), """
            RacialOrEthnicOrigin | racial or ethnic origin | ras of etnische afkomst
            PoliticalOpinions | political opinions | politieke opvattingen
            ReligiousOrPhilosophicalBeliefs | religious or philosophical beliefs | religieuze of levensbeschouwelijke overtuigingen
            TradeUnionMembership | trade union membership | lidmaatschap van een vakbond
            Genetic | genetic data | genetische gegevens
            Biometric | biometric data | biometrische gegevens
            Health | health data | gezondheidsgegevens
            SexLife | sex life | seksueel gedrag
            SexualOrientation | sexual orientation | seksuele gerichtheid
            """),
        (typeof(SensitiveCategory), """
            Bsn | citizen service number (BSN) | burgerservicenummer (BSN)
            Financial | financial data | financiële gegevens
            Location | location data | locatiegegevens
            Communication | communication data | communicatiegegevens
            VulnerablePeople | data about vulnerable people | gegevens over kwetsbare personen
            Other | other sensitive data | andere gevoelige gegevens
            BrowsingBehaviour | browsing behaviour | surfgedrag
            IdentityFraudData | data usable for identity fraud | gegevens bruikbaar voor identiteitsfraude
            LoginData | login data | inloggegevens
            """),
        (typeof(DataSubjectGroup), """
            Employees | employees | medewerkers
            Citizens | citizens | inwoners
            ChildrenUnder16 | children under 16 | kinderen jonger dan 16
            OtherVulnerableGroups | other vulnerable groups | andere kwetsbare groepen
            Businesses | businesses | ondernemers
            """),
        (typeof(ProcessingFrequency), """
            Once | once | eenmalig
            Irregular | irregularly | onregelmatig
            AtLeastYearly | at least yearly | minstens jaarlijks
            AtLeastMonthly | at least monthly | minstens maandelijks
            MoreThanMonthly | more often than monthly | vaker dan maandelijks
            Continuous | continuously | continu
            """),
        (typeof(RetentionPeriod), """
            LessThanOneDay | less than a day | korter dan een dag
            LessThanOneWeek | less than a week | korter dan een week
            LessThanOneMonth | less than a month | korter dan een maand
            OneYear | about a year | ongeveer een jaar
            SeveralYears | several years | enkele jaren
            """),
        (typeof(InternationalTransfer), """
            None | no transfer abroad | geen doorgifte naar het buitenland
            WithinEea | within the EEA | binnen de EER
            OutsideEea | outside the EEA | buiten de EER
            """),
        (typeof(StorageLocation), """
            OnPremise | on the premises | in eigen beheer
            EeaDataCentre | a data centre in the EEA | een datacentrum in de EER
            OutsideEea | outside the EEA | buiten de EER
            """),
        (typeof(TransferMechanism), """
            AdequacyDecision | adequacy decision | adequaatheidsbesluit
            StandardContractualClauses | standard contractual clauses | standaardcontractbepalingen
            BindingCorporateRules | binding corporate rules | bindende bedrijfsvoorschriften
            Certification | approved certification mechanism | goedgekeurd certificeringsmechanisme
            CodeOfConduct | approved code of conduct | goedgekeurde gedragscode
            LegallyBindingInstrument | legally binding and enforceable instrument | juridisch bindend en afdwingbaar instrument
            Article49Derogation | derogation of Art. 49 GDPR | uitzondering van artikel 49 AVG
            Other | another mechanism | ander mechanisme
            """),
        (typeof(AlgorithmType), """
            None | no algorithm | geen algoritme
            RuleBased | rule-based | regelgebaseerd
            MachineLearning | machine learning | zelflerend
            Hybrid | hybrid | hybride
            GenerativeAi | generative AI | generatieve AI
            """),
        (typeof(UseType), """
            Descriptive | descriptive | beschrijvend
            Diagnostic | diagnostic | diagnostisch
            Predictive | predictive | voorspellend
            Prescriptive | prescriptive | voorschrijvend
            """),
        (typeof(AutomationLevel), """
            None | no automated decisions | geen geautomatiseerde besluiten
            DecisionSupport | decision support | beslisondersteuning
            Partial | partly automated | deels geautomatiseerd
            Full | fully automated | volledig geautomatiseerd
            """),
        (typeof(AiSystemType), """
            NotAnAiSystem | not an AI system | geen AI-systeem
            AiSystem | AI system | AI-systeem
            GeneralPurposeAiSystem | general-purpose AI system | AI-systeem voor algemene doeleinden
            GeneralPurposeAiModel | general-purpose AI model | AI-model voor algemene doeleinden
            """),
        (typeof(AiActRole), """
            Provider | provider | aanbieder
            Deployer | deployer | gebruiksverantwoordelijke
            Importer | importer | importeur
            Distributor | distributor | distributeur
            ProviderAndDeployer | provider and deployer | aanbieder en gebruiksverantwoordelijke
            """),
        (typeof(AiActOrigin), """
            DevelopedOnly | we only develop it | wij ontwikkelen het alleen
            DevelopedForOthersAndOwnUse | we develop it, not only for our own use | wij ontwikkelen het, niet alleen voor eigen gebruik
            DevelopedForOwnUse | we develop it and use it ourselves | wij ontwikkelen het en gebruiken het zelf
            Commissioned | we commissioned its development | wij hebben opdracht gegeven het te ontwikkelen
            ExternalUnchanged | we use an external system unchanged | wij gebruiken een extern systeem zonder aanpassingen
            ExternalModified | we use an external system with changes | wij gebruiken een extern systeem met aanpassingen
            ImportedFromOutsideEu | we import it from outside the EU | wij importeren het van buiten de EU
            Resold | we buy it in the EU and sell it on | wij kopen het in de EU en verkopen het door
            NoneOfThese | none of these | geen van deze
            """),
        (typeof(AiActExclusion), """
            MilitaryDefenceOrNationalSecurity | military, defence or national security | militaire doeleinden, defensie of nationale veiligheid
            OutputOnlyForMilitaryUse | output used in the EU only for military purposes | uitvoer in de EU alleen voor militaire doeleinden
            InternationalCooperation | international cooperation of public authorities | internationale samenwerking van overheidsinstanties
            ResearchTestingOrDevelopment | research, testing or development before use | onderzoek, testen of ontwikkelen voor ingebruikname
            ScientificResearch | scientific research | wetenschappelijk onderzoek
            """),
        (typeof(ProhibitionException), """
            SpecificSeriousCrime | law enforcement for a specific serious crime | rechtshandhaving bij een specifiek ernstig misdrijf
            TargetedSearchOrThreat | targeted search for victims, or a threat to life | gerichte opsporing van slachtoffers, of dreiging voor het leven
            """),
        (typeof(AiActRiskGroup), """
            Prohibited | prohibited AI | verboden AI
            HighRisk | high-risk AI | hoog-risico-AI
            NotHighRisk | not high-risk AI | geen hoog-risico-AI
            """),
        (typeof(AnnexIIIArea), """
            Biometrics | biometrics | biometrie
            CriticalInfrastructure | critical infrastructure | kritieke infrastructuur
            Education | education and vocational training | onderwijs en beroepsopleiding
            Employment | employment and workers management | werkgelegenheid en personeelsbeheer
            EssentialServices | essential private and public services | essentiële particuliere en openbare diensten
            LawEnforcement | law enforcement | rechtshandhaving
            Migration | migration, asylum and border control | migratie, asiel en grenstoezicht
            JusticeAndDemocracy | justice and democratic processes | rechtsbedeling en democratische processen
            """),
        (typeof(AssessmentType), """
            Dpia | DPIA | DPIA
            PrescanDpia | Pre-scan DPIA | pre-scan DPIA
            Iama | IAMA | IAMA
            Aiia | AIIA | AIIA
            Deda | DEDA | DEDA
            Kia | KIA (children's rights) | KIA (kinderrechten)
            Dtia | DTIA (data transfer) | DTIA (doorgifte van gegevens)
            Fria | FRIA (fundamental rights) | FRIA (grondrechten)
            Other | other assessment | andere toets
            """),
        (typeof(AssessmentStatus), """
            NotRequired | not required | niet nodig
            Planned | planned | gepland
            InProgress | in progress | bezig
            Done | done | uitgevoerd
            """),
        (typeof(Provenance), """
            Manual | entered by the municipality | ingevoerd door de gemeente
            SupplierTemplate | from a supplier's template | uit een sjabloon van de leverancier
            Import | imported | geïmporteerd
            """),
        (typeof(FieldVisibility), """
            Public | public | openbaar
            Internal | internal | intern
            """),
        (typeof(DigitalService), """
            None | not a digital service | geen digitale dienst
            General | a digital service for anyone | een digitale dienst voor iedereen
            PrimarilyForMinors | a digital service mainly for minors | een digitale dienst vooral voor minderjarigen
            MinorsKeptOut | a digital service that minors demonstrably do not use | een digitale dienst die aantoonbaar niet door minderjarigen wordt gebruikt
            """),
        (typeof(ApListCategory), """
            CovertInvestigation | covert investigation | heimelijk onderzoek
            Blacklists | blacklists | zwarte lijsten
            FraudPrevention | fighting fraud | fraudebestrijding
            CreditScores | credit scores | kredietscores
            FinancialSituation | financial situation | financiële situatie
            GeneticData | genetic data | genetische persoonsgegevens
            HealthData | health data | gezondheidsgegevens
            Partnerships | partnerships sharing data | samenwerkingsverbanden
            CameraSurveillance | camera surveillance | cameratoezicht
            FlexibleCameraSurveillance | mobile camera surveillance | flexibel cameratoezicht
            EmployeeMonitoring | monitoring employees | controle van werknemers
            LocationData | location data | locatiegegevens
            CommunicationData | communication data | communicatiegegevens
            InternetOfThings | internet of things | internet der dingen
            Profiling | profiling | profilering
            BehaviourObservation | observing and influencing behaviour | observatie en beïnvloeding van gedrag
            BiometricData | biometric data | biometrische gegevens
            """),
        (typeof(AiPractice), """
            SubliminalManipulation | subliminal or manipulative techniques | subliminale of manipulatieve technieken
            ExploitingVulnerabilities | exploiting vulnerabilities | misbruik van kwetsbaarheden
            SocialScoring | social scoring | sociale scoring
            PredictiveCriminalProfiling | predicting crime from profiling | misdaad voorspellen op grond van profilering
            FacialImageScraping | untargeted scraping of facial images | ongericht verzamelen van gezichtsafbeeldingen
            EmotionRecognitionAtWorkOrSchool | emotion recognition at work or school | emotieherkenning op het werk of op school
            SensitiveBiometricCategorisation | biometric categorisation by sensitive traits | biometrische indeling naar gevoelige kenmerken
            RealTimeRemoteBiometricIdentification | real-time remote biometric identification | biometrische identificatie op afstand in real time
            InteractsWithPeople | interacts with people | communiceert met mensen
            GeneratesSyntheticContent | generates synthetic content | maakt synthetische inhoud
            EmotionRecognitionOrBiometricCategorisation | emotion recognition or biometric categorisation | emotieherkenning of biometrische indeling
            """),
        (typeof(AnnexIIIException), """
            NarrowProceduralTask | a narrow procedural task | een beperkte procedurele taak
            ImprovesHumanActivity | improves a completed human activity | verbetert een afgeronde menselijke activiteit
            DetectsPatterns | detects decision patterns | herkent beslispatronen
            PreparatoryTask | a preparatory task | een voorbereidende taak
            """),
        (typeof(Reversibility), """
            Reversible | easily undone | eenvoudig terug te draaien
            HardToReverse | hard to undo | moeilijk terug te draaien
            Irreversible | cannot be undone | onomkeerbaar
            """),
        (typeof(OverlapSignal), """
            Text | text | tekst
            Data | data sources | gegevensbronnen
            Supplier | supplier | leverancier
            Legal | legal basis | wettelijke grondslag
            Themes | themes | thema's
            Technique | technique | techniek
            Subjects | data subjects | betrokkenen
            """),
        (typeof(OverlapKind), """
            Duplicate | duplicate | dubbel
            Overlap | overlap | overlap
            ReuseOpportunity | reuse opportunity | hergebruikkans
            SharedSupplier | same supplier | zelfde leverancier
            """),
        (typeof(DpiaOutcome), """
            NotRequired | not required | niet nodig
            Recommended | recommended | aanbevolen
            Required | required | verplicht
            Undetermined | undetermined | onbepaald
            """),
        (typeof(AiActClass), """
            OutOfScope | outside the AI Act | buiten de AI-verordening
            NotAnAiSystem | not an AI system | geen AI-systeem
            Minimal | minimal risk | minimaal risico
            Transparency | transparency obligation | transparantieplicht
            HighRisk | high risk | hoog risico
            Prohibited | prohibited | verboden
            GeneralPurposeModel | general-purpose AI model | AI-model voor algemene doeleinden
            """),
        (typeof(AiActObligation), """
            AiLiteracy | AI literacy | AI-geletterdheid
            DiscloseAiUse | disclose the use of AI | gebruik van AI bekendmaken
            FundamentalRightsImpactAssessment | fundamental rights impact assessment | effectbeoordeling grondrechten
            EuDatabaseRegistration | registration in the EU database | registratie in de EU-databank
            HumanOversight | human oversight | menselijk toezicht
            UseAndMonitorAsInstructed | use and monitor as instructed | gebruiken en bewaken volgens de instructies
            KeepLogs | keep the logs | logbestanden bewaren
            InformAffectedPersons | inform the people affected | betrokkenen informeren
            DoNotUse | do not use | niet gebruiken
            RepresentativeInputData | representative input data | representatieve invoergegevens
            InformWorkers | inform the workers | werknemers informeren
            InformProviderOfRisks | inform the provider of risks | aanbieder informeren over risico's
            MeetHighRiskRequirements | meet the high-risk requirements | voldoen aan de eisen voor hoog risico
            QualityManagementSystem | quality management system | systeem voor kwaliteitsbeheer
            KeepDocumentation | keep the documentation | documentatie bewaren
            KeepProviderLogs | keep the provider's logs | logbestanden van de aanbieder bewaren
            CorrectiveActions | corrective actions | corrigerende maatregelen
            ConformityAssessment | conformity assessment | conformiteitsbeoordeling
            DeclarationOfConformity | declaration of conformity | conformiteitsverklaring
            CeMarking | CE marking | CE-markering
            ProviderRegistration | provider registration | registratie door de aanbieder
            DesignForTransparency | design for transparency | ontwerp voor transparantie
            ImporterDuties | importer's duties | plichten van de importeur
            ImporterHighRiskChecks | importer's high-risk checks | controles van de importeur bij hoog risico
            DistributorDuties | distributor's duties | plichten van de distributeur
            DistributorHighRiskChecks | distributor's high-risk checks | controles van de distributeur bij hoog risico
            ReportRiskToAuthorities | report risks to the authorities | risico's melden aan de toezichthouders
            ModelProviderDuties | duties of a general-purpose model's provider | plichten van de aanbieder van een model voor algemene doeleinden
            OpenSourceModelDuties | duties of an open-source model's provider | plichten van de aanbieder van een model met open broncode
            SystemicRiskDuties | duties for systemic risk | plichten bij systeemrisico
            CodesOfPractice | codes of practice | praktijkcodes
            """),
        (typeof(ImpactTrigger), """
            HighRiskAi | high-risk AI | hoog-risico-AI
            LegalEffects | legal effects | rechtsgevolgen
            ClassifiesOrContactsPeople | classifies or approaches people | deelt mensen in of benadert ze
            JudgedImpactful | judged impactful | als impactvol beoordeeld
            """),
        (typeof(EdpbCriterion), """
            EvaluationOrScoring | evaluation or scoring | evaluatie of scoretoekenning
            AutomatedDecisionWithLegalEffect | automated decision with legal effect | geautomatiseerd besluit met rechtsgevolg
            SystematicMonitoring | systematic monitoring | stelselmatige monitoring
            SensitiveData | sensitive data | gevoelige gegevens
            LargeScale | large scale | grote schaal
            CombinedDataSets | combined data sets | gekoppelde gegevensbestanden
            VulnerableSubjects | vulnerable data subjects | kwetsbare betrokkenen
            InnovativeTechnology | innovative technology | innovatieve technologie
            PreventsRightOrService | prevents a right or service | belet een recht of dienst
            """),
        (typeof(ImpactLevel), """
            I | I | I
            II | II | II
            III | III | III
            IV | IV | IV
            """),
        (typeof(Approver), """
            Team | the team and its manager | het team en de leidinggevende
            CdoOffice | the CDO office | het CDO-bureau
            College | the college of mayor and aldermen | het college van B&W
            Council | the municipal council | de gemeenteraad
            """),
        (typeof(CouncilVerdict), """
            NotNeeded | not needed | niet nodig
            DependsOnAnswers | depends on answers | hangt af van antwoorden
            MustDecide | decision needed | besluit nodig
            """),
        (typeof(RiskOutcomes), """
            None | nothing | niets
            ImpactLevel | impact level | impactniveau
            Dpia | DPIA | DPIA
            PublicationCategory | category | categorie
            AiActClass | AI Act class | klasse AI-verordening
            CouncilVerdict | council verdict | oordeel raad
            """),
    ];
}
