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
/// Reads a risk framework file (see <see cref="SettingsFileReader{T}"/>): every problem is a finding with a schema code
/// (<c>DG-S</c>) and its JSON Pointer.
/// </summary>
internal sealed class FrameworkReader : SettingsFileReader<RiskFramework>
{
    protected override string Document => "riskFramework";

    protected override RiskFramework Interpret(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Problems.Add(WrongType("", "object"));
            return new RiskFramework();
        }

        var framework = new RiskFramework();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (member, pointer) in Members(root, ""))
        {
            seen.Add(member.Name);
            var value = member.Value;
            switch (member.Name)
            {
                case "$schema":
                    Text(value, pointer);
                    break;
                case "frameworkVersion":
                    if (Text(value, pointer) is { } version && version != RiskFramework.CurrentVersion)
                    {
                        Problems.Add(Variant(SchemaCodes.UnsupportedSchemaVersion, "version", pointer, ("Value", version), ("Expected", RiskFramework.CurrentVersion)));
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
                    Problems.Add(UnknownMember(pointer, member.Name, "frameworkVersion, name, maxImpactLevelWithoutCouncilDecision, excluded, councilDecision, requiredAssessments, noPredictiveProfilingThemes, humanFinalDecisionFromLevel"));
                    break;
            }
        }

        foreach (var required in new[] { "frameworkVersion", "name", "maxImpactLevelWithoutCouncilDecision" })
        {
            if (!seen.Contains(required))
            {
                Problems.Add(Messages.Create(SchemaCodes.RequiredPropertyMissing, "/" + required, null, null, ("Property", required)));
            }
        }

        return framework;
    }

    private FrameworkLimits Limits(JsonElement value, string pointer)
    {
        var limits = new FrameworkLimits();
        if (value.ValueKind != JsonValueKind.Object)
        {
            Problems.Add(WrongType(pointer, "object"));
            return limits;
        }

        foreach (var (member, at) in Members(value, pointer))
        {
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
                        Problems.Add(WrongType(at, "boolean"));
                    }

                    break;
                default:
                    Problems.Add(UnknownMember(at, member.Name, "aiActClasses, specialCategories, sensitiveCategories, criminalData, techniques"));
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
            Problems.Add(WrongType(pointer, "object"));
            return result.ToImmutable();
        }

        foreach (var (member, at) in Members(value, pointer))
        {
            var level = LevelName(member.Name);
            if (level is null)
            {
                Problems.Add(NotALevel(at, member.Name));
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
            Problems.Add(WrongType(pointer, "list"));
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
                Problems.Add(Messages.Create(SchemaCodes.UnknownEnumValue, at, null, null, ("Value", name), ("Allowed", string.Join(", ", Wire.All<T>()))));
            }
            else if (items.Contains(parsed))
            {
                Problems.Add(Messages.Create(SchemaCodes.InvalidList, at, null, null, ("Reason", "unique")));
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
            Problems.Add(NotALevel(pointer, name));
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

    private static Finding NotALevel(string pointer, string name) =>
        Messages.Create(SchemaCodes.UnknownEnumValue, pointer, null, null, ("Value", name), ("Allowed", "I, II, III, IV"));
}
