using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using DataGrip.Core.Completeness;
using DataGrip.Core.Interop;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;
using DataGrip.Core.Risk;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// A seeded mutation fuzzer over every public entry point that reads outside data. Each input is a seed document
/// (the sample export, the invalid samples, the frameworks, the register files) mutated at the byte level or
/// JSON-aware (nasty values put in place of a value: lone surrogates, numbers beyond every range, nulls, deep nesting,
/// duplicate keys, long texts), or random bytes. The contract it checks: each entry point returns a result or throws
/// the exception its documentation names, never another; what the reader reads is handled by every service and
/// written and read back; and the reader and the validator agree on whether a document has a shape error.
/// </summary>
/// <remarks>Shared by the test suite (fixed seed, about a minute) and the benchmarks' <c>fuzz</c> command (random seed, as long as asked).</remarks>
public sealed class Fuzzer
{
    /// <summary>The entry points, in the order of their counts.</summary>
    public static readonly string[] Targets = ["ReadExport", "Validate", "RiskFramework.Load", "CompletenessProfile.Load", "Import", "analyses"];

    private static readonly string[] Nasty =
    [
        "\"\\ud800\"", "\"a\\udc00b\"", "123456789012345678901234567890", "9223372036854775808", "-9223372036854775809", "1e400", "-1e400",
        "1e+30", "null", "[null]", "{}", "[]", "\"\"", "true", "0", "-0", "2147483648", "\"0000-00\"", "\"2024-02-30\"", "\"x\\n\"",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        "{\"a\":1,\"a\":2}", "\"" + new string('x', 30_000) + "\"", "\"\\u0000\"", "\"<p>a</p>\"", "\"#/x\"", "{\"/Department\":\"internal\"}",
    ];

    private readonly Random random;
    private readonly List<byte[]> seeds;
    private readonly ExportValidator validator = new();
    private readonly CompletenessScorer scorer = new();
    private readonly RiskAssessor assessor = new();
    private readonly OverlapDetector detector = new();
    private readonly AlgoritmeregisterImporter importer = new();
    private readonly AlgoritmeregisterExporter exporter = new();

