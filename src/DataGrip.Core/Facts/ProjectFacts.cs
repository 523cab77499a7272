using System;
using DataGrip.Core.Model;

namespace DataGrip.Core.Facts;

/// <summary>
/// What the analyses read from a project, gathered once and shared by completeness, risk and the combined analysis:
/// whether personal data are involved (and which field says so), the data categories over all sources, who the
/// subjects are, whether it is an AI system, whether it is impactful (registered and derived), whether its outcome has
/// legal effects, and its phase group. A <c>bool?</c> is null when the registration does not tell.
/// </summary>
/// <remarks>
/// Every analysis reads the same fact; what an unknown means is the analysis's own documented rule: risk counts an
/// unknown as risky ("impactful when in doubt"), completeness applies an indicator only when its condition is known to
/// hold. Not thread-safe while <see cref="SetDerivedCategory"/> has not been called; one instance serves one analysis
/// of one project.
/// </remarks>
internal sealed class ProjectFacts
{
    public ProjectFacts(DataProject project)
        : this(project, null)
    {
    }

    public ProjectFacts(DataProject project, AnswerInference? inferred)
    {
        Project = project;
        Inferred = inferred;
        var data = project.Data;
        Factors = project.Risk?.Factors;
        AiAct = project.Risk?.AiAct;
        var sources = data?.Sources ?? default;
        HasSources = !sources.IsDefaultOrEmpty;
        var anyPersonal = false;
        var anyUnknown = false;
        var personalSources = 0;
        var categoriesStated = false;
        var criminalKnownFalse = true;
        var categoriesOpen = false;
        var ordinaryTotal = 0;
        var personalAt = -1; // the decisive source: index * 2, plus 1 when its categories decide
        var unknownAt = -1;
        for (var i = 0; i < (sources.IsDefault ? 0 : sources.Length); i++)
        {
            var source = sources[i];
            if (source is null)
            {
                continue;
            }

            // A source holds personal data when it says so, or when it lists categories of personal data (a source
            // that says "none" and lists categories contradicts itself; the categories are the concrete answer).
            if (source.PersonalData is PersonalDataLevel.Identified or PersonalDataLevel.Pseudonymised)
            {
                anyPersonal = true;
                personalSources++;
                personalAt = personalAt < 0 ? i * 2 : personalAt;
            }
            else if (ListsCategories(source.Categories))
            {
                anyPersonal = true;
                personalSources++;
                personalAt = personalAt < 0 ? (i * 2) + 1 : personalAt;
            }
            else if (source.PersonalData is null)
            {
                anyUnknown = true;
                unknownAt = unknownAt < 0 ? i * 2 : unknownAt;
            }

            if (source.BaseRegistry is { } registry)
            {
                BaseRegistries |= 1 << (int)registry;
            }

            var categories = source.Categories;
            if (categories is null)
            {
                // A source that holds or may hold personal data and does not state its categories leaves them open.
                if (source.PersonalData != PersonalDataLevel.None)
                {
                    categoriesOpen = true;
                    criminalKnownFalse = false;
                }

                continue;
            }

            categoriesStated = true;
            ordinaryTotal += categories.Ordinary.IsDefault ? 0 : categories.Ordinary.Length;
            foreach (var special in categories.Special.OrEmpty())
            {
                Special |= 1 << (int)special;
            }

            foreach (var sensitive in categories.Sensitive.OrEmpty())
            {
                Sensitive |= 1 << (int)sensitive;
            }

            if (categories.Criminal == true)
            {
                Criminal = true;
            }
            else if (categories.Criminal is null)
            {
                criminalKnownFalse = false;
            }
        }

        OrdinaryCount = ordinaryTotal < 6 ? ordinaryTotal : DistinctOrdinary(sources);
        PersonalData = anyPersonal ? true : HasSources && !anyUnknown ? false : null;
        decisiveSource = personalAt >= 0 ? personalAt : unknownAt;
        if (inferred is not null && PersonalData is null)
        {
            // Inferred answers only fill what the registration leaves open.
            if (inferred.Brp)
            {
                BaseRegistries |= 1 << (int)BaseRegistry.Brp;
                PersonalData = true;
            }

            if (inferred.Bsn && !categoriesStated)
            {
                Sensitive |= 1 << (int)SensitiveCategory.Bsn;
                PersonalData = true;
            }

            if (inferred.NoPersonalData && PersonalData is null)
            {
                PersonalData = false;
            }

            if (PersonalData is not null)
            {
                decisiveSource = -1;
                PersonalDataInferred = true;
            }
        }

        PhaseGroup = PhaseGroupOf(project.Lifecycle?.Phase);

        LegalEffects = project.Oversight?.LegalEffects ?? (inferred?.LegalEffects == true ? true : null);
        AlgorithmType = project.Technique?.AlgorithmType ?? (inferred?.Learning == true ? Model.AlgorithmType.MachineLearning : null);
        PersonalSources = personalSources;
        CategoriesKnown = PersonalData == false || (categoriesStated && !categoriesOpen);
        if (Criminal != true)
        {
            Criminal = PersonalData == false ? false : categoriesStated && criminalKnownFalse ? false : null;
        }

        foreach (var subject in data?.Subjects ?? default(System.Collections.Immutable.ImmutableArray<DataSubjectGroup>).OrEmpty())
        {
            Subjects |= 1 << (int)subject;
        }

        SubjectsKnown = PersonalData == false || Subjects != 0;
    }

