namespace DataGrip.Core;

/// <summary>
/// The stable <c>DG-S</c> codes of the findings of the reader and the validator (schema and meaning). A code is
/// never renamed or reused; new codes are added to the CHANGELOG.
/// </summary>
/// <remarks>
/// <c>DG-S0xx</c> are about the document and its shape (reader and schema), <c>DG-S1xx</c> about meaning that
/// the schema cannot express (validator only).
/// </remarks>
public static class SchemaCodes
{
    /// <summary>The document is not well-formed JSON (syntax error or truncated). Error.</summary>
    public const string MalformedJson = "DG-S001";

    /// <summary>The document is empty or only white space. Error.</summary>
    public const string EmptyDocument = "DG-S002";

    /// <summary>The document nests deeper than the configured maximum depth. Error.</summary>
    public const string TooDeep = "DG-S003";

    /// <summary>The document is larger than the configured maximum size. Error.</summary>
    public const string TooLarge = "DG-S004";

    /// <summary>The document is not valid UTF-8. Error.</summary>
    public const string InvalidUtf8 = "DG-S005";

    /// <summary>A text is not valid Unicode: it holds a lone surrogate escape such as <c>\ud800</c>, which no writer can write again. Error.</summary>
    public const string InvalidUnicode = "DG-S007";

    /// <summary>The export's <c>schemaVersion</c> is not one this library reads (1.x). Error.</summary>
    public const string UnsupportedSchemaVersion = "DG-S006";

    /// <summary>A required property is missing. Error.</summary>
    public const string RequiredPropertyMissing = "DG-S010";

    /// <summary>A value has the wrong JSON type (for example a number where text is expected, or null). Error.</summary>
    public const string WrongType = "DG-S011";

    /// <summary>A value is not one of the allowed values of a closed vocabulary. Error.</summary>
    public const string UnknownEnumValue = "DG-S012";

    /// <summary>A text is longer than allowed. Error.</summary>
    public const string TextTooLong = "DG-S013";

    /// <summary>A text is shorter than allowed (for example empty). Error.</summary>
    public const string TextTooShort = "DG-S014";

    /// <summary>A text does not have the required form (identifier, link, date, code). Error.</summary>
    public const string InvalidFormat = "DG-S015";

    /// <summary>
    /// A property the model does not know and that has no <c>x-</c> vendor prefix, in a document of a schema version
    /// this library knows: the published schema rejects it, and so do the reader and the validator. Error.
    /// </summary>
    public const string UnknownProperty = "DG-S016";

    /// <summary>A list breaks a rule: duplicate items where they must be unique, or too few items. Error.</summary>
    public const string InvalidList = "DG-S017";

    /// <summary>An object has the same property twice; one of the values would be lost. Error.</summary>
    public const string DuplicateProperty = "DG-S018";

    /// <summary>Any other violation of the published schema. Error.</summary>
    public const string SchemaViolation = "DG-S019";

    /// <summary>A date that does not exist in the calendar, such as <c>2024-02-30</c>. Error.</summary>
    public const string InvalidDate = "DG-S020";

    /// <summary>
    /// A property the model does not know, in a document of a newer 1.x schema version than this library knows: it may
    /// be a field of that version, so it is kept as an extension and written back unchanged. Warning.
    /// </summary>
    public const string PropertyOfNewerVersion = "DG-S021";

    /// <summary>A number beyond ±10^15 (<c>WireLimits.MaxNumber</c>), such as <c>1e+30</c> as a KPI baseline. Error.</summary>
    public const string NumberOutOfRange = "DG-S022";

    /// <summary>More findings were found than the validator's or reader's <c>MaxFindings</c>; the rest are counted, not listed. Info.</summary>
    public const string TooManyFindings = "DG-S099";

    /// <summary>Two projects in one export have the same <c>id</c>. Error.</summary>
    public const string DuplicateProjectId = "DG-S101";

    /// <summary>A project's end date is before its begin date. Error.</summary>
    public const string EndBeforeBegin = "DG-S102";

    /// <summary>A municipality code that is not one of the known municipalities (CBS code such as GM0344). Error.</summary>
    public const string UnknownMunicipalityCode = "DG-S103";

    /// <summary>A related project's id is not the id of a project in the same export. Warning.</summary>
    public const string UnresolvedRelatedProject = "DG-S104";

    /// <summary>An organisation's name does not match the official name of its municipality code. Warning.</summary>
    public const string MunicipalityNameMismatch = "DG-S105";

    /// <summary>A project lists itself as a related project. Warning.</summary>
    public const string RelatedToSelf = "DG-S106";

    /// <summary>
    /// A key of <c>record.visibility</c> is not a JSON Pointer to a field of the project (malformed, or naming no
    /// field of the model); the field it meant would be published. The public writers refuse such a project. Error.
    /// </summary>
    public const string InvalidVisibilityKey = "DG-S107";

    /// <summary>The phase history is not in date order (schema 1.1). Warning.</summary>
    public const string PhaseHistoryOutOfOrder = "DG-S108";

    /// <summary>The current phase is not the last phase of the phase history (schema 1.1). Warning.</summary>
    public const string PhaseHistoryDisagrees = "DG-S109";

    /// <summary>A decision reference (in the phase history or the pilot terms) names no decision of the project (schema 1.1). Warning.</summary>
    public const string UnresolvedDecisionReference = "DG-S110";

    /// <summary>A KPI measurement is dated before the KPI's baseline date (schema 1.1). Warning.</summary>
    public const string MeasurementBeforeBaseline = "DG-S111";

    /// <summary>A pilot's evaluation date is after its planned end (schema 1.1). Warning.</summary>
    public const string PilotEvaluationAfterEnd = "DG-S112";
}
