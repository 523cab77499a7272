using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using DataGrip.Core.Reporting;

namespace DataGrip.Core.Tests.Reporting;

/// <summary>
/// The citizens' report speaks plain Dutch (B1): every text of the library in it has short sentences, and a technical
/// word only in brackets beside its meaning ("de risico's voor privacy toetsen (een DPIA)"), never on its own.
/// </summary>
public sealed class ReportPlainLanguageTests
{
    /// <summary>The most words of one sentence: B1 guidance keeps sentences to about fifteen words, rarely more than twenty.</summary>
    private const int MaxWords = 22;

    /// <summary>Words a citizen cannot be expected to know, allowed only inside brackets after their explanation.</summary>
    private static readonly string[] Jargon =
        ["DPIA", "Pre-scan", "KPI", "KPI's", "Annex", "bijlage III", "JSON", "export", "exports", "impactniveau", "AI-verordening", "nulmeting", "id", "algoritmeregister", "datagedreven"];

    /// <summary>The writers' terms the citizens' page says beside the report's own texts.</summary>
    private static readonly string[] PublicTerms =
        ["report:html.projectsByTheme", "report:html.catalogue", "report:html.what", "report:html.why", "report:html.oversight", "report:html.objection", "report:html.contact"];

    public static TheoryData<string, string> Texts()
    {
        var report = ReportFixtures.SampleReport(ReportAudience.Public);
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in report.Sections)
        {
            texts["section " + section.Key] = section.TitleDutch;
            foreach (var m in section.Metrics)
            {
                var at = m.Code + (m.Category is null ? "" : " " + m.Category);
                texts[at + " definition"] = m.DefinitionDutch;
                texts[at + " explanation"] = m.ExplanationDutch;
                if (m.LabelDutch is { } label)
                {
                    texts[at + " label"] = label;
                }
            }
        }

        foreach (var key in PublicTerms)
        {
            texts[key] = ReportMessages.Terms[key].Dutch;
        }

        var data = new TheoryData<string, string>();
        foreach (var (key, text) in texts)
        {
            data.Add(key, text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void EveryPublicDutchText_HasShortSentences_AndNoUnexplainedJargon(string key, string text)
    {
        foreach (var sentence in Regex.Split(text, @"(?<=[.?!])\s+|:\s+"))
        {
            var words = Regex.Matches(sentence, @"[\p{L}\d][\p{L}\d'’,.-]*").Count;
            Assert.True(words <= MaxWords, $"{key}: a sentence of {words} words (at most {MaxWords}): '{sentence}'");
        }

        var outsideBrackets = Regex.Replace(text, @"\([^)]*\)", " ");
        foreach (var word in Jargon)
        {
            Assert.False(Regex.IsMatch(outsideBrackets, @"(?<![\p{L}-])" + Regex.Escape(word) + @"(?![\p{L}-])", RegexOptions.IgnoreCase),
                $"{key}: '{word}' without an explanation beside it: '{text}'");
        }
    }

    [Fact]
    public void TheOtherAudiences_KeepTheirPreciseDefinitions()
    {
        var cdo = ReportFixtures.SampleReport(ReportAudience.Cdo).Metric(ReportCodes.DpiaOutcome, "required")!;
        var citizens = ReportFixtures.SampleReport(ReportAudience.Public).Metric(ReportCodes.DpiaOutcome, "required")!;

        Assert.Contains("Pre-scan DPIA", cdo.DefinitionDutch, StringComparison.Ordinal);
        Assert.Contains("privacy toetsen (een DPIA)", citizens.DefinitionDutch, StringComparison.Ordinal);
    }
}
