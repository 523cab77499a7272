using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Model;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Overlap;

/// <summary>
/// The real registrations in ../shared/data/algoritmeregister, hand-mapped onto the model for the overlap tests
/// (the register importer is separate work): the 96 real rows of the 2022 export (the briefing counts 97, but row 2 holds the field descriptions), ids <c>register-2022:row-N</c>
/// (N is the position in the file's array), and the 27 v1.0 supplier templates, under their own ids.
/// </summary>
internal static class RegisterRows
{
    public const string ExportFile = "register-export-2022-12-08.json";

    public static readonly string? Folder = Repository.SharedData("algoritmeregister");

    /// <summary>All 123 projects, or null when the shared data is not on this machine.</summary>
    public static IReadOnlyList<DataProject>? Load()
    {
        if (Folder is null)
        {
            return null;
        }

        var projects = new List<DataProject>();
        using (var export = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, ExportFile))))
        {
            var index = 0;
            foreach (var row in export.RootElement.EnumerateArray())
            {
                // Rows 0-2 are header rows ("required", "Organisatie", field descriptions).
                if (index >= 3)
                {
                    projects.Add(FromExport(row, index));
                }

                index++;
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(Folder, "templates-v1.0"), "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            projects.AddRange(document.RootElement.EnumerateArray().Select(FromTemplate));
        }

        return projects;
    }

    private static DataProject FromExport(JsonElement row, int index)
    {
        var text = Reader(row);
        var organization = text("organization") ?? "(onbekend)";
        return new DataProject
        {
            Id = "register-2022:row-" + index,
            Name = text("name") ?? "(naamloos)",
            ShortDescription = text("description_short"),
            Organization = new Organization { Name = organization },
            Purpose = text("goal") is { } goal ? new Purpose { GoalAndImpact = goal } : null,
            Technique = AlgorithmTypeOf(text("type")) is { } type ? new Technique { AlgorithmType = type } : null,
            Data = Sources(text("source_data")) is { Length: > 0 } sources ? new DataProfile { Sources = [.. sources] } : null,
            Legal = text("lawful_basis") is { Length: <= 150 } basis ? new LegalBasis { References = [new LegalReference { Title = basis }] } : null,
        };
    }

    private static DataProject FromTemplate(JsonElement row)
    {
        var text = Reader(row);
        IEnumerable<JsonElement> Items(string name) => row.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
        string? Title(JsonElement item) => item.ValueKind == JsonValueKind.Object && item.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()?.Trim() : null;
        string? Link(JsonElement item) => item.ValueKind == JsonValueKind.Object && item.TryGetProperty("link", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()?.Trim() : null;
        var provider = text("provider");

        return new DataProject
        {
            Id = text("id")!,
            Name = text("name")!,
            ShortDescription = text("description_short"),

            // A template has no organisation yet: it is the supplier's registration.
            Organization = new Organization { Name = text("organization") ?? provider ?? "(in te vullen)" },
            Themes = [.. Items("category").Select(c => RegisterLabels.TryParseTheme(c.GetString(), out var t) ? t : (Theme?)null).OfType<Theme>().Distinct()],
            Suppliers = provider is null ? [] : [new Supplier { Name = provider }],
            Purpose = text("goal") is { } goal ? new Purpose { GoalAndImpact = goal } : null,
            Technique = AlgorithmTypeOf(text("type")) is { } type ? new Technique { AlgorithmType = type } : null,
            Data = new DataProfile { Sources = [.. Items("source_data_grouping").Select(Title).OfType<string>().Where(t => t.Length > 0).Select(t => new DataSource { Title = t })] },
            Legal = new LegalBasis { References = [.. Items("lawful_basis_grouping").Where(g => Title(g) is { Length: > 0 }).Select(g => new LegalReference { Title = Title(g)!, Link = Link(g) })] },
        };
    }

    private static Func<string, string?> Reader(JsonElement row) => name =>
        row.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;

    private static AlgorithmType? AlgorithmTypeOf(string? type) => type?.ToLowerInvariant() switch
    {
        "zelflerend" or "ja" => AlgorithmType.MachineLearning,
        "rule based" or "regelgebaseerd" or "op regels gebaseerd" or "nee" => AlgorithmType.RuleBased,
        _ => null,
    };

    /// <summary>A list-like source_data text ("RDW, Vergunningen, GBA") as sources; prose gives none.</summary>
    private static DataSource[] Sources(string? sourceData)
    {
        if (sourceData is null)
        {
            return [];
        }

        var parts = sourceData.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim().TrimEnd('.')).Where(p => p.Length > 0).ToArray();
        return parts.All(p => p.Length <= 60) ? [.. parts.Select(p => new DataSource { Title = p })] : [];
    }
}
