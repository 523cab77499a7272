namespace DataGrip.Core.Completeness;

/// <summary>
/// The stable <c>DG-C</c> codes of the built-in completeness indicators (one per indicator; the rule of each is in
/// <see cref="CompletenessIndicator.Rule"/> and in the table of docs/completeness.md). A code is never renamed or reused.
/// </summary>
public static class CompletenessCodes
{
    /// <summary>Basics: a short description with content, at most 400 characters.</summary>
    public const string ShortDescription = "DG-C001";

    /// <summary>Basics: the full description.</summary>
    public const string Description = "DG-C002";

    /// <summary>Basics: at least one theme.</summary>
    public const string Themes = "DG-C003";

    /// <summary>Basics: the organisation's code (a real municipality code for a municipality).</summary>
    public const string OrganizationCode = "DG-C004";

    /// <summary>Basics: a functional contact address.</summary>
    public const string Contact = "DG-C005";

    /// <summary>Basics: the kind of project and the language.</summary>
    public const string KindAndLanguage = "DG-C006";

    /// <summary>Steering: the problem statement.</summary>
    public const string ProblemStatement = "DG-C010";

    /// <summary>Steering: the goal and impact.</summary>
    public const string GoalAndImpact = "DG-C011";

    /// <summary>Steering: societal goals with KPIs that have a target.</summary>
    public const string SocietalGoals = "DG-C012";

    /// <summary>Steering: measured KPIs, from production on.</summary>
    public const string MeasuredKpis = "DG-C013";

    /// <summary>Steering: the link to the data strategy.</summary>
    public const string StrategyObjectives = "DG-C014";

    /// <summary>Steering: a portfolio holder or administrative sponsor.</summary>
    public const string Sponsor = "DG-C015";

    /// <summary>Steering: the council decision of an impactful project.</summary>
    public const string CouncilDecision = "DG-C016";

    /// <summary>Steering: the weighing of proportionality.</summary>
    public const string Proportionality = "DG-C017";

    /// <summary>Steering: the alternatives considered.</summary>
    public const string AlternativesConsidered = "DG-C018";

    /// <summary>Steering: the public values.</summary>
    public const string PublicValues = "DG-C019";

    /// <summary>Organising: a product owner.</summary>
    public const string ProductOwner = "DG-C020";

    /// <summary>Organising: a data protection officer when personal data is processed.</summary>
    public const string DataProtectionOfficer = "DG-C021";

    /// <summary>Organising: the suppliers, with their KvK numbers.</summary>
    public const string Suppliers = "DG-C022";

    /// <summary>Organising: the data sources, each saying whether it holds personal data.</summary>
    public const string DataSources = "DG-C023";

    /// <summary>Organising: the phase and the begin date.</summary>
    public const string PhaseAndBeginDate = "DG-C024";

    /// <summary>Organising: the end date of an ended project.</summary>
    public const string EndDate = "DG-C025";

    /// <summary>Organising: the department.</summary>
    public const string Department = "DG-C026";

    /// <summary>Transparency: an impactful project is in the Algoritmeregister.</summary>
    public const string RegisterPublication = "DG-C030";

    /// <summary>Transparency: the lawful basis and a link to the law.</summary>
    public const string LawfulBasis = "DG-C031";

    /// <summary>Transparency: a public web page.</summary>
    public const string PublicPage = "DG-C032";

    /// <summary>Transparency: the publication category.</summary>
    public const string PublicationCategory = "DG-C033";

    /// <summary>Transparency: the description of methods and models.</summary>
    public const string MethodsAndModels = "DG-C034";

    /// <summary>Transparency: the risks, each with a mitigation.</summary>
    public const string Risks = "DG-C035";

    /// <summary>Supervision: a DPIA when personal data is processed.</summary>
    public const string Dpia = "DG-C040";

    /// <summary>Supervision: an IAMA or FRIA for an impactful project.</summary>
    public const string Iama = "DG-C041";

    /// <summary>Supervision: an audit, from production on.</summary>
    public const string Audit = "DG-C042";

    /// <summary>Supervision: an evaluation, from evaluation on.</summary>
    public const string Evaluation = "DG-C043";

    /// <summary>Supervision: the monitoring, from pilot on.</summary>
    public const string Monitoring = "DG-C044";

    /// <summary>Supervision: the description of human intervention.</summary>
    public const string HumanIntervention = "DG-C045";

    /// <summary>Supervision: the objection procedure when the output has legal effects.</summary>
    public const string ObjectionProcedure = "DG-C046";

    /// <summary>Supervision: the dates of the last and the next review.</summary>
    public const string ReviewDates = "DG-C047";

    /// <summary>Supervision: a review within the staleness period.</summary>
    public const string Staleness = "DG-C048";

    /// <summary>
    /// A note, not an indicator (it earns and costs no points): the registered publication category C is milder than
    /// the derived A or B, so the indicators of impactful projects apply. Warning.
    /// </summary>
    public const string RegisteredCategoryMilder = "DG-C090";
}
