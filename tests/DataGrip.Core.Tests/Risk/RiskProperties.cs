using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using DataGrip.Core.Model;
using DataGrip.Core.Risk;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DataGrip.Core.Tests.Risk;

/// <summary>The laws of the risk assessment, over generated projects (every risk answer null, yes or no).</summary>
public sealed class RiskProperties
{
    private static readonly RiskAssessor Assessor = new();

    /// <summary>Each sets one risk factor to its riskiest value (a source with personal, special, sensitive (vulnerable people among them) and criminal data from the BRP counts as one).</summary>
    private static readonly (string Factor, Func<DataProject, DataProject> Raise)[] Raisers =
    [
        ("automationLevel", p => p with { Oversight = (p.Oversight ?? new Oversight()) with { AutomationLevel = AutomationLevel.Full } }),
        ("legalEffects", p => p with { Oversight = (p.Oversight ?? new Oversight()) with { LegalEffects = true } }),
        ("reversibility", p => WithFactors(p, f => f with { Reversibility = Reversibility.Irreversible })),
        ("children", p => p with { Data = (p.Data ?? new DataProfile()) with { Subjects = p.Data?.Subjects.Contains(DataSubjectGroup.ChildrenUnder16) == true ? p.Data.Subjects : (p.Data?.Subjects ?? []).Add(DataSubjectGroup.ChildrenUnder16) } }),
        ("riskySource", p => p with
        {
            Data = (p.Data ?? new DataProfile()) with
            {
                Sources = (p.Data?.Sources ?? []).Add(new DataSource
                {
                    Title = "BRP", BaseRegistry = BaseRegistry.Brp, PersonalData = PersonalDataLevel.Identified,
                    Categories = new DataCategories { Special = [SpecialCategory.Health], Sensitive = [SensitiveCategory.Bsn, SensitiveCategory.VulnerablePeople], Criminal = true },
                }),
            },
        }),
        ("largeScale", p => p with { Data = (p.Data ?? new DataProfile()) with { AtLeast10000Subjects = true } }),
        ("combines", p => WithFactors(p, f => f with { CombinesDataSets = true })),
        ("learning", p => WithFactors(p, f => f with { ContinuesLearning = true })),
        ("hardToExplain", p => WithFactors(p, f => f with { HardToExplain = true })),
        ("supplier", p => p with { Suppliers = p.Suppliers.Add(new Supplier { Name = "Leverancier" }) }),
        ("transfer", p => p with { Data = (p.Data ?? new DataProfile()) with { InternationalTransfer = InternationalTransfer.OutsideEea } }),
        ("profiling", p => WithFactors(p, f => f with { Profiling = true })),
        ("predictive", p => p with { Technique = (p.Technique ?? new Technique()) with { UseType = UseType.Predictive } }),
        ("monitoring", p => WithFactors(p, f => f with { SystematicMonitoring = true })),
    ];