    /// <summary>Creates a fuzzer over the given seed documents.</summary>
    public Fuzzer(int seed, IEnumerable<byte[]> seeds)
    {
        random = new Random(seed);
        this.seeds = [.. seeds];
        this.seeds.Add(Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.0\",\"projects\":[{\"id\":\"a\",\"name\":\"A\",\"organization\":{\"name\":\"Gemeente Utrecht\"}}]}"));
        this.seeds.Add(Encoding.UTF8.GetBytes("[{\"name\":\"A\",\"organization\":\"Gemeente Utrecht\",\"standard_version\":\"0.4.0\",\"dpia\":\"Ja\"}]"));
        this.seeds.Add(Encoding.UTF8.GetBytes("\"name\";\"organization\";\"status\"\n\"A\";\"Gemeente Utrecht\";\"In gebruik\"\n"));
        this.seeds.Add(Encoding.UTF8.GetBytes("{\"weights\":{\"DG-C011\":15},\"disabled\":[\"DG-C026\"]}"));
    }

    /// <summary>How many inputs each target was given.</summary>
    public Dictionary<string, long> Inputs { get; } = Targets.ToDictionary(t => t, _ => 0L);

    /// <summary>Each break of the contract: the target, what happened, and the input (cut to 2,000 bytes).</summary>
    public List<(string Target, string What, string Input)> Failures { get; } = [];

    /// <summary>The slowest input of any target, in milliseconds, and which.</summary>
    public (double Milliseconds, string Target) Slowest { get; private set; }

    /// <summary>The seed documents from the repository's samples and, when present, shared/data.</summary>
    public static IEnumerable<byte[]> RepositorySeeds(string root)
    {
        var files = new List<string>();
        foreach (var folder in new[] { Path.Combine(root, "samples", "data"), Path.Combine(root, "..", "shared", "data", "algoritmeregister") })
        {
            if (Directory.Exists(folder))
            {
                files.AddRange(Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories));
                files.AddRange(Directory.EnumerateFiles(folder, "*.csv", SearchOption.AllDirectories));
            }
        }

        foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);

            // Big files are cut to their first projects: a mutation of 2 MB costs too much per input.
            yield return bytes.Length <= 64 * 1024 ? bytes : Shorten(bytes);
        }
    }

    /// <summary>Runs until <paramref name="budget"/> has passed or <paramref name="maxInputs"/> inputs were tried.</summary>
    public void Run(TimeSpan budget, long maxInputs)
    {
        var clock = Stopwatch.StartNew();
        for (long n = 0; n < maxInputs && clock.Elapsed < budget; n++)
        {
            var input = Next();
            var target = Targets[n % Targets.Length];
            var started = clock.Elapsed;
            try
            {
                Check(target, input);
            }
            catch (Exception ex)
            {
                Failures.Add((target, ex.GetType().Name + ": " + ex.Message, Show(input)));
            }

            var took = (clock.Elapsed - started).TotalMilliseconds;
            if (took > Slowest.Milliseconds)
            {
                Slowest = (took, target);
            }

            Inputs[target]++;
        }
    }

    private void Check(string target, byte[] input)
    {
        switch (target)
        {
            case "ReadExport":
                var fromText = Utf8Text(input) is { } text ? DataGripJson.ReadExport(text) : null;
                var fromStream = DataGripJson.ReadExport(new MemoryStream(input, writable: false));
                var unseekable = DataGripJson.ReadExport(new ForwardOnly(input));
                if ((fromText is not null && fromText.Success != fromStream.Success) || unseekable.Success != fromStream.Success)
                {
                    Fail(target, "the text, the stream and the forward-only stream reader disagree", input);
                }

                if (fromStream.Success)
                {
                    // What the reader lets through is written and read back.
                    var written = DataGripJson.WriteExport(fromStream.Value!);
                    if (!DataGripJson.ReadExport(written).Success)
                    {
                        Fail(target, "what was read cannot be read again after writing", input);
                    }

                    // A visibility key that names no field (DG-S107, the validator's) makes the public writers refuse, as documented.
                    PublicOrRefused(() => DataGripJson.WriteExport(fromStream.Value!, JsonWriteOptions.Public), fromStream.Value!);
                }

                break;
            case "Validate":
                var report = validator.Validate(new MemoryStream(input, writable: false));
                var reportAsync = validator.ValidateAsync(new ForwardOnly(input)).GetAwaiter().GetResult();
                if (!report.Findings.Select(f => f.ToString()).SequenceEqual(reportAsync.Findings.Select(f => f.ToString())))
                {
                    Fail(target, "ValidateAsync and Validate disagree", input);
                }
                var read = DataGripJson.ReadExport(new MemoryStream(input, writable: false));
                var shapeErrors = report.Findings.Any(f => f.Severity == Severity.Error && f.Code.StartsWith("DG-S0", StringComparison.Ordinal));
                if (read.Success == shapeErrors)
                {
                    Fail(target, read.Success ? "the reader accepts a document the validator finds a shape error in: " + report.Findings.First(f => f.Severity == Severity.Error)
                        : "the validator finds no shape error in a document the reader rejects: " + read.Findings.FirstOrDefault(), input);
                }

                break;
            case "RiskFramework.Load":
                Expect<InvalidDataException>(() => RiskFramework.Load(new MemoryStream(input, writable: false)));
                break;
            case "CompletenessProfile.Load":
                Expect<InvalidDataException>(() => CompletenessProfile.Load(new MemoryStream(input, writable: false)));
                break;
            case "Import":
                var imported = importer.Import(new MemoryStream(input, writable: false));
                if (!imported.HasErrors && imported.Export.Projects.Length > 0)
                {
                    var json = DataGripJson.WriteExport(imported.Export);
                    if (!DataGripJson.ReadExport(json).Success)
                    {
                        Fail(target, "an imported export cannot be read back", input);
                    }
                    else if (validator.Validate(json).Findings.FirstOrDefault(f => f.Severity == Severity.Error) is { } error)
                    {
                        Fail(target, "an imported export is not valid: " + error, input);
                    }
                }

                break;
            default:
                var export = DataGripJson.ReadExport(new MemoryStream(input, writable: false)).Value;
                if (export is not null)
                {
                    _ = scorer.Score(export);
                    _ = assessor.Assess(export).Select(a => a.Findings).ToList();
                    PublicOrRefused(() => exporter.ExportAll(export), export);
                    if (export.Projects.Length <= 200)
                    {
                        _ = detector.FindPairs(export.Projects);
                    }
                }

                break;
        }
    }

    /// <summary>A stream that cannot seek, as a web request's body.</summary>
    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;

        public override long Position { get => base.Position; set => throw new NotSupportedException(); }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();

        public override long Length => throw new NotSupportedException();
    }

    /// <summary>Runs a public writer: it may refuse with <see cref="ArgumentException"/> only when the validator finds a visibility key that names no field.</summary>
    private void PublicOrRefused(Action write, ProjectExport export)
    {
        try
        {
            write();
        }
        catch (ArgumentException) when (validator.Validate(DataGripJson.WriteExport(export)).Findings.Any(f => f.Code == SchemaCodes.InvalidVisibilityKey))
        {
        }
    }

    private static void Expect<T>(Action action)
        where T : Exception
    {
        try
        {
            action();
        }
        catch (T)
        {
        }
    }

    private void Fail(string target, string what, byte[] input) => Failures.Add((target, what, Show(input)));

    private byte[] Next()
    {
        var kind = random.Next(10);
        if (kind == 0)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            return bytes;
        }

        var seed = seeds[random.Next(seeds.Count)];
        return kind <= 4 ? MutateBytes(seed) : MutateJson(seed);
    }

    private byte[] MutateBytes(byte[] seed)
    {
        var bytes = new List<byte>(seed);
        for (var k = random.Next(1, 4); k > 0 && bytes.Count > 0; k--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 16)));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(new[] { "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\r\n", "\u00ff" }[random.Next(11)]));
                    break;
                case 3:
                    var length = Math.Min(bytes.Count - at, random.Next(1, 64));
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Puts a nasty value in place of a value (a string or a number) of the document.</summary>
    private byte[] MutateJson(byte[] seed)
    {
        var text = Encoding.UTF8.GetString(seed);
        for (var k = random.Next(1, 3); k > 0; k--)
        {
            var at = random.Next(Math.Max(1, text.Length));
            var colon = text.IndexOf(':', at);
            if (colon < 0)
            {
                break;
            }

            var end = ValueEnd(text, colon + 1);
            text = text.Substring(0, colon + 1) + Nasty[random.Next(Nasty.Length)] + text.Substring(end);
        }

        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>Where a scalar value that starts after <paramref name="start"/> ends (a string, or up to the next , } or ]); the importer's own fuzz test uses it too.</summary>
    public static int ValueEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '"')
        {
            for (i++; i < text.Length; i++)
            {
                if (text[i] == '\\')
                {
                    i++;
                }
                else if (text[i] == '"')
                {
                    return i + 1;
                }
            }

            return text.Length;
        }

        if (i < text.Length && (text[i] == '{' || text[i] == '['))
        {
            return i;
        }

        while (i < text.Length && text[i] is not (',' or '}' or ']'))
        {
            i++;
        }

        return i;
    }

    private static string? Utf8Text(byte[] input)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(input);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string Show(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input, 0, Math.Min(input.Length, 2000));
        return input.Length > 2000 ? text + "…" : text;
    }

    /// <summary>A big export or register file as a document of its kind with its first three projects or rows.</summary>
    private static byte[] Shorten(byte[] bytes)
    {
        try
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(bytes);
            var list = node is System.Text.Json.Nodes.JsonObject obj ? obj["projects"] as System.Text.Json.Nodes.JsonArray : node as System.Text.Json.Nodes.JsonArray;
            while (list is not null && list.Count > 3)
            {
                list.RemoveAt(list.Count - 1);
            }

            return Encoding.UTF8.GetBytes(node!.ToJsonString());
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            // A CSV or a file that is not JSON: its first lines.
            var text = Encoding.UTF8.GetString(bytes);
            var lines = text.Split('\n').Take(4);
            return Encoding.UTF8.GetBytes(string.Join("\n", lines));
        }
    }
}
