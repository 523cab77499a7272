using System.Collections.Generic;
using System.Collections.Immutable;
using DataGrip.Core.Model;

namespace DataGrip.Core.Risk;

/// <summary>
/// The English and Dutch templates of the risk codes (the factor codes get theirs from the factor table) and the terms
/// that say a reason's stable <see cref="RiskReason.Subject"/> and <see cref="RiskReason.Detail"/> in words.
/// </summary>
internal static class RiskMessages
{
    /// <summary>The terms <c>risk:value</c> (answers, bases, rules, the values of the vocabularies) and <c>factor:key</c>.</summary>
    internal static readonly ImmutableDictionary<string, Messages.Template> Terms = BuildTerms();

    private static ImmutableDictionary<string, Messages.Template> BuildTerms()
    {
        var terms = new Dictionary<string, Messages.Template>(System.StringComparer.Ordinal)
        {
            ["risk:yes"] = Messages.Term("yes", "ja"),
            ["risk:no"] = Messages.Term("no", "nee"),
            ["risk:true"] = Messages.Term("yes", "ja"),
            ["risk:false"] = Messages.Term("no", "nee"),
            ["risk:none"] = Messages.Term("none", "geen"),
            ["risk:assumed"] = Messages.Term("assumed", "aangenomen"),
            ["risk:inDoubt"] = Messages.Term("in doubt", "bij twijfel"),
            ["risk:noTrigger"] = Messages.Term("no reason to publish applies", "geen reden tot publicatie van toepassing"),
            ["risk:notRuledOut"] = Messages.Term("not ruled out", "niet uitgesloten"),
            ["risk:profiling"] = Messages.Term("profiling", "profilering"),
            ["risk:annexIII"] = Messages.Term("Annex III", "bijlage III"),
            ["risk:declared"] = Messages.Term("the declared risk group", "de opgegeven risicogroep"),
            ["risk:notStated"] = Messages.Term("not stated", "niet opgegeven"),
            ["risk:stated"] = Messages.Term("stated", "opgegeven"),
            ["risk:inferred"] = Messages.Term("read from the texts", "gelezen uit de teksten"),
            ["risk:impactful"] = Messages.Term("impactful", "impactvol"),
            ["risk:highRiskAi"] = Messages.Term("a high-risk AI system", "een hoog-risico-AI-systeem"),
            ["risk:newLegislation"] = Messages.Term("new legislation", "nieuwe wetgeving"),
            ["risk:apList"] = Messages.Term("a category of the AP list", "een categorie van de AP-lijst"),
            ["risk:transparencyObligation"] = Messages.Term("a stated transparency obligation", "een opgegeven transparantieplicht"),
            ["risk:personalRegistry"] = Messages.Term("personal data from a base registry", "persoonsgegevens uit een basisregistratie"),
            ["risk:noPersonalData"] = Messages.Term("no personal data", "geen persoonsgegevens"),
            ["risk:algorithmType"] = Messages.Term("algorithm type", "soort algoritme"),
            ["risk:systemType"] = Messages.Term("system type", "soort systeem"),
            ["risk:categories"] = Messages.Term("the categories of personal data", "de categorieën persoonsgegevens"),
            ["risk:useType"] = Messages.Term("the kind of use", "het soort gebruik"),
            ["risk:automationLevel"] = Messages.Term("the automation level", "de mate van automatisering"),
            ["risk:audit"] = Messages.Term("an audit", "een audit"),
            ["risk:described"] = Messages.Term("described", "beschreven"),
            ["risk:published"] = Messages.Term("published", "gepubliceerd"),
            ["risk:brp"] = Messages.Term("a source from the BRP", "een bron uit de BRP"),
            ["risk:bsn"] = Messages.Term("the BSN among the data", "het BSN in de gegevens"),
            ["risk:persoonsgegevens"] = Messages.Term("personal data", "persoonsgegevens"),
            ["risk:gewone_persoonsgegeven"] = Messages.Term("ordinary personal data", "gewone persoonsgegevens"),
            ["risk:bijzonder_persoonsgegeven"] = Messages.Term("special categories of personal data", "bijzondere persoonsgegevens"),
            ["risk:gevoelig_persoonsgegeven"] = Messages.Term("sensitive personal data", "gevoelige persoonsgegevens"),
            ["risk:betrokkenen"] = Messages.Term("data subjects", "betrokkenen"),
            ["risk:aantal_betrokkenen"] = Messages.Term("number of data subjects", "aantal betrokkenen"),
            ["risk:frequentie_verwerking"] = Messages.Term("processing frequency", "frequentie van verwerking"),
            ["risk:bewaartermijn"] = Messages.Term("retention period", "bewaartermijn"),
            ["risk:internationale_doorgifte"] = Messages.Term("international transfer", "internationale doorgifte"),
            ["risk:basisregistratie"] = Messages.Term("base registries", "basisregistraties"),
            ["risk:digitaledienst_minderjarig"] = Messages.Term("digital service for minors", "digitale dienst voor minderjarigen"),
            ["risk:wetgeving"] = Messages.Term("new legislation", "nieuwe wetgeving"),
            ["risk:aplist"] = Messages.Term("the AP list", "de lijst van de AP"),
            ["risk:dpiaRequired"] = Messages.Term("the pre-scan requires a DPIA", "de pre-scan maakt een DPIA verplicht"),
            ["risk:dpiaRecommended"] = Messages.Term("the pre-scan recommends a DPIA", "de pre-scan raadt een DPIA aan"),
            ["risk:dpiaUndetermined"] = Messages.Term("the need for a DPIA is undetermined", "of een DPIA nodig is, is onbepaald"),
            ["risk:transferOutsideEea"] = Messages.Term("personal data go outside the EEA", "persoonsgegevens gaan buiten de EER"),
            ["risk:serviceForMinors"] = Messages.Term("a digital service mainly for minors", "een digitale dienst vooral voor minderjarigen"),
            ["risk:highRiskAiDeployer"] = Messages.Term("deployer of a high-risk AI system", "gebruiksverantwoordelijke van een hoog-risico-AI-systeem"),
        };

        foreach (var factor in ImpactFactors.All)
        {
            terms["factor:" + factor.Key] = Messages.Term(factor.English, factor.Dutch);
        }

        // The values of the vocabularies a reason names, in words: the labels, by wire name (the first enum wins a shared name).
        foreach (var type in new[]
        {
            typeof(AiActClass), typeof(AiActRiskGroup), typeof(AiPractice), typeof(AnnexIIIArea), typeof(AnnexIIIException),
            typeof(AssessmentType), typeof(EdpbCriterion), typeof(ApListCategory), typeof(CouncilVerdict), typeof(ImpactTrigger),
            typeof(AutomationLevel), typeof(InternationalTransfer), typeof(ProcessingFrequency), typeof(RetentionPeriod),
            typeof(DigitalService), typeof(Reversibility), typeof(UseType), typeof(AlgorithmType), typeof(AiSystemType), typeof(Theme),
            typeof(SpecialCategory), typeof(SensitiveCategory), typeof(DataSubjectGroup), typeof(AiActObligation),
        })
        {
            foreach (System.Enum value in System.Enum.GetValues(type))
            {
                var key = "risk:" + System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
                if (!terms.ContainsKey(key))
                {
                    terms[key] = Labels.Terms[Labels.Key(value)];
                }
            }
        }

        return terms.ToImmutableDictionary(System.StringComparer.Ordinal);
    }

