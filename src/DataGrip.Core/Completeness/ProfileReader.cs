using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Completeness;

/// <summary>
/// Reads a completeness profile file, <c>{"weights": {"DG-C011": 15}, "disabled": ["DG-C026"]}</c>: changes to the
/// default profile (see <see cref="SettingsFileReader{T}"/>). A weight of an unknown code, a weight out of range and
/// a profile in which nothing counts are problems of the file, with their pointers.
/// </summary>
internal sealed class ProfileReader : SettingsFileReader<CompletenessProfile>
{
    private static readonly string Codes = string.Join(", ", CompletenessProfile.Default.Indicators.Select(i => i.Code));

    protected override string Document => "completenessProfile";

    protected override CompletenessProfile Interpret(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Problems.Add(WrongType("", "object"));
            return CompletenessProfile.Default;
        }

        var weights = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var disabled = new List<string>();
        var weightsPointer = "";
        foreach (var (member, pointer) in Members(root, ""))
        {
            switch (member.Name)
            {
                case "$schema":
                    Text(member.Value, pointer);
                    break;
                case "weights":
                    weightsPointer = pointer;
                    Weights(member.Value, pointer, weights);
                    break;
                case "disabled":
                    Disabled(member.Value, pointer, disabled);
                    break;
                default:
                    Problems.Add(UnknownMember(pointer, member.Name, "weights, disabled"));
                    break;
            }
        }

        var merged = CompletenessProfile.Default.Weights.SetItems(weights);
        if (merged.Where(p => !disabled.Contains(p.Key)).Sum(p => Math.Max(p.Value, 0)) <= 0)
        {
            Problems.Add(Variant(SchemaCodes.SchemaViolation, "weights", weightsPointer));
        }

        return Problems.Count > 0 ? CompletenessProfile.Default : CompletenessProfile.Default.With(weights, disabled);
    }

    private void Weights(JsonElement value, string pointer, Dictionary<string, decimal> weights)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Problems.Add(WrongType(pointer, "object"));
            return;
        }

        foreach (var (member, at) in Members(value, pointer))
        {
            if (!CompletenessProfile.Default.Weights.ContainsKey(member.Name))
            {
                Problems.Add(UnknownMember(at, member.Name, Codes));
            }
            else if (member.Value.ValueKind != JsonValueKind.Number)
            {
                Problems.Add(WrongType(at, "number"));
            }
            else if (!member.Value.TryGetDecimal(out var weight) || weight is < 0 or > CompletenessProfile.MaxWeight)
            {
                Problems.Add(Variant(SchemaCodes.NumberOutOfRange, "range", at,
                    ("Value", member.Value.GetRawText()), ("Min", 0), ("Max", CompletenessProfile.MaxWeight)));
            }
            else
            {
                weights[member.Name] = weight;
            }
        }
    }

    private void Disabled(JsonElement value, string pointer, List<string> disabled)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            Problems.Add(WrongType(pointer, "list"));
            return;
        }

        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var at = pointer + "/" + i++;
            if (Text(item, at) is not { } code)
            {
                continue;
            }

            if (!CompletenessProfile.Default.Weights.ContainsKey(code))
            {
                Problems.Add(Messages.Create(SchemaCodes.UnknownEnumValue, at, null, null, ("Value", code), ("Allowed", Codes)));
            }
            else if (disabled.Contains(code))
            {
                Problems.Add(Messages.Create(SchemaCodes.InvalidList, at, null, null, ("Reason", "unique")));
            }
            else
            {
                disabled.Add(code);
            }
        }
    }
}
