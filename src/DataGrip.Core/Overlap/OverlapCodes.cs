namespace DataGrip.Core.Overlap;

/// <summary>
/// The stable codes of the findings of the <see cref="OverlapDetector"/>: input it could only partly compare.
/// A code is never renamed or reused; new codes are added to the CHANGELOG.
/// </summary>
public static class OverlapCodes
{
    /// <summary>A project has no text to compare (no name, short description or goal); it is compared on its other signals only. Warning.</summary>
    public const string NoText = "DG-O001";

    /// <summary>A project's text consists only of stop words; it is compared on its other signals only. Warning.</summary>
    public const string OnlyStopWords = "DG-O002";

    /// <summary>Two projects in the list have the same id; both are compared, and their pairs name them by position too. Warning.</summary>
    public const string DuplicateId = "DG-O003";

    /// <summary>A project's text looks like another language than Dutch; it is compared with the Dutch rules anyway, so its text similarity may be low. Info.</summary>
    public const string OtherLanguage = "DG-O004";

    /// <summary>The corpus has fewer than two projects: there is nothing to compare. Info.</summary>
    public const string CorpusTooSmall = "DG-O005";

    /// <summary>A project has nothing to compare at all (no text, data, supplier, theme, legal reference, technique or subject); it cannot be in a pair. Warning.</summary>
    public const string NothingToCompare = "DG-O006";

    /// <summary>An entry of the list is null; it is skipped. Error.</summary>
    public const string NullProject = "DG-O007";
}
