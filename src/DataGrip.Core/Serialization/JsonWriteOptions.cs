namespace DataGrip.Core.Serialization;

/// <summary>How an export is written.</summary>
public sealed record JsonWriteOptions
{
    /// <summary>The defaults: everything, indented.</summary>
    public static JsonWriteOptions Default { get; } = new();

    /// <summary>A public export: internal fields and employees' personal data left out, indented.</summary>
    public static JsonWriteOptions Public { get; } = new() { PublicOnly = true };

    /// <summary>
    /// Leave out what is not for the public: every field marked <see cref="Model.FieldVisibility.Internal"/> in a
    /// project's <see cref="Model.RecordInfo.Visibility"/>, the names and e-mail addresses of people in
    /// <see cref="Model.DataProject.Roles"/>, the contract references of suppliers, the reviewer
    /// (<see cref="Model.Lifecycle.Reviewer"/>) and the decisions of the team, the CDO office and management (each
    /// unless marked public), and the visibility map itself.
    /// </summary>
    /// <value>The default value is false.</value>
    public bool PublicOnly { get; init; }

    /// <summary>Indent the JSON for people to read.</summary>
    /// <value>The default value is true.</value>
    public bool Indented { get; init; } = true;
}
