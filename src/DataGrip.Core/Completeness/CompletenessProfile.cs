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
    /// <exception cref="InvalidDataException">The file is not a valid profile; the message lists every problem with its JSON Pointer.</exception>
    public static CompletenessProfile Load(string json) => OrThrow(Read(json));

    /// <summary>Reads a profile file from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid profile; the message lists every problem with its JSON Pointer.</exception>
    public static CompletenessProfile Load(Stream utf8Json) => OrThrow(Read(utf8Json));

    /// <summary>
    /// Reads a profile file, as a result: the profile, or findings (schema codes <c>DG-S</c>, each with its JSON Pointer
    /// and a message in Dutch and English) that say every problem of the file — malformed JSON, an unknown member or
    /// indicator code, a weight that is no number or out of range (0 to <see cref="MaxWeight"/>), a profile in which
    /// every weight is 0.
    /// </summary>
    /// <param name="json">The JSON text: <c>{"weights": {"DG-C011": 15}, "disabled": ["DG-C026"]}</c>; both members are optional.</param>
    /// <returns>The profile, or the findings that say why there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ReadResult<CompletenessProfile> Read(string json) => new ProfileReader().Read(Guard.NotNull(json));

    /// <summary>Reads a profile file from a stream of UTF-8 JSON (at most 1 MiB), as a result (see <see cref="Read(string)"/>).</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <returns>The profile, or the findings that say why there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static ReadResult<CompletenessProfile> Read(Stream utf8Json) => new ProfileReader().Read(Guard.NotNull(utf8Json));

    private static CompletenessProfile OrThrow(ReadResult<CompletenessProfile> read) => read.Value ?? throw ProfileReader.Invalid("completeness profile", read.Findings);

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
