using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using DataGrip.Core.Reporting;

namespace DataGrip.Core.Tests.Reporting;

/// <summary>The report's text tables: every code has both languages with the same placeholders, and the Dutch is Dutch.</summary>
public sealed class ReportMessagesTests
{
    private static readonly Regex Placeholder = new("\\{([A-Za-z]+)\\}");

    /// <summary>English words that are no Dutch words, as whole words.</summary>
    private static readonly string[] English = ["the", "and", "with", "without", "not", "are", "projects", "missing", "impactful", "reviewed", "none", "unknown"];

    private static readonly Regex CamelCase = new("\\b[a-z]+[A-Z][A-Za-z]*\\b");

    public static IEnumerable<object[]> Texts()
    {
        foreach (var (code, t) in ReportMessages.Metrics)
        {
            yield return [code + " definition", t.DefinitionEnglish, t.DefinitionDutch];
            yield return [code + " explanation", t.ExplanationEnglish, t.ExplanationDutch];
        }

        foreach (var table in new[] { ReportMessages.Sections, ReportMessages.Worklists, ReportMessages.Reasons, ReportMessages.UnknownLabels, ReportMessages.OverlapKinds,
            ReportMessages.Counts, ReportMessages.KpiStatuses, ReportMessages.PhaseGroups, ReportMessages.Clauses })
        {
            foreach (var (key, t) in table)
            {
                yield return [key, t.English, t.Dutch];
            }
        }

        foreach (var table in new[] { ReportMessages.Findings, ReportMessages.Terms })
        {
            foreach (var (key, t) in table)
            {
                yield return [key, t.English, t.Dutch];
            }
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void BothLanguages_HaveTheSamePlaceholders_AndTheDutchHasNoEnglish(string key, string english, string dutch)
    {
        static string[] Names(string text) => [.. Placeholder.Matches(text).Select(m => m.Groups[1].Value).Distinct().OrderBy(n => n, StringComparer.Ordinal)];

        Assert.Equal(Names(english), Names(dutch));
        Assert.False(string.IsNullOrWhiteSpace(dutch), key);
        var words = Regex.Split(Placeholder.Replace(dutch, " "), "[^\\p{L}]+");
        Assert.DoesNotContain(words, w => English.Contains(w, StringComparer.Ordinal));
        Assert.DoesNotMatch(CamelCase, Placeholder.Replace(dutch, " "));
    }

    [Fact]
    public void TheTerms_AreReportTerms_AndTheWritersSayEachOfThem()
    {
        var writers = string.Concat(System.IO.Directory.GetFiles(Support.Repository.PathOf("src", "DataGrip.Core", "Reporting"), "*.cs")
            .Where(f => !f.EndsWith("ReportMessages.cs", StringComparison.Ordinal))
            .Select(System.IO.File.ReadAllText));
        foreach (var key in ReportMessages.Terms.Keys)
        {
            Assert.StartsWith("report:", key, StringComparison.Ordinal);

            // The CSV's headers are said by the column's key after "report:csv.".
            var said = key.StartsWith("report:csv.", StringComparison.Ordinal) ? "\"" + key.Substring("report:csv.".Length) + "\"" : "\"" + key + "\"";
            Assert.True(writers.Contains(said, StringComparison.Ordinal), key + " is in the table but no writer says it");
        }
    }

    [Fact]
    public void EveryCode_HasItsTexts()
    {
        foreach (var field in typeof(ReportCodes).GetFields())
        {
            var code = (string)field.GetValue(null)!;
            Assert.True(code.StartsWith("DG-M", StringComparison.Ordinal) ? ReportMessages.Metrics.ContainsKey(code) : ReportMessages.Findings.ContainsKey(code), code);
        }

        Assert.Equal(typeof(ReportCodes).GetFields().Length, typeof(ReportCodes).GetFields().Select(f => f.GetValue(null)).Distinct().Count());
    }

    [Fact]
    public void TheReadme_ListsEveryCode()
    {
        var readme = Support.Repository.DocText("report");
        foreach (var field in typeof(ReportCodes).GetFields())
        {
            Assert.Contains((string)field.GetValue(null)!, readme, StringComparison.Ordinal);
        }
    }
}
