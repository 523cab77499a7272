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
