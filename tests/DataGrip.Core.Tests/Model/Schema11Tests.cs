using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Model;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Model;

/// <summary>Schema 1.1: phase history, decisions, pilot terms, KPI measurements and the reviewer, on the wire and in the validator.</summary>
public sealed class Schema11Tests
{
    private static readonly ExportValidator Validator = new();

    internal static DataProject WithHistory() => Samples.Project() with
    {
        Decisions =
        [
            new Decision { Body = DecisionBody.CdoOffice, Subject = DecisionSubject.Start, Date = new PartialDate(2024, 2), Reference = "CDO-2024-07", Outcome = DecisionOutcome.Approved, Summary = "Start van de pilot." },
            new Decision { Body = DecisionBody.College, Subject = DecisionSubject.ScaleUp, Date = new PartialDate(2025, 3, 11), Reference = "B&W 2025-0412", Outcome = DecisionOutcome.Approved },
        ],
        Lifecycle = new Lifecycle
        {
            Phase = Phase.Production,
            BeginDate = new PartialDate(2024, 3),
            Reviewer = "CDO-office",
            PhaseHistory =
            [
                new PhaseEntry { Phase = Phase.Pilot, Entered = new PartialDate(2024, 3), DecisionReference = "CDO-2024-07" },
                new PhaseEntry { Phase = Phase.Production, Entered = new PartialDate(2025, 4), DecisionReference = "B&W 2025-0412" },
            ],
            Pilot = new PilotTerms { EvaluationDate = new PartialDate(2025, 1), PlannedEnd = new PartialDate(2025, 3), ScaleDecision = ScaleDecision.Scale, DecisionReference = "B&W 2025-0412", LessonsLearned = "Vroeg contact werkt; bereik onder jongeren blijft laag." },
        },
        Purpose = new Purpose
        {
            SocietalGoals =
            [
                new SocietalGoal
                {
                    Goal = "Minder huisuitzettingen",
                    Kpis =
                    [
                        new Kpi
                        {
                            Indicator = "Huisuitzettingen door huurachterstand", Unit = "aantal per jaar", Baseline = 61, BaselineDate = new PartialDate(2023, 12),
                            Target = 30, TargetDate = new PartialDate(2027, 12), Programme = "Programma 4 Werk en inkomen", PolicyGoal = "Bestaanszekerheid",
                            Measurements = [new KpiMeasurement { Date = new PartialDate(2024, 12), Value = 52, Source = "Jaarverslag 2024" }, new KpiMeasurement { Date = new PartialDate(2025, 12), Value = 38.5m }],
                        },
                    ],
                },
            ],
        },
    };

    [Fact]
    public void Project11_RoundTrips_AndValidatesWithoutFindings()
    {
        var json = DataGripJson.WriteExport(Samples.Export(WithHistory()));
        var again = DataGripJson.WriteExport(DataGripJson.ReadExport(json).GetValueOrThrow());

        Assert.Equal(json, again);
        Assert.Contains("\"schemaVersion\": \"1.1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"phaseHistory\"", json, StringComparison.Ordinal);
        Assert.Contains("\"measurements\"", json, StringComparison.Ordinal);
        var report = Validator.Validate(json);
        Assert.True(report.Findings.IsEmpty, string.Join("\n", report.Findings));
    }

    [Fact]
    public void Export10_StillReadsAndValidates()
    {
        var json = "{\"schemaVersion\":\"1.0\",\"projects\":[{\"id\":\"a\",\"name\":\"A\",\"organization\":{\"name\":\"Gemeente Utrecht\",\"code\":\"GM0344\"},\"lifecycle\":{\"phase\":\"pilot\"}}]}";

        var export = DataGripJson.ReadExport(json).GetValueOrThrow();

        Assert.Equal("1.0", export.SchemaVersion);
        Assert.True(export.Projects[0].Lifecycle!.PhaseHistory.IsEmpty);
        Assert.Empty(Validator.Validate(json).Findings);
    }

    [Fact]
    public void TheBundledSample_IsValidUnderTheCurrentSchema()
    {
        var report = Validator.Validate(File.ReadAllText(Repository.PathOf("samples", "data", "gemeenten-export.json")));

        Assert.True(report.IsValid, string.Join("\n", report.Findings));
    }

