using System.Collections.Immutable;

namespace DataGrip.Core.Model;

/// <summary>Risk classification, impact assessments and known risks of a project.</summary>
public sealed record RiskProfile : ExtensibleRecord
{
    /// <summary>The Algoritmeregister publication category (register field <c>publication_category</c>).</summary>
    public PublicationCategory? PublicationCategory { get; init; }

    /// <summary>The classification under the EU AI Act.</summary>
    public AiActProfile? AiAct { get; init; }

    /// <summary>The impact assessments and where they stand (register fields <c>impacttoetsen_grouping</c> and <c>impacttoetsen</c>).</summary>
    public ImmutableArray<Assessment> Assessments { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The known risks and how they are managed (register field <c>risks</c>).</summary>
    public ImmutableArray<IdentifiedRisk> Risks { get; init => field = value.OrEmpty(); } = [];

    /// <summary>
    /// The answers the risk assessment needs that no other field gives (Pre-scan DPIA, impact level, register
    /// category). A missing answer is unknown, and the assessment never reads unknown as "no risk".
    /// </summary>
    public RiskFactors? Factors { get; init; }
}

/// <summary>
/// Characteristics of the processing that decide the Pre-scan DPIA, the impact level and the register category.
/// Each is null when not answered.
/// </summary>
public sealed record RiskFactors : ExtensibleRecord
{
    /// <summary>Whether natural persons are profiled: personal aspects evaluated or predicted (GDPR Art. 4(4)); makes an Annex III AI system always high-risk.</summary>
    public bool? Profiling { get; init; }

    /// <summary>Whether people are monitored systematically (for example cameras, location tracking, employee monitoring).</summary>
    public bool? SystematicMonitoring { get; init; }

    /// <summary>Whether data sets from different sources or purposes are matched or combined.</summary>
    public bool? CombinesDataSets { get; init; }

    /// <summary>Whether the outcome can keep people from exercising a right or using a service or contract.</summary>
    public bool? RestrictsRightsOrServices { get; init; }

    /// <summary>Whether the processing comes from new legislation (Pre-scan DPIA question 0.1: a DPIA is then always required).</summary>
    public bool? NewLegislation { get; init; }

    /// <summary>Whether the project is a digital service, and whether it is mainly for children (Pre-scan DPIA question 7.1).</summary>
    public DigitalService? DigitalService { get; init; }

    /// <summary>
    /// The categories of the Dutch DPA's list of processing that always needs a DPIA (AP-lijst, Staatscourant
    /// 27 November 2019) that apply. Empty means none were stated.
    /// </summary>
    public ImmutableArray<ApListCategory> ApList { get; init => field = value.OrEmpty(); } = [];

    /// <summary>How far the effects on people can be undone.</summary>
    public Reversibility? Reversibility { get; init; }

    /// <summary>Whether the model keeps learning while in use.</summary>
    public bool? ContinuesLearning { get; init; }

    /// <summary>Whether an individual outcome is hard to explain to the person it concerns.</summary>
    public bool? HardToExplain { get; init; }

    /// <summary>Whether the outcomes were tested for bias and discrimination.</summary>
    public bool? BiasTested { get; init; }

    /// <summary>Whether the outcome decides how the government classifies or approaches people or organisations (for example risk selection or fraud signals).</summary>
    public bool? ClassifiesOrContactsPeople { get; init; }

    /// <summary>Whether the organisation itself judges the project impactful (complex, much data, media attention, a supervisor's scrutiny).</summary>
    public bool? JudgedImpactful { get; init; }

    /// <summary>The EDPB criteria as the organisation ticks them (Pre-scan DPIA question 4.1); a stated answer wins over what the assessment derives.</summary>
    public EdpbCriteria? EdpbCriteria { get; init; }
}

/// <summary>
/// The nine criteria of the EDPB (WP248 rev.01) as Pre-scan DPIA question 4.1 lists them: true when the organisation
/// ticks one, false when it states that it does not apply, null when not answered (the assessment then derives it
/// where the other answers settle it).
/// </summary>
public sealed record EdpbCriteria : ExtensibleRecord
{
    /// <summary>Evaluating or scoring people by personal characteristics, profiling and predicting among them.</summary>
    public bool? EvaluationOrScoring { get; init; }

    /// <summary>Automated decision-making with legal or similarly significant effect.</summary>
    public bool? AutomatedDecisionWithLegalEffect { get; init; }

    /// <summary>Systematic monitoring on a large scale.</summary>
    public bool? SystematicMonitoring { get; init; }

