using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

using DataGrip.Core.Serialization;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Completeness;

/// <summary>
/// Which indicators count and how much: the default profile, or a municipality's own — other weights, indicators
/// switched off, indicators of its own.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. A profile file is JSON:
/// <c>{"weights": {"DG-C011": 15}, "disabled": ["DG-C026"]}</c>; see <see cref="Load(string)"/>.
/// </remarks>
public sealed class CompletenessProfile
{
    private CompletenessProfile(ImmutableArray<CompletenessIndicator> indicators, ImmutableDictionary<string, decimal> weights)
    {
        Indicators = indicators;
        Weights = weights;
    }

    /// <summary>The default profile: every built-in indicator with its default weight.</summary>
    public static CompletenessProfile Default { get; } = Create(BuiltInIndicators.All, ImmutableDictionary<string, decimal>.Empty, []);

    /// <summary>The indicators that count, ordered by code.</summary>
    public ImmutableArray<CompletenessIndicator> Indicators { get; }

    /// <summary>The weight of each indicator that counts, by code.</summary>
    public ImmutableDictionary<string, decimal> Weights { get; }

    /// <summary>The built-in indicators of the default profile, also those a profile switched off.</summary>
    public static ImmutableArray<CompletenessIndicator> BuiltIn => BuiltInIndicators.All;

    /// <summary>A profile made from this one with other weights, indicators switched off, and indicators added.</summary>
    /// <param name="weights">New weights by code; null keeps them.</param>
    /// <param name="disabled">Codes of indicators to switch off; null switches none off.</param>
    /// <param name="added">A municipality's own indicators; null adds none.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentException">The result is invalid; the message lists every problem.</exception>
    public CompletenessProfile With(
        IReadOnlyDictionary<string, decimal>? weights = null,
        IEnumerable<string>? disabled = null,
        IEnumerable<CompletenessIndicator>? added = null)
    {
        var indicators = Indicators.AddRange(added ?? []);
        var merged = Weights.SetItems(weights ?? ImmutableDictionary<string, decimal>.Empty);
        var problems = Check(indicators, merged, disabled?.ToArray() ?? []);
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid completeness profile: " + string.Join("; ", problems) + ".");
        }