    private readonly int decisiveSource;

    public DataProject Project { get; }

    /// <summary>The answers read from the registration's words, or null when inference is off.</summary>
    public AnswerInference? Inferred { get; }

    /// <summary>Whether the outcome has legal effects: stated, or inferred.</summary>
    public bool? LegalEffects { get; }

    public RiskFactors? Factors { get; }

    public AiActProfile? AiAct { get; }

    public bool HasSources { get; }

    /// <summary>
    /// True when a source holds (pseudonymised) personal data or lists categories of personal data, false when every
    /// source says none, else null (no sources, or a source that does not say); an inferred answer fills only a null.
    /// </summary>
    public bool? PersonalData { get; private set; }

    /// <summary>
    /// The field that decides <see cref="PersonalData"/>: the first source that holds personal data
    /// (<c>/data/sources/2/personalData</c> or <c>/data/sources/2/categories</c>), else the first that does not say,
    /// else <c>/data/sources</c> (every source says none, there are none, or the answer was inferred).
    /// </summary>
    /// <remarks>Made when read: most analyses never ask.</remarks>
    public string PersonalDataPointer => decisiveSource < 0
        ? "/data/sources"
        : "/data/sources/" + (decisiveSource / 2).ToString(System.Globalization.CultureInfo.InvariantCulture) + (decisiveSource % 2 == 1 ? "/categories" : "/personalData");

    /// <summary>Whether <see cref="PersonalData"/> was read from the registration's words rather than a field.</summary>
    public bool PersonalDataInferred { get; private set; }

    /// <summary>Where the project is in its life: before a pilot, in a pilot (or its evaluation), in use, ended, or unknown.</summary>
    public PhaseGroup PhaseGroup { get; }

    /// <summary>Whether the project is an AI system: the stated AI Act system type, else whether its technique learns; null when neither is stated.</summary>
    public bool? AiSystem => AiAct?.SystemType is { } type ? type != AiSystemType.NotAnAiSystem : Learning;

    /// <summary>The publication category the registration states, or null.</summary>
    public PublicationCategory? RegisteredCategory => Project.Risk?.PublicationCategory;

    /// <summary>The category the risk rules derive (A, B, or C; B also when a trigger is not answered), once <see cref="SetDerivedCategory"/> was called.</summary>
    public PublicationCategory? DerivedCategory { get; private set; }

    /// <summary>Whether a trigger of "impactful" holds (rather than the derived B being only "in doubt").</summary>
    public bool DerivedByTrigger { get; private set; }

    /// <summary>True once the derived category is known.</summary>
    public bool HasDerivedCategory => DerivedCategory is not null;

    /// <summary>
    /// Whether the project is impactful (category A or B), the stricter of the registered and the derived category:
    /// true when the registration states A or B, or when the derived category is A or B and either a category is
    /// registered (a registered C is then milder than the derived category and does not hold) or a trigger holds; false
    /// when the derived category is C (and none milder than it is registered); null when no category is registered and
    /// the derived B rests only on unanswered triggers ("in doubt").
    /// </summary>
    /// <exception cref="InvalidOperationException">The derived category is not known yet.</exception>
    public bool? Impactful
    {
        get
        {
            if (RegisteredCategory is PublicationCategory.HighRiskAiSystem or PublicationCategory.ImpactfulAlgorithm)
            {
                return true;
            }

            var derived = DerivedCategory ?? throw new InvalidOperationException("The derived category is not known yet.");

            if (derived == PublicationCategory.OtherAlgorithm)
            {
                return false;
            }

            return RegisteredCategory is not null || DerivedByTrigger ? true : null;
        }
    }

    /// <summary>True when the registered category is milder than the derived one (C where B or A is derived, B where A is).</summary>
    public bool RegisteredCategoryMilder => RegisteredCategory is { } registered && DerivedCategory is { } derived && registered > derived;

    /// <summary>Records the category the risk rules derived; called once, by the rules.</summary>
    /// <param name="category">The derived category.</param>
    /// <param name="byTrigger">Whether a trigger holds.</param>
    public void SetDerivedCategory(PublicationCategory category, bool byTrigger)
    {
        DerivedCategory = category;
        DerivedByTrigger = byTrigger;
    }