    internal static readonly ImmutableDictionary<string, Messages.Template> Templates = Build();

    private static ImmutableDictionary<string, Messages.Template> Build()
    {
        var templates = new Dictionary<string, Messages.Template>
        {
            [RiskCodes.PrescanOrdinaryData] = new(Severity.Info,
                "Pre-scan, ordinary personal data: {Points} risk {Points:point|points} ({Detail} ordinary {Detail:category|categories}; 6 or more give 1).",
                "Pre-scan, gewone persoonsgegevens: {Points} {Points:risicopunt|risicopunten} ({Detail} gewone {Detail:categorie|categorieën}; 6 of meer geven 1)."),
            [RiskCodes.PrescanSpecialData] = new(Severity.Info,
                "Pre-scan, special categories of personal data: {Points} risk {Points:point|points} ({Detail} special {Detail:category|categories}).",
                "Pre-scan, bijzondere persoonsgegevens: {Points} {Points:risicopunt|risicopunten} ({Detail} bijzondere {Detail:categorie|categorieën})."),
            [RiskCodes.PrescanSensitiveData] = new(Severity.Info,
                "Pre-scan, sensitive personal data: {Points} risk {Points:point|points} ({Detail} sensitive {Detail:category|categories}).",
                "Pre-scan, gevoelige persoonsgegevens: {Points} {Points:risicopunt|risicopunten} ({Detail} gevoelige {Detail:categorie|categorieën})."),
            [RiskCodes.PrescanSubjects] = new(Severity.Info,
                "Pre-scan, data subjects: {Points} risk {Points:point|points} (weighted count {Detail}).",
                "Pre-scan, betrokkenen: {Points} {Points:risicopunt|risicopunten} (gewogen aantal {Detail})."),
            [RiskCodes.PrescanScale] = new(Severity.Info,
                "Pre-scan, number of data subjects: {Points} risk {Points:point|points} (10,000 or more: {Detail:risk}).",
                "Pre-scan, aantal betrokkenen: {Points} {Points:risicopunt|risicopunten} (10.000 of meer: {Detail:risk})."),
            [RiskCodes.PrescanFrequency] = new(Severity.Info,
                "Pre-scan, processing frequency: {Points} risk {Points:point|points} ({Detail:risk}).",
                "Pre-scan, frequentie van verwerking: {Points} {Points:risicopunt|risicopunten} ({Detail:risk})."),
            [RiskCodes.PrescanRetention] = new(Severity.Info,
                "Pre-scan, retention period: {Points} risk {Points:point|points} ({Detail:risk}).",
                "Pre-scan, bewaartermijn: {Points} {Points:risicopunt|risicopunten} ({Detail:risk})."),
            [RiskCodes.PrescanTransfer] = new(Severity.Info,
                "Pre-scan, international transfer: {Points} risk {Points:point|points} ({Detail:risk}).",
                "Pre-scan, internationale doorgifte: {Points} {Points:risicopunt|risicopunten} ({Detail:risk})."),
            [RiskCodes.PrescanBaseRegistries] = new(Severity.Info,
                "Pre-scan, base registries: {Points} risk {Points:point|points} ({Detail:risk}).",
                "Pre-scan, basisregistraties: {Points} {Points:risicopunt|risicopunten} ({Detail:risk})."),
            [RiskCodes.PrescanDigitalService] = new(Severity.Info,
                "Pre-scan, digital service for minors: {Points} risk {Points:point|points} ({Detail:risk}).",
                "Pre-scan, digitale dienst voor minderjarigen: {Points} {Points:risicopunt|risicopunten} ({Detail:risk})."),
            [RiskCodes.PrescanNewLegislation] = new(Severity.Info,
                "The processing comes from new legislation: a DPIA is always required.",
                "De verwerking komt voort uit nieuwe wetgeving: een DPIA is altijd verplicht."),
            [RiskCodes.PrescanApList] = new(Severity.Info,
                "AP-list category '{Subject:risk}' applies ({Detail:risk}): a DPIA is required.",
                "Categorie '{Subject:risk}' van de AP-lijst is van toepassing ({Detail:risk}): een DPIA is verplicht."),
            [RiskCodes.PrescanEdpbCriterion] = new(Severity.Info,
                "EDPB criterion '{Subject:risk}' applies ({Detail:risk}).",
                "EDPB-criterium '{Subject:risk}' is van toepassing ({Detail:risk})."),
            [RiskCodes.PrescanMissingAnswer] = new(Severity.Warning,
                "The pre-scan needs '{Subject:risk}', which is not answered; it is not read as 'no risk'.",
                "De pre-scan heeft '{Subject:risk}' nodig, maar dat is niet beantwoord; dat wordt niet gelezen als 'geen risico'."),
            [RiskCodes.NoPersonalData] = new(Severity.Info,
                "No data source holds personal data: no DPIA is needed.",
                "Geen enkele gegevensbron bevat persoonsgegevens: een DPIA is niet nodig."),
            [RiskCodes.NoPersonalDataContradiction] = new(Severity.Warning,
                "No source holds personal data, yet '{Subject:risk}' is stated: the pre-scan requires a DPIA anyway; check the answers.",
                "Geen bron bevat persoonsgegevens, maar '{Subject:risk}' is opgegeven: de pre-scan maakt een DPIA dan toch verplicht; controleer de antwoorden."),
            [RiskCodes.DpiaRequired] = new(Severity.Info,
                "DPIA required: risk score {Points} (above 4 requires one), {Subject} AP-list {Subject:category|categories}, {Detail} EDPB {Detail:criterion|criteria}.",
                "DPIA verplicht: risicoscore {Points} (boven 4 is een DPIA verplicht), {Subject} {Subject:categorie|categorieën} van de AP-lijst, {Detail} {Detail:EDPB-criterium|EDPB-criteria}."),
            [RiskCodes.DpiaRecommended] = new(Severity.Info,
                "DPIA recommended: one EDPB criterion applies (risk score {Points}).",
                "DPIA aanbevolen: één EDPB-criterium is van toepassing (risicoscore {Points})."),
            [RiskCodes.DpiaNotRequired] = new(Severity.Info,
                "DPIA not required: risk score {Points} (at most 4), no AP-list category and no EDPB criterion.",
                "DPIA niet verplicht: risicoscore {Points} (hoogstens 4), geen categorie van de AP-lijst en geen EDPB-criterium."),
            [RiskCodes.DpiaUndetermined] = new(Severity.Warning,
                "DPIA undetermined: risk score {Points} so far, {Subject} {Subject:answer|answers} missing that could make a DPIA required.",
                "DPIA onbepaald: risicoscore {Points} tot nu toe, {Subject} {Subject:antwoord ontbreekt dat|antwoorden ontbreken die} een DPIA verplicht kunnen maken."),
            [RiskCodes.DtiaRequired] = new(Severity.Info,
                "Personal data go outside the EEA: a data transfer impact assessment (DTIA) is required.",
                "Persoonsgegevens gaan buiten de EER: een toets voor doorgifte van gegevens (DTIA) is verplicht."),
            [RiskCodes.KiaRecommended] = new(Severity.Info,
                "A digital service mainly for minors: a children's-rights impact assessment (KIA) is recommended.",
                "Een digitale dienst vooral voor minderjarigen: een kinderrechten-impactassessment (KIA) is aanbevolen."),
            [RiskCodes.IamaRecommended] = new(Severity.Info,
                "The project is {Subject:risk}: an IAMA (human rights and algorithms impact assessment) is recommended.",
                "Het project is {Subject:risk}: een IAMA (impact assessment mensenrechten en algoritmes) is aanbevolen."),
            [RiskCodes.AiActClassified] = new(Severity.Info,
                "AI Act class: {Subject:risk} ({Detail:risk}).",
                "Klasse onder de AI-verordening: {Subject:risk} ({Detail:risk})."),
            [RiskCodes.AiSystemAssumed] = new(Severity.Warning,
                "Neither the AI Act system type nor the algorithm type is stated: assessed as an AI system.",
                "Het soort systeem onder de AI-verordening en het soort algoritme zijn niet ingevuld: beoordeeld als AI-systeem."),
            [RiskCodes.ProhibitedPractice] = new(Severity.Error,
                "The practice '{Subject:risk}' is prohibited by AI Act Art. 5: the system may not be used.",
                "De praktijk '{Subject:risk}' is verboden door artikel 5 van de AI-verordening: het systeem mag niet worden gebruikt."),
            [RiskCodes.HighRiskArea] = new(Severity.Info,
                "Annex III area '{Subject:risk}': a high-risk AI system ({Detail:risk}).",
                "Bijlage III-gebied '{Subject:risk}': een hoog-risico-AI-systeem ({Detail:risk})."),
            [RiskCodes.Article6Exception] = new(Severity.Info,
                "The Art. 6(3) exception '{Subject:risk}' applies: not high-risk despite Annex III area '{Detail:risk}'.",
                "De uitzondering '{Subject:risk}' van artikel 6, lid 3 geldt: geen hoog risico ondanks bijlage III-gebied '{Detail:risk}'."),
            [RiskCodes.ProfilingVoidsException] = new(Severity.Info,
                "Profiling is {Detail:risk}: the Art. 6(3) exception '{Subject:risk}' cannot apply, so the system is high-risk.",
                "Profilering is {Detail:risk}: de uitzondering '{Subject:risk}' van artikel 6, lid 3 kan niet gelden, dus het systeem is hoog-risico."),
            [RiskCodes.TransparencyObligation] = new(Severity.Info,
                "AI Act Art. 50 transparency obligation ({Subject:risk}).",
                "Transparantieverplichting van artikel 50 van de AI-verordening ({Subject:risk})."),
            [RiskCodes.AnnexAreaNotStated] = new(Severity.Warning,
                "The Annex III area is not stated and no risk group is declared: high-risk cannot be ruled out.",
                "Het bijlage III-gebied is niet ingevuld en er is geen risicogroep opgegeven: hoog risico is niet uit te sluiten."),
            [RiskCodes.DeclaredRiskGroupDiffers] = new(Severity.Warning,
                "The declared risk group '{Subject:risk}' differs from the derived class '{Detail:risk}'.",
                "De opgegeven risicogroep '{Subject:risk}' wijkt af van de afgeleide klasse '{Detail:risk}'."),
            [RiskCodes.ImpactTriggerApplies] = new(Severity.Info,
                "Impactful: {Subject:risk}.",
                "Impactvol: {Subject:risk}."),
            [RiskCodes.ImpactfulInDoubt] = new(Severity.Warning,
                "'{Subject:risk}' is not answered: impactful when in doubt.",
                "'{Subject:risk}' is niet beantwoord: bij twijfel impactvol."),
            [RiskCodes.PublicationCategoryDerived] = new(Severity.Info,
                "Algoritmeregister publication category {Subject} ({Detail:risk}).",
                "Publicatiecategorie in het Algoritmeregister: {Subject} ({Detail:risk})."),
            [RiskCodes.RegisteredCategoryTooLow] = new(Severity.Warning,
                "The registered publication category {Subject} is less strict than the derived category {Detail:risk}.",
                "De geregistreerde publicatiecategorie {Subject} is minder streng dan de afgeleide categorie {Detail:risk}."),
            [RiskCodes.RequiredAssessmentMissing] = new(Severity.Warning,
                "Assessment '{Subject:risk}' is required ({Detail:risk}) but not done.",
                "Toets '{Subject:risk}' is verplicht ({Detail:risk}) maar niet uitgevoerd."),
            [RiskCodes.RecommendedAssessmentMissing] = new(Severity.Info,
                "Assessment '{Subject:risk}' is recommended ({Detail:risk}) but not done.",
                "Toets '{Subject:risk}' is aanbevolen ({Detail:risk}) maar niet uitgevoerd."),
            [RiskCodes.AnswerInferred] = new(Severity.Info,
                "Answer '{Subject:risk}' inferred from the registration's own words ({Detail:risk}); it is not a stated answer.",
                "Antwoord '{Subject:risk}' afgeleid uit de eigen woorden van de registratie ({Detail:risk}); het is geen opgegeven antwoord."),
            [RiskCodes.ImpactLevelComputed] = new(Severity.Info,
                "Impact level {Subject}: score {Points} of a possible {Detail} risk points.",
                "Impactniveau {Subject}: score {Points} van mogelijk {Detail} risicopunten."),
            [RiskCodes.MitigationDeduction] = new(Severity.Info,
                "Mitigation reaches 80 % of its maximum: 15 % off the raw score of {Detail}, leaving {Points}.",
                "De maatregelen halen 80 % van hun maximum: 15 % van de ruwe score van {Detail} af, blijft {Points}."),
            [RiskCodes.RiskFactorUnknown] = new(Severity.Warning,
                "Risk factor '{Subject:factor}' is not answered: counted at its maximum of {Points} {Points:point|points}.",
                "Risicofactor '{Subject:factor}' is niet beantwoord: geteld met het maximum van {Points} {Points:punt|punten}."),
            [RiskCodes.CouncilDecisionRequired] = new(Severity.Info,
                "Exceeds the framework: impact level {Subject} is above {Detail:risk}, the highest allowed without a council decision; a council decision is required.",
                "Overschrijdt het kader: impactniveau {Subject} is hoger dan {Detail:risk}, het hoogste zonder raadsbesluit; een raadsbesluit is nodig."),
            [RiskCodes.AiActClassExcluded] = new(Severity.Error,
                "The framework excludes AI Act class '{Subject:risk}' (clause {Detail:risk}).",
                "Het kader sluit klasse '{Subject:risk}' van de AI-verordening uit (bepaling {Detail:risk})."),
            [RiskCodes.AiActClassNeedsCouncil] = new(Severity.Info,
                "Exceeds the framework: AI Act class '{Subject:risk}' needs a council decision (clause {Detail:risk}).",
                "Overschrijdt het kader: klasse '{Subject:risk}' van de AI-verordening vraagt een raadsbesluit (bepaling {Detail:risk})."),
            [RiskCodes.DataCategoryExcluded] = new(Severity.Error,
                "The framework excludes data category '{Subject:risk}' (clause {Detail:risk}).",
                "Het kader sluit gegevenscategorie '{Subject:risk}' uit (bepaling {Detail:risk})."),
            [RiskCodes.DataCategoryNeedsCouncil] = new(Severity.Info,
                "Exceeds the framework: data category '{Subject:risk}' needs a council decision (clause {Detail:risk}).",
                "Overschrijdt het kader: gegevenscategorie '{Subject:risk}' vraagt een raadsbesluit (bepaling {Detail:risk})."),
            [RiskCodes.TechniqueExcluded] = new(Severity.Error,
                "The framework excludes technique '{Subject:risk}' (clause {Detail:risk}).",
                "Het kader sluit techniek '{Subject:risk}' uit (bepaling {Detail:risk})."),
            [RiskCodes.TechniqueNeedsCouncil] = new(Severity.Info,
                "Exceeds the framework: technique '{Subject:risk}' needs a council decision (clause {Detail:risk}).",
                "Overschrijdt het kader: techniek '{Subject:risk}' vraagt een raadsbesluit (bepaling {Detail:risk})."),
            [RiskCodes.FrameworkAssessmentMissing] = new(Severity.Info,
                "The framework requires assessment '{Subject:risk}' at this impact level (clause {Detail:risk}); it is not done.",
                "Het kader vereist toets '{Subject:risk}' op dit impactniveau (bepaling {Detail:risk}); die is niet uitgevoerd."),
            [RiskCodes.PredictiveProfilingExcluded] = new(Severity.Error,
                "The framework does not allow predictive profiling in theme '{Subject:risk}' (clause {Detail:risk}).",
                "Het kader staat voorspellende profilering niet toe in thema '{Subject:risk}' (bepaling {Detail:risk})."),
            [RiskCodes.HumanFinalDecisionRequired] = new(Severity.Info,
                "The framework requires a human final decision at this impact level (clause {Detail:risk}); automation is '{Subject:risk}'.",
                "Het kader vereist op dit impactniveau een menselijk eindbesluit (bepaling {Detail:risk}); de automatisering is '{Subject:risk}'."),
            [RiskCodes.CoveredByCouncilDecision] = new(Severity.Info,
                "Council decision '{Subject:risk}' covers what the framework reserves for the council (clause {Detail:risk}).",
                "Raadsbesluit '{Subject:risk}' dekt wat het kader aan de raad voorbehoudt (bepaling {Detail:risk})."),
            [RiskCodes.FrameworkClauseUnknown] = new(Severity.Warning,
                "Clause {Detail:risk} of the framework cannot be checked: '{Subject:risk}' is not answered.",
                "Bepaling {Detail:risk} van het kader is niet te toetsen: '{Subject:risk}' is niet beantwoord."),
            [RiskCodes.FrameworkVerdictDerived] = new(Severity.Info,
                "The framework's verdict: {Subject:risk} ({Points} open {Points:question|questions}).",
                "Oordeel volgens het kader: {Subject:risk} ({Points} open {Points:vraag|vragen})."),
        };

        foreach (var factor in ImpactFactors.All)
        {
            templates[factor.Code] = new(Severity.Info,
                factor.English + " ({Detail:risk}): {Points} " + (factor.IsMitigation ? "mitigation {Points:point|points}." : "risk {Points:point|points}."),
                factor.Dutch + " ({Detail:risk}): {Points} " + (factor.IsMitigation ? "{Points:punt|punten} voor maatregelen." : "{Points:risicopunt|risicopunten}."));
        }

        return templates.ToImmutableDictionary();
    }
}
