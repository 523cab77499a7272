using System;
using System.Collections.Generic;

namespace DataGrip.Core.Interop;

/// <summary>
/// The register's field names across standard versions 0.1–1.0 (MinBZK/Algoritmeregister
/// <c>backend/app/schemas/config/v0_1.json … v1_0.json</c>, and the submission API's models), and the limits of v1.0.
/// </summary>
internal static class RegisterFields
{
    /// <summary>The prefix of the extension that keeps a register value the model has no place for.</summary>
    public const string ExtensionPrefix = "x-algoritmeregister-";

    /// <summary>The standard versions this importer knows, oldest first.</summary>
    public static readonly string[] KnownVersions = ["0.1", "0.2", "0.2.1", "0.2.3", "0.3.1", "0.4", "1.0"];

    /// <summary>The fields of the v1.0 <c>AlgorithmIn</c> body, in the API's order.</summary>
    public static readonly string[] AlgorithmIn =
    [
        "name", "description_short", "organization", "category", "status", "begin_date", "end_date", "contact_email",
        "website", "publication_category", "url", "goal", "proportionality", "human_intervention", "risks",
        "lawful_basis", "lawful_basis_grouping", "process_index_url", "impacttoetsen_grouping", "impacttoetsen",
        "source_data", "source_data_grouping", "methods_and_models", "provider", "publiccode", "lang",
        "standard_version", "source_id", "tags", "lars", "publication_dt",
    ];

    /// <summary>The fields of versions before 1.0 that v1.0 dropped or renamed.</summary>
    public static readonly HashSet<string> Older = new(StringComparer.Ordinal)
    {
        "department", "type", "impact", "decision_making_process", "documentation", "description", "application_url",
        "mprd", "monitoring", "performance_standard", "competent_authority", "iama", "iama_description", "dpia",
        "dpia_description", "objection_procedure", "uuid", "area", "revision_date", "schema", "id",
        "lawful_basis_link", "source_data_link", "create_dt", "language", "state",

        // The site-data dump (pub_data.json) adds these to every row.
        "published", "released", "owner", "leverancier_id", "org_id",

        // The register's current CSV download names the LARS code so.
        "algorithm_id",
    };

    /// <summary>The v1.0 maximum length of each limited text field (config <c>max_length</c>).</summary>
    public static readonly Dictionary<string, int> MaxLength = new(StringComparer.Ordinal)
    {
        ["name"] = 100,
        ["description_short"] = 400,
        ["organization"] = 100,
        ["begin_date"] = 7,
        ["end_date"] = 7,
        ["contact_email"] = 500,
        ["website"] = 500,
        ["url"] = 500,
        ["goal"] = 2500,
        ["proportionality"] = 2500,
        ["human_intervention"] = 2500,
        ["risks"] = 2500,
        ["lawful_basis"] = 2500,
        ["process_index_url"] = 500,
        ["impacttoetsen"] = 2500,
        ["source_data"] = 2500,
        ["methods_and_models"] = 5000,
        ["provider"] = 200,
        ["publiccode"] = 500,
        ["source_id"] = 100,
        ["tags"] = 2500,
    };

    /// <summary>The v1.0 maximum length of a grouping item's title (config <c>items.title.max_length</c>); none for impacttoetsen_grouping.</summary>
    public static readonly Dictionary<string, int> GroupingTitleMaxLength = new(StringComparer.Ordinal)
    {
        ["lawful_basis_grouping"] = 100,
        ["source_data_grouping"] = 500,
    };

    /// <summary>The v1.0 fields that allow HTML (div, br, p, ul, ol, li).</summary>
    public static readonly HashSet<string> Html = new(StringComparer.Ordinal)
    {
        "goal", "proportionality", "human_intervention", "risks", "lawful_basis", "impacttoetsen", "source_data",
        "methods_and_models", "tags",
    };

    /// <summary>The seven fields the register requires, with their Dutch titles.</summary>
    public static readonly (string Field, string Title)[] Required =
    [
        ("name", "Naam"), ("description_short", "Korte omschrijving"), ("organization", "Organisatie"), ("status", "Status"),
        ("contact_email", "Contactgegevens"), ("publication_category", "Publicatiecategorie"), ("lang", "Taal"),
    ];

    /// <summary>The Dutch column titles of the register's CSV download (v1.0), by field.</summary>
    public static readonly Dictionary<string, string> ByTitle = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Naam"] = "name", ["Korte omschrijving"] = "description_short", ["Organisatie"] = "organization",
        ["Thema"] = "category", ["Status"] = "status", ["Begindatum"] = "begin_date", ["Einddatum"] = "end_date",
        ["Contactgegevens"] = "contact_email", ["Link naar publiekspagina"] = "website",
        ["Publicatiecategorie"] = "publication_category", ["Link naar bronregistratie"] = "url",
        ["Doel en impact"] = "goal", ["Afwegingen"] = "proportionality", ["Menselijke tussenkomst"] = "human_intervention",
        ["Risicobeheer"] = "risks", ["Wettelijke basis"] = "lawful_basis", ["Link naar verwerkingsregister"] = "process_index_url",
        ["Toelichting op impacttoetsen"] = "impacttoetsen", ["Gegevens"] = "source_data", ["Technische werking"] = "methods_and_models",
        ["Leverancier"] = "provider", ["Link naar broncode"] = "publiccode", ["Taal"] = "lang",
        ["Versie publicatiestandaard"] = "standard_version", ["Bron-ID"] = "source_id", ["Zoektermen"] = "tags",
        ["Algoritme-ID"] = "lars", ["Publicatiedatum"] = "publication_dt",
    };

    /// <summary>True when the field belongs to some known version.</summary>
    public static bool IsKnown(string field) => Array.IndexOf(AlgorithmIn, field) >= 0 || Older.Contains(field);
}
