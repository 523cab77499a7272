namespace DataGrip.Core.Model;

// Where a value came from and who may see it. On the wire each value is its camelCase name (Theme.SocialSecurity is "socialSecurity"); these
// names are stable. The verbatim Dutch labels of the Algoritmeregister are available through RegisterLabels.

/// <summary>Where a record came from.</summary>
public enum Provenance
{
    /// <summary>Entered by the municipality.</summary>
    Manual,

    /// <summary>Copied from a supplier's template.</summary>
    SupplierTemplate,

    /// <summary>Imported from another register or file.</summary>
    Import,
}

/// <summary>Who may see a field.</summary>
public enum FieldVisibility
{
    /// <summary>Anyone: included in a public export.</summary>
    Public,

    /// <summary>The organisation only: left out of a public export.</summary>
    Internal,
}