    [Fact]
    public void HistoryOutOfOrder_AndDisagreeingPhase_AreWarnings()
    {
        var p = WithHistory();
        p = p with { Lifecycle = p.Lifecycle! with { Phase = Phase.Scaling, PhaseHistory = [p.Lifecycle.PhaseHistory[1], p.Lifecycle.PhaseHistory[0]] } };

        var findings = Validator.Validate(DataGripJson.WriteExport(Samples.Export(p))).Findings;

        var order = Assert.Single(findings, f => f.Code == SchemaCodes.PhaseHistoryOutOfOrder);
        Assert.Equal("/projects/0/lifecycle/phaseHistory/1/entered", order.Pointer);
        Assert.Equal(Severity.Warning, order.Severity);
        Assert.Contains("2024-03", order.MessageDutch, StringComparison.Ordinal);
        var phase = Assert.Single(findings, f => f.Code == SchemaCodes.PhaseHistoryDisagrees);
        Assert.Equal("/projects/0/lifecycle/phase", phase.Pointer);
    }

    [Fact]
    public void UnresolvedReferences_BadMeasurementAndPilotDates_AreWarnings()
    {
        var p = WithHistory();
        var kpi = p.Purpose!.SocietalGoals[0].Kpis[0] with { BaselineDate = new PartialDate(2025, 1) };
        p = p with
        {
            Decisions = [],
            CouncilDecision = new CouncilDecision { Reference = "CDO-2024-07" },
            Lifecycle = p.Lifecycle! with { Pilot = p.Lifecycle.Pilot! with { EvaluationDate = new PartialDate(2025, 6) } },
            Purpose = new Purpose { SocietalGoals = [new SocietalGoal { Goal = "x", Kpis = [kpi] }] },
        };

        var findings = Validator.Validate(DataGripJson.WriteExport(Samples.Export(p))).Findings;

        // The council decision's reference resolves; the college's no longer does.
        Assert.Equal(
            ["/projects/0/lifecycle/phaseHistory/1/decisionReference", "/projects/0/lifecycle/pilot/decisionReference"],
            findings.Where(f => f.Code == SchemaCodes.UnresolvedDecisionReference).Select(f => f.Pointer).ToArray());
        Assert.Equal("/projects/0/purpose/societalGoals/0/kpis/0/measurements/0/date", Assert.Single(findings, f => f.Code == SchemaCodes.MeasurementBeforeBaseline).Pointer);
        Assert.Equal("/projects/0/lifecycle/pilot/evaluationDate", Assert.Single(findings, f => f.Code == SchemaCodes.PilotEvaluationAfterEnd).Pointer);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void PublicExport_LeavesOutTheReviewerAndInternalDecisions_KeepsTheCollegeDecision()
    {
        var json = DataGripJson.WriteExport(Samples.Export(WithHistory()), JsonWriteOptions.Public);

        using var doc = JsonDocument.Parse(json);
        var project = doc.RootElement.GetProperty("projects")[0];
        Assert.False(project.GetProperty("lifecycle").TryGetProperty("reviewer", out _));
        var decision = Assert.Single(project.GetProperty("decisions").EnumerateArray());
        Assert.Equal("college", decision.GetProperty("body").GetString());
        Assert.DoesNotContain("Start van de pilot", json, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicExport_KeepsAnInternalDecisionMarkedPublic()
    {
        var p = WithHistory();
        p = p with { Record = p.Record! with { Visibility = p.Record.Visibility.Add("/decisions/0", FieldVisibility.Public).Add("/lifecycle/reviewer", FieldVisibility.Public) } };

        var json = DataGripJson.WriteExport(Samples.Export(p), JsonWriteOptions.Public);

        Assert.Contains("Start van de pilot", json, StringComparison.Ordinal);
        Assert.Contains("CDO-office", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingAMeasurementWithoutADate_IsARequiredPropertyFinding()
    {
        var json = "{\"schemaVersion\":\"1.1\",\"projects\":[{\"id\":\"a\",\"name\":\"A\",\"organization\":{\"name\":\"x\"},\"purpose\":{\"societalGoals\":[{\"goal\":\"g\",\"kpis\":[{\"indicator\":\"i\",\"measurements\":[{\"value\":3}]}]}]}}]}";

        var read = DataGripJson.ReadExport(json);

        Assert.False(read.Success);
        Assert.Contains(read.Findings, f => f.Code == SchemaCodes.RequiredPropertyMissing && f.Pointer.StartsWith("/projects/0/purpose/societalGoals/0/kpis/0/measurements/0", StringComparison.Ordinal));
        Assert.Contains(Validator.Validate(json).Findings, f => f.Code == SchemaCodes.RequiredPropertyMissing);
    }

    [Fact]
    public void DefaultDates_AreRefusedInCode()
    {
        Assert.Throws<ArgumentException>(() => new PhaseEntry { Phase = Phase.Pilot, Entered = default });
        Assert.Throws<ArgumentException>(() => new KpiMeasurement { Date = default, Value = 1 });
    }
}
