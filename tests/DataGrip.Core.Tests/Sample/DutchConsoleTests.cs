using System.Linq;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Sample;

/// <summary>The console in Dutch on the bundled export, and its help and usage errors: no English word, no code identifier, decimal commas, singular and plural right.</summary>
public sealed class DutchConsoleTests : CliTestBase
{
    private static readonly string Bundled = Repository.PathOf("samples", "data", "gemeenten-export.json");

    public static TheoryData<string[]> Commands() =>
    [
        ["validate", Bundled, "--lang", "nl"],
        ["completeness", Bundled, "--lang", "nl"],
        ["completeness", Bundled, "--lang", "nl", "--explain", "zwolle-drukte-binnenstad"],
        ["completeness", Bundled, "--lang", "nl", "--explain", "utrecht-scanauto-parkeren"],
        ["risk", Bundled, "--lang", "nl"],
        ["risk", Bundled, "--lang", "nl", "--explain", "utrecht-energiearmoede-analyse"],
        ["risk", Bundled, "--lang", "nl", "--explain", "amsterdam-bijstand-risicoselectie"],
        ["risk", Bundled, "--lang", "nl", "--no-inference", "--explain", "utrecht-chatbot-inwoners"],
        ["overlap", Bundled, "--lang", "nl"],
        ["validate", Repository.PathOf("samples", "data", "invalid", "malformed.json"), "--lang", "nl"],
        ["validate", Repository.PathOf("samples", "data", "invalid", "wrong-types.json"), "--lang", "nl"],
        ["validate", Repository.PathOf("samples", "data", "invalid", "semantic.json"), "--lang", "nl"],

        // Help and usage errors.
        ["--help"],
        [],
        ["validate", "-h"],
        ["completeness", "-h"],
        ["risk", "-h"],
        ["overlap", "-h"],
        ["report", "-h"],
        ["import", "-h"],
        ["export-algoritmeregister", "-h"],
        ["valdate", Bundled],
        ["validate"],
        ["validate", Bundled, "--formt", "json"],
        ["validate", Bundled, "--format", "xml"],
        ["validate", Bundled, "extra.json"],
        ["validate", Bundled, "--lang", "de"],
        ["risk", Bundled, "--explain"],
        ["risk", Bundled, "--format", "json", "--format", "text"],
        ["overlap", Bundled, "--top", "0"],
        ["overlap", Bundled, "--threshold", "abc"],
        ["report", Bundled],
        ["report", Bundled, "--as-of", "gisteren", "-o", "x.html"],
        ["report", Bundled, "--audience", "raad", "-o", "x.html"],
        ["export-algoritmeregister", Bundled],
        ["validate", Repository.PathOf("samples", "data")],
        ["validate", Repository.PathOf("samples", "data", "bestaat-niet.json")],
    ];

    /// <summary>What a person types as written: the tool's name with a command, an option with its values, a command or argument at the start of a help row.</summary>
    internal static readonly System.Text.RegularExpressions.Regex Typed = new(
        "\\bdatagrip( <?[a-z-]+>?)?|(?<!\\S)--?[a-z][a-z-]*( [a-z]+(\\|[a-z]+)+)?|^  <?[a-z-]+>?(?= {2,})", System.Text.RegularExpressions.RegexOptions.Compiled);

    [Theory]
    [MemberData(nameof(Commands))]
    public void TheOutput_IsDutch(string[] args)
    {
        var (_, output, error) = Run(args);
        var lines = (output + "\n" + error).Split('\n').Where(l => l.Trim().Length > 0).Select(l => Typed.Replace(l, " ")).ToList();

        Assert.NotEmpty(lines);
        var bad = lines.Select(l => (Line: l, Words: Language.NotDutch(l, valuesToType: l.Contains("DG-S012", System.StringComparison.Ordinal)))).Where(x => x.Words.Count > 0).ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad.Take(10).Select(x => x.Line.Trim() + " ← " + string.Join(", ", x.Words))));
        Assert.DoesNotContain(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "(?<![\\d.])\\d+\\.\\d+(?![\\d.])") && !l.Contains("/", System.StringComparison.Ordinal) && !l.Contains("versie", System.StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "\\b1 (projecten|fouten|waarschuwingen|risicopunten|punten|antwoorden|paren|groepen)\\b|\\(s\\)|\\(en\\)"));
    }
}
