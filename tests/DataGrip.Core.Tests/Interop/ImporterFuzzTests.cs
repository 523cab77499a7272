using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DataGrip.Core.Interop;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Interop;

/// <summary>
/// A seeded fuzz test of <see cref="AlgoritmeregisterImporter"/>: random bytes, and byte-level, JSON-aware and
/// CSV-aware mutations of the real register files (when present) or of small built-in samples. Every input gives a
/// result (never an exception: with valid arguments the importer documents none), and every export it makes
/// writes, reads back and validates. The seed and the number of inputs are fixed (about 10–15 s on a shared
/// 2-core machine); the test is not timed.
/// </summary>
public sealed class ImporterFuzzTests
{
    private const int Seed = 20261201;
    private const int Inputs = 2500;

    private static readonly string[] BuiltIn =
    [
        """[{"name":"Parkeerscan","organization":"Gemeente Utrecht","status":"In gebruik","category":["Verkeer"],"standard_version":"1.0","publication_category":"Impactvolle algoritmes","goal":"<p>Sneller <b>controleren</b>.</p><ol><li>a</li></ol>","lawful_basis_grouping":[{"title":"AVG","link":"https://wetten.overheid.nl/BWBR0040940"}],"source_data":"RDW, GBA, BAG","org_id":"gm0344","dpia":"Ja","dpia_description":"Gedaan."}]""",
        """{"algoritmes":[{"name":"B","organization":"Gemeente Den Haag","standard_version":"0.4.0","impacttoetsen":"{\"DPIA\",\"IAMA\"}","lawful_basis_link":"https://wetten.overheid.nl/BWBR0001903","begin_date":"2021-03","type":"Ja","tags":"a, b"}]}""",
        "\"name\",\"organization\",\"lawful_basis_grouping\",\"source_data_grouping\",\"algorithm_id\",\"standard_version\"\n\"A\",\"Gemeente Utrecht\",\"1: AVG, https://wetten.overheid.nl/BWBR0040940\",\"1: BRP, https://www.rvig.nl/brp\",\"12345678\",\"1.0\"\n",
        "naam;Organisatie;Status;Thema\nParkeren;Gemeente Utrecht;In gebruik;Verkeer, Werk\n\"Twee\r\nregels\";Gemeente Zwolle;Buiten gebruik;\n",
        "name\torganization\tinzet.goal\nA\tProvincie Utrecht\tDoel\n",
    ];

    private static readonly string[] JsonValues =
    [
        "\"\\ud800\"", "\"\\udc00x\"", "1e400", "-1e400", "123456789012345678901234567890", "null", "true", "\"\"", "[]", "{}",
        "{\"a\":1,\"a\":2}", new string('[', 62) + new string(']', 62), "[" + new string('{', 1) + "\"t\":[[[[[[[[[[[[1]]]]]]]]]]]]}]",
        "\"<p title=\\\"a > b\\\">x</p><!-- c -->&amp\"", "\"{\\\"Data Protection Impact Asssesment (DPIA)\\\"}\"", "\"gm0344\"", "\"gm9999\"",
        "\"1: AVG, https://wetten.overheid.nl\\n2: x\"", "[{\"title\":\"x\",\"link\":\"nope\"}]", "[{\"title\":\"x\",\"title\":\"y\"}]", "0.1", "-0", "\"\\u0000\"",
    ];

    private static readonly string[] Fields =
    [
        "name", "organization", "status", "category", "begin_date", "end_date", "contact_email", "website", "url", "goal", "risks",
        "lawful_basis_grouping", "source_data_grouping", "impacttoetsen_grouping", "impacttoetsen", "source_data", "tags", "lars",
        "publication_dt", "org_id", "owner", "dpia", "dpia_description", "lawful_basis_link", "source_data_link", "id", "provider",
        "lang", "standard_version", "type", "x-extra", "MPRD", "mprd",
    ];

    [Fact]
    public void TheImporter_GivesAResultForEveryInput_AndEveryExportItMakesIsUsable()
    {
        var random = new Random(Seed);
        var corpus = Corpus();
        var importer = new AlgoritmeregisterImporter(new ImportOptions { MaxInputBytes = 1 << 22 });
        int imported = 0, withProjects = 0, exceptions = 0;
        var failures = new List<string>();
        for (var n = 0; n < Inputs; n++)
        {
            var input = n % 10 == 0 ? RandomBytes(random) : Mutate(random, corpus[random.Next(corpus.Count)]);
            ImportResult result;
            try
            {
                result = n % 3 == 0 ? importer.Import(Encoding.UTF8.GetString(input)) : importer.Import(new MemoryStream(input, writable: false));
            }
            catch (Exception ex)
            {
                exceptions++;
                failures.Add($"input {n}: {ex.GetType().Name}: {ex.Message} — {Preview(input)}");
                continue;
            }

            imported++;
            if (result.Export.Projects.Length > 0)
            {
                withProjects++;
                try
                {
                    ImporterRobustnessTests.AssertUsable(result, "input " + n);
                }
                catch (Exception ex)
                {
                    failures.Add($"input {n}: the export is not usable: {ex.GetType().Name} {ex.Message} {ex.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("DataGrip.Core.") && !l.Contains("Tests"))} — {Preview(input)}");
                }
            }
        }

        Console.WriteLine($"fuzz: seed {Seed}, {Inputs} inputs from {corpus.Count} seeds, {imported} imported ({withProjects} with projects), {exceptions} exceptions, {failures.Count} failures");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
        Assert.Equal(Inputs, imported);
        Assert.True(withProjects > Inputs / 4, "too few inputs made projects: the mutations test little");
    }

