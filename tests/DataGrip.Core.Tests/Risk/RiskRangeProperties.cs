using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Model;
using DataGrip.Core.Risk;
using DataGrip.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DataGrip.Core.Tests.Risk;

/// <summary>
/// The laws of known, bounded and unknown outcomes, and of inferred answers: a range holds the outcome acted on and
/// every outcome the missing answers can give; answering a missing question never widens it; an inferred answer
/// never changes what the stated answers settle; without inference the result is the conservative one.
/// </summary>
public sealed class RiskRangeProperties
{
    private static readonly RiskAssessor Assessor = new();
    private static readonly RiskAssessor WithoutInference = new(new RiskOptions { InferAnswers = false });

    /// <summary>Each answers one question the project leaves open (a null field, an empty list that means "not stated"), with a value chosen by the random source.</summary>
    private static readonly (string Question, Func<DataProject, bool> Open, Func<DataProject, Random, DataProject> Answer)[] Answerers =
    [
        ("automationLevel", p => p.Oversight?.AutomationLevel is null, (p, r) => p with { Oversight = (p.Oversight ?? new Oversight()) with { AutomationLevel = Pick<AutomationLevel>(r) } }),
        ("legalEffects", p => p.Oversight?.LegalEffects is null, (p, r) => p with { Oversight = (p.Oversight ?? new Oversight()) with { LegalEffects = r.Next(2) == 0 } }),
        ("useType", p => p.Technique?.UseType is null, (p, r) => p with { Technique = (p.Technique ?? new Technique()) with { UseType = Pick<UseType>(r) } }),
        ("algorithmType", p => p.Technique?.AlgorithmType is null && p.Risk?.AiAct?.SystemType is null, (p, r) => p with { Technique = (p.Technique ?? new Technique()) with { AlgorithmType = Pick<AlgorithmType>(r) } }),
        ("atLeast10000", p => p.Data?.AtLeast10000Subjects is null, (p, r) => p with { Data = (p.Data ?? new DataProfile()) with { AtLeast10000Subjects = r.Next(2) == 0 } }),
        ("frequency", p => p.Data?.ProcessingFrequency is null, (p, r) => p with { Data = (p.Data ?? new DataProfile()) with { ProcessingFrequency = Pick<ProcessingFrequency>(r) } }),
        ("retention", p => p.Data?.Retention is null, (p, r) => p with { Data = (p.Data ?? new DataProfile()) with { Retention = Pick<RetentionPeriod>(r) } }),
        ("transfer", p => p.Data?.InternationalTransfer is null, (p, r) => p with { Data = (p.Data ?? new DataProfile()) with { InternationalTransfer = Pick<InternationalTransfer>(r) } }),
        ("storage", p => p.Data?.Storage is null, (p, r) => p with { Data = (p.Data ?? new DataProfile()) with { Storage = Pick<StorageLocation>(r) } }),
        ("support", p => p.Data?.SupportOutsideEea is null, (p, r) => p with { Data = (p.Data ?? new DataProfile()) with { SupportOutsideEea = r.Next(2) == 0 } }),
        ("mechanism", p => p.Data?.TransferMechanism is null, (p, r) => p with { Data = (p.Data ?? new DataProfile()) with { TransferMechanism = Pick<TransferMechanism>(r) } }),
        ("subjects", p => (p.Data is null || p.Data.Subjects.IsEmpty) && !NoPersonalDataStated(p), (p, r) => p with { Data = (p.Data ?? new DataProfile()) with { Subjects = Some<DataSubjectGroup>(r, 1) } }),
        ("sources", p => p.Data is null || p.Data.Sources.IsEmpty, (p, r) => p with { Data = (p.Data ?? new DataProfile()) with { Sources = [FullSource(r, Presupposed(p))] } }),
        ("sourcePersonalData", p => OpenSource(p, s => s.PersonalData is null) >= 0,
            (p, r) => WithSource(p, OpenSource(p, s => s.PersonalData is null), s => s with { PersonalData = PersonalLevel(r, Presupposed(p)) })),
        // A source that says it holds no personal data has no categories to state.
        ("sourceCategories", p => !NoPersonalDataStated(p) && OpenSource(p, s => s.Categories is null && s.PersonalData != PersonalDataLevel.None) >= 0,
            (p, r) => WithSource(p, OpenSource(p, s => s.Categories is null && s.PersonalData != PersonalDataLevel.None), s => s with { Categories = FullCategories(r) })),
        ("criminal", p => !NoPersonalDataStated(p) && OpenSource(p, s => s.Categories is { Criminal: null }) >= 0, (p, r) => WithSource(p, OpenSource(p, s => s.Categories is { Criminal: null }), s => s with { Categories = s.Categories! with { Criminal = r.Next(2) == 0 } })),
        ("factors", p => p.Risk?.Factors is null, (p, r) => WithFactors(p, _ => new RiskFactors { ApList = r.Next(3) == 0 && !NoPersonalDataStated(p) ? Some<ApListCategory>(r, 1) : [] })),
        ("profiling", p => p.Risk?.Factors is { Profiling: null }, (p, r) => WithFactors(p, f => f with { Profiling = r.Next(2) == 0 })),
        ("monitoring", p => p.Risk?.Factors is { SystematicMonitoring: null }, (p, r) => WithFactors(p, f => f with { SystematicMonitoring = r.Next(2) == 0 })),
        ("combines", p => p.Risk?.Factors is { CombinesDataSets: null }, (p, r) => WithFactors(p, f => f with { CombinesDataSets = r.Next(2) == 0 })),
        ("restricts", p => p.Risk?.Factors is { RestrictsRightsOrServices: null }, (p, r) => WithFactors(p, f => f with { RestrictsRightsOrServices = r.Next(2) == 0 })),
        ("legislation", p => p.Risk?.Factors is { NewLegislation: null }, (p, r) => WithFactors(p, f => f with { NewLegislation = r.Next(2) == 0 && !NoPersonalDataStated(p) })),
        ("digitalService", p => p.Risk?.Factors is { DigitalService: null }, (p, r) => WithFactors(p, f => f with { DigitalService = Pick<DigitalService>(r) })),
        ("reversibility", p => p.Risk?.Factors is { Reversibility: null }, (p, r) => WithFactors(p, f => f with { Reversibility = Pick<Reversibility>(r) })),
        // A rule-based technique answers these two (README: it does not learn, and is not hard to explain).
        ("continuesLearning", p => p.Risk?.Factors is { ContinuesLearning: null } && !RuleBased(p), (p, r) => WithFactors(p, f => f with { ContinuesLearning = r.Next(2) == 0 })),
        ("hardToExplain", p => p.Risk?.Factors is { HardToExplain: null } && !RuleBased(p), (p, r) => WithFactors(p, f => f with { HardToExplain = r.Next(2) == 0 })),
        ("classifies", p => p.Risk?.Factors is { ClassifiesOrContactsPeople: null }, (p, r) => WithFactors(p, f => f with { ClassifiesOrContactsPeople = r.Next(2) == 0 })),
        ("judgedImpactful", p => p.Risk?.Factors is { JudgedImpactful: null }, (p, r) => WithFactors(p, f => f with { JudgedImpactful = r.Next(2) == 0 })),
        // The two EDPB judgements are open until stated unless fewer than 10,000 subjects or a technique that does not
        // learn rule them out (README); a criterion the other answers derive is open while they are.
        ("edpbLargeScale", p => p.Risk?.Factors is { EdpbCriteria: null or { LargeScale: null } } && p.Data?.AtLeast10000Subjects != false, (p, r) => WithEdpb(p, c => c with { LargeScale = r.Next(2) == 0 })),
        ("edpbNewTechnology", p => p.Risk?.Factors is { EdpbCriteria: null or { InnovativeTechnology: null } } && !RuleBased(p), (p, r) => WithEdpb(p, c => c with { InnovativeTechnology = r.Next(2) == 0 })),
        ("edpbScoring", p => p.Risk?.Factors is { Profiling: null, EdpbCriteria: null or { EvaluationOrScoring: null } }, (p, r) => WithEdpb(p, c => c with { EvaluationOrScoring = r.Next(2) == 0 })),
        ("edpbMonitoring", p => p.Risk?.Factors is { SystematicMonitoring: null, EdpbCriteria: null or { SystematicMonitoring: null } }, (p, r) => WithEdpb(p, c => c with { SystematicMonitoring = r.Next(2) == 0 })),
        ("edpbCombining", p => p.Risk?.Factors is { CombinesDataSets: null, EdpbCriteria: null or { CombinedDataSets: null } }, (p, r) => WithEdpb(p, c => c with { CombinedDataSets = r.Next(2) == 0 })),
        ("edpbBlocking", p => p.Risk?.Factors is { RestrictsRightsOrServices: null, EdpbCriteria: null or { PreventsRightOrService: null } }, (p, r) => WithEdpb(p, c => c with { PreventsRightOrService = r.Next(2) == 0 })),
        // Without a system type the algorithm type answers it (README), so it is open only when both are missing; an
        // unknown system is read as an AI system or none, never as a general-purpose AI model (README).
        ("systemType", p => p.Risk?.AiAct?.SystemType is null && p.Technique?.AlgorithmType is null && p.Risk?.AiAct?.Practices.IsEmpty != false,
            (p, r) => WithAiAct(p, a => a with { SystemType = Enum.GetValues<AiSystemType>().Where(t => t != AiSystemType.GeneralPurposeAiModel).ToArray()[r.Next(3)] })),
        ("riskGroupAndArea", p => p.Risk?.AiAct is null || (p.Risk.AiAct.RiskGroup is null && p.Risk.AiAct.AnnexIIIArea is null),
            (p, r) => WithAiAct(p, a => r.Next(2) == 0 ? a with { RiskGroup = AiActRiskGroup.NotHighRisk } : a with { AnnexIIIArea = Pick<AnnexIIIArea>(r), RiskGroup = AiActRiskGroup.HighRisk })),
        ("transparency", p => p.Risk?.AiAct is { TransparencyObligation: null }, (p, r) => WithAiAct(p, a => a with { TransparencyObligation = r.Next(2) == 0 })),
    ];

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150)]
    public void EveryRange_HoldsTheOutcomeActedOn(ProjectExport export)
    {
        foreach (var result in Assessor.Assess(export))
        {
            Assert.InRange(result.Impact.LowestLevel, ImpactLevel.I, result.Impact.Level);
            Assert.InRange(result.Impact.LowestScore, 0, result.Impact.Score);
            Assert.Equal(result.Impact.IsDetermined, result.Impact.DecidingAnswers.IsEmpty);
            Assert.True(result.Dpia.LowestOutcome <= result.Dpia.HighestOutcome);
            Assert.NotEqual(DpiaOutcome.Undetermined, result.Dpia.HighestOutcome);
            Assert.Equal(result.Dpia.IsDetermined ? result.Dpia.HighestOutcome : DpiaOutcome.Undetermined, result.Dpia.Outcome);
            Assert.Equal(result.Dpia.IsDetermined, result.Dpia.DecidingAnswers.IsEmpty);
            Assert.InRange(result.AiAct.Class, result.AiAct.LowestClass, result.AiAct.HighestClass);
            Assert.InRange(result.PublicationCategory.Category, result.PublicationCategory.Strictest, result.PublicationCategory.LeastStrict);
            Assert.Equal(result.Framework.Verdict == CouncilVerdict.DependsOnAnswers, !result.Framework.Questions.IsEmpty);
            if (result.Framework.Verdict == CouncilVerdict.MustDecide)
            {
                Assert.True(result.CouncilDecisionRequired);
            }

            if (result.Framework.Verdict == CouncilVerdict.NotNeeded)
            {
                Assert.DoesNotContain(result.Reasons, r => r.Code is RiskCodes.CouncilDecisionRequired or RiskCodes.AiActClassNeedsCouncil or RiskCodes.DataCategoryNeedsCouncil or RiskCodes.TechniqueNeedsCouncil);
            }

            // A next question is a deciding answer of some outcome, and every deciding answer is a next question.
            var deciding = result.Impact.DecidingAnswers.Concat(result.Dpia.DecidingAnswers).Concat(result.AiAct.DecidingAnswers)
                .Concat(result.PublicationCategory.DecidingAnswers).Concat(result.Framework.Questions).Distinct().OrderBy(x => x, StringComparer.Ordinal);
            Assert.Equal(deciding, result.NextQuestions.Select(q => q.Pointer).OrderBy(x => x, StringComparer.Ordinal));
            Assert.All(result.NextQuestions, q => Assert.NotEqual(RiskOutcomes.None, q.Changes));
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150)]
    public void AnsweringAMissingQuestion_NeverWidensARange_AndEveryCompletionStaysInside(ProjectExport export, int seed)
    {
        var random = new Random(seed);
        foreach (var project in export.Projects)
        {
            var original = WithoutInference.Assess(project);
            var before = original;
            var current = project;
            for (var round = 0; round < 3; round++)
            {
                foreach (var (question, open, answer) in Answerers)
                {
                    if (!open(current))
                    {
                        continue;
                    }

                    var answered = answer(current, random);
                    var after = WithoutInference.Assess(answered);
                    AssertInside(before, after, question);
                    AssertInside(original, after, question);
                    current = answered;
                    before = after;
                }
            }
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150)]
    public void AnInferredAnswer_NeverChangesWhatStatedAnswersSettle(ProjectExport export, int seed)
    {
        var random = new Random(seed);
        foreach (var project in export.Projects)
        {
            var worded = WithWords(project, random);
            var stated = WithoutInference.Assess(worded);
            var inferred = Assessor.Assess(worded);

            AssertInside(stated, inferred, "inference");
            Assert.All(inferred.Inferred, a => Assert.False(string.IsNullOrWhiteSpace(a.Quote)));
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150)]
    public void WithoutInferredAnswers_TheResultIsTheConservativeOne(ProjectExport export, int seed)
    {
        var random = new Random(seed);
        foreach (var project in export.Projects)
        {
            var worded = WithWords(project, random);
            var off = WithoutInference.Assess(worded);

            // The words feed nothing but inference: switched off, they change nothing; and no inferred answer is left.
            Assert.Empty(off.Inferred);
            Assert.DoesNotContain(off.Reasons, r => r.Code == RiskCodes.AnswerInferred);
            Assert.Equal(Canonical(WithoutInference.Assess(WithoutWords(worded))), Canonical(off));

            // Removing every inferred answer (the reasons that report them) from the assessment with inference gives the
            // same result when nothing was inferred.
            var on = Assessor.Assess(worded);
            if (on.Inferred.IsEmpty)
            {
                Assert.Equal(Canonical(off), Canonical(on));
            }
        }
    }

    private static void AssertInside(RiskAssessment outer, RiskAssessment inner, string question)
    {
        Assert.True(inner.Impact.LowestLevel >= outer.Impact.LowestLevel && inner.Impact.Level <= outer.Impact.Level,
            $"{question}: level {inner.Impact.LowestLevel}–{inner.Impact.Level} outside {outer.Impact.LowestLevel}–{outer.Impact.Level}");
        Assert.True(inner.Dpia.LowestOutcome >= outer.Dpia.LowestOutcome && inner.Dpia.HighestOutcome <= outer.Dpia.HighestOutcome,
            $"{question}: DPIA {inner.Dpia.LowestOutcome}–{inner.Dpia.HighestOutcome} outside {outer.Dpia.LowestOutcome}–{outer.Dpia.HighestOutcome}");
        Assert.True(inner.AiAct.LowestClass >= outer.AiAct.LowestClass && inner.AiAct.HighestClass <= outer.AiAct.HighestClass,
            $"{question}: AI Act {inner.AiAct.LowestClass}–{inner.AiAct.HighestClass} outside {outer.AiAct.LowestClass}–{outer.AiAct.HighestClass}");
        Assert.True(inner.PublicationCategory.LeastStrict <= outer.PublicationCategory.LeastStrict && inner.PublicationCategory.Strictest >= outer.PublicationCategory.Strictest,
            $"{question}: category {inner.PublicationCategory.LeastStrict}–{inner.PublicationCategory.Strictest} outside {outer.PublicationCategory.LeastStrict}–{outer.PublicationCategory.Strictest}");
        if (outer.Framework.Verdict != CouncilVerdict.DependsOnAnswers)
        {
            Assert.True(outer.Framework.Verdict == inner.Framework.Verdict, $"{question}: verdict {outer.Framework.Verdict} became {inner.Framework.Verdict}");
        }

        if (outer.Impact.IsDetermined)
        {
            Assert.Equal(outer.Impact.Level, inner.Impact.Level);
        }

        if (outer.Dpia.IsDetermined)
        {
            Assert.Equal(outer.Dpia.Outcome, inner.Dpia.Outcome);
        }
    }

    /// <summary>The words inference reads, some of which it acts on and some of which it must not.</summary>
    private static readonly string[] Phrases =
    [
        "Er worden geen persoonsgegevens verwerkt.", "De gegevens komen uit de BRP.", "We gebruiken het BSN van de aanvrager.",
        "Het doel is een beschikking op de aanvraag.", "Het model is zelflerend.", "Er worden geen persoonsgegevens gedeeld met derden.",
        "De handhaver besluit langs te komen.", "Dit is niet bedoeld als grond voor een besluit.", "GBA-V, Nationaal Parkeer Register.",
        "Het systeem werkt met enen en nullen, niet met persoonsgegevens.", "Een gewone zin zonder betekenis.",
    ];

    private static DataProject WithWords(DataProject project, Random random)
    {
        string Words() => string.Join(" ", Enumerable.Range(0, random.Next(0, 3)).Select(_ => Phrases[random.Next(Phrases.Length)]));
        var source = Words();
        var extensions = new Dictionary<string, JsonElement>(project.Extensions);
        if (source.Length > 0)
        {
            extensions["x-algoritmeregister-source_data"] = JsonSerializer.SerializeToElement(source);
        }

        return project with
        {
            Description = Words(),
            ShortDescription = Words(),
            Purpose = (project.Purpose ?? new Purpose()) with { GoalAndImpact = Words() },
            Technique = project.Technique is null && random.Next(2) == 0 ? null : (project.Technique ?? new Technique()) with { MethodsAndModels = Words() },
            Extensions = extensions,
        };
    }

    private static DataProject WithoutWords(DataProject project)
    {
        var extensions = new Dictionary<string, JsonElement>(project.Extensions);
        extensions.Remove("x-algoritmeregister-source_data");
        return project with
        {
            Description = null,
            ShortDescription = null,
            Purpose = project.Purpose is null ? null : project.Purpose with { GoalAndImpact = null },
            Technique = project.Technique is null ? null : project.Technique with { MethodsAndModels = null },
            Extensions = extensions,
        };
    }

    private static string Canonical(RiskAssessment a) => JsonSerializer.Serialize(new
    {
        a.Dpia,
        a.AiAct,
        a.PublicationCategory,
        a.Impact,
        a.CouncilDecisionRequired,
        a.Excluded,
        a.Framework,
        a.NextQuestions,
        Reasons = a.Reasons.Select(r => $"{r.Code}|{r.Severity}|{r.Pointer}|{r.Points}|{r.Subject}|{r.Detail}").ToArray(),
    });

    private static T Pick<T>(Random random)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[random.Next(values.Length)];
    }

    private static ImmutableArray<T> Some<T>(Random random, int min)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var chosen = values.Where(_ => random.Next(3) == 0).ToList();
        while (chosen.Count < min)
        {
            chosen.Add(values[random.Next(values.Length)]);
        }

        return [.. chosen.Distinct()];
    }

    private static DataCategories FullCategories(Random random) => new()
    {
        Ordinary = [.. Enumerable.Range(0, random.Next(0, 8)).Select(i => "categorie" + i)],
        Special = random.Next(3) == 0 ? Some<SpecialCategory>(random, 1) : [],
        Sensitive = random.Next(3) == 0 ? Some<SensitiveCategory>(random, 1) : [],
        Criminal = random.Next(4) == 0,
    };

    private static DataSource FullSource(Random random, bool personal) => new()
    {
        Title = "Bron",
        BaseRegistry = random.Next(2) == 0 ? Pick<BaseRegistry>(random) : null,
        PersonalData = PersonalLevel(random, personal),
        Categories = FullCategories(random),
    };

    /// <summary>A source's personal-data answer; "none" only when no stated answer presupposes personal data.</summary>
    private static PersonalDataLevel PersonalLevel(Random random, bool personal) =>
        personal ? (random.Next(2) == 0 ? PersonalDataLevel.Identified : PersonalDataLevel.Pseudonymised) : Pick<PersonalDataLevel>(random);

    /// <summary>
    /// A stated answer presupposes personal data (subjects, 10,000 subjects, a transfer, profiling, monitoring,
    /// combining, the AP list, new legislation, a base registry, stated categories): then "no personal data" would
    /// contradict it, not answer an open question. The product reads such answers as void without personal data.
    /// </summary>
    private static bool Presupposed(DataProject p)
    {
        var f = p.Risk?.Factors;
        return p.Data is { } d && (!d.Subjects.IsEmpty || d.AtLeast10000Subjects == true || d.InternationalTransfer is InternationalTransfer.WithinEea or InternationalTransfer.OutsideEea
                || d.Sources.Any(s => s.BaseRegistry is not null || s.Categories is { } c && (!c.Special.IsEmpty || !c.Sensitive.IsEmpty || !c.Ordinary.IsEmpty || c.Criminal == true)))
            || f is { Profiling: true } or { SystematicMonitoring: true } or { CombinesDataSets: true } or { NewLegislation: true } || (f is not null && !f.ApList.IsEmpty);
    }

    /// <summary>
    /// Every source says it holds no personal data: then subjects and categories are not open questions, and a "yes"
    /// to new legislation or the AP list contradicts the answer (DG-R016) rather than answering an open question.
    /// </summary>
    private static bool NoPersonalDataStated(DataProject project) =>
        project.Data is { Sources.IsEmpty: false } data && data.Sources.All(s => s.PersonalData == PersonalDataLevel.None);

    private static bool RuleBased(DataProject project) => project.Technique?.AlgorithmType is AlgorithmType.None or AlgorithmType.RuleBased;

    private static int OpenSource(DataProject project, Func<DataSource, bool> open)
    {
        var sources = project.Data?.Sources ?? [];
        for (var i = 0; i < sources.Length; i++)
        {
            if (open(sources[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static DataProject WithSource(DataProject project, int index, Func<DataSource, DataSource> change) =>
        project with { Data = project.Data! with { Sources = project.Data.Sources.SetItem(index, change(project.Data.Sources[index])) } };

    private static DataProject WithFactors(DataProject project, Func<RiskFactors, RiskFactors> change)
    {
        var risk = project.Risk ?? new RiskProfile();
        return project with { Risk = risk with { Factors = change(risk.Factors ?? new RiskFactors()) } };
    }

    private static DataProject WithEdpb(DataProject project, Func<EdpbCriteria, EdpbCriteria> change) =>
        WithFactors(project, f => f with { EdpbCriteria = change(f.EdpbCriteria ?? new EdpbCriteria()) });

    private static DataProject WithAiAct(DataProject project, Func<AiActProfile, AiActProfile> change)
    {
        var risk = project.Risk ?? new RiskProfile();
        return project with { Risk = risk with { AiAct = change(risk.AiAct ?? new AiActProfile()) } };
    }
}
