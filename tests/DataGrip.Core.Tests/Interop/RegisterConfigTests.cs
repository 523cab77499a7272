using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Interop;
using DataGrip.Core.Model;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Interop;

/// <summary>
/// The exporter against the register's own v1.0 config (<c>../shared/reference/official/algoritmeregister-v1_0.json</c>,
/// a copy of MinBZK/Algoritmeregister <c>backend/app/schemas/config/v1_0.json</c>): required fields, maximum lengths
/// and allowed values. The next change of the config shows up here as a failing test. Skipped when the file is absent.
/// </summary>
public sealed class RegisterConfigTests
{
    private static readonly string ConfigPath = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "reference", "official", "algoritmeregister-v1_0.json"));

    private static JsonElement? Config()
    {
        if (!File.Exists(ConfigPath))
        {
            Console.WriteLine("SKIPPED: ../shared/reference/official/algoritmeregister-v1_0.json is not on this machine.");
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(ConfigPath));
        return document.RootElement.GetProperty("properties").Clone();
    }

    // The config writes one flag as the text "false" (source_data_grouping).
    private static bool IsTrue(JsonElement field, string name) =>
        field.TryGetProperty(name, out var v) && (v.ValueKind == JsonValueKind.True || (v.ValueKind == JsonValueKind.String && v.GetString() == "true"));

    [Fact]
    public void TheFields_AreTheConfigsFields()
    {
        if (Config() is not { } config)
        {
            return;
        }

        Assert.Equal(config.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal), RegisterFields.AlgorithmIn.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void TheRequiredFields_AreTheConfigsRequiredFields()
    {
        if (Config() is not { } config)
        {
            return;
        }

        var required = config.EnumerateObject().Where(p => IsTrue(p.Value, "required")).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(required, RegisterFields.Required.Select(r => r.Field).OrderBy(n => n, StringComparer.Ordinal));

        // And the exporter reports each of them when it is empty (lang is always "nld").
        var payload = new AlgoritmeregisterExporter().Export(new DataProject { Id = "p", Name = RowMapperNames.NameToFillIn, Organization = new Organization { Name = RowMapperNames.OrganizationToFillIn } });
        var reported = payload.Findings.Where(f => f.Code == InteropCodes.RequiredFieldMissing).Select(f => f.Pointer.TrimStart('/'));
        Assert.Equal(required.Where(r => r != "lang"), reported.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void TheMaximumLengths_AreTheConfigsMaximumLengths()
    {
        if (Config() is not { } config)
        {
            return;
        }

        var lengths = config.EnumerateObject().Where(p => p.Value.TryGetProperty("max_length", out _))
            .ToDictionary(p => p.Name, p => p.Value.GetProperty("max_length").GetInt32());
        Assert.Equal(lengths.OrderBy(p => p.Key, StringComparer.Ordinal), RegisterFields.MaxLength.OrderBy(p => p.Key, StringComparer.Ordinal));

        foreach (var grouping in new[] { "lawful_basis_grouping", "source_data_grouping", "impacttoetsen_grouping" })
        {
            var title = config.GetProperty(grouping).GetProperty("items").GetProperty("title");
            int? max = title.TryGetProperty("max_length", out var m) ? m.GetInt32() : null;
            Assert.Equal(max, RegisterFields.GroupingTitleMaxLength.TryGetValue(grouping, out var ours) ? ours : null);

            // A link the model holds (and the importer maps) is at most the config's link length.
            var link = config.GetProperty(grouping).GetProperty("items").GetProperty("link").GetProperty("max_length").GetInt32();
            Assert.True(link == WireLimits.Url, $"{grouping}.link: the config allows {link}, the model {WireLimits.Url}");
        }

        // No limit on the number of themes.
        Assert.False(config.GetProperty("category").TryGetProperty("max_items", out _));
    }

    [Fact]
    public void TheExporter_CutsEachLimitedTextAtTheConfigsMaximum_AndNotBefore()
    {
        if (Config() is not { } config)
        {
            return;
        }

        var importer = new AlgoritmeregisterImporter();
        var exporter = new AlgoritmeregisterExporter();
        var urls = new HashSet<string> { "website", "url", "process_index_url", "publiccode" };
        var checkedFields = 0;
        foreach (var property in config.EnumerateObject())
        {
            var field = property.Name;
            if (!property.Value.TryGetProperty("max_length", out var m) || field is "begin_date" or "end_date" or "tags")
            {
                continue; // dates are written by the exporter; tags: see Point6 (the stored <p>…</p> counts)
            }

            var max = m.GetInt32();
            foreach (var length in new[] { max, max + 1 })
            {
                var value = urls.Contains(field) ? "https://example.nl/" + new string('a', length - 19) : Words(length);
                var row = new Dictionary<string, string> { ["name"] = "Parkeerscan", ["organization"] = "Gemeente Utrecht", ["standard_version"] = "1.0", [field] = value };
                var imported = importer.Import(JsonSerializer.Serialize(new[] { row }));
                Assert.True(imported.Export.Projects.Length == 1, field + ": " + string.Join("; ", imported.Findings));
                var project = imported.Export.Projects[0];
                var payload = exporter.Export(project);
                var sent = JsonDocument.Parse(payload.Json).RootElement.GetProperty(field).GetString()!;
                var text = RegisterFields.Html.Contains(field) ? RegisterComparison.RegisterText(sent) : sent;
                var characters = new System.Globalization.StringInfo(text).LengthInTextElements;

                if (length == max)
                {
                    Assert.True(text == value, $"{field}: a value of exactly {max} characters was changed");
                }
                else if (field == "organization")
                {
                    Assert.Equal(value, text); // never cut; a warning instead
                    Assert.Contains(payload.Findings, f => f.Code == InteropCodes.OrganizationNameLong);
                }
                else if (!urls.Contains(field))
                {
                    Assert.True(characters <= max, $"{field}: {characters} characters sent, the config allows {max}");
                }
            }

            checkedFields++;
        }

        Assert.Equal(RegisterFields.MaxLength.Count - 3, checkedFields);
    }

    [Fact]
    public void TheAllowedValues_AreTheConfigsPermittedValues()
    {
        if (Config() is not { } config)
        {
            return;
        }

        string[] Permitted(string field) => config.GetProperty(field).GetProperty("permitted_values").EnumerateArray().Select(v => v.GetString()!).ToArray();

        Assert.Equal(Permitted("status").OrderBy(v => v, StringComparer.Ordinal), Enum.GetValues<RegisterStatus>().Select(RegisterLabels.Label).OrderBy(v => v, StringComparer.Ordinal));
        Assert.Equal(Permitted("publication_category").OrderBy(v => v, StringComparer.Ordinal), Enum.GetValues<PublicationCategory>().Select(RegisterLabels.Label).OrderBy(v => v, StringComparer.Ordinal));
        Assert.Equal(Permitted("category").OrderBy(v => v, StringComparer.Ordinal), Enum.GetValues<Theme>().Select(RegisterLabels.Label).OrderBy(v => v, StringComparer.Ordinal));

        // Every payload the exporter writes uses only permitted values, and all themes are sent.
        var project = new DataProject
        {
            Id = "p",
            Name = "Naam",
            Organization = new Organization { Name = "Gemeente Utrecht" },
            Themes = [.. Enum.GetValues<Theme>()],
            Lifecycle = new Lifecycle { Phase = Phase.Ended },
            Risk = new RiskProfile { PublicationCategory = PublicationCategory.HighRiskAiSystem },
            Language = ContentLanguage.Nld,
        };
        var payload = JsonDocument.Parse(new AlgoritmeregisterExporter().Export(project).Json).RootElement;
        foreach (var field in new[] { "status", "publication_category", "lang", "standard_version" })
        {
            Assert.Contains(payload.GetProperty(field).GetString(), Permitted(field));
        }

        Assert.Equal(Permitted("category"), payload.GetProperty("category").EnumerateArray().Select(v => v.GetString()!).OrderBy(v => Array.IndexOf(Permitted("category"), v)));
    }

    /// <summary>Words of ten letters separated by spaces, exactly <paramref name="length"/> characters, ending in a letter.</summary>
    private static string Words(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = i % 11 == 10 && i < length - 1 ? ' ' : (char)('a' + (i % 26));
        }

        return new string(chars);
    }

    /// <summary>The placeholders the importer gives a row without name or organisation (the exporter sends neither).</summary>
    private static class RowMapperNames
    {
        public const string NameToFillIn = "(naam ontbreekt)";
        public const string OrganizationToFillIn = "(in te vullen door de gemeente)";
    }
}