    private static List<byte[]> Corpus()
    {
        var corpus = BuiltIn.Select(Encoding.UTF8.GetBytes).ToList();
        if (Repository.SharedData("algoritmeregister", "templates-v1.0") is { } templates)
        {
            corpus.AddRange(Directory.GetFiles(templates, "*.json").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllBytes));
        }
        else
        {
            Console.WriteLine("fuzz: ../shared/data/algoritmeregister is not on this machine; only the built-in samples are mutated.");
        }

        if (Repository.SharedData("algoritmeregister", "register-export-2022-12-08.json") is { } export)
        {
            // Slices of ten rows: the whole file per input would spend the budget on few inputs.
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(export));
            var rows = document.RootElement.EnumerateArray().Select(r => r.GetRawText()).ToList();
            for (var i = 0; i < rows.Count; i += 10)
            {
                corpus.Add(Encoding.UTF8.GetBytes("[" + string.Join(",", rows.Skip(i).Take(10)) + "]"));
            }
        }

        return corpus;
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 300)];
        random.NextBytes(bytes);
        if (bytes.Length > 0 && random.Next(2) == 0)
        {
            bytes[0] = (byte)"[{\"\xFF\xFE"[random.Next(5)];
        }

        return bytes;
    }

    private static byte[] Mutate(Random random, byte[] seed)
    {
        var text = Encoding.UTF8.GetString(seed);
        var rounds = 1 + random.Next(3);
        for (var r = 0; r < rounds; r++)
        {
            switch (random.Next(6))
            {
                case 0:
                    return ByteMutation(random, Encoding.UTF8.GetBytes(text));
                case 1 or 2:
                    text = JsonMutation(random, text);
                    break;
                case 3:
                    text = CsvMutation(random, text);
                    break;
                case 4:
                    text = FieldRename(random, text);
                    break;
                default:
                    return Encode(random, text);
            }
        }

        return Encoding.UTF8.GetBytes(text);
    }

    private static byte[] ByteMutation(Random random, byte[] bytes)
    {
        var list = bytes.ToList();
        var count = 1 + random.Next(8);
        for (var i = 0; i < count && list.Count > 0; i++)
        {
            var at = random.Next(list.Count);
            switch (random.Next(5))
            {
                case 0:
                    list[at] = (byte)random.Next(256);
                    break;
                case 1:
                    list.Insert(at, (byte)random.Next(256));
                    break;
                case 2:
                    list.RemoveRange(at, Math.Min(list.Count - at, 1 + random.Next(16)));
                    break;
                case 3:
                    list.InsertRange(at, list.Skip(random.Next(list.Count)).Take(1 + random.Next(64)).ToList());
                    break;
                default:
                    list.RemoveRange(at, list.Count - at);
                    break;
            }
        }

        return list.ToArray();
    }

    /// <summary>Replaces a JSON value (after a ':' or in an array) by one of the awkward values.</summary>
    private static string JsonMutation(Random random, string text)
    {
        var colons = Enumerable.Range(0, text.Length).Where(i => text[i] is ':' or '[').ToList();
        if (colons.Count == 0)
        {
            return text + JsonValues[random.Next(JsonValues.Length)];
        }

        var at = colons[random.Next(colons.Count)] + 1;
        var end = ValueEnd(text, at);
        return text.Substring(0, at) + JsonValues[random.Next(JsonValues.Length)] + text.Substring(end);
    }

    /// <summary>The end of the JSON value that starts at <paramref name="start"/> (the general fuzzer's rule).</summary>
    private static int ValueEnd(string text, int start) => DataGrip.Core.Benchmarks.Fuzzer.ValueEnd(text, start);

    private static string CsvMutation(Random random, string text)
    {
        string[] pieces = ["\"", "\"\"", ";", ",", "\t", "\n", "\r", "\r\n", "\"\n\"", "1: AVG, https://wetten.overheid.nl", "\u00A0", "\uFEFF", "\ud800", ""];
        var at = random.Next(text.Length + 1);
        var remove = random.Next(3) == 0 ? Math.Min(text.Length - at, random.Next(8)) : 0;
        return text.Substring(0, at) + pieces[random.Next(pieces.Length)] + text.Substring(at + remove);
    }

    private static string FieldRename(Random random, string text)
    {
        var fields = Fields.Where(f => text.Contains("\"" + f + "\"", StringComparison.Ordinal) || text.Contains(f, StringComparison.Ordinal)).ToList();
        if (fields.Count == 0)
        {
            return text;
        }

        var from = fields[random.Next(fields.Count)];
        var to = Fields[random.Next(Fields.Length)];
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return text.Substring(0, at) + to + text.Substring(at + from.Length);
    }

    private static byte[] Encode(Random random, string text) => random.Next(4) switch
    {
        0 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        1 => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        2 => Encoding.Latin1.GetBytes(text),
        _ => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
    };

    private static string Preview(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input, 0, Math.Min(input.Length, 300));
        return text.Replace("\n", "\\n").Replace("\r", "\\r");
    }
}
