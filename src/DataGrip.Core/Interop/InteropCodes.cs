namespace DataGrip.Core.Interop;

/// <summary>
/// The stable codes of the findings of the Algoritmeregister importer and exporter. A code is never renamed or
/// reused; new codes are added to the CHANGELOG.
/// </summary>
/// <remarks>
/// <c>DG-I0xx</c> are about the file and its rows, <c>DG-I1xx</c> about single values met while importing,
/// <c>DG-I2xx</c> about exporting to a register v1.0 payload.
/// </remarks>
public static class InteropCodes
{
    /// <summary>The input is neither JSON nor CSV. Error.</summary>
    public const string NotRegisterData = "DG-I001";

    /// <summary>The input looks like JSON but is not well-formed. Error.</summary>
    public const string MalformedJson = "DG-I002";

    /// <summary>The input looks like CSV but cannot be read as such (for example an unclosed quote). Error.</summary>
    public const string MalformedCsv = "DG-I003";

    /// <summary>The JSON holds no list of registrations (for example a number, or an object without one). Error.</summary>
    public const string UnexpectedShape = "DG-I004";

    /// <summary>A row is not a registration object (or a CSV line has the wrong number of cells); it is skipped. Error.</summary>
    public const string RowWrongShape = "DG-I005";

    /// <summary>The input is larger than the configured maximum. Error.</summary>
    public const string TooLarge = "DG-I006";

    /// <summary>The input is not valid UTF-8; it was read as Windows-1252 (the encoding of spreadsheets on Windows). Warning.</summary>
    public const string NotUtf8 = "DG-I007";

    /// <summary>A CSV cell is too long to carry (more than 100,000,000 characters); it is left out. Error.</summary>
    public const string CellTooLarge = "DG-I008";

    /// <summary>The JSON escapes half of a surrogate pair (such as <c>\ud800</c>) without the other half; it is read as U+FFFD. Warning.</summary>
    public const string LoneSurrogate = "DG-I009";

    /// <summary>A header row or template (help-text) row was recognised and skipped. Info.</summary>
    public const string HeaderRowSkipped = "DG-I010";

    /// <summary>A row has no values at all; it is skipped. Info.</summary>
    public const string EmptyRowSkipped = "DG-I011";

    /// <summary>A row names a standard version this importer does not know; it is read with the closest known one. Warning.</summary>
    public const string UnknownStandardVersion = "DG-I012";

    /// <summary>A row has no name; the project gets a placeholder name. Error.</summary>
    public const string NameMissing = "DG-I013";

    /// <summary>A row's id is used by an earlier row; the project gets a new id. Warning.</summary>
    public const string DuplicateId = "DG-I014";

    /// <summary>A row has no organisation (a supplier template); the project is marked as one. Info.</summary>
    public const string NoOrganization = "DG-I015";

    /// <summary>A value could not be mapped onto the model; it is kept unchanged as an extension of the project. Warning.</summary>
    public const string KeptAsExtension = "DG-I101";

    /// <summary>A field is not part of any known standard version; its value is kept as an extension. Info.</summary>
    public const string UnknownField = "DG-I102";

    /// <summary>A value is longer than the model allows; it is kept whole as an extension. Warning.</summary>
    public const string ValueTooLong = "DG-I103";

    /// <summary>An organisation name was matched to a municipality by its spelling, not exactly. Info.</summary>
    public const string MunicipalityMatched = "DG-I104";

    /// <summary>An organisation looks like a municipality but no municipality matches it surely; no code is set. Warning.</summary>
    public const string MunicipalityNotMatched = "DG-I105";

    /// <summary>A value was understood only after normalising it in a way worth checking (for example a status in prose). Info.</summary>
    public const string ValueInterpreted = "DG-I106";

    /// <summary>A number no double holds (such as <c>1e400</c>) is kept as text. Warning.</summary>
    public const string NumberKeptAsText = "DG-I107";

    /// <summary>A value nests deeper than 32 levels; the deeper part is kept as JSON text. Warning.</summary>
    public const string NestingKeptAsText = "DG-I108";

    /// <summary>A nested object names a property more than once; the later ones are kept under a new name. Warning.</summary>
    public const string RepeatedNameRenamed = "DG-I109";

    /// <summary>Data sources (and base registries) were read from the words of <c>source_data</c>; they are marked as such. Info.</summary>
    public const string SourcesReadFromText = "DG-I110";

    /// <summary>The organisation's code and type were read from the register's organisation id (<c>org_id</c>, <c>owner</c>). Info.</summary>
    public const string OrganizationFromId = "DG-I111";

    /// <summary>A field the register requires for publishing is empty. Error.</summary>
    public const string RequiredFieldMissing = "DG-I201";

    /// <summary>A text is longer than the register allows and was cut. Warning.</summary>
    public const string TextCut = "DG-I202";

    /// <summary>
    /// More themes than the register allows; only the first ones are sent. Warning. Not given for v1.0, whose
    /// config sets no limit on themes; kept for older standards.
    /// </summary>
    public const string TooManyThemes = "DG-I203";

    /// <summary>The project's language is not one the register accepts (only Dutch). Error.</summary>
    public const string LanguageNotAccepted = "DG-I204";

    /// <summary>A plain-text field holds something the register's cleaner removes as markup (such as <c>&lt;data@utrecht.nl&gt;</c>); it is sent rewritten. Warning.</summary>
    public const string MarkupInPlainText = "DG-I205";

    /// <summary>The organisation name is longer than the register's configured maximum; it is sent whole, not cut. Warning.</summary>
    public const string OrganizationNameLong = "DG-I206";
}
