using System.Collections.Immutable;
using DataGrip.Core.Model;

namespace DataGrip.Core.Interop;

/// <summary>The file format an import read.</summary>
public enum RegisterFileFormat
{
    /// <summary>Neither JSON nor CSV could be read.</summary>
    Unknown,

    /// <summary>JSON: the site-data dump, the download export, a supplier template or a single registration.</summary>
    Json,

    /// <summary>CSV: the register's download, quoted, separated by <c>;</c> or <c>,</c>.</summary>
    Csv,
}

/// <summary>What happened to the values of one register field over a whole import.</summary>
public sealed record FieldStatistics
{
    /// <summary>The register field, in lower case (for example <c>status</c>).</summary>
    public required string Field { get; init; }

    /// <summary>Values taken over as they were.</summary>
    public int Mapped { get; init; }

    /// <summary>Values taken over after normalising (a spelling variant, HTML to text, a date format, a name).</summary>
    public int Normalised { get; init; }

    /// <summary>Values that could not be mapped and are kept unchanged as an extension of the project (each with a finding).</summary>
    public int KeptAsExtension { get; init; }

    /// <summary>Empty values (null, "", "-") and values that only say which standard version a row uses.</summary>
    public int Skipped { get; init; }
}

/// <summary>The outcome of an import: the projects, every finding, and per field what was mapped or kept.</summary>
public sealed record ImportResult
{
    /// <summary>The imported projects as a DataGrip export (never null; empty when nothing could be read).</summary>
    public required ProjectExport Export { get; init; }

    /// <summary>The findings, in input order. Skipped rows, unmapped values and guesses all have one.</summary>
    public ImmutableArray<Finding> Findings { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Per register field, what happened to its values, ordered by field name.</summary>
    public ImmutableArray<FieldStatistics> Fields { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The format that was read.</summary>
    public RegisterFileFormat Format { get; init; }

    /// <summary>The rows read, including the skipped ones.</summary>
    public int RowsRead { get; init; }

    /// <summary>The rows skipped: header and template rows, empty rows and rows of the wrong shape.</summary>
    public int RowsSkipped { get; init; }

    /// <summary>How many imported rows used each standard version (declared, or inferred from the fields present).</summary>
    public ImmutableSortedDictionary<string, int> StandardVersions { get; init => field = value ?? ImmutableSortedDictionary<string, int>.Empty; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>True when some finding has severity error.</summary>
    public bool HasErrors => System.Linq.Enumerable.Any(Findings, f => f.Severity == Severity.Error);
}
