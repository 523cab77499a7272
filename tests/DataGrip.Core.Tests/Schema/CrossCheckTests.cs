using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DataGrip.Core.Schema;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace DataGrip.Core.Tests.Schema;

/// <summary>
/// The published schema and the product say the same thing: ajv (strict) and python-jsonschema run beside the
/// validator over the bundled files and a seeded set of FsCheck-generated mutations of the sample, and every
/// verdict about a schema rule must agree. The rules only the product checks (<see cref="ProductOnly"/>) are
/// left out of its verdict; docs/library.md lists them.
/// </summary>
/// <remarks>
/// Needs Node.js with ajv 8 (found through <c>DATAGRIP_NODE_PATH</c> or Node's own lookup) and python3 with
/// jsonschema. Without them the test is skipped, unless <c>DATAGRIP_CROSSCHECK=required</c> (set by
/// <c>.ci/run</c>), where a missing tool fails it.
/// </remarks>
public sealed class CrossCheckTests(ITestOutputHelper output)
{
    /// <summary>Codes of rules the schema cannot express: duplicate keys, calendar dates, lone surrogates, the finding cap, and the checks of meaning.</summary>
    internal static readonly HashSet<string> ProductOnly = ["DG-S007", "DG-S018", "DG-S020", "DG-S099"];

    private const int Mutations = 400;

    private static readonly string Here = AppContext.BaseDirectory;