    /// <summary>Each adds one mitigation.</summary>
    private static readonly (string Mitigation, Func<DataProject, DataProject> Add)[] Mitigations =
    [
        ("dpia", p => WithAssessment(p, AssessmentType.Dpia)),
        ("iama", p => WithAssessment(p, AssessmentType.Iama)),
        ("audit", p => p with { Transparency = (p.Transparency ?? new Transparency()) with { Audits = (p.Transparency?.Audits ?? []).Add(new Audit { By = "Rekenkamer" }) } }),
        ("monitoring", p => p with { Oversight = (p.Oversight ?? new Oversight()) with { Monitoring = "Maandelijks" } }),
        ("register", p => p with { Transparency = (p.Transparency ?? new Transparency()) with { Register = new RegisterPublication { RegisterId = "123" } } }),
        ("objection", p => p with { Oversight = (p.Oversight ?? new Oversight()) with { ObjectionProcedure = "Bezwaar" } }),
        ("bias", p => WithFactors(p, f => f with { BiasTested = true })),
    ];

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void AddingARiskFactor_NeverLowersTheRawScore(ProjectExport export)
    {
        foreach (var project in export.Projects)
        {
            var before = Assessor.Assess(project).Impact.RawScore;
            foreach (var (factor, raise) in Raisers)
            {
                var after = Assessor.Assess(raise(project)).Impact.RawScore;
                Assert.True(after >= before, $"{factor}: {before} → {after} for {project.Id}");
            }
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void AddingAMitigation_NeverRaisesTheLevel(ProjectExport export)
    {
        foreach (var project in export.Projects)
        {
            var before = Assessor.Assess(project).Impact;
            var all = project;
            foreach (var (mitigation, add) in Mitigations)
            {
                var after = Assessor.Assess(add(project)).Impact;
                Assert.True(after.Level <= before.Level, $"{mitigation}: {before.Level} → {after.Level}");
                Assert.True(after.MitigationScore >= before.MitigationScore, mitigation);
                all = add(all);
            }

            Assert.True(Assessor.Assess(all).Impact.Level <= before.Level);
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void AProhibitedPractice_IsUnacceptable_WhateverTheMitigations(ProjectExport export)
    {
        foreach (var project in export.Projects)
        {
            var mitigated = Mitigations.Aggregate(project, (p, m) => m.Add(p)) with { CouncilDecision = new CouncilDecision { Reference = "RB-1" } };
            var risk = mitigated.Risk ?? new RiskProfile();
            // Only where the AI Act applies: no Art. 2 exclusion, and a role under it.
            var act = (risk.AiAct ?? new AiActProfile()) with { Practices = [AiPractice.SocialScoring], Exclusion = null };
            var prohibited = mitigated with { Risk = risk with { AiAct = act.Origin == AiActOrigin.NoneOfThese ? act with { Origin = null } : act } };

            var result = Assessor.Assess(prohibited);

            Assert.Equal(AiActClass.Prohibited, result.AiAct.Class);
            Assert.True(result.Excluded);
            Assert.Contains(result.Findings, f => f.Code == RiskCodes.ProhibitedPractice && f.Severity == Severity.Error);
        }
    }

    [Property]
    public void Levels_AreMonotoneInTheScore_AndTheDeductionOnlyLowers(NonNegativeInt a, NonNegativeInt b)
    {
        var max = RiskAssessor.Factors.Where(f => !f.IsMitigation).Sum(f => f.MaxPoints);
        var low = Math.Min(a.Get, b.Get) % (max + 1);
        var high = Math.Max(low, Math.Max(a.Get, b.Get) % (max + 1));

        Assert.True(ImpactScoring.LevelOf(low, max) <= ImpactScoring.LevelOf(high, max));
        Assert.True(ImpactScoring.Deduct(low) <= ImpactScoring.Deduct(high));
        Assert.InRange(ImpactScoring.Deduct(high), 0, high);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void TheResult_DoesNotDependOnTheOrderOfListsOrProperties(ProjectExport export)
    {
        foreach (var project in export.Projects)
        {
            var expected = Canonical(Assessor.Assess(project));

            Assert.Equal(expected, Canonical(Assessor.Assess(Reversed(project))));
            Assert.Equal(expected, Canonical(Assessor.Assess(ReversedProperties(project))));
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void SameInput_SameOutput_AndFiguresStayWithinBounds(ProjectExport export)
    {
        var other = new RiskAssessor(new RiskOptions { Framework = RiskFramework.Default });
        var first = Assessor.Assess(export);
        var second = other.Assess(export);

        Assert.Equal(first.Select(Canonical), second.Select(Canonical));
        foreach (var result in first)
        {
            Assert.InRange(result.Impact.RawScore, 0, result.Impact.MaxRawScore);
            Assert.InRange(result.Impact.MitigationScore, 0, result.Impact.MaxMitigationScore);
            Assert.InRange(result.Impact.Score, 0, result.Impact.RawScore);
            Assert.InRange(result.Dpia.RiskScore, 0, result.Dpia.WorstCaseRiskScore);
            if (result.Dpia.Outcome is DpiaOutcome.NotRequired or DpiaOutcome.Recommended)
            {
                // Never "no DPIA" on unknown answers, unless no source holds personal data.
                Assert.Empty(result.Dpia.MissingAnswers);
            }
        }
    }

    private static DataProject WithFactors(DataProject project, Func<RiskFactors, RiskFactors> change)
    {
        var risk = project.Risk ?? new RiskProfile();
        return project with { Risk = risk with { Factors = change(risk.Factors ?? new RiskFactors()) } };
    }

    private static DataProject WithAssessment(DataProject project, AssessmentType type)
    {
        var risk = project.Risk ?? new RiskProfile();
        return project with { Risk = risk with { Assessments = risk.Assessments.Add(new Assessment { Type = type, Status = AssessmentStatus.Done }) } };
    }

    private static DataProject Reversed(DataProject p)
    {
        var data = p.Data is null ? null : p.Data with { Sources = [.. p.Data.Sources.Reverse()], Subjects = [.. p.Data.Subjects.Reverse()] };
        var risk = p.Risk is null ? null : p.Risk with
        {
            Assessments = [.. p.Risk.Assessments.Reverse()],
            Factors = p.Risk.Factors is null ? null : p.Risk.Factors with { ApList = [.. p.Risk.Factors.ApList.Reverse()] },
            AiAct = p.Risk.AiAct is null ? null : p.Risk.AiAct with { Practices = [.. p.Risk.AiAct.Practices.Reverse()] },
        };
        return p with { Data = data, Risk = risk, Themes = [.. p.Themes.Reverse()], Suppliers = [.. p.Suppliers.Reverse()] };
    }

    private static DataProject ReversedProperties(DataProject project)
    {
        var node = JsonNode.Parse(DataGripJson.WriteProject(project))!;
        return DataGripJson.ReadProject(Reverse(node)!.ToJsonString()).GetValueOrThrow();

        static JsonNode? Reverse(JsonNode? node) => node switch
        {
            JsonObject obj => new JsonObject(obj.ToList().AsEnumerable().Reverse().Select(p => KeyValuePair.Create(p.Key, Reverse(p.Value?.DeepClone())))),
            JsonArray array => new JsonArray(array.Select(i => Reverse(i?.DeepClone())).ToArray()),
            _ => node?.DeepClone(),
        };
    }

    /// <summary>Everything an assessment says, with the reasons as a sorted multiset (their order follows the lists).</summary>
    private static string Canonical(RiskAssessment a) => JsonSerializer.Serialize(new
    {
        a.ProjectId,
        a.Dpia,
        a.AiAct,
        a.PublicationCategory,
        a.Impact,
        a.CouncilDecisionRequired,
        a.Excluded,
        Reasons = a.Reasons.Select(r => $"{r.Code}|{r.Severity}|{r.Pointer}|{r.Points}|{r.Subject}|{r.Detail}").OrderBy(x => x, StringComparer.Ordinal).ToArray(),
    });
}
