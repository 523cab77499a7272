using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DataGrip.Core.Analysis;
using DataGrip.Core.Completeness;
using DataGrip.Core.Model;
using DataGrip.Core.Risk;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DataGrip.Core.Tests.Analysis;

/// <summary>The combined analysis on hand-made and bundled exports, its lookup, its options, and the extension seams.</summary>
public sealed class ProjectAnalyzerTests
{
    private static readonly ProjectExport Sample = DataGripJson.ReadExport(System.IO.File.ReadAllText(Repository.PathOf("samples", "data", "gemeenten-export.json"))).GetValueOrThrow();

    [Fact]
    public void Find_LooksUpAProjectById_WithoutIndexJuggling()
    {
        var analysis = new ProjectAnalyzer().Analyze(Sample);

        var one = analysis.Find("zwolle-subsidiecontrole");

        Assert.NotNull(one);
        Assert.Same(analysis.Projects[Sample.Projects.IndexOf(Sample.Projects.Single(p => p.Id == "zwolle-subsidiecontrole"))], one);
        Assert.Null(analysis.Find("no-such-project"));
        Assert.Throws<ArgumentNullException>(() => analysis.Find(null!));
    }

    [Fact]
    public void Find_WithADuplicateId_GivesTheFirstProject()
    {
        var analysis = new ProjectAnalyzer().Analyze(Samples.Export(Samples.Project("a"), Samples.Project("a")));

        Assert.Equal("/projects/0", analysis.Find("a")!.Pointer);
    }

    [Fact]
    public void Options_SayWhatIsComputed_NullMeansTheDefaults()
    {
        var analyzer = new ProjectAnalyzer();
        var export = Samples.Export(Samples.Project("a"), Samples.Project("b"));

        var defaults = analyzer.Analyze(export, null);
        var riskOnly = analyzer.Analyze(export, new AnalysisOptions { Completeness = false, Publishability = false, OverlapNeighbours = 0 });

        Assert.All(defaults.Projects, p => Assert.NotNull(p.Completeness));
        Assert.All(defaults.Projects, p => Assert.NotNull(p.Publishability));
        Assert.All(defaults.Projects, p => Assert.NotNull(p.Risk));
        Assert.NotNull(defaults.Overlap);
        Assert.Null(defaults.Validation);
        Assert.All(riskOnly.Projects, p => Assert.Null(p.Completeness));
        Assert.All(riskOnly.Projects, p => Assert.Null(p.Publishability));
        Assert.All(riskOnly.Projects, p => Assert.NotNull(p.Risk));
        Assert.Null(riskOnly.Completeness);
        Assert.Null(riskOnly.Overlap);
        Assert.Equal(
            "Invalid AnalysisOptions: OverlapNeighbours must be between 0 and 1000, but is -1.",
            Assert.Throws<ArgumentException>(() => analyzer.Analyze(export, new AnalysisOptions { OverlapNeighbours = -1 })).Message);
        Assert.Throws<ArgumentNullException>(() => analyzer.Analyze((ProjectExport)null!));
        Assert.Throws<ArgumentNullException>(() => analyzer.Analyze((DataProject)null!));
        Assert.Throws<ArgumentException>(() => analyzer.Analyze(new ProjectExport { Projects = [Samples.Project("a"), null!] }));
        Assert.Throws<ArgumentException>(() => new ProjectAnalyzer(DataGripOptions.Default with { Risk = null! }));
    }

    [Fact]
    public void OverlapNeighbours_AreTheReportedPairsOfTheProject_AtMostK()
    {
        var analysis = new ProjectAnalyzer().Analyze(Sample, new AnalysisOptions { OverlapNeighbours = 2 });

        Assert.All(analysis.Projects, p => Assert.InRange(p.Neighbours.Length, 0, 2));
        Assert.All(analysis.Projects, p => Assert.All(p.Neighbours, n => Assert.Contains(p.ProjectId, new[] { n.FirstId, n.SecondId })));
        Assert.Contains(analysis.Projects, p => !p.Neighbours.IsEmpty);
    }

