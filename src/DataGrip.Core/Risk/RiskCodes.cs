namespace DataGrip.Core.Risk;

/// <summary>
/// The stable codes of the risk assessment. A code is never renamed or reused. The impact factors have codes
/// <c>DG-R101</c>… and the mitigations <c>DG-R201</c>…, listed in <see cref="RiskAssessor.Factors"/>.
/// </summary>
public static class RiskCodes
{
    /// <summary>Pre-scan DPIA 1.1.2: six or more ordinary personal data categories give 1 point.</summary>
    public const string PrescanOrdinaryData = "DG-R001";

    /// <summary>Pre-scan DPIA 1.2.2: special categories of personal data (1–6: 1 point, more: 2; sex life and sexual orientation are one option).</summary>
    public const string PrescanSpecialData = "DG-R002";

    /// <summary>Pre-scan DPIA 1.3.2: sensitive personal data such as BSN or financial data, criminal-law data among them, communication and location one option (1–6: 1 point, more: 2).</summary>
    public const string PrescanSensitiveData = "DG-R003";

    /// <summary>Pre-scan DPIA 1.4.1: data subjects weighted (employees 1, citizens 1, children under 16 3, other vulnerable groups 3); 3 gives 1 point, 4 or more 2.</summary>
    public const string PrescanSubjects = "DG-R004";

    /// <summary>Pre-scan DPIA 1.5.1: 10,000 or more data subjects give 1 point.</summary>
    public const string PrescanScale = "DG-R005";

    /// <summary>Pre-scan DPIA 1.5.3: processing at least monthly or continuously gives 1 point.</summary>
    public const string PrescanFrequency = "DG-R006";

    /// <summary>Pre-scan DPIA 1.5.4: keeping data a year or longer gives 1 point.</summary>
    public const string PrescanRetention = "DG-R007";

    /// <summary>Pre-scan DPIA 2.1: a transfer outside the EEA gives 1 point, 2 when special categories are involved; within the EEA none.</summary>
    public const string PrescanTransfer = "DG-R008";

    /// <summary>Pre-scan DPIA 5.1.2: use of BRI, BRK, BRP, BRV, WOZ or HR gives 1 point (BAG, BGT, BRO, BRT none).</summary>
    public const string PrescanBaseRegistries = "DG-R009";

    /// <summary>Pre-scan DPIA 7.1: a digital service gives 1 point, one mainly for minors 2, one that minors demonstrably do not use 0.</summary>
    public const string PrescanDigitalService = "DG-R010";

    /// <summary>Pre-scan DPIA 0.1: processing from new legislation always requires a DPIA.</summary>
    public const string PrescanNewLegislation = "DG-R011";

    /// <summary>An AP-list category applies (stated, or derived from profiling, employee monitoring, biometric or genetic data): a DPIA is required.</summary>
    public const string PrescanApList = "DG-R012";

    /// <summary>An EDPB criterion applies (stated, or derived); two or more require a DPIA, one recommends it.</summary>
    public const string PrescanEdpbCriterion = "DG-R013";

    /// <summary>The pre-scan needs an answer the registration does not give; unknown is never read as 'no risk'. Warning.</summary>
    public const string PrescanMissingAnswer = "DG-R014";

    /// <summary>No source holds personal data (stated, or inferred from an explicit statement), so no DPIA is needed unless new legislation or an AP-list category is stated.</summary>
    public const string NoPersonalData = "DG-R015";

    /// <summary>No source holds personal data, yet new legislation or an AP-list category is stated: the reference's rule requires a DPIA anyway, and the answers contradict each other. Warning.</summary>
    public const string NoPersonalDataContradiction = "DG-R016";

    /// <summary>A stated EDPB criterion (Pre-scan DPIA 4.1) differs from what the other answers give; the stated answer counts. Warning.</summary>
    public const string EdpbStatedDiffers = "DG-R017";

    /// <summary>Outcome: DPIA required (new legislation, risk score above 4, an AP-list category, or two EDPB criteria).</summary>
    public const string DpiaRequired = "DG-R020";

    /// <summary>Outcome: DPIA recommended (exactly one EDPB criterion).</summary>
    public const string DpiaRecommended = "DG-R021";

    /// <summary>Outcome: DPIA not required.</summary>
    public const string DpiaNotRequired = "DG-R022";

    /// <summary>Outcome: undetermined; the missing answers can still change it (the mildest and strictest outcomes differ). Warning.</summary>
    public const string DpiaUndetermined = "DG-R023";

    /// <summary>A transfer outside the EEA requires a data transfer impact assessment (DTIA): storage or support outside the EEA under standard contractual clauses or another mechanism, or those not answered.</summary>
    public const string DtiaRequired = "DG-R024";

    /// <summary>A digital service mainly for minors: a children's-rights impact assessment (KIA) is recommended.</summary>
    public const string KiaRecommended = "DG-R025";

    /// <summary>A high-risk AI system or another impactful algorithm: an IAMA is recommended.</summary>
    public const string IamaRecommended = "DG-R026";

    /// <summary>A transfer outside the EEA needs no DTIA: storage and support are inside the EEA, or the mechanism is neither standard contractual clauses nor another one (Pre-scan DPIA 2.1.3–2.1.6).</summary>
    public const string DtiaNotRequired = "DG-R027";

    /// <summary>A transfer outside the EEA: whether a DTIA is required depends on storage, support or mechanism, which are not answered; it counts as required. Warning.</summary>
    public const string DtiaAnswersMissing = "DG-R028";

    /// <summary>The AI Act class the assessment derived.</summary>
    public const string AiActClassified = "DG-R030";

    /// <summary>Neither the AI Act system type nor the algorithm type is stated, so the project is assessed as an AI system. Warning.</summary>
    public const string AiSystemAssumed = "DG-R031";