    [SkippableFact]
    public void Ajv_python_jsonschema_and_the_validator_agree_on_every_schema_rule()
    {
        var tools = Tools.Find();
        Skip.If(tools.Missing is not null && !Tools.Required, tools.Missing);
        Assert.True(tools.Missing is null, tools.Missing);

        var directory = Directory.CreateTempSubdirectory("datagrip-crosscheck-").FullName;
        try
        {
            var files = BundledFiles().ToList();
            var seed = SmallSeedDocument();
            var index = 0;
            foreach (var mutation in MutationGen(seed).Sample(Mutations, new Rnd(20261202UL), 30))
            {
                var path = Path.Combine(directory, $"mutation-{index++:D4}.json");
                File.WriteAllText(path, mutation.Json, new UTF8Encoding(false));
                files.Add((path, mutation.Description));
            }

            foreach (var mutation in EdgeMutations(seed))
            {
                var path = Path.Combine(directory, $"edge-{index++:D4}.json");
                File.WriteAllText(path, mutation.Json, new UTF8Encoding(false));
                files.Add((path, mutation.Description));
            }

            var schema = Path.Combine(Here, "schema", "datagrip-export.schema.json");
            var ajv = tools.Run("node", Path.Combine(Here, "Schema", "CrossCheck", "ajv-check.js"), schema, files);
            var python = tools.Run("python3", Path.Combine(Here, "Schema", "CrossCheck", "jsonschema-check.py"), schema, files);
            var validator = new ExportValidator();

            var disagreements = new List<string>();
            var invalid = 0;
            foreach (var (path, description) in files)
            {
                using var stream = File.OpenRead(path);
                var report = validator.Validate(stream);
                var product = report.Findings.Where(f => f.Severity == Severity.Error && !ProductOnly.Contains(f.Code) && !f.Code.StartsWith("DG-S1", StringComparison.Ordinal)).ToList();
                var productValid = product.Count == 0;
                if (!productValid)
                {
                    invalid++;
                }

                var a = ajv[path];
                var p = python[path];
                if (a.Valid != productValid || p.Valid != productValid)
                {
                    disagreements.Add($"{Path.GetFileName(path)} ({description}): product {(productValid ? "valid" : "invalid: " + string.Join("; ", product.Take(3).Select(f => f.Code + " " + f.Pointer)))}, " +
                        $"ajv {(a.Valid ? "valid" : "invalid: " + string.Join("; ", a.Errors))}, python-jsonschema {(p.Valid ? "valid" : "invalid: " + string.Join("; ", p.Errors))}");
                }
            }

            output.WriteLine($"{files.Count} documents ({Mutations} mutations), {invalid} invalid for the schema rules, {disagreements.Count} disagreements.");
            Assert.True(invalid > files.Count / 4, $"the mutations should break schema rules often; only {invalid} of {files.Count} did");
            Assert.True(invalid < files.Count, "some documents should be valid");
            Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements.Take(40)));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static IEnumerable<(string Path, string Description)> BundledFiles()
    {
        yield return (Path.Combine(Here, "samples", "gemeenten-export.json"), "the sample");
        foreach (var file in Directory.GetFiles(Path.Combine(Here, "samples", "invalid"), "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            yield return (file, "invalid/" + Path.GetFileName(file));
        }
    }

    /// <summary>The sample's first three projects and its publisher: small, so that hundreds of mutations stay quick, and rich in fields.</summary>
    private static JsonObject SmallSeedDocument()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(Here, "samples", "gemeenten-export.json")))!.AsObject();
        var projects = document["projects"]!.AsArray();
        var richest = projects.OrderByDescending(p => p!.ToJsonString().Length).Take(3).Select(p => p!.DeepClone()).ToArray();
        document["projects"] = new JsonArray(richest);
        return document;
    }

    private sealed record Mutation(string Json, string Description);

    /// <summary>Values that test the edges of the schema's rules: lengths in code points, patterns and their ends, enum spelling, types, number ranges, lists.</summary>
    private static readonly string[] Values =
    [
        "\"\"", "\"x\"", "\" \"", "\"abc\\n\"", "\"abc\\r\\n\"", "\"\\nabc\"", "\" abc\"", "\"a b\"", "\"ABC-1\"", "\"a/b\"",
        "\"https://example.nl/a\"", "\"https://example.nl/a b\"", "\"http://\"", "\"ftp://example.nl\"", "\"https://voorbeeld.nl/coördinatie\"",
        "\"https://example.nl/\\u00a0\"", "\"https://example.nl/\\u2028\"", "\"https://example.nl/\\ufeff\"", "\"https://example.nl/\\u001f\"", "\"https://example.nl/\\u0085\"",
        "\"2024-02-30\"", "\"2024-13-01\"", "\"2024-1-1\"", "\"2024-02\"", "\"2024-02-29\"", "\"2023-02-29\"", "\"0000-01\"", "\"2024-02-01\\n\"",
        "\"GM0363\"", "\"gm0363\"", "\"GM0363\\n\"", "\"12345678\"", "\"1234567\"", "\"1.0\"", "\"1.1\"", "\"1.10\"", "\"2.0\"", "\"1.0\\n\"",
        "\"pilot\"", "\"Pilot\"", "\"PILOT\"", "\"inUse\"", "\"in_use\"", "\"unknown\"", "\"internal\"", "\"public\"", "\"nl\"", "\"en\"",
        "0", "-1", "1.5", "3", "1e+30", "-1e+30", "1e-30", "79228162514264337593543950335", "79228162514264337593543950336", "2147483648", "1E2",
        "true", "false", "null", "[]", "{}", "[\"a\",\"a\"]", "[null]", "[1]", "[\"\"]", "{\"x-a\":1}", "{\"foo\":1}",
    ];

    private static readonly int[] Lengths = [1, 2, 7, 8, 9, 10, 11, 20, 21, 50, 51, 100, 101, 128, 129, 200, 201, 255, 256, 300, 301, 500, 501, 1000, 1001, 2000, 2001, 4000, 4001, 5000, 5001, 10000, 10001];

    private static Gen<Mutation> MutationGen(JsonObject seed)
    {
        var places = Places(seed).ToArray();
        var values = Gen.Elements(Values).Select(v => (Json: v, Label: v.Length > 40 ? v.Substring(0, 40) : v));
        var longText = from length in Gen.Elements(Lengths)
                       from unit in Gen.Elements("a", "\\ud83d\\ude00", "é", "\\u00e9")
                       select (Json: "\"" + string.Concat(Enumerable.Repeat(unit, length)) + "\"", Label: $"{length} × {unit}");
        var newValue = Gen.Frequency((3, values), (1, longText));
        return from place in Gen.Elements(places)
               from kind in Gen.Choose(0, 9)
               from value in newValue
               from extra in Gen.Elements("foo", "x-foo", "Name", "$schema", "x-")
               select Apply(seed, place, kind, value.Json, value.Label, extra);
    }

    private static Mutation Apply(JsonObject seed, string place, int kind, string value, string label, string extra)
    {
        var document = seed.DeepClone().AsObject();
        var node = Resolve(document, place);
        var parent = node?.Parent;
        string description;
        switch (kind)
        {
            case 0 when parent is JsonObject owner:
                owner.Remove(node!.GetPropertyName());
                description = "removed " + place;
                break;
            case 1 when node is JsonObject target:
                target[extra] = JsonNode.Parse(value);
                description = $"added {place}/{extra} = {label}";
                break;
            case 2 when node is JsonArray list && list.Count > 0:
                list.Add(list[0]!.DeepClone());
                description = "repeated the first item of " + place;
                break;
            case 3 when node is JsonArray list:
                list.Clear();
                description = "emptied " + place;
                break;
            case 4 when node is JsonValue text && text.TryGetValue<string>(out var s):
                text.ReplaceWith(s + "\n");
                description = "trailing newline at " + place;
                break;
            default:
                if (node is null || parent is null)
                {
                    return new Mutation(document.ToJsonString(), "unchanged");
                }

                node.ReplaceWith(JsonNode.Parse(value));
                description = $"{place} = {label}";
                break;
        }

        return new Mutation(document.ToJsonString(), description);
    }

    /// <summary>Every number of the seed beyond the decimal range and fractional, every text with a final new line: the edges where engines differ most.</summary>
    private static IEnumerable<Mutation> EdgeMutations(JsonObject seed)
    {
        foreach (var place in Places(seed))
        {
            switch (Resolve(seed, place))
            {
                case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                    foreach (var edge in new[] { "1e+30", "-1e+30", "0.5" })
                    {
                        yield return Apply(seed, place, 9, edge, edge, "");
                    }

                    break;
                case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                    yield return Apply(seed, place, 4, "", "", "");
                    break;
            }
        }
    }

    private static IEnumerable<string> Places(JsonNode node, string pointer = "")
    {
        yield return pointer;
        switch (node)
        {
            case JsonObject obj:
                foreach (var pair in obj)
                {
                    if (pair.Value is not null)
                    {
                        foreach (var p in Places(pair.Value, pointer + "/" + pair.Key.Replace("~", "~0").Replace("/", "~1")))
                        {
                            yield return p;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        foreach (var p in Places(item, pointer + "/" + i))
                        {
                            yield return p;
                        }
                    }
                }

                break;
        }
    }

    private static JsonNode? Resolve(JsonNode root, string pointer)
    {
        var node = root;
        foreach (var token in pointer.Split('/').Skip(1).Select(t => t.Replace("~1", "/").Replace("~0", "~")))
        {
            node = node switch
            {
                JsonObject obj => obj[token],
                JsonArray array => array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    private sealed record Verdict(bool Valid, string[] Errors);

    private sealed class Tools
    {
        public static bool Required => Environment.GetEnvironmentVariable("DATAGRIP_CROSSCHECK") == "required";

        public string? Missing { get; private init; }

        public static Tools Find()
        {
            var missing = new List<string>();
            if (!Works("node", "-e \"require('ajv')\""))
            {
                missing.Add("Node.js with ajv 8 (npm install ajv@8; point DATAGRIP_NODE_PATH at its node_modules)");
            }

            if (!Works("python3", "-c \"import jsonschema\""))
            {
                missing.Add("python3 with jsonschema (apt-get install python3-jsonschema)");
            }

            return new Tools { Missing = missing.Count == 0 ? null : "missing: " + string.Join(" and ", missing) };
        }

        public Dictionary<string, Verdict> Run(string program, string script, string schema, IEnumerable<(string Path, string Description)> files)
        {
            var start = Start(program, $"\"{script}\" \"{schema}\"");
            start.RedirectStandardInput = true;
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            foreach (var (path, _) in files)
            {
                process.StandardInput.WriteLine(path);
            }

            process.StandardInput.Close();
            Assert.True(process.WaitForExit(300_000), program + " did not finish in 5 minutes");
            Assert.True(process.ExitCode == 0, $"{program} {Path.GetFileName(script)} failed: {stderr.Result}");
            var verdicts = new Dictionary<string, Verdict>(StringComparer.Ordinal);
            foreach (var line in stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                verdicts[root.GetProperty("file").GetString()!] = new Verdict(
                    root.GetProperty("valid").GetBoolean(),
                    root.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray());
            }

            return verdicts;
        }

        private static bool Works(string program, string arguments)
        {
            try
            {
                using var process = Process.Start(Start(program, arguments))!;
                process.StandardOutput.ReadToEnd();
                process.StandardError.ReadToEnd();
                return process.WaitForExit(60_000) && process.ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        }

        private static ProcessStartInfo Start(string program, string arguments)
        {
            var start = new ProcessStartInfo(program, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            if (Environment.GetEnvironmentVariable("DATAGRIP_NODE_PATH") is { Length: > 0 } nodePath)
            {
                start.Environment["NODE_PATH"] = nodePath;
            }

            start.Environment["PYTHONIOENCODING"] = "utf-8";
            return start;
        }
    }
}