    [Fact]
    public void OneProjectAgainstACorpus_FindsItsNeighboursAndSkipsItself()
    {
        var project = Sample.Projects.Single(p => p.Id == "zwolle-subsidiecontrole");

        var one = new ProjectAnalyzer().Analyze(project, Sample);

        Assert.Equal("", one.Pointer);
        Assert.NotEmpty(one.Neighbours);
        Assert.All(one.Neighbours, n => Assert.NotEqual(project.Id, n.SecondId));
        Assert.All(one.Findings, f => Assert.False(f.Pointer.StartsWith("/projects/", StringComparison.Ordinal), f.ToString()));
        Assert.Empty(new ProjectAnalyzer().Analyze(project).Neighbours);
    }

    [Fact]
    public void Findings_HaveMessagesInDutchAndEnglish_AndAbsolutePointers()
    {
        var analysis = new ProjectAnalyzer().Analyze(Sample);
        var nl = CultureInfo.GetCultureInfo("nl-NL");

        var findings = analysis.Projects.SelectMany(p => p.Findings).ToList();

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.StartsWith("/projects/", f.Pointer, StringComparison.Ordinal));
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.GetMessage(nl))));
        Assert.Contains(findings, f => f.Code.StartsWith("DG-C", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Code.StartsWith("DG-R", StringComparison.Ordinal));
    }

    [Fact]
    public void SharedFacts_OnTheSample_TheFourMilderRegistrationsGetTheImpactfulIndicators()
    {
        // The four sample projects whose registered category C is milder than the derived B (issue 11).
        var analysis = new ProjectAnalyzer().Analyze(Sample);

        var milder = analysis.Projects.Where(p => p.Completeness!.Findings.Any(f => f.Code == "DG-C090")).Select(p => p.ProjectId).ToArray();

        Assert.Equal(["utrecht-chatbot-inwoners", "zwolle-afvalbeleid-milieupas", "zwolle-energiearmoede", "zwolle-subsidiecontrole"], milder);
        Assert.All(milder, id => Assert.Contains(analysis.Find(id)!.Risk!.Findings, f => f.Code == RiskCodes.RegisteredCategoryTooLow));
        Assert.All(milder, id => Assert.True(analysis.Find(id)!.Completeness!.Indicators.Single(i => i.Code == "DG-C016").Applies));
    }

    [Fact]
    public void AddDataGrip_RegistersTheAnalyzer_OnTheRegisteredServices()
    {
        var provider = new ServiceCollection()
            .AddDataGrip(o => o with { Risk = o.Risk with { InferAnswers = false }, Completeness = o.Completeness with { InferAnswers = false } })
            .BuildServiceProvider();

        var analyzer = provider.GetRequiredService<ProjectAnalyzer>();
        var analysis = analyzer.Analyze(Sample);

        Assert.Same(analyzer, provider.GetRequiredService<ProjectAnalyzer>());
        Assert.All(analysis.Projects, p => Assert.Empty(p.Risk!.Inferred));
    }

    [Fact]
    public void ValidatorSeam_ACustomCheckRuns_OnStreamsAndInMemory_WithAbsolutePointers()
    {
        var validator = new ExportValidator(new ValidatorOptions { Checks = [new NeedsDepartment()] });
        var export = Samples.Export(Samples.Project("a") with { Department = null }, Samples.Project("b") with { Department = "Stadsbeheer" });

        var fromModel = validator.Validate(export);
        var fromStream = validator.Validate(DataGripJson.WriteExport(export));
        var analysed = new ProjectAnalyzer(DataGripOptions.Default with { Validation = new ValidatorOptions { Checks = [new NeedsDepartment()] } })
            .Analyze(export, new AnalysisOptions { Validation = true });

        var finding = Assert.Single(fromModel.Findings, f => f.Code == "GM0344-V01");
        Assert.Equal("/projects/0/department", finding.Pointer);
        var streamed = Assert.Single(fromStream.Findings, f => f.Code == "GM0344-V01");
        Assert.Equal("/projects/0/department", streamed.Pointer);
        Assert.NotNull(streamed.Line);
        Assert.Contains(analysed.Projects[0].Findings, f => f.Code == "GM0344-V01");
        Assert.DoesNotContain(analysed.Projects[1].Findings, f => f.Code == "GM0344-V01");
        Assert.Throws<ArgumentException>(() => new ExportValidator(new ValidatorOptions { Checks = [null!] }));
    }

    [Fact]
    public void RiskSeam_ACustomRuleReadsTheAssessment_AndItsFindingsJoinTheOthers()
    {
        var assessor = new RiskAssessor(new RiskOptions { Rules = [new EthicsCommittee()] });
        var export = Samples.Export(Samples.Project("a"), Samples.Project("b") with { Themes = [Theme.Housing] });

        var results = assessor.Assess(export);

        var finding = Assert.Single(results[0].RuleFindings);
        Assert.Equal("GM0344-R01", finding.Code);
        Assert.Equal("/projects/0/risk/assessments", finding.Pointer);
        Assert.Contains(finding, results[0].Findings);
        Assert.Contains(finding, results[0].Explain());
        Assert.Empty(results[1].RuleFindings);
        Assert.Equal("/risk/assessments", Assert.Single(assessor.Assess(Samples.Project("a")).RuleFindings).Pointer);
        Assert.Empty(new RiskAssessor().Assess(export)[0].RuleFindings);
        Assert.Throws<ArgumentException>(() => new RiskAssessor(new RiskOptions { Rules = [null!] }));
    }

    [Fact]
    public void ReadResult_TryGetValue_GivesTheValueWithoutABang()
    {
        var read = DataGripJson.ReadExport(DataGripJson.WriteExport(Samples.Export(Samples.Project("a"))));
        var broken = DataGripJson.ReadExport("{");

        Assert.True(read.TryGetValue(out var export));
        Assert.Equal("a", export.Projects[0].Id); // no '!': the compiler knows it is not null
        Assert.False(broken.TryGetValue(out var none));
        Assert.Null(none);
        if (read.Success)
        {
            Assert.Single(read.Value.Projects);
        }
    }

    /// <summary>A municipality's own check: every project names its department.</summary>
    private sealed class NeedsDepartment : ProjectCheck
    {
        public override IEnumerable<Finding> Check(DataProject project)
        {
            if (project.Department is null)
            {
                yield return new Finding
                {
                    Code = "GM0344-V01",
                    Severity = Severity.Warning,
                    Pointer = "/department",
                    MessageEnglish = "Utrecht registers the department of every project.",
                    MessageDutch = "Utrecht legt van elk project de afdeling vast.",
                };
            }
        }
    }

    /// <summary>A council's own clause: social-security projects go to the ethics committee unless an IAMA is done.</summary>
    private sealed class EthicsCommittee : RiskRule
    {
        public override IEnumerable<Finding> Evaluate(DataProject project, RiskAssessment assessment)
        {
            if (project.Themes.Contains(Theme.SocialSecurity) && !project.Risk!.Assessments.Any(a => a.Type == AssessmentType.Iama && a.Status == AssessmentStatus.Done))
            {
                yield return new Finding
                {
                    Code = "GM0344-R01",
                    Severity = Severity.Warning,
                    Pointer = "/risk/assessments",
                    MessageEnglish = $"Impact level {assessment.Impact.Level}: a social-security project goes to the ethics committee without a done IAMA.",
                    MessageDutch = $"Impactniveau {assessment.Impact.Level}: een project over sociale zekerheid gaat zonder uitgevoerde IAMA naar de ethische commissie.",
                };
            }
        }
    }
}
