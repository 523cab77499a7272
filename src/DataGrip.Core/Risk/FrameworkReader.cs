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

/// <summary>
/// Reads a risk framework file, collecting every problem as a finding with its JSON Pointer before it gives up. The
/// problems are those of any JSON document against its schema, so they carry the schema codes (<c>DG-S</c>).
/// </summary>
internal sealed class FrameworkReader
{
    private const int MaxBytes = 1 << 20;
    private readonly List<Finding> problems = [];

    public static ReadResult<RiskFramework> Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return Failed(TooLarge());
            }
        }

        var bytes = buffer.ToArray();
        if (!Utf8.TryDecode(bytes, out var text, out var offset))
        {
            return Failed(Messages.Create(SchemaCodes.InvalidUtf8, "", null, null, ("Offset", offset)));
        }

        return Read(text);
    }

    public static ReadResult<RiskFramework> Read(string json)
    {
        if (json.Length > MaxBytes)
        {
            return Failed(TooLarge());
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException ex)
        {
            return Failed(Messages.Create(SchemaCodes.MalformedJson, "", (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1,
                ("Reason", ReadErrors.SyntaxReason(ex.Message)), ("Parser", ReadErrors.Reason(ex))));
        }
        catch (ArgumentException)
        {
            // The text itself holds a lone surrogate, which cannot be turned into UTF-8.
            return Failed(Messages.Create(SchemaCodes.InvalidUnicode, ""));
        }

        using (document)
        {
            var reader = new FrameworkReader();
            RiskFramework framework;
            try
            {
                framework = reader.Framework(document.RootElement);
            }
            catch (InvalidOperationException)
            {
                // A member name with an escaped lone surrogate ("\ud800") cannot be read as text.
                reader.problems.Add(Messages.Create(SchemaCodes.InvalidUnicode, ""));
                return Failed([.. reader.problems]);
            }

            return reader.problems.Count > 0 ? Failed([.. reader.problems]) : new ReadResult<RiskFramework>(framework, []);
        }
    }

    /// <summary>The exception <see cref="RiskFramework.Load(string)"/> throws: every finding, in English, with its pointer.</summary>
    public static InvalidDataException Invalid(ImmutableArray<Finding> findings)
    {
        var problems = new List<string>();
        foreach (var finding in findings)
        {
            var where = finding.Pointer.Length == 0 ? "(root)" : finding.Pointer;
            if (finding.Line is { } line)
            {
                where += $" (line {line}, byte {finding.Column})";
            }

            problems.Add(where + ": " + finding.MessageEnglish.TrimEnd('.'));
        }

        return new("Invalid risk framework: " + string.Join("; ", problems) + ".");
    }

    private static ReadResult<RiskFramework> Failed(params Finding[] findings) => new(null, [.. findings]);

    private static Finding TooLarge() =>
        Variant(SchemaCodes.TooLarge, "fixed", "", ("MaxBytes", MaxBytes), ("Document", "riskFramework"));

    private RiskFramework Framework(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(WrongType("", "object"));
            return new RiskFramework();
        }

        var framework = new RiskFramework();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in root.EnumerateObject())
        {
            var pointer = "/" + JsonPointer.Escape(member.Name);
            if (!seen.Add(member.Name))
            {
                problems.Add(Messages.Create(SchemaCodes.DuplicateProperty, pointer, null, null, ("Property", member.Name)));
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
                        problems.Add(Variant(SchemaCodes.UnsupportedSchemaVersion, "version", pointer, ("Value", version), ("Expected", RiskFramework.CurrentVersion)));
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
                    problems.Add(UnknownMember(pointer, member.Name, "frameworkVersion, name, maxImpactLevelWithoutCouncilDecision, excluded, councilDecision, requiredAssessments, noPredictiveProfilingThemes, humanFinalDecisionFromLevel"));
                    break;
            }
        }

        foreach (var required in new[] { "frameworkVersion", "name", "maxImpactLevelWithoutCouncilDecision" })
        {
            if (!seen.Contains(required))
            {
                problems.Add(Messages.Create(SchemaCodes.RequiredPropertyMissing, "/" + required, null, null, ("Property", required)));
            }
        }

        return framework;
    }

    private FrameworkLimits Limits(JsonElement value, string pointer)
    {
        var limits = new FrameworkLimits();
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add(WrongType(pointer, "object"));
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
                        problems.Add(WrongType(at, "boolean"));
                    }

                    break;
                default:
                    problems.Add(UnknownMember(at, member.Name, "aiActClasses, specialCategories, sensitiveCategories, criminalData, techniques"));
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
            problems.Add(WrongType(pointer, "object"));
            return result.ToImmutable();
        }

        foreach (var member in value.EnumerateObject())
        {
            var at = pointer + "/" + JsonPointer.Escape(member.Name);
            var level = LevelName(member.Name);
            if (level is null)
            {
                problems.Add(NotALevel(at, member.Name));
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
            problems.Add(WrongType(pointer, "list"));
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
                problems.Add(Messages.Create(SchemaCodes.UnknownEnumValue, at, null, null, ("Value", name), ("Allowed", string.Join(", ", Wire.All<T>()))));
            }
            else if (items.Contains(parsed))
            {
                problems.Add(Messages.Create(SchemaCodes.InvalidList, at, null, null, ("Reason", "unique")));
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
            problems.Add(NotALevel(pointer, name));
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
                problems.Add(Messages.Create(SchemaCodes.InvalidUnicode, pointer));
                return null;
            }
        }

        problems.Add(WrongType(pointer, "text"));
        return null;
    }

    private static Finding Variant(string code, string variant, string pointer, params (string Name, object? Value)[] arguments) =>
        Messages.Create(Messages.Templates[code + "." + variant], code, code + "." + variant, pointer, null, null, arguments);

    private static Finding WrongType(string pointer, string expected) =>
        Messages.Create(SchemaCodes.WrongType, pointer, null, null, ("Expected", expected));

    private static Finding NotALevel(string pointer, string name) =>
        Messages.Create(SchemaCodes.UnknownEnumValue, pointer, null, null, ("Value", name), ("Allowed", "I, II, III, IV"));

    private static Finding UnknownMember(string pointer, string name, string allowed) =>
        Variant(SchemaCodes.UnknownProperty, "expected", pointer, ("Property", name), ("Allowed", allowed));
}
