using System;
using System.IO;
using System.Linq;
using System.Reflection;
using DataGrip.Core.Completeness;
using DataGrip.Core.Risk;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Docs;

/// <summary>The documentation's tables of codes and weights (docs/*.md) say what the code does.</summary>
public sealed class RiskTablesTests
{
    private static readonly string[] CompletenessPage = Repository.DocLines("completeness");
    private static readonly string[] CodesPage = Repository.DocLines("codes");
    private static readonly string[] RiskPage = Repository.DocLines("risk");

    [Fact]
    public void CompletenessTable_HasEveryIndicatorWithItsPerspectiveWeightAndRule()
    {
        foreach (var indicator in CompletenessProfile.BuiltIn)
        {
            var row = CompletenessPage.SingleOrDefault(line => line.StartsWith($"| {indicator.Code} |", StringComparison.Ordinal));
            Assert.True(row is not null, $"docs/completeness.md has no row for {indicator.Code}.");
            Assert.StartsWith($"| {indicator.Code} | {indicator.Perspective} | {indicator.DefaultWeight} | {indicator.Rule} |", row, StringComparison.Ordinal);
        }

        var total = CompletenessProfile.BuiltIn.Sum(i => i.DefaultWeight);
        Assert.Contains(CompletenessPage, line => line.Contains($"weights total {total} when everything applies", StringComparison.Ordinal));
    }

    [Fact]
    public void FindingCodeTable_HasEveryCode()
    {
        foreach (var field in typeof(SchemaCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (string)field.GetRawConstantValue()!;
            Assert.Contains(CodesPage, line => line.StartsWith($"| {code} |", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void CompletenessCodes_AreTheBuiltInIndicators_AndThePublishingGateIsInTheCompleteness()
    {
        // DG-C090 is the scorer's note that the registered category is milder than the derived one, not an indicator.
        var constants = typeof(CompletenessCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)
            .Where(c => c != CompletenessCodes.RegisteredCategoryMilder);
        Assert.Contains(CompletenessPage, line => line.Contains(CompletenessCodes.RegisteredCategoryMilder, StringComparison.Ordinal));
        var publishing = typeof(PublishabilityCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Equal(CompletenessProfile.BuiltIn.Select(i => i.Code).OrderBy(c => c, StringComparer.Ordinal), constants.OrderBy(c => c, StringComparer.Ordinal));
        Assert.Equal(RegisterPublishability.Codes.OrderBy(c => c, StringComparer.Ordinal), publishing.OrderBy(c => c, StringComparer.Ordinal));
        Assert.All(publishing, code => Assert.Contains(CompletenessPage, line => line.Contains(code, StringComparison.Ordinal)));
    }

    [Fact]
    public void MessageSnippet_Works()
    {
        var finding = Messages.Create(SchemaCodes.RequiredPropertyMissing, "/projects/0/name", null, null, ("Property", "name"));

        // --- docs/codes.md snippet (Messages, languages and labels) ---
        var catalog = MessageCatalog.Default                                        // build once, share: immutable
            .With("nl", SchemaCodes.RequiredPropertyMissing, "Vul '{Property}' in; dat veld is verplicht.")
            .With("de", SchemaCodes.RequiredPropertyMissing, "Die Pflichtangabe '{Property}' fehlt.");
        string message = finding.GetMessage(new System.Globalization.CultureInfo("de-DE"), catalog);
        string label = Labels.Get(DataGrip.Core.Model.Phase.Pilot, new System.Globalization.CultureInfo("nl-NL"));          // "pilot"; every public enum has labels
        // --- end of snippet ---

        Assert.Equal("Die Pflichtangabe 'name' fehlt.", message);
        Assert.Equal("pilot", label);
        Assert.Contains(CodesPage, line => line.Contains("MessageCatalog.Default", StringComparison.Ordinal));
    }

    [Fact]
    public void RiskFactorTable_HasEveryFactorWithItsWeightAndField()
    {
        foreach (var factor in RiskAssessor.Factors)
        {
            Assert.Contains($"| {factor.Code} | {factor.Key} | {factor.MaxPoints} | {factor.English} | `{factor.Pointer}` |", RiskPage);
        }
    }

    [Fact]
    public void RiskCodeTable_HasEveryCode()
    {
        foreach (var field in typeof(RiskCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (string)field.GetRawConstantValue()!;
            Assert.Contains(RiskPage, line => line.StartsWith($"| {code} |", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TheFrameworkInTheRisk_IsTheDefault()
    {
        var text = string.Join("\n", RiskPage);
        var start = text.IndexOf("```json\n{\n  \"frameworkVersion\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/risk.md has no framework example.");
        var json = text.Substring(start + 8, text.IndexOf("```", start + 8, StringComparison.Ordinal) - start - 8);

        var shown = RiskFramework.Load(json);
        var standard = RiskFramework.Default;

        Assert.Equal(standard.Name, shown.Name);
        Assert.Equal(standard.MaxLevelWithoutCouncilDecision, shown.MaxLevelWithoutCouncilDecision);
        Assert.Equal(standard.Excluded.AiActClasses.ToArray(), shown.Excluded.AiActClasses.ToArray());
        Assert.Equal(standard.CouncilDecision.AiActClasses.ToArray(), shown.CouncilDecision.AiActClasses.ToArray());
        Assert.Equal(standard.CouncilDecision.SpecialCategories.ToArray(), shown.CouncilDecision.SpecialCategories.ToArray());
        Assert.Equal(standard.CouncilDecision.CriminalData, shown.CouncilDecision.CriminalData);
        Assert.Equal(standard.RequiredAssessments.Keys.OrderBy(k => k), shown.RequiredAssessments.Keys.OrderBy(k => k));
        Assert.All(standard.RequiredAssessments, pair => Assert.Equal(pair.Value.ToArray(), shown.RequiredAssessments[pair.Key].ToArray()));
        Assert.Equal(standard.NoPredictiveProfilingThemes.ToArray(), shown.NoPredictiveProfilingThemes.ToArray());
        Assert.Equal(standard.HumanFinalDecisionFromLevel, shown.HumanFinalDecisionFromLevel);
    }
}
