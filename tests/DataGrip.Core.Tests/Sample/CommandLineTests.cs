using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Model;
using DataGrip.Core.Tests.Support;
using DataGrip.Sample;

namespace DataGrip.Core.Tests.Sample;

/// <summary>The console as a command-line tool: help per command, option syntax, usage errors, and output a person can read.</summary>
public sealed class CommandLineTests : CliTestBase
{
    private static readonly string Bundled = Repository.PathOf("samples", "data", "gemeenten-export.json");

    public static TheoryData<string> Commands() => ["validate", "completeness", "risk", "overlap", "report", "import", "export-algoritmeregister"];

    [Fact]
    public void ValidateDashH_PrintsTheCommandsHelp_AndExitsZero()
    {
        var (exit, output, error) = Run("validate", "-h");
        var (englishExit, english, _) = Run("validate", "--help", "--lang", "en");

        Assert.Equal(Cli.Valid, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Gebruik: datagrip validate <bestand> [opties]", output, StringComparison.Ordinal);
        Assert.Matches(@"--format text\|json +Een leesbare tabel", output);
        Assert.DoesNotContain("Kan '", output, StringComparison.Ordinal);
        Assert.Equal(Cli.Valid, englishExit);
        Assert.Contains("Usage: datagrip validate <file> [options]", english, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryCommand_HasItsOwnHelp(string command)
    {
        var (exit, output, error) = Run(command, "-h");
        var (helpExit, help, _) = Run("help", command);

        Assert.Equal(Cli.Valid, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains($"datagrip {command} <bestand>", output, StringComparison.Ordinal);
        Assert.Contains("--lang nl|en", output, StringComparison.Ordinal);
        Assert.Equal(Cli.Valid, helpExit);
        Assert.Equal(output, help);
    }

    [Fact]
    public void TheToolsHelp_ListsEveryCommand_AndNoArguments_IsAUsageErrorOnStandardError()
    {
        var (exit, output, _) = Run("--help");
        var (noneExit, none, noneError) = Run();

        Assert.Equal(Cli.Valid, exit);
        foreach (var command in Commands())
        {
            Assert.Matches($"(?m)^  {command} ", output);
        }

        Assert.Equal(Cli.UsageOrIo, noneExit);
        Assert.Equal(string.Empty, none);
        Assert.Equal(output, noneError);
    }

    [Theory]
    [InlineData("--lang=nl", "geldig.")]
    [InlineData("--lang=en", "valid.")]
    [InlineData("--lang:en", "valid.")]
    [InlineData("--LANG=EN", "valid.")]
    [InlineData("--Lang=En", "valid.")]
    public void OptionEqualsValue_AndAnyCase_Work(string lang, string verdict)
    {
        var (exit, output, error) = Run("validate", Bundled, lang);

        Assert.Equal(Cli.Valid, exit);
        Assert.Equal(string.Empty, error);
        Assert.EndsWith($"— {verdict}", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void ValuesAndCommands_AreCaseInsensitive()
    {
        var (exit, output, _) = Run("VALIDATE", Bundled, "--LANG", "EN", "--format", "JSON");
        var (reportExit, _, _) = Run("report", Bundled, "--format", "Csv", "--audience", "Council", "-o", Path.Combine(Folder, "r.csv"));

        Assert.Equal(Cli.Valid, exit);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(Cli.Valid, reportExit);
        Assert.True(System.IO.File.Exists(Path.Combine(Folder, "r.csv")));
    }

    [Theory]
    [InlineData(new[] { "valdate", "x.json" }, "Onbekende opdracht 'valdate'. Bedoelt u 'validate'?")]
    [InlineData(new[] { "valdate", "x.json", "--lang", "en" }, "Unknown command 'valdate'. Did you mean 'validate'?")]
    [InlineData(new[] { "compleetness", "x.json" }, "Bedoelt u 'completeness'?")]
    [InlineData(new[] { "rsik", "x.json" }, "Bedoelt u 'risk'?")]
    [InlineData(new[] { "validate", "x.json", "--formt", "json" }, "Onbekende optie '--formt' bij 'validate'. Bedoelt u '--format'?")]
    [InlineData(new[] { "risk", "x.json", "--explian", "a", "--lang", "en" }, "Unknown option '--explian' for risk. Did you mean '--explain'?")]
    [InlineData(new[] { "validate", "x.json", "--format", "jsn" }, "'jsn' kan niet bij '--format'; kies 'text' of 'json'. Bedoelt u 'json'?")]
    [InlineData(new[] { "report", "x.json", "-o", "r.html", "--audience", "councl" }, "Bedoelt u 'council'?")]
    public void AMistypedName_GetsASuggestion(string[] args, string said)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(Cli.UsageOrIo, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(said, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "validate" }, "'validate' vraagt een bestand.")]
    [InlineData(new[] { "validate", "a.json", "b.json" }, "Onverwacht argument 'b.json': 'validate' neemt één bestand.")]
    [InlineData(new[] { "validate", "a.json", "--lang", "de" }, "'de' kan niet bij '--lang'; kies 'nl' of 'en'.")]
    [InlineData(new[] { "risk", "a.json", "--explain" }, "De optie '--explain' vraagt een waarde (<id>).")]
    [InlineData(new[] { "validate", "a.json", "--format", "json", "--format", "text" }, "De optie '--format' mag maar één keer.")]
    [InlineData(new[] { "overlap", "a.json", "--threshold", "2" }, "'2' kan niet bij '--threshold': geef een getal van 0,01 tot 1, zoals 0,25.")]
    [InlineData(new[] { "report", "a.json", "--as-of", "1-12-2026", "-o", "r.html" }, "geef een datum JJJJ-MM-DD, zoals 2026-11-20.")]
    [InlineData(new[] { "report", "a.json" }, "'report' vraagt '-o <bestand>'.")]
    [InlineData(new[] { "export-algoritmeregister", "a.json" }, "'export-algoritmeregister' vraagt '-o <map of bestand>'.")]
    public void UsageErrors_AreSaidOnStandardError_InDutch_WithExitTwo(string[] args, string said)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(Cli.UsageOrIo, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(said, error, StringComparison.Ordinal);
        Assert.Contains($"Meer: datagrip {args[0]} --help", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("risk", "-h")]
    [InlineData("report", "-h")]
    [InlineData("valdate", "x.json")]
    [InlineData("validate", "x.json", "--format", "xml")]
    [InlineData("overlap", "x.json", "--top", "0")]
    [InlineData("report", "x.json")]
    public void HelpAndUsageErrors_InEnglish_HaveNoDutchWord(params string[] args)
    {
        var (_, output, error) = Run([.. args, "--lang", "en"]);

        Assert.Empty((output + error).Split('\n').SelectMany(l => Language.NotEnglish(DutchConsoleTests.Typed.Replace(l, " "))));
        Assert.DoesNotContain("Gebruik", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileNameStartingWithAnAt_IsAFile_NotAResponseFile()
    {
        var path = File("@export.json", System.IO.File.ReadAllText(Bundled));

        var (exit, output, _) = Run("validate", path);

        Assert.Equal(Cli.Valid, exit);
        Assert.Contains("@export.json: 66 projecten", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ADecimalComma_IsAcceptedForTheThreshold()
    {
        var (exit, output, _) = Run("overlap", Bundled, "--threshold", "0,5", "--format", "json");

        Assert.Equal(Cli.Valid, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0.5, json.RootElement.GetProperty("threshold").GetDouble());
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void ADirectoryGivenAsTheFile_IsSaidToBeOne_WithExitTwo(string command)
    {
        string[] args = command is "report" or "import" or "export-algoritmeregister" ? [command, Folder, "-o", Path.Combine(Folder, "out.json")] : [command, Folder];
        var (exit, _, error) = Run(args);
        var (englishExit, _, english) = Run([.. args, "--lang", "en"]);

        Assert.Equal(Cli.UsageOrIo, exit);
        Assert.Contains($"Kan '{Folder}' niet lezen: dit is een map, geen bestand.", error, StringComparison.Ordinal);
        Assert.Equal(Cli.UsageOrIo, englishExit);
        Assert.Contains($"Cannot read '{Folder}': it is a directory, not a file.", english, StringComparison.Ordinal);
        Assert.DoesNotContain("denied", error + english, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("import")]
    public void ADirectoryGivenAsTheOutput_IsSaidToBeOne(string command)
    {
        var input = command == "import" ? File("register.json", "[{\"name\": \"Parkeerscan\", \"organization\": \"Gemeente Utrecht\"}]") : Bundled;

        var (exit, _, error) = Run(command, input, "-o", Folder);
        var (englishExit, _, english) = Run(command, input, "-o", Folder, "--lang", "en");

        Assert.Equal(Cli.UsageOrIo, exit);
        Assert.Contains($"Kan '{Folder}' niet schrijven: dit is een map, geen bestand.", error, StringComparison.Ordinal);
        Assert.Equal(Cli.UsageOrIo, englishExit);
        Assert.Contains($"Cannot write '{Folder}': it is a directory, not a file.", english, StringComparison.Ordinal);
    }

    [Fact]
    public void RedirectedOutput_HasNoCarriageReturnAndNoColour_ATerminalHasColour()
    {
        var invalid = Repository.PathOf("samples", "data", "invalid", "semantic.json");
        var runs = new[] { new[] { "validate", invalid }, ["completeness", Bundled], ["risk", Bundled], ["overlap", Bundled], ["validate", "-h"], ["valdate"] };

        foreach (var args in runs)
        {
            var (_, output, error) = Run(args);
            Assert.DoesNotContain('\r', output + error);
            Assert.DoesNotContain('\u001b', output + error);
        }

        var (_, coloured, _) = Run(new Screen(120, Colour: true, Interactive: true), "validate", invalid);
        var (_, uncoloured, _) = Run(new Screen(120, Colour: false, Interactive: true), "validate", invalid);
        Assert.Contains("\u001b[31mfout\u001b[0m", coloured, StringComparison.Ordinal);
        Assert.Contains("\u001b[31mongeldig\u001b[0m", coloured, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', uncoloured);
        Assert.Equal(uncoloured.Split('\n').Length, coloured.Split('\n').Length);
    }

    [Theory]
    [InlineData(false, null, null, true)]
    [InlineData(false, "1", null, false)]
    [InlineData(false, "", null, true)]
    [InlineData(false, null, "dumb", false)]
    [InlineData(true, null, null, false)]
    public void Colour_OnATerminalOnly_AndNotWithNoColour(bool redirected, string? noColour, string? term, bool colour)
    {
        var screen = Screen.Detect(redirected, 100, name => name switch { "NO_COLOR" => noColour, "TERM" => term, _ => null });

        Assert.Equal(colour, screen.Colour);
        Assert.Equal(!redirected, screen.Interactive);
        Assert.Equal(redirected ? null : 100, screen.Width);
    }

    private static DataProject LongId(string id, string name) => new()
    {
        Id = id,
        Name = name,
        ShortDescription = "Scanauto's lezen kentekens van geparkeerde auto's en controleren of er voor het parkeren betaald is.",
        Organization = new Organization { Name = "Gemeente Utrecht", Code = "GM0344" },
        Data = new DataProfile { Sources = [new DataSource { Title = "Nationaal Parkeerregister" }, new DataSource { Title = "BRP" }] },
    };

    /// <summary>
    /// The schema allows ids of at most 128 characters (the reader refuses longer ones, DG-S013), so the longest
    /// valid id with a long name makes the cells of 200 and more characters that overlap used to cut at 60.
    /// </summary>
    [Theory]
    [InlineData(null)]
    [InlineData(80)]
    [InlineData(40)]
    public void ALongIdInACellOf200Characters_IsPrintedWhole(int? width)
    {
        var first = "utrecht-" + new string('a', 120);
        var second = "utrecht-" + new string('b', 120);
        var name = "Scanauto voor kentekenherkenning bij betaald parkeren in de binnenstad";
        var path = Export(LongId(first, name), LongId(second, name + " (tweede)"));
        var screen = new Screen(width, Colour: false, Interactive: false);

        foreach (var command in new[] { "overlap", "completeness", "risk" })
        {
            var (_, output, error) = Run(screen, command, path);
            Assert.Equal(string.Empty, error);
            Assert.Contains(first, output, StringComparison.Ordinal);
            Assert.Contains(second, output, StringComparison.Ordinal);
            Assert.True(command != "overlap" || output.Contains($"{name} ({first})", StringComparison.Ordinal) || width is not null, output);
            Assert.DoesNotContain("…", output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(60)]
    [InlineData(100)]
    [InlineData(140)]
    public void OnATerminal_LinesAreWrappedToItsWidth(int width)
    {
        var screen = new Screen(width, Colour: false, Interactive: false);
        var runs = new[] { new[] { "overlap", Bundled }, ["risk", Bundled, "--explain", "amsterdam-bijstand-risicoselectie"], ["validate", Repository.PathOf("samples", "data", "invalid", "semantic.json")], ["--help"], ["risk", "-h"] };

        foreach (var args in runs)
        {
            var (_, output, _) = Run(screen, args);
            var (_, plain, _) = Run(args);
            var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            // A line is longer only when it is one word that cannot be broken (an id, a pointer).
            Assert.All(lines, l => Assert.True(l.Length <= width || !l.Trim().Contains(' ', StringComparison.Ordinal), $"{string.Join(' ', args)}: {l.Length} > {width}: {l}"));
            Assert.Contains(plain.Split('\n'), l => l.Length > width);
            Assert.Empty(Words(plain).Except(Words(output)));
        }

        // Nothing is lost or cut: every word of the unwrapped output is in the wrapped one.
        static string[] Words(string text) => [.. text.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Where(w => !w.All(c => c == '-')).Select(w => w.TrimEnd(':'))];
    }
}
