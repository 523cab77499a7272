using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DataGrip.Sample;

namespace DataGrip.Core.Tests.Sample;

/// <summary>
/// A catalogue of bad inputs through every command of the console: each gives a message and exit code 1 or 2 (or
/// 0 where the input is fine for that command), never a stack trace or an internal error.
/// </summary>
public sealed class ConsoleCatalogueTests : CliTestBase
{
    private const string Project = "{\"id\":\"a\",\"name\":\"A\",\"organization\":{\"name\":\"Gemeente Utrecht\"}";

    private IEnumerable<(string Name, string Path)> BadInputs()
    {
        string Bytes(string name, byte[] content)
        {
            var path = System.IO.Path.Combine(Folder, name);
            System.IO.File.WriteAllBytes(path, content);
            return path;
        }

        static string Export(string projects) => "{\"schemaVersion\":\"1.0\",\"projects\":[" + projects + "]}";
        var random = new Random(17);
        var noise = new byte[300];
        random.NextBytes(noise);
        yield return ("missing", System.IO.Path.Combine(Folder, "nope.json"));
        yield return ("directory", Folder);
        yield return ("empty", File("empty.json", string.Empty));
        yield return ("noise", Bytes("noise.bin", noise));
        yield return ("truncated", File("truncated.json", Export(Project + "}").Substring(0, 40)));
        yield return ("lone surrogate", File("surrogate.json", Export(Project + ",\"x-a\":\"\\ud800\",\"name2\":\"\\udc00\"}")));
        yield return ("numbers", File("numbers.json", Export(Project + ",\"x-a\":1e400,\"x-b\":123456789012345678901234567890}")));
        yield return ("nulls", File("nulls.json", Export("null," + Project + ",\"roles\":[null],\"data\":{\"sources\":[null]}}")));
        yield return ("visibility", File("visibility.json", Export(Project + ",\"shortDescription\":\"Geheim\",\"record\":{\"visibility\":{\"/Department\":\"internal\",\"#/shortDescription\":\"internal\"}}}")));
        yield return ("deep", File("deep.json", Export(Project + ",\"x-deep\":" + new string('[', 2000) + new string(']', 2000) + "}")));
        yield return ("utf16", Bytes("utf16.json", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Export(Project + "}"))).ToArray()));
        yield return ("csv quote", File("quote.csv", "\"\""));
        yield return ("register json", File("register.json", "[{\"name\":\"A\",\"organization\":\"Gemeente Utrecht\",\"standard_version\":\"0.4.0\",\"impacttoetsen\":\"{\\\"DPIA\\\"}\",\"x\":\"\\ud800\"}]"));
        yield return ("framework", File("framework.json", "{\"name\":\"\\ud800\",\"clauses\":[1e400]}"));
    }

    [Fact]
    public void EveryCommand_OnEveryBadInput_GivesAMessageAndAnExitCode()
    {
        var output = System.IO.Path.Combine(Folder, "out");
        var runs = 0;
        foreach (var (name, path) in BadInputs().ToList())
        {
            var commands = new[]
            {
                new[] { "validate", path }, new[] { "completeness", path, "--lang", "en" }, new[] { "risk", path },
                new[] { "risk", System.IO.Path.Combine(Repository(), "gemeenten-export.json"), "--framework", path },
                new[] { "overlap", path, "--format", "json" }, new[] { "import", path, "-o", System.IO.Path.Combine(Folder, "imported.json") },
                new[] { "export-algoritmeregister", path, "-o", output },
            };
            foreach (var args in commands)
            {
                var (exit, said, error) = Run(args);
                runs++;
                Assert.True(exit is Cli.Valid or Cli.Invalid or Cli.UsageOrIo, $"{string.Join(' ', args)} ({name}) exited {exit}: {error}");
                Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
                Assert.DoesNotContain("   at ", said, StringComparison.Ordinal);
                Assert.True(exit == Cli.Valid || (said + error).Trim().Length > 0, $"{string.Join(' ', args)} ({name}) failed without a word");
            }
        }

        Assert.Equal(14 * 7, runs);
    }

    [Fact]
    public void RegisterExport_OfAProjectWithAVisibilityTypo_WritesNothingAndSaysWhy()
    {
        var path = File("typo.json", "{\"schemaVersion\":\"1.0\",\"projects\":[" + Project + ",\"shortDescription\":\"Geheim\",\"record\":{\"visibility\":{\"/ShortDescription\":\"internal\"}}}]}");
        var target = System.IO.Path.Combine(Folder, "payloads");

        var (exit, _, error) = Run("export-algoritmeregister", path, "-o", target);

        Assert.Equal(Cli.Invalid, exit);
        Assert.Contains("geen registerpayload geschreven", error, StringComparison.Ordinal);
        Assert.Contains("DG-S107", error, StringComparison.Ordinal);
        Assert.False(System.IO.Directory.Exists(target));
    }

    private static string Repository() => Support.Repository.PathOf("samples", "data");
}
