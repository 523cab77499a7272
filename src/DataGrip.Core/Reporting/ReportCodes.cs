namespace DataGrip.Core.Reporting;

/// <summary>
/// The stable codes of the grip report: metrics (<c>DG-M###</c>, by section: 0xx inventory, 02x pilot to scale, 03x
/// responsible use, 05x goals, 06x registration quality, 07x reuse and overlap, 08x changes, 09x what we don't know)
/// and the report's findings on its input (<c>DG-G###</c>). Codes are never reused.
/// </summary>
public static class ReportCodes
{
    /// <summary>Projects in the report.</summary>
    public const string Projects = "DG-M001";

    /// <summary>Projects per phase (category: the phase, or <c>unknown</c>).</summary>
    public const string ByPhase = "DG-M002";

    /// <summary>Projects per kind (category: the kind, or <c>unknown</c>).</summary>
    public const string ByKind = "DG-M003";

    /// <summary>Projects per theme (category: the theme, or <c>none</c>); a project can have several themes.</summary>
    public const string ByTheme = "DG-M004";

    /// <summary>Projects per department (category: the department, or <c>unknown</c>).</summary>
    public const string ByDepartment = "DG-M005";

    /// <summary>Projects per organisation (category: the organisation's name).</summary>
    public const string ByOrganization = "DG-M006";

    /// <summary>Projects per supplier (category: the supplier's name).</summary>
    public const string BySupplier = "DG-M007";

    /// <summary>How many projects reached each phase of the funnel or a later one (category: the phase).</summary>
    public const string Funnel = "DG-M020";

    /// <summary>Pilots that reached production or scaling, of the projects that were ever in pilot.</summary>
    public const string PilotConversion = "DG-M021";

    /// <summary>Median months in a phase, from the phase history (category: the phase).</summary>
    public const string MonthsInPhase = "DG-M022";

    /// <summary>Stuck pilots: past their evaluation date or planned end, or in pilot longer than the configured period, without a scale, extend or stop decision.</summary>
    public const string StuckPilots = "DG-M023";

    /// <summary>Pilots whose evaluation date or planned end falls in the coming months, without a decision yet.</summary>
    public const string DecisionsDue = "DG-M024";

    /// <summary>Pilots that stopped (scale decision stop, or ended), of the projects that were ever in pilot.</summary>
    public const string PilotsStopped = "DG-M025";

    /// <summary>The Pre-scan DPIA outcome (category: required, recommended, notRequired, undetermined).</summary>
    public const string DpiaOutcome = "DG-M030";

    /// <summary>DPIAs done, of the projects that require one.</summary>
    public const string DpiaDone = "DG-M031";

    /// <summary>The AI Act class (category: the class, or <c>undetermined</c>).</summary>
    public const string AiActClass = "DG-M032";

    /// <summary>The derived Algoritmeregister category (category: the category, or <c>undetermined</c>).</summary>
    public const string RegisterCategory = "DG-M033";

    /// <summary>The impact level (category: i–iv, or <c>undetermined</c>).</summary>
    public const string ImpactLevel = "DG-M034";

    /// <summary>Projects with a required assessment missing, per phase group (category: beforePilot, inPilot, inUse, ended, unknown).</summary>
    public const string AssessmentGaps = "DG-M035";

    /// <summary>Projects that break a clause of the council's framework (category: the clause, a JSON Pointer into the framework).</summary>
    public const string FrameworkBreaches = "DG-M036";

    /// <summary>Impactful projects (derived category A or B) in use or in development that are not in the Algoritmeregister.</summary>
    public const string ImpactfulNotRegistered = "DG-M037";

    /// <summary>Projects whose registered category is milder than the derived one.</summary>
    public const string CategoryTooMild = "DG-M038";

    /// <summary>Projects with impact level III or IV.</summary>
    public const string HighImpact = "DG-M039";

    /// <summary>Projects the framework reserves for the council without a council decision.</summary>
    public const string CouncilDecisionMissing = "DG-M040";

    /// <summary>KPIs per status (category: met, notMet, notMeasured, notMeasurable).</summary>
    public const string KpiStatus = "DG-M050";

    /// <summary>Projects in pilot or in use without a measurable goal (no KPI with a target).</summary>
    public const string NoMeasurableGoal = "DG-M051";

