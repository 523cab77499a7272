using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Text.Json;
using DataGrip.Core.Model;
using DataGrip.Core.Serialization;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Risk;

/// <summary>Reads a risk framework file, collecting every problem (with its JSON Pointer) before it gives up.</summary>
internal sealed class FrameworkReader
{
    private const int MaxBytes = 1 << 20;
    private readonly List<string> problems = [];

    public static RiskFramework Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw Invalid($"the file is larger than {MaxBytes} bytes; a framework is a few kilobytes");
            }
        }

        var bytes = buffer.ToArray();
        if (!Utf8.TryDecode(bytes, out var text, out var offset))
        {
            throw Invalid($"the file is not valid UTF-8 (invalid byte sequence at byte {offset})");
        }

        return Read(text);
    }

    public static RiskFramework Read(string json)
    {
        if (json.Length > MaxBytes)
        {
            throw Invalid($"the file is larger than {MaxBytes} characters; a framework is a few kilobytes");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException ex)
        {
            throw Invalid($"the file is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): {ReadErrors.Reason(ex)}", ex);
        }
        catch (ArgumentException ex)
        {
            // The text itself holds a lone surrogate, which cannot be turned into UTF-8.
            throw Invalid("the text is not valid UTF-16 (it holds a lone surrogate)", ex);
        }

        using (document)
        {
            var reader = new FrameworkReader();
            RiskFramework framework;
            try
            {
                framework = reader.Framework(document.RootElement);
            }
            catch (InvalidOperationException ex)
            {
                // A member name with an escaped lone surrogate ("\ud800") cannot be read as text.
                reader.problems.Add("a member name is not valid text (an escaped lone surrogate such as \\ud800)");
                throw Invalid(string.Join("; ", reader.problems), ex);
            }

            if (reader.problems.Count > 0)
            {
                throw Invalid(string.Join("; ", reader.problems));
            }

            return framework;
        }
    }

    private static InvalidDataException Invalid(string message, Exception? inner = null) => new("Invalid risk framework: " + message + ".", inner);

    private RiskFramework Framework(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"(root): must be an object, not {Kind(root)}");
            return new RiskFramework();
        }

        var framework = new RiskFramework();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in root.EnumerateObject())
        {
            var pointer = "/" + JsonPointer.Escape(member.Name);
            if (!seen.Add(member.Name))
            {
                problems.Add($"{pointer}: appears twice");
                continue;
            }

            var value = member.Value;
            switch (member.Name)
            {
                case "$schema":
                    Text(value, pointer);
                    break;
                case "frameworkVersion":
                    if (Text(value, pointer) is { } version && version != RiskFramework.CurrentVersion)
                    {
                        problems.Add($"{pointer}: version '{version}' is not supported (expected '{RiskFramework.CurrentVersion}')");
                    }

                    break;
                case "name":
                    framework = framework with { Name = Text(value, pointer) ?? "" };
                    break;
                case "maxImpactLevelWithoutCouncilDecision":
                    framework = framework with { MaxLevelWithoutCouncilDecision = Level(value, pointer) ?? ImpactLevel.II };
                    break;
                case "humanFinalDecisionFromLevel":
                    framework = framework with { HumanFinalDecisionFromLevel = Level(value, pointer) };
                    break;
                case "excluded":
                    framework = framework with { Excluded = Limits(value, pointer) };
                    break;
                case "councilDecision":
                    framework = framework with { CouncilDecision = Limits(value, pointer) };
                    break;
                case "requiredAssessments":
                    framework = framework with { RequiredAssessments = Assessments(value, pointer) };
                    break;
                case "noPredictiveProfilingThemes":
                    framework = framework with { NoPredictiveProfilingThemes = List<Theme>(value, pointer) };
                    break;
                default:
                    problems.Add($"{pointer}: unknown member (expected frameworkVersion, name, maxImpactLevelWithoutCouncilDecision, excluded, councilDecision, requiredAssessments, noPredictiveProfilingThemes or humanFinalDecisionFromLevel)");
                    break;
            }
        }

        foreach (var required in new[] { "frameworkVersion", "name", "maxImpactLevelWithoutCouncilDecision" })
        {
            if (!seen.Contains(required))
            {
                problems.Add($"/{required}: is required");
            }
        }

        return framework;
    }

    private FrameworkLimits Limits(JsonElement value, string pointer)
    {
        var limits = new FrameworkLimits();
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{pointer}: must be an object, not {Kind(value)}");
            return limits;
        }

        foreach (var member in value.EnumerateObject())
        {
            var at = pointer + "/" + JsonPointer.Escape(member.Name);
            switch (member.Name)
            {
                case "aiActClasses":
                    limits = limits with { AiActClasses = List<AiActClass>(member.Value, at) };
                    break;
                case "specialCategories":
                    limits = limits with { SpecialCategories = List<SpecialCategory>(member.Value, at) };
                    break;
                case "sensitiveCategories":
                    limits = limits with { SensitiveCategories = List<SensitiveCategory>(member.Value, at) };
                    break;
                case "techniques":
                    limits = limits with { Techniques = List<AlgorithmType>(member.Value, at) };
                    break;
                case "criminalData":
                    if (member.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                    {
                        limits = limits with { CriminalData = member.Value.GetBoolean() };
                    }
                    else
                    {
                        problems.Add($"{at}: must be true or false, not {Kind(member.Value)}");
                    }

                    break;
                default:
                    problems.Add($"{at}: unknown member (expected aiActClasses, specialCategories, sensitiveCategories, criminalData or techniques)");
                    break;
            }
        }

        return limits;
    }

    private ImmutableDictionary<ImpactLevel, ImmutableArray<AssessmentType>> Assessments(JsonElement value, string pointer)
    {
        var result = ImmutableDictionary.CreateBuilder<ImpactLevel, ImmutableArray<AssessmentType>>();
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{pointer}: must be an object of level: [assessment types], not {Kind(value)}");
            return result.ToImmutable();
        }

        foreach (var member in value.EnumerateObject())
        {
            var at = pointer + "/" + JsonPointer.Escape(member.Name);
            var level = LevelName(member.Name);
            if (level is null)
            {
                problems.Add($"{at}: '{member.Name}' is not an impact level (expected I, II, III or IV)");
                continue;
            }

            result[level.Value] = List<AssessmentType>(member.Value, at);
        }

        return result.ToImmutable();
    }

    private ImmutableArray<T> List<T>(JsonElement value, string pointer)
        where T : struct, Enum
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{pointer}: must be a list, not {Kind(value)}");
            return [];
        }

        var items = ImmutableArray.CreateBuilder<T>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var at = pointer + "/" + i++;
            if (Text(item, at) is not { } name)
            {
                continue;
            }

            if (!Wire.TryParse<T>(name, out var parsed))
            {
                problems.Add($"{at}: '{name}' is not one of {string.Join(", ", Wire.All<T>())}");
            }
            else if (items.Contains(parsed))
            {
                problems.Add($"{at}: '{name}' is listed twice");
            }
            else
            {
                items.Add(parsed);
            }
        }

        return items.ToImmutable();
    }

    private ImpactLevel? Level(JsonElement value, string pointer)
    {
        if (Text(value, pointer) is not { } name)
        {
            return null;
        }

        var level = LevelName(name);
        if (level is null)
        {
            problems.Add($"{pointer}: '{name}' is not an impact level (expected I, II, III or IV)");
        }

        return level;
    }

    private static ImpactLevel? LevelName(string name) => name switch
    {
        "I" => ImpactLevel.I,
        "II" => ImpactLevel.II,
        "III" => ImpactLevel.III,
        "IV" => ImpactLevel.IV,
        _ => null,
    };

    private string? Text(JsonElement value, string pointer)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            try
            {
                return value.GetString();
            }
            catch (InvalidOperationException)
            {
                problems.Add($"{pointer}: is not valid text (an escaped lone surrogate such as \\ud800)");
                return null;
            }
        }

        problems.Add($"{pointer}: must be text, not {Kind(value)}");
        return null;
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "text",
        JsonValueKind.Number => "a number",
        JsonValueKind.Null => "null",
        _ => "true/false",
    };
}
