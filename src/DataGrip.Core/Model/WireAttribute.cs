using System;

namespace DataGrip.Core.Model;

/// <summary>
/// Constraints of a property on the wire that the published JSON Schema states (maximum length, pattern,
/// array rules). The schema generator reads them; the validator enforces them through the schema.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
internal sealed class WireAttribute : Attribute
{
    /// <summary>Maximum number of characters of a string; 0 means the default for long text.</summary>
    public int MaxLength { get; set; }

    /// <summary>Minimum number of characters of a string.</summary>
    public int MinLength { get; set; }

    /// <summary>A regular expression (ECMA 262) the string must match.</summary>
    public string? Pattern { get; set; }

    /// <summary>Minimum number of items of an array.</summary>
    public int MinItems { get; set; }

    /// <summary>Items of an array must be unique.</summary>
    public bool UniqueItems { get; set; }

    /// <summary>The published schema requires the property, although the reader supplies a default when it is absent.</summary>
    public bool Required { get; set; }
}

/// <summary>Limits that the wire format and the schema share.</summary>
internal static class WireLimits
{
    /// <summary>Maximum length of a short label (names, titles, identifiers).</summary>
    public const int Label = 200;

    /// <summary>Maximum length of a link.</summary>
    public const int Url = 500;

    /// <summary>Maximum length of a free-text field (the register allows 2,500–5,000; a long description more).</summary>
    public const int Text = 20_000;

    /// <summary>Maximum length of an identifier.</summary>
    public const int Id = 128;

    // Every pattern ends in $(?!\n): a bare $ also matches before a final new line in .NET and Python, not in
    // JavaScript, so "abc\n" would be an id for some validators only. Classes are spelled out for the same reason:
    // \s means other characters in each language.

    /// <summary>
    /// The largest magnitude of a number (a KPI's baseline, target or measurement): 10^15. Beyond it the value is
    /// no measurement, and below it JavaScript, Python and .NET compare numbers exactly alike.
    /// </summary>
    public const decimal MaxNumber = 1_000_000_000_000_000m;

    /// <summary>Pattern of a project identifier: letters, digits and <c>. _ : -</c>, starting with a letter or digit.</summary>
    public const string IdPattern = "^[A-Za-z0-9][A-Za-z0-9._:-]*$(?!\\n)";

    /// <summary>Pattern of an http(s) link: no space, control character or Unicode space in it (<see cref="Spaces"/>).</summary>
    public const string UrlPattern = "^https?://[^" + Spaces + "]+$(?!\\n)";

    /// <summary>Pattern of an organisation code such as <c>GM0344</c>.</summary>
    public const string OrganizationCodePattern = "^[A-Za-z]{2,8}[0-9]{1,8}$(?!\\n)";

    /// <summary>Pattern of a KvK number: eight digits.</summary>
    public const string KvkPattern = "^[0-9]{8}$(?!\\n)";

    /// <summary>Pattern of a schema version 1.x.</summary>
    public const string SchemaVersionPattern = "^1\\.[0-9]+$(?!\\n)";

    /// <summary>
    /// The characters no link may hold, as a regular-expression class body: controls, the space, DEL, the C1
    /// controls, no-break space, and every character that JavaScript, Python or .NET counts as white space.
    /// </summary>
    internal const string Spaces = "\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";
}
