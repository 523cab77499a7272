using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DataGrip.Core.Completeness;
using DataGrip.Core.Overlap;
using DataGrip.Core.Risk;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Findings;

/// <summary>The messages the library really writes on the bundled samples: Dutch that is Dutch, English that is English, one mechanism.</summary>
public sealed class SampleMessagesTests
{
    private static readonly CultureInfo Dutch = new("nl-NL");
    private static readonly CultureInfo English = new("en-GB");

    private static readonly Lazy<IReadOnlyList<Finding>> All = new(Collect);

    private static IReadOnlyList<Finding> Collect()
    {
        var export = DataGripJson.ReadExport(File.ReadAllText(Repository.PathOf("samples", "data", "gemeenten-export.json"))).GetValueOrThrow();
        var findings = new List<Finding>();
        foreach (var assessor in new[] { new RiskAssessor(), new RiskAssessor(new RiskOptions { InferAnswers = false }) })
        {
            findings.AddRange(assessor.Assess(export).SelectMany(a => a.Explain()));
        }

        findings.AddRange(new CompletenessScorer().Score(export).Projects.SelectMany(p => p.Indicators).Select(i => i.Finding).OfType<Finding>());
        findings.AddRange(export.Projects.SelectMany(p => RegisterPublishability.Check(p with { Name = null!, Contact = new string('a', 600), Language = null }).Findings));
        foreach (var file in Directory.GetFiles(Repository.PathOf("samples", "data", "invalid"), "*.json"))
        {
            findings.AddRange(new ExportValidator().Validate(File.ReadAllText(file)).Findings);
            findings.AddRange(DataGripJson.ReadExport(File.ReadAllText(file)).Findings);
        }

        return findings;
    }

    [Fact]
    public void EveryMessage_IsDutchInDutch_AndEnglishInEnglish()
    {
        var bad = All.Value.DistinctBy(f => f.MessageDutch).Where(f => Language.NotDutch(f.MessageDutch, Typed(f)).Count > 0).Select(f => f.MessageDutch + " ← " + string.Join(", ", Language.NotDutch(f.MessageDutch, Typed(f))))
            .Concat(All.Value.Select(f => f.MessageEnglish).Distinct().Where(m => Language.NotEnglish(m).Count > 0).Select(m => m + " ← " + string.Join(", ", Language.NotEnglish(m))))
            .ToList();

        Assert.True(All.Value.Count > 1000, "The samples give too few findings to judge.");
        Assert.True(bad.Count == 0, string.Join("\n", bad.Take(20)));
    }

    /// <summary>A finding that lists the values one may type (DG-S012) names wire values on purpose.</summary>
    private static bool Typed(Finding finding) => finding.Code == SchemaCodes.UnknownEnumValue;

    [Fact]
    public void TheDefaultCatalog_SaysWhatTheFindingSays()
    {
        Assert.All(All.Value.DistinctBy(f => f.MessageDutch), f =>
        {
            Assert.Equal(f.MessageDutch, f.GetMessage(Dutch, MessageCatalog.Default));
            Assert.Equal(f.MessageEnglish, f.GetMessage(English, MessageCatalog.Default));
        });
    }

    [Fact]
    public void OverlapExplanations_AreDutchInDutch_AndShowTheWordsAsWritten()
    {
        var export = DataGripJson.ReadExport(File.ReadAllText(Repository.PathOf("samples", "data", "gemeenten-export.json"))).GetValueOrThrow();
        var pairs = new OverlapDetector().FindPairs(export.Projects).Pairs;

        Assert.NotEmpty(pairs);
        Assert.All(pairs, p =>
        {
            // The names of sources, laws and suppliers are the projects' own words, in whatever language they are.
            var names = p.Contributions.Where(c => c.Signal is OverlapSignal.Data or OverlapSignal.Legal or OverlapSignal.Supplier).SelectMany(c => c.Shared).OrderByDescending(n => n.Length).ToList(); // longest first: "CBS" is part of "CBS Kerncijfers …"
            string Words(string explanation) => names.Aggregate(explanation, (text, name) => text.Replace(name, "·", StringComparison.Ordinal));
            Assert.True(Language.NotDutch(Words(p.ExplanationDutch)).Count == 0, p.ExplanationDutch + " ← " + string.Join(", ", Language.NotDutch(Words(p.ExplanationDutch))));
            Assert.True(Language.NotEnglish(Words(p.ExplanationEnglish)).Count == 0, p.ExplanationEnglish + " ← " + string.Join(", ", Language.NotEnglish(Words(p.ExplanationEnglish))));
            Assert.Equal(p.ExplanationDutch, p.GetExplanation(Dutch, MessageCatalog.Default));
            var text = string.Join(" ", new[] { export.Projects[p.FirstIndex], export.Projects[p.SecondIndex] }
                .SelectMany(x => new[] { x.Name, x.ShortDescription, x.Description, x.Purpose?.GoalAndImpact, x.Data?.Description, x.Technique?.MethodsAndModels, x.Department }.Concat(x.Tags))).ToLowerInvariant();
            foreach (var word in p.Contributions.Single(c => c.Signal == OverlapSignal.Text).Shared)
            {
                Assert.True(text.Contains(word, StringComparison.Ordinal), $"'{word}' is not a word of the two projects' texts.");
            }
        });
        Assert.DoesNotContain(pairs, p => p.ExplanationDutch.Contains("'slimm'", StringComparison.Ordinal) || p.ExplanationDutch.Contains("'inzamel'", StringComparison.Ordinal));
    }
}
