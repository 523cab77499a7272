using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using DataGrip.Core.Interop;

namespace DataGrip.Core.Tests.Interop;

public sealed class InteropMessagesTests
{
    private static readonly string[] Codes = typeof(InteropCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!).ToArray();

    [Fact]
    public void Codes_AreUniqueAndWellFormed()
    {
        Assert.Equal(Codes.Length, Codes.Distinct().Count());
        Assert.All(Codes, code => Assert.Matches("^DG-I\\d{3}$", code));
    }

    [Fact]
    public void EveryCode_HasAnEnglishAndADutchMessageWithTheSamePlaceholders()
    {
        Assert.Equal(Codes.OrderBy(c => c), InteropMessages.Templates.Keys.OrderBy(c => c));
        foreach (var (code, template) in InteropMessages.Templates)
        {
            Assert.False(string.IsNullOrWhiteSpace(template.English));
            Assert.NotEqual(template.English, template.Dutch);
            Assert.True(Placeholders(template.English).SequenceEqual(Placeholders(template.Dutch)), code);
        }
    }

    [Fact]
    public void TheReadmeListsEveryCode()
    {
        var readme = Support.Repository.DocText("interop");
        var changelog = System.IO.File.ReadAllText(Support.Repository.PathOf("CHANGELOG.md"));

        Assert.All(Codes, code => Assert.Contains("| " + code + " |", readme));
        Assert.All(Codes, code => Assert.Contains(code, changelog));
    }

    private static string[] Placeholders(string template) =>
        Regex.Matches(template, "\\{([A-Za-z]+)\\}").Select(m => m.Groups[1].Value).Distinct().OrderBy(p => p).ToArray();
}

public sealed class InteropDutchMessagesTests
{
    private static readonly string[] EnglishWords = ["the", "not", "an", "a", "expected", "found", "did", "you", "mean", "cells", "phase", "since", "none", "no", "text", "list", "item", "web", "address", "field", "it", "holds", "empty", "line", "never", "closed", "with", "than", "only", "from", "on", "more", "once", "row"];

    [Fact]
    public void DutchMessages_CarryDutchReasonsAndHints_NoEnglishWords()
    {
        var inputs = new[]
        {
            """[{"name":"A","organization":"Gemeente Utrecht","status":"al jaren bezig","category":"Basisregistratie","begin_date":"ooit","website":"geen","type":"Ja","lang":"Klingon","provider":"Intern ontwikkeld","dpia":"misschien","iama":"Nee","lawful_basis_grouping":[{"title":""}],"source_data_grouping":"[nope","impacttoetsen_grouping":[{"title":"x","link":5}],"org_id":"nope","publication_dt":"gisteren","lawful_basis_link":"geen link","tags":"<p>""" + new string('x', 120) + """</p>","x":{"a":1,"a":2},"y":1e400,"mprd":"Ja","MPRD":"Nee"}]""",
            """[{"name":"B","organization":"Gemeente Utrect","id":"met spatie"}, 5, {"name":"C","organization":"Gemeente Utrecht","description_short":{"a":1}}]""",
            "name;organization\n\"A;Gemeente Utrecht\n",
            "a;b\n1;2\n",
            "name;organization\nA;Gemeente Utrecht;extra\n",
            "{\"name\": }",
            "42",
            """{"x":[1]}""",
        };
        var findings = inputs.SelectMany(i => new AlgoritmeregisterImporter().Import(i).Findings).ToList();

        Assert.True(findings.Count > 20);
        foreach (var finding in findings)
        {
            // Quoted values are the registration's own words; outside them only Dutch.
            var words = System.Text.RegularExpressions.Regex.Replace(finding.MessageDutch, "'[^']*'", " ").Split([' ', ',', ';', '(', ')', ':', '.', '?'], System.StringSplitOptions.RemoveEmptyEntries);
            Assert.True(!words.Any(w => EnglishWords.Contains(w)), finding.Code + ": " + finding.MessageDutch);
        }
    }
}