    public int PersonalSources { get; }

    public bool CategoriesKnown { get; }

    public int OrdinaryCount { get; }

    public int Special { get; }

    public int Sensitive { get; private set; }

    public bool? Criminal { get; }

    public int BaseRegistries { get; private set; }

    public int Subjects { get; }

    public bool SubjectsKnown { get; }

    public int SpecialCount => BitCount(Special);

    public int SensitiveCount => BitCount(Sensitive);

    public bool HasSpecial(SpecialCategory category) => (Special & (1 << (int)category)) != 0;

    public bool HasSensitive(SensitiveCategory category) => (Sensitive & (1 << (int)category)) != 0;

    public bool HasSubject(DataSubjectGroup group) => (Subjects & (1 << (int)group)) != 0;

    public bool HasRegistry(BaseRegistry registry) => (BaseRegistries & (1 << (int)registry)) != 0;

    /// <summary>Vulnerable people among the subjects: children under 16, other vulnerable groups, or data about vulnerable people (so open while the categories are).</summary>
    public bool? Vulnerable => HasSubject(DataSubjectGroup.ChildrenUnder16) || HasSubject(DataSubjectGroup.OtherVulnerableGroups) || HasSensitive(SensitiveCategory.VulnerablePeople)
        ? true
        : PersonalData == false ? false : SubjectsKnown && CategoriesKnown ? false : null;

    /// <summary>Personal data from a base registry the Pre-scan DPIA weighs (BRI, BRK, BRP, BRV, WOZ, HR).</summary>
    public bool? PersonalRegistry => (BaseRegistries & PersonalRegistries) != 0 ? true : HasSources || PersonalData == false ? false : null;

    /// <summary>Whether profiling happens: stated, or impossible without personal data.</summary>
    public bool? Profiling => PersonalData == false ? false : Factors?.Profiling;

    /// <summary>
    /// Whether data sets of personal data are combined: impossible without personal data, else stated. Two sources with personal data do
    /// not settle it (the pre-scan leaves that judgement to the user); unanswered, it counts at its maximum as before.
    /// </summary>
    public bool? CombinesDataSets => PersonalData == false ? false : Factors?.CombinesDataSets;

    /// <summary>The algorithm type: stated, or inferred.</summary>
    public AlgorithmType? AlgorithmType { get; }

    /// <summary>Whether the technique learns from data (machine learning, hybrid, generative AI); null when not stated.</summary>
    public bool? Learning => AlgorithmType switch
    {
        null => null,
        Model.AlgorithmType.None or Model.AlgorithmType.RuleBased => false,
        _ => true,
    };

    private const int PersonalRegistries = (1 << (int)BaseRegistry.Bri) | (1 << (int)BaseRegistry.Brk) | (1 << (int)BaseRegistry.Brp)
        | (1 << (int)BaseRegistry.Brv) | (1 << (int)BaseRegistry.Woz) | (1 << (int)BaseRegistry.Hr);

    /// <summary>The phase group of a phase.</summary>
    public static PhaseGroup PhaseGroupOf(Phase? phase) => phase switch
    {
        Phase.Idea or Phase.Design or Phase.Development => PhaseGroup.BeforePilot,
        Phase.Pilot or Phase.Evaluation => PhaseGroup.InPilot,
        Phase.Production or Phase.Scaling => PhaseGroup.InUse,
        Phase.Ended => PhaseGroup.Ended,
        _ => PhaseGroup.Unknown,
    };

    internal static bool ListsCategories(DataCategories? categories) =>
        categories is { } c && (!c.Ordinary.IsDefaultOrEmpty || !c.Special.IsDefaultOrEmpty || !c.Sensitive.IsDefaultOrEmpty || c.Criminal == true);

    private static int DistinctOrdinary(System.Collections.Immutable.ImmutableArray<DataSource> sources)
    {
        var distinct = new System.Collections.Generic.HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources)
        {
            foreach (var category in source?.Categories?.Ordinary.OrEmpty() ?? [])
            {
                distinct.Add(category?.Trim() ?? "");
            }
        }

        return distinct.Count;
    }

    private static int BitCount(int value)
    {
        var count = 0;
        while (value != 0)
        {
            value &= value - 1;
            count++;
        }

        return count;
    }
}

/// <summary>Where a project is in its life, in the groups the analyses share.</summary>
internal enum PhaseGroup
{
    /// <summary>No phase is registered.</summary>
    Unknown,

    /// <summary>Idea, design or development.</summary>
    BeforePilot,

    /// <summary>Pilot or its evaluation.</summary>
    InPilot,

    /// <summary>Production or scaling.</summary>
    InUse,

    /// <summary>Ended.</summary>
    Ended,
}