    /// <summary>KPIs met per budget programme (category: the programme, or <c>none</c>).</summary>
    public const string KpisByProgramme = "DG-M052";

    /// <summary>Projects in pilot or in use of which nobody knows whether they reach their goals (no KPI with a target and a measurement).</summary>
    public const string GoalsUnknown = "DG-M053";

    /// <summary>Mean completeness score per perspective (category: the perspective).</summary>
    public const string CompletenessByPerspective = "DG-M060";

    /// <summary>Projects per completeness band (category: the band).</summary>
    public const string CompletenessBands = "DG-M061";

    /// <summary>The ten projects with the lowest completeness score.</summary>
    public const string LowestCompleteness = "DG-M062";

    /// <summary>The completeness indicators most often missing (category: the indicator code).</summary>
    public const string MostOftenMissing = "DG-M063";

    /// <summary>Registrations whose review is overdue (next review date passed).</summary>
    public const string ReviewOverdue = "DG-M064";

    /// <summary>Registrations not reviewed or changed within the staleness period.</summary>
    public const string Stale = "DG-M065";

    /// <summary>Registrations that can be published in the Algoritmeregister as they are.</summary>
    public const string Publishable = "DG-M066";

    /// <summary>Projects in a duplicate pair within one organisation.</summary>
    public const string Duplicates = "DG-M070";

    /// <summary>Projects in an overlap pair within one organisation.</summary>
    public const string Overlaps = "DG-M071";

    /// <summary>Projects in a reuse opportunity across organisations.</summary>
    public const string ReuseOpportunities = "DG-M072";

    /// <summary>Projects built on the same supplier product as a project of another organisation.</summary>
    public const string SharedSupplierProducts = "DG-M073";

    /// <summary>Dependence on one supplier: projects per supplier with at least two (category: the supplier).</summary>
    public const string SupplierDependence = "DG-M074";

    /// <summary>Projects added since the previous export.</summary>
    public const string Added = "DG-M080";

    /// <summary>Projects of the previous export that are gone (their ids are the previous export's).</summary>
    public const string Removed = "DG-M081";

    /// <summary>Projects whose phase changed since the previous export.</summary>
    public const string PhaseChanged = "DG-M082";

    /// <summary>Projects that ended since the previous export.</summary>
    public const string Ended = "DG-M083";

    /// <summary>Projects whose impact level or derived register category changed.</summary>
    public const string RiskChanged = "DG-M084";

    /// <summary>Projects whose completeness score moved by five points or more.</summary>
    public const string ScoreChanged = "DG-M085";

    /// <summary>Projects with a decision taken in the reporting period.</summary>
    public const string DecisionsTaken = "DG-M086";

    /// <summary>What we don't know: per section, the projects that lack the answers it needs (category: the section key).</summary>
    public const string Unknown = "DG-M090";

    /// <summary>The export has no projects; the report is empty. Warning.</summary>
    public const string EmptyExport = "DG-G001";

    /// <summary>The previous export is of another publisher; changes are not computed. Warning.</summary>
    public const string PreviousOfAnotherPublisher = "DG-G002";

    /// <summary>Two projects have the same id; the later one is left out of the report. Warning.</summary>
    public const string DuplicateProjectId = "DG-G003";

    /// <summary>A project of the previous export is not in this one (pointer into the previous export). Info.</summary>
    public const string ProjectDisappeared = "DG-G004";

    /// <summary>The as-of date is before the export was made. Warning.</summary>
    public const string AsOfBeforeExport = "DG-G005";

    /// <summary>A project has a date after the as-of date (phase entered, decision, measurement); figures treat it as known. Warning.</summary>
    public const string DatedAfterAsOf = "DG-G006";

    /// <summary>The previous export was made after this one; changes compare them as given. Warning.</summary>
    public const string PreviousNotOlder = "DG-G007";

    /// <summary>A project cannot be made public (a visibility key names no field) and is left out of the public report. Error.</summary>
    public const string NotPublic = "DG-G008";

    /// <summary>Two projects of the previous export have the same id; the later one is not compared. Warning.</summary>
    public const string DuplicateIdInPrevious = "DG-G009";
}
