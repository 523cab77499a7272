using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DataGrip.Core.Interop;

/// <summary>What happened to one value.</summary>
internal enum Outcome
{
    Mapped,
    Normalised,
    Extension,
    Skipped,
}

/// <summary>The mutable state of one import call: findings, field statistics, ids in use. Never shared between calls.</summary>
internal sealed class ImportSession(ImportOptions options, OrganizationMatcher matcher)
{
    private readonly SortedDictionary<string, int[]> stats = new(StringComparer.Ordinal);

    public ImportOptions Options { get; } = options;

    public OrganizationMatcher Matcher { get; } = matcher;

    public List<Finding> Findings { get; } = [];

    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> Versions { get; } = new(StringComparer.Ordinal);

    /// <summary>The fields of the current row (reused from row to row).</summary>
    public List<(string Name, string Key, System.Text.Json.JsonElement Value)> Fields { get; } = [];

    /// <summary>The field names seen in the current row (reused from row to row).</summary>
    public HashSet<string> SeenKeys { get; } = new(StringComparer.Ordinal);

    private readonly Dictionary<string, (OrganizationMatch Match, Reference.Municipality? Municipality, Model.OrganizationType? Type, InteropMessages.Bilingual? Hint)> organizations = new(StringComparer.Ordinal);

    /// <summary>Matches an organisation name, once per distinct name in an import (registers repeat them).</summary>
    public OrganizationMatch Match(string name, out Reference.Municipality? municipality, out Model.OrganizationType? type, out InteropMessages.Bilingual? hint)
    {
        if (!organizations.TryGetValue(name, out var known))
        {
            var match = Matcher.Match(name, out municipality, out type, out hint);
            known = (match, municipality, type, hint);
            organizations[name] = known;
        }

        (municipality, type, hint) = (known.Municipality, known.Type, known.Hint);
        return known.Match;
    }

    public void Count(string field, Outcome outcome)
    {
        if (!stats.TryGetValue(field, out var counts))
        {
            counts = new int[4];
            stats[field] = counts;
        }

        counts[(int)outcome]++;
    }

    public ImmutableArray<FieldStatistics> Statistics() =>
        stats.Select(pair => new FieldStatistics
        {
            Field = pair.Key,
            Mapped = pair.Value[(int)Outcome.Mapped],
            Normalised = pair.Value[(int)Outcome.Normalised],
            KeptAsExtension = pair.Value[(int)Outcome.Extension],
            Skipped = pair.Value[(int)Outcome.Skipped],
        }).ToImmutableArray();
}