    /// <summary>A practice prohibited by AI Act Art. 5. Error.</summary>
    public const string ProhibitedPractice = "DG-R032";

    /// <summary>An AI system in an Annex III area is high-risk.</summary>
    public const string HighRiskArea = "DG-R033";

    /// <summary>The Art. 6(3) exception applies: an Annex III system that is not high-risk.</summary>
    public const string Article6Exception = "DG-R034";

    /// <summary>Profiling (or profiling that is not ruled out) voids the Art. 6(3) exceptions: always high-risk.</summary>
    public const string ProfilingVoidsException = "DG-R035";

    /// <summary>An Art. 50 transparency obligation applies.</summary>
    public const string TransparencyObligation = "DG-R036";

    /// <summary>An AI system without an Annex III area and without a declared risk group: high-risk cannot be ruled out. Warning.</summary>
    public const string AnnexAreaNotStated = "DG-R037";

    /// <summary>The declared AI Act risk group differs from the class the assessment derived. Warning.</summary>
    public const string DeclaredRiskGroupDiffers = "DG-R038";

    /// <summary>The AI Act does not apply: no role under it (decision aid 1.2), an Art. 2 exclusion (1.5), or an open-source system that is neither high-risk nor under a transparency obligation (2.11).</summary>
    public const string AiActOutOfScope = "DG-R039";

    /// <summary>A reason why the algorithm is impactful (Algoritmekader).</summary>
    public const string ImpactTriggerApplies = "DG-R040";

    /// <summary>A trigger of 'impactful' is not answered: impactful when in doubt. Warning.</summary>
    public const string ImpactfulInDoubt = "DG-R041";

    /// <summary>The Algoritmeregister publication category the assessment derived.</summary>
    public const string PublicationCategoryDerived = "DG-R042";

    /// <summary>The registered publication category is less strict than the derived one. Warning.</summary>
    public const string RegisteredCategoryTooLow = "DG-R043";

    /// <summary>An assessment that the outcome requires is missing or not done; Info before the pilot, Warning in pilot and evaluation, Error in production and scaling.</summary>
    public const string RequiredAssessmentMissing = "DG-R050";

    /// <summary>An assessment that the outcome recommends is missing or not done; one step milder than DG-R050.</summary>
    public const string RecommendedAssessmentMissing = "DG-R051";

    /// <summary>An answer read from the registration's own words or fields (inferred, with its evidence), because the field that asks it is empty.</summary>
    public const string AnswerInferred = "DG-R060";

    /// <summary>An exception of Art. 5(1)(h) (decision aid 2.2) lifts the prohibition of real-time remote biometric identification; the system is classified further.</summary>
    public const string ProhibitionExcepted = "DG-R070";

    /// <summary>A general-purpose AI model (Art. 51–56): the model's obligations apply, with or without systemic risk (decision aid 2.8; not stated counts as systemic risk).</summary>
    public const string GeneralPurposeModel = "DG-R071";

    /// <summary>The AI Act role follows from how the system came about (decision aid 1.2): a municipality that commissioned it is its provider.</summary>
    public const string RoleFromOrigin = "DG-R072";

    /// <summary>The stated AI Act role differs from the role that how the system came about gives; the latter counts. Warning.</summary>
    public const string StatedRoleDiffers = "DG-R073";

    /// <summary>The impact level and the score it comes from.</summary>
    public const string ImpactLevelComputed = "DG-R150";

    /// <summary>Mitigation reaches 80 % of its maximum: the raw score is lowered by 15 %.</summary>
    public const string MitigationDeduction = "DG-R151";

    /// <summary>A risk factor is not answered and counts at its maximum. Warning.</summary>
    public const string RiskFactorUnknown = "DG-R190";

    /// <summary>Exceeds the framework: the impact level is above the highest allowed without a council decision. Error without a council decision.</summary>
    public const string CouncilDecisionRequired = "DG-R301";

    /// <summary>The framework excludes the project's AI Act class. Error.</summary>
    public const string AiActClassExcluded = "DG-R302";

    /// <summary>The project's AI Act class needs a council decision under the framework. Error without a council decision.</summary>
    public const string AiActClassNeedsCouncil = "DG-R303";

    /// <summary>The framework excludes a data category the project uses. Error.</summary>
    public const string DataCategoryExcluded = "DG-R304";

    /// <summary>A data category the project uses needs a council decision under the framework. Error without a council decision.</summary>
    public const string DataCategoryNeedsCouncil = "DG-R305";

    /// <summary>The framework excludes the project's technique. Error.</summary>
    public const string TechniqueExcluded = "DG-R306";

    /// <summary>The project's technique needs a council decision under the framework. Error without a council decision.</summary>
    public const string TechniqueNeedsCouncil = "DG-R307";

    /// <summary>The framework requires an assessment at the project's impact level and it is not done; severity by phase as DG-R050.</summary>
    public const string FrameworkAssessmentMissing = "DG-R308";

    /// <summary>The framework does not allow predictive profiling in one of the project's themes. Error.</summary>
    public const string PredictiveProfilingExcluded = "DG-R309";

    /// <summary>The framework requires a human final decision from this impact level, and decisions are automated; severity by phase as DG-R050.</summary>
    public const string HumanFinalDecisionRequired = "DG-R310";

    /// <summary>A council decision covers what the framework reserves for the council.</summary>
    public const string CoveredByCouncilDecision = "DG-R311";

    /// <summary>A framework clause cannot be checked because the answer it needs is missing. Warning.</summary>
    public const string FrameworkClauseUnknown = "DG-R312";

    /// <summary>The framework's verdict: the council must decide, need not, or it depends on missing answers (their number).</summary>
    public const string FrameworkVerdictDerived = "DG-R313";
}
