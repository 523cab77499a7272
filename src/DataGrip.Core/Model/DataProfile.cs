using System.Collections.Immutable;

namespace DataGrip.Core.Model;

/// <summary>The data a project uses and whose data it is.</summary>
public sealed record DataProfile : ExtensibleRecord
{
    /// <summary>The data sources (register fields <c>source_data</c> and <c>source_data_grouping</c>).</summary>
    public ImmutableArray<DataSource> Sources { get; init => field = value.OrEmpty(); } = [];

    /// <summary>
    /// The data described in words (register field <c>source_data</c>, "Gegevens"): what is used, where it comes
    /// from. Sources named in it may also be in <see cref="Sources"/>, marked <see cref="DataSource.ReadFromText"/>.
    /// </summary>
    public string? Description { get; init; }

    /// <summary>The groups of people whose data is processed or who are affected (Pre-scan DPIA 1.4.1).</summary>
    [Wire(UniqueItems = true)]
    public ImmutableArray<DataSubjectGroup> Subjects { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Whether the data of 10,000 people or more is processed (Pre-scan DPIA 1.5.1); null when unknown.</summary>
    public bool? AtLeast10000Subjects { get; init; }

    /// <summary>How often the data is processed (Pre-scan DPIA 1.5.3).</summary>
    public ProcessingFrequency? ProcessingFrequency { get; init; }

    /// <summary>How long the data is kept (Pre-scan DPIA 1.5.4).</summary>
    public RetentionPeriod? Retention { get; init; }

    /// <summary>Whether personal data is transferred abroad.</summary>
    public InternationalTransfer? InternationalTransfer { get; init; }

    /// <summary>Where the data are stored under the contract (Pre-scan DPIA 2.1.3).</summary>
    public StorageLocation? Storage { get; init; }

    /// <summary>Whether support is given from outside the EEA (Pre-scan DPIA 2.1.4).</summary>
    public bool? SupportOutsideEea { get; init; }

    /// <summary>Whether telemetry or diagnostic data are processed outside the EEA (Pre-scan DPIA 2.1.5).</summary>
    public bool? TelemetryOutsideEea { get; init; }

    /// <summary>The mechanism of a transfer outside the EEA (Pre-scan DPIA 2.1.6); with storage or support outside the EEA, standard contractual clauses or another mechanism require a DTIA.</summary>
    public TransferMechanism? TransferMechanism { get; init; }
}

/// <summary>One data source of a project.</summary>
public sealed record DataSource : ExtensibleRecord
{
    /// <summary>The name of the source, such as "BRP-bevraging" or "Schuldhulpregistratie".</summary>
    [Wire(MaxLength = 500, MinLength = 1)]
    public required string Title { get; init; }

    /// <summary>A link to a description of the source.</summary>
    [Wire(MaxLength = WireLimits.Url, Pattern = WireLimits.UrlPattern)]
    public string? Link { get; init; }

    /// <summary>The base registry this source is, if it is one.</summary>
    public BaseRegistry? BaseRegistry { get; init; }

    /// <summary>Who holds the source (bronhouder).</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public string? Holder { get; init; }

    /// <summary>How far the source identifies people.</summary>
    public PersonalDataLevel? PersonalData { get; init; }

    /// <summary>The categories of personal data in the source.</summary>
    public DataCategories? Categories { get; init; }

    /// <summary>
    /// True when the source was read from the words of <see cref="DataProfile.Description"/> (for example an older
    /// registration's "RDW, GBA, Nationaal Parkeer Register") rather than given as a source; check it. Null otherwise.
    /// </summary>
    public bool? ReadFromText { get; init; }
}

/// <summary>The categories of personal data in a source, as the Pre-scan DPIA counts them.</summary>
public sealed record DataCategories : ExtensibleRecord
{
    /// <summary>Ordinary personal data, by name, such as "naam", "adres", "geboortedatum" (Pre-scan DPIA 1.1.2).</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public ImmutableArray<string> Ordinary { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Special categories (GDPR Art. 9; Pre-scan DPIA 1.2.2).</summary>
    [Wire(UniqueItems = true)]
    public ImmutableArray<SpecialCategory> Special { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Sensitive personal data such as BSN, financial or location data (Pre-scan DPIA 1.3.2).</summary>
    [Wire(UniqueItems = true)]
    public ImmutableArray<SensitiveCategory> Sensitive { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Whether criminal-law data is processed (GDPR Art. 10); null when unknown.</summary>
    public bool? Criminal { get; init; }
}