    /// <summary>Special categories or highly sensitive personal data.</summary>
    public bool? SensitiveData { get; init; }

    /// <summary>Processing on a large scale (a judgement; 10,000 data subjects or more suggests it).</summary>
    public bool? LargeScale { get; init; }

    /// <summary>Matching or combining data sets.</summary>
    public bool? CombinedDataSets { get; init; }

    /// <summary>Data about vulnerable groups or persons.</summary>
    public bool? VulnerableSubjects { get; init; }

    /// <summary>Use of new technologies (a judgement; machine learning suggests it).</summary>
    public bool? InnovativeTechnology { get; init; }

    /// <summary>Processing that blocks people from a service, a right or a contract.</summary>
    public bool? PreventsRightOrService { get; init; }
}

/// <summary>The classification of a project under the EU AI Act (Regulation (EU) 2024/1689).</summary>
public sealed record AiActProfile : ExtensibleRecord
{
    /// <summary>What the system is.</summary>
    public AiSystemType? SystemType { get; init; }

    /// <summary>The municipality's role.</summary>
    public AiActRole? Role { get; init; }

    /// <summary>The risk group.</summary>
    public AiActRiskGroup? RiskGroup { get; init; }

    /// <summary>The Annex III area, for a high-risk system.</summary>
    public AnnexIIIArea? AnnexIIIArea { get; init; }

    /// <summary>Whether an Art. 50 transparency obligation applies (chatbots, synthetic content, emotion recognition); null when unknown.</summary>
    public bool? TransparencyObligation { get; init; }

    /// <summary>The practices of Art. 5 (prohibited) and Art. 50 (transparency) that the system performs. Empty means none were stated.</summary>
    public ImmutableArray<AiPractice> Practices { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The Art. 6(3) exception that applies to an Annex III system, when one does; profiling voids it.</summary>
    public AnnexIIIException? Exception { get; init; }

    /// <summary>How the system came about (decision aid question 1.2); when stated it decides the role, so a municipality that commissioned the system is its provider.</summary>
    public AiActOrigin? Origin { get; init; }

    /// <summary>The Art. 2 ground on which the AI Act does not apply, when one does (decision aid question 1.5); null when none is claimed.</summary>
    public AiActExclusion? Exclusion { get; init; }

    /// <summary>The exception to the prohibition of real-time remote biometric identification that applies, when one does (decision aid question 2.2); null when none is claimed.</summary>
    public ProhibitionException? ProhibitionException { get; init; }

    /// <summary>Whether the system or model is shared under a free and open licence with its source code and parameters public (decision aid question 2.11); null reads as no.</summary>
    public bool? OpenSource { get; init; }

    /// <summary>Whether a general-purpose AI model has systemic risk (Art. 51: more than 10^25 floating-point operations of training; decision aid question 2.8); null reads as yes.</summary>
    public bool? SystemicRisk { get; init; }
}

/// <summary>An impact assessment of a project.</summary>
public sealed record Assessment : ExtensibleRecord
{
    /// <summary>The kind of assessment.</summary>
    public required AssessmentType Type { get; init; }

    /// <summary>The assessment's title; required in practice for <see cref="AssessmentType.Other"/>.</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public string? Title { get; init; }

    /// <summary>Where it stands.</summary>
    public required AssessmentStatus Status { get; init; }

    /// <summary>When it was done or is planned.</summary>
    public PartialDate? Date { get; init => field = PartialDate.Present(value); }

    /// <summary>Its outcome in a few sentences.</summary>
    public string? Outcome { get; init; }

    /// <summary>A link to the assessment report.</summary>
    [Wire(MaxLength = WireLimits.Url, Pattern = WireLimits.UrlPattern)]
    public string? Link { get; init; }

    /// <summary>Why it was not done, when it is not required (register field <c>impacttoetsen</c>).</summary>
    public string? ReasonNotDone { get; init; }
}

/// <summary>A known risk of a project and how it is managed.</summary>
public sealed record IdentifiedRisk : ExtensibleRecord
{
    /// <summary>A short name, such as "Bias naar wijk".</summary>
    [Wire(MaxLength = WireLimits.Label, MinLength = 1)]
    public required string Name { get; init; }

    /// <summary>What could go wrong, and for whom.</summary>
    public string? Description { get; init; }

    /// <summary>What is done to prevent or limit it.</summary>
    public string? Mitigation { get; init; }

    /// <summary>Who owns the risk (a function, not a person's name).</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public string? Owner { get; init; }
}
