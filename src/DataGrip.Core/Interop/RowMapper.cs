using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using DataGrip.Core.Model;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Interop;

/// <summary>Maps one register row (a JSON object) onto a <see cref="DataProject"/>, field by field.</summary>
internal sealed partial class RowMapper
{
    /// <summary>The organisation name of a project whose registration names none (a supplier template).</summary>
    internal const string OrganizationToFillIn = "(in te vullen door de gemeente)";

    /// <summary>The name of a project whose registration has none.</summary>
    internal const string NameToFillIn = "(naam ontbreekt)";

    private readonly ImportSession session;

    private static bool IsId(string text) => WireRules.Matches(WireLimits.IdPattern, text);

    private static bool IsUrl(string text) => WireRules.Matches(WireLimits.UrlPattern, text);

    private readonly string pointer;

    private readonly int row;

    // The values point into the input document; the project's Extensions init clones them (ExtensibleRecord.Copy),
    // before the document is disposed.
    private readonly Dictionary<string, JsonElement> extensions = new(StringComparer.Ordinal);

    private readonly ProjectDraft draft = new();

    private string version = "1.0";

    private RowMapper(ImportSession session, string pointer, int row)
    {
        this.session = session;
        this.pointer = pointer;
        this.row = row;
    }

    /// <summary>Maps a row; null when the row is skipped (a finding says why).</summary>
    public static DataProject? Map(ImportSession session, JsonElement element, string pointer, int row)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            session.Findings.Add(InteropMessages.Create(InteropCodes.RowWrongShape, pointer, ("Row", row), ("Reason", InteropMessages.Say("a JSON " + element.ValueKind.ToString().ToLowerInvariant() + ", not an object", JsonKind(element.ValueKind) + ", geen object")), ("Value", element.GetRawText())));
            return null;
        }

        var fields = session.Fields;
        fields.Clear();
        foreach (var property in element.EnumerateObject())
        {
            fields.Add((property.Name, property.Name.Trim().ToLowerInvariant(), property.Value));
        }

        var mapper = new RowMapper(session, pointer, row);
        return mapper.Skip(fields) ? null : mapper.MapFields(fields);
    }

    private bool Skip(List<(string Name, string Key, JsonElement Value)> fields)
    {
        string Value(string key)
        {
            foreach (var f in fields)
            {
                if (f.Key == key && f.Value.ValueKind == JsonValueKind.String)
                {
                    return f.Value.GetString()!.Trim();
                }
            }

            return string.Empty;
        }

        // Only a row without a name and an organisation can be empty; then look at every value ("  ", "-" count as empty).
        // Keys of short values only: a header cell is a word, and a 100 MB value must not be normalised here.
        string Key(string text) => text.Length <= MaxLabel ? TextKey.Of(text) : text.Substring(0, 100);
        var name = Value("name");
        var organization = Key(Value("organization"));
        if (IsBlank(name) && organization.Length == 0
            && fields.All(f => IsEmpty(f.Value) || (f.Value.ValueKind == JsonValueKind.String && IsBlank(f.Value.GetString()!))))
        {
            session.Findings.Add(InteropMessages.Create(InteropCodes.EmptyRowSkipped, pointer, ("Row", row)));
            return true;
        }

        var header = organization is "required" or "optional" or "organisatie" or "organization" or "organisatienaam"
            || Key(name) is "required" or "naam" or "name";
        var questions = new[] { "status", "type", "iama", "dpia", "mprd" }.Count(k => Value(k).EndsWith("?", StringComparison.Ordinal));
        if (header || questions >= 2 || organization.StartsWith("de volledige naam van de organisatie", StringComparison.Ordinal))
        {
            session.Findings.Add(InteropMessages.Create(InteropCodes.HeaderRowSkipped, pointer, ("Row", row), ("Value", name)));
            return true;
        }

        return false;
    }

    private DataProject MapFields(List<(string Name, string Key, JsonElement Value)> fields)
    {
        DetectVersion(fields);
        var seen = session.SeenKeys;
        seen.Clear();
        foreach (var (name, key, value) in fields)
        {
            if (IsEmpty(value))
            {
                session.Count(key, Outcome.Skipped);
                continue;
            }

            if (!seen.Add(key))
            {
                // The same field twice (MPRD and mprd, or a name given twice): keep the later ones as they are.
                Keep(key, name, value, InteropMessages.Say("the field appears more than once in the row", "het veld komt meer dan eens voor in de rij"), FreeExtension(Extension(name)));
                continue;
            }

            MapField(key, name, value);
        }

        return Build();
    }

    private void DetectVersion(List<(string Name, string Key, JsonElement Value)> fields)
    {
        string? declared = null;
        foreach (var (_, key, value) in fields)
        {
            if (key is "standard_version" or "schema" && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0)
            {
                declared = value.GetString()!.Trim();
            }
        }

        bool Has(string key) => fields.Exists(f => f.Key == key && !IsEmpty(f.Value));
        var inferred = Has("publication_category") ? "1.0"
            : Has("begin_date") || Has("impacttoetsen") || Has("lawful_basis_link") ? "0.4"
            : Has("provider") || Has("tags") || Has("source_id") ? "0.3.1"
            : "0.1";
        version = inferred;
        if (declared is not null)
        {
            var match = VersionPattern.Match(declared);
            var number = match.Success ? match.Value : declared;
            if (number.EndsWith(".0", StringComparison.Ordinal) && number.Count(c => c == '.') == 2)
            {
                number = number.Substring(0, number.Length - 2);
            }

            if (Array.IndexOf(RegisterFields.KnownVersions, number) >= 0)
            {
                version = number;
            }
            else
            {
                session.Findings.Add(InteropMessages.Create(InteropCodes.UnknownStandardVersion, pointer, ("Value", declared), ("Known", string.Join(", ", RegisterFields.KnownVersions)), ("Assumed", inferred)));
            }
        }

        session.Versions[version] = session.Versions.TryGetValue(version, out var n) ? n + 1 : 1;
    }

    private void MapField(string key, string name, JsonElement value)
    {
        switch (key)
        {
            case "name":
                draft.Name = Plain(key, name, value, 100);
                break;
            case "description_short":
                draft.ShortDescription = Plain(key, name, value, 400);
                break;
            case "description":
                draft.Description = Html(key, name, value);
                break;
            case "organization":
                MapOrganization(key, name, value);
                break;
            case "department":
                draft.Department = Plain(key, name, value, WireLimits.Label);
                break;
            case "contact_email":
                draft.Contact = Plain(key, name, value, 500);
                break;
            case "source_id":
                draft.SourceId = Plain(key, name, value, 100);
                break;
            case "lars" or "algorithm_id":
                draft.Lars = Plain(key, name, value, 100);
                break;
            case "org_id" or "owner":
                MapOrganizationId(key, name, value);
                break;
            case "url":
                draft.SourceRegistrationUrl = UrlValue(key, name, value);
                break;
            case "source_data":
                draft.SourceData = Html(key, name, value);
                draft.SourceDataName = name;
                break;
            case "impacttoetsen":
                MapImpactAssessments(key, name, value);
                break;
            case "publication_dt":
                MapPublicationDate(key, name, value);
                break;
            case "lawful_basis_link":
                draft.LawfulBasisLink = (name, value);
                break;
            case "source_data_link":
                MapSourceDataLink(key, name, value);
                break;
            case "id":
                MapId(key, name, value);
                break;
            case "category":
                MapThemes(key, name, value);
                break;
            case "status":
                MapStatus(key, name, value);
                break;
            case "begin_date":
                draft.BeginDate = Date(key, name, value);
                break;
            case "end_date":
                draft.EndDate = Date(key, name, value);
                break;
            case "revision_date":
                draft.NextReview = Date(key, name, value);
                break;
            case "website":
                draft.Website = UrlValue(key, name, value);
                break;
            case "process_index_url":
                draft.ProcessIndexUrl = UrlValue(key, name, value);
                break;
            case "publiccode":
                draft.PublicCode = UrlValue(key, name, value);
                break;
            case "publication_category":
                MapPublicationCategory(key, name, value);
                break;
            case "goal":
                draft.Goal = Html(key, name, value);
                break;
            case "impact":
                draft.Impact = Html(key, name, value);
                break;
            case "proportionality":
                draft.Proportionality = Html(key, name, value);
                break;
            case "human_intervention":
                draft.HumanIntervention = Html(key, name, value);
                break;
            case "risks":
                draft.Risks = Html(key, name, value);
                break;
            case "lawful_basis":
                draft.LawfulBasis = Html(key, name, value);
                break;
            case "methods_and_models":
                draft.MethodsAndModels = Html(key, name, value);
                break;
            case "monitoring":
                draft.Monitoring = Html(key, name, value);
                break;
            case "objection_procedure":
                draft.ObjectionProcedure = Html(key, name, value);
                break;
            case "performance_standard":
                draft.Performance = Html(key, name, value);
                break;
            case "tags":
                MapTags(key, name, value);
                break;
            case "provider":
                MapProvider(key, name, value);
                break;
            case "lang":
                MapLanguage(key, name, value);
                break;
            case "type":
                MapType(key, name, value);
                break;
            case "lawful_basis_grouping":
                MapGrouping(key, name, value, 100, (title, link) => draft.LegalReferences.Add(new LegalReference { Title = title, Link = link }));
                break;
            case "source_data_grouping":
                MapGrouping(key, name, value, 500, (title, link) => draft.Sources.Add(new DataSource { Title = title, Link = link }));
                break;
            case "impacttoetsen_grouping":
                MapGrouping(key, name, value, WireLimits.Label, (title, link) => draft.Assessments.Add(new Assessment { Type = AssessmentTypeOf(title), Title = title, Status = AssessmentStatus.Done, Link = link }));
                break;
            case "iama" or "dpia" or "iama_description" or "dpia_description":
                draft.Answers[key] = (name, value);
                break;
            case "standard_version" or "schema":
                session.Count(key, Outcome.Skipped);
                break;
            default:
                if (RegisterFields.IsKnown(key))
                {
                    Keep(key, name, value, InteropMessages.Say("the model has no field for it", "het model heeft er geen veld voor"));
                }
                else
                {
                    extensions[Extension(name)] = value;
                    session.Count(key, Outcome.Extension);
                    session.Findings.Add(InteropMessages.Create(InteropCodes.UnknownField, Pointer(name), ("Field", name), ("Extension", Extension(name))));
                }

                break;
        }
    }

    private DataProject Build()
    {
        ResolveAnswers();
        ResolveLawfulBasisLink();
        ResolveSourceDataLink();
        ResolveOrganizationId();
        ReadSourcesFromText();
        var name = draft.Name;
        if (name is null)
        {
            name = NameToFillIn;
            session.Findings.Add(InteropMessages.Create(InteropCodes.NameMissing, Pointer("name"), ("Placeholder", NameToFillIn)));
        }

        var organization = draft.Organization ?? new Organization { Name = OrganizationToFillIn };
        var template = !draft.OrganizationGiven;
        if (template)
        {
            session.Findings.Add(InteropMessages.Create(InteropCodes.NoOrganization, Pointer("organization")));
        }

        var goal = draft.Goal is null ? draft.Impact : draft.Impact is null ? draft.Goal : draft.Goal + "\n\n" + draft.Impact;
        var beginDate = draft.BeginDate ?? draft.StatusSince;
        var lifecycle = draft.Phase is null && beginDate is null && draft.EndDate is null && draft.NextReview is null
            ? null
            : new Lifecycle { Phase = draft.Phase, BeginDate = beginDate, EndDate = draft.EndDate, NextReview = draft.NextReview };
        return new DataProject
        {
            Id = NewId(),
            SourceId = draft.SourceId,
            ExternalIds = draft.Lars is null ? null : new ExternalIds { AlgoritmeregisterLars = draft.Lars },
            Name = name,
            ShortDescription = draft.ShortDescription,
            Description = draft.Description,
            Themes = [.. draft.Themes],
            Tags = [.. draft.Tags],
            Language = draft.Language,
            Organization = organization,
            Department = draft.Department,
            Contact = draft.Contact,
            Suppliers = [.. draft.Suppliers],
            Lifecycle = lifecycle,
            Purpose = goal is null && draft.Proportionality is null ? null : new Purpose { GoalAndImpact = goal, Proportionality = draft.Proportionality },
            Legal = draft.LawfulBasis is null && draft.LegalReferences.Count == 0 && draft.ProcessIndexUrl is null
                ? null
                : new LegalBasis { LawfulBasis = draft.LawfulBasis, References = [.. draft.LegalReferences], ProcessingRegisterUrl = draft.ProcessIndexUrl },
            Data = draft.Sources.Count == 0 && draft.SourceData is null ? null : new DataProfile { Sources = [.. draft.Sources], Description = draft.SourceData },
            Technique = draft.AlgorithmType is null && draft.UseType is null && draft.MethodsAndModels is null && draft.PublicCode is null && draft.Performance is null
                ? null
                : new Technique { AlgorithmType = draft.AlgorithmType, UseType = draft.UseType, MethodsAndModels = draft.MethodsAndModels, PublicCodeUrl = draft.PublicCode, Performance = draft.Performance },
            Oversight = draft.HumanIntervention is null && draft.Monitoring is null && draft.ObjectionProcedure is null
                ? null
                : new Oversight { HumanIntervention = draft.HumanIntervention, Monitoring = draft.Monitoring, ObjectionProcedure = draft.ObjectionProcedure },
            Risk = draft.PublicationCategory is null && draft.Assessments.Count == 0 && draft.Risks is null
                ? null
                : new RiskProfile
                {
                    PublicationCategory = draft.PublicationCategory,
                    Assessments = [.. draft.Assessments],
                    Risks = draft.Risks is null ? [] : [new IdentifiedRisk { Name = RiskManagement, Description = draft.Risks }],
                },
            Transparency = draft.Website is null && draft.SourceRegistrationUrl is null && draft.ImpactExplanation is null && draft.PublishedOn is null
                ? null
                : new Transparency
                {
                    PublicPage = draft.Website,
                    SourceRegistrationUrl = draft.SourceRegistrationUrl,
                    ImpactAssessmentsExplanation = draft.ImpactExplanation,
                    Register = draft.PublishedOn is null ? null : new RegisterPublication { PublishedOn = draft.PublishedOn },
                },
            Record = new RecordInfo
            {
                Provenance = template ? Provenance.SupplierTemplate : Provenance.Import,
                Source = session.Options.SourceName is { Length: > 0 and <= 500 } source ? source : null,
            },
            Extensions = extensions,
        };
    }

    /// <summary>The name of the single risk that holds the register's free-text <c>risks</c> (Risicobeheer).</summary>
    internal const string RiskManagement = "Risicobeheer";

    private string NewId()
    {
        var candidate = draft.RowId is { } rowId ? rowId
            : draft.Lars is { } lars && IsId("lars-" + lars) && lars.Length < 100 ? "lars-" + lars
            : "ar-" + row.ToString("D4", CultureInfo.InvariantCulture);
        var id = candidate;
        for (var n = 2; !session.Ids.Add(id); n++)
        {
            id = candidate + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        if (id != candidate && draft.RowId is not null)
        {
            session.Findings.Add(InteropMessages.Create(InteropCodes.DuplicateId, Pointer("id"), ("Value", candidate), ("NewId", id)));
        }

        return id;
    }

    private static readonly Regex VersionPattern = new("[0-9]+(\\.[0-9]+)+", RegexOptions.CultureInvariant);

    /// <summary>The values of one row on their way to the model.</summary>
    private sealed class ProjectDraft
    {
        public string? Name, ShortDescription, Description, Department, Contact, SourceId, Lars, RowId;
        public string? Website, ProcessIndexUrl, PublicCode, SourceRegistrationUrl, SourceData, ImpactExplanation, OrganizationId;
        public PartialDate? PublishedOn;
        public (string Name, JsonElement Value)? LawfulBasisLink;
        public string? SourceDataName, SourceDataLink;
        public (string Key, string Name, JsonElement Value)? OrganizationIdField;
        public string? Goal, Impact, Proportionality, HumanIntervention, Risks, LawfulBasis, MethodsAndModels, Monitoring, ObjectionProcedure, Performance;
        public Organization? Organization;
        public bool OrganizationGiven;
        public Phase? Phase;
        public PartialDate? BeginDate, EndDate, NextReview, StatusSince;
        public PublicationCategory? PublicationCategory;
        public ContentLanguage? Language;
        public AlgorithmType? AlgorithmType;
        public UseType? UseType;
        public readonly List<Theme> Themes = [];
        public readonly List<string> Tags = [];
        public readonly List<Supplier> Suppliers = [];
        public readonly List<LegalReference> LegalReferences = [];
        public readonly List<DataSource> Sources = [];
        public readonly List<Assessment> Assessments = [];
        public readonly Dictionary<string, (string Name, JsonElement Value)> Answers = new(StringComparer.Ordinal);
    }
}