        return Create(indicators, merged, disabled ?? []);
    }

    /// <summary>Reads a profile file: changes to the default profile.</summary>
    /// <param name="json">The JSON text: <c>{"weights": {"DG-C011": 15}, "disabled": ["DG-C026"]}</c>; both members are optional.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid profile; the message lists every problem.</exception>
    public static CompletenessProfile Load(string json)
    {
        Guard.NotNull(json);

        var problems = new List<string>();
        var weights = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var disabled = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException("Invalid completeness profile: the file must be a JSON object with 'weights' and/or 'disabled'.");
            }

            foreach (var member in document.RootElement.EnumerateObject())
            {
                switch (member.Name)
                {
                    case "weights" when member.Value.ValueKind == JsonValueKind.Object:
                        foreach (var weight in member.Value.EnumerateObject())
                        {
                            if (weight.Value.ValueKind == JsonValueKind.Number && weight.Value.TryGetDecimal(out var value))
                            {
                                weights[weight.Name] = value;
                            }
                            else
                            {
                                problems.Add($"/weights/{weight.Name}: the weight must be a number, not {weight.Value.ValueKind.ToString().ToLowerInvariant()}");
                            }
                        }

                        break;
                    case "disabled" when member.Value.ValueKind == JsonValueKind.Array:
                        var i = 0;
                        foreach (var code in member.Value.EnumerateArray())
                        {
                            if (code.ValueKind == JsonValueKind.String)
                            {
                                disabled.Add(code.GetString()!);
                            }
                            else
                            {
                                problems.Add($"/disabled/{i}: a code must be text");
                            }

                            i++;
                        }

                        break;
                    case "weights" or "disabled":
                        problems.Add($"/{member.Name}: must be {(member.Name == "weights" ? "an object of code: weight" : "a list of codes")}");
                        break;
                    default:
                        problems.Add($"/{member.Name}: unknown member (expected 'weights' or 'disabled')");
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Invalid completeness profile: the file is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): {ReadErrors.Reason(ex)}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // System.Text.Json reads a lone surrogate escape (\ud800) but cannot make text of it.
            throw new InvalidDataException("Invalid completeness profile: a name or code is not valid Unicode (it holds a lone surrogate escape such as \\ud800).", ex);
        }

        problems.AddRange(Check(Default.Indicators, Default.Weights.SetItems(weights), disabled));
        if (problems.Count > 0)
        {
            throw new InvalidDataException("Invalid completeness profile: " + string.Join("; ", problems) + ".");
        }

        return Create(Default.Indicators, Default.Weights.SetItems(weights), disabled);
    }

    /// <summary>Reads a profile file from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid profile; the message lists every problem.</exception>
    public static CompletenessProfile Load(Stream utf8Json)
    {
        Guard.NotNull(utf8Json);

        using var reader = new StreamReader(utf8Json, DataGrip.Core.Internal.Utf8.Strict, true, 4096, leaveOpen: true);
        try
        {
            return Load(reader.ReadToEnd());
        }
        catch (System.Text.DecoderFallbackException ex)
        {
            throw new InvalidDataException("Invalid completeness profile: the file is not valid UTF-8.", ex);
        }
    }

    /// <summary>The largest weight of one indicator: far above any real weighting, and small enough that a score never overflows.</summary>
    public const decimal MaxWeight = 1_000_000m;

    private static List<string> Check(ImmutableArray<CompletenessIndicator> indicators, ImmutableDictionary<string, decimal> weights, IReadOnlyCollection<string> disabled)
    {
        var problems = new List<string>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            if (indicator is null)
            {
                problems.Add("an added indicator is null");
            }
            else if (!codes.Add(indicator.Code))
            {
                problems.Add($"{indicator.Code}: two indicators have this code");
            }
            else if (indicator.DefaultWeight is < 0 or > MaxWeight)
            {
                problems.Add($"{indicator.Code}: default weight {indicator.DefaultWeight.ToString(CultureInfo.InvariantCulture)} is not between 0 and {MaxWeight.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        foreach (var pair in weights.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!codes.Contains(pair.Key))
            {
                problems.Add($"{pair.Key}: unknown indicator code");
            }
            else if (pair.Value < 0)
            {
                problems.Add($"{pair.Key}: negative weight {pair.Value.ToString(CultureInfo.InvariantCulture)}");
            }
            else if (pair.Value > MaxWeight)
            {
                problems.Add($"{pair.Key}: weight {pair.Value.ToString(CultureInfo.InvariantCulture)} is above the maximum of {MaxWeight.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        foreach (var code in disabled)
        {
            if (!codes.Contains(code))
            {
                problems.Add($"{code}: unknown indicator code in 'disabled'");
            }
        }

        var total = indicators.Where(i => i is not null && !disabled.Contains(i.Code)).Sum(i => weights.TryGetValue(i.Code, out var w) ? Math.Max(w, 0) : Math.Max(i.DefaultWeight, 0));
        if (total <= 0)
        {
            problems.Add("all weights are zero: nothing would count");
        }

        return problems;
    }

    private static CompletenessProfile Create(IEnumerable<CompletenessIndicator> indicators, ImmutableDictionary<string, decimal> weights, IEnumerable<string> disabled)
    {
        var off = new HashSet<string>(disabled, StringComparer.Ordinal);
        var active = indicators.Where(i => !off.Contains(i.Code)).OrderBy(i => i.Code, StringComparer.Ordinal).ToImmutableArray();
        var effective = active.ToImmutableDictionary(i => i.Code, i => weights.TryGetValue(i.Code, out var w) ? w : i.DefaultWeight, StringComparer.Ordinal);
        return new CompletenessProfile(active, effective);
    }
}
