using System;
using DataGrip.Core.Model;

namespace DataGrip.Core.Risk;

/// <summary>
/// What the risk rules read from a project, gathered once: the data categories over all sources, whether personal
/// data are involved, and who the subjects are. A <c>bool?</c> is null when the registration does not tell.
/// </summary>
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
        foreach (var source in sources.IsDefault ? [] : sources)
        {
            if (source is null)
            {
                continue;
            }

            switch (source.PersonalData)
            {
                case PersonalDataLevel.Identified or PersonalDataLevel.Pseudonymised:
                    anyPersonal = true;
                    personalSources++;
                    break;
                case null:
                    anyUnknown = true;
                    break;
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
        }

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

    public DataProject Project { get; }

    /// <summary>The answers read from the registration's words, or null when inference is off.</summary>
    public AnswerInference? Inferred { get; }

    /// <summary>Whether the outcome has legal effects: stated, or inferred.</summary>
    public bool? LegalEffects { get; }

    public RiskFactors? Factors { get; }

    public AiActProfile? AiAct { get; }

    public bool HasSources { get; }

    /// <summary>True when a source holds (pseudonymised) personal data, false when every source says none, else null.</summary>
    public bool? PersonalData { get; private set; }

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
