namespace DataGrip.Core.Completeness;

/// <summary>
/// The stable <c>DG-P</c> codes of the Algoritmeregister's publishing gate (<see cref="RegisterPublishability"/>), one
/// per field the register requires. A code is never renamed or reused. Error.
/// </summary>
public static class PublishabilityCodes
{
    /// <summary>The name (<c>name</c>, at most 100 characters) is missing or too long.</summary>
    public const string Name = "DG-P001";

    /// <summary>The short description (<c>description_short</c>, at most 400 characters) is missing or too long.</summary>
    public const string ShortDescription = "DG-P002";

    /// <summary>The organisation name (<c>organization</c>, at most 100 characters) is missing or too long.</summary>
    public const string Organization = "DG-P003";

    /// <summary>The status (<c>status</c>, from the lifecycle phase) is missing.</summary>
    public const string Status = "DG-P004";

    /// <summary>The contact (<c>contact_email</c>, at most 500 characters) is missing or too long.</summary>
    public const string Contact = "DG-P005";

    /// <summary>The publication category (<c>publication_category</c>) is missing.</summary>
    public const string PublicationCategory = "DG-P006";

    /// <summary>The language (<c>lang</c>) is missing.</summary>
    public const string Language = "DG-P007";
}
