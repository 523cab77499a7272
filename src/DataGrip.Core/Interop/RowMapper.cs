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
internal sealed class RowMapper
{
    /// <summary>The organisation name of a project whose registration names none (a supplier template).</summary>
    internal const string OrganizationToFillIn = "(in te vullen door de gemeente)";

    /// <summary>The name of a project whose registration has none.</summary>
    internal const string NameToFillIn = "(naam ontbreekt)";

    private static readonly Regex Url = new(WireLimits.UrlPattern, RegexOptions.CultureInvariant);
    private static readonly Regex Id = new(WireLimits.IdPattern, RegexOptions.CultureInvariant);

    private readonly ImportSession session;
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
            session.Findings.Add(InteropMessages.Create(InteropCodes.RowWrongShape, pointer, ("Row", row), ("Reason", "a JSON " + element.ValueKind.ToString().ToLowerInvariant() + ", not an object"), ("Value", element.GetRawText())));
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
                // The same field twice in different case (MPRD and mprd): keep the second as it is.
                Keep(key, name, value, "the field appears twice in the row", RegisterFields.ExtensionPrefix + name + "-2");
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
            var match = VersionNumber().Match(declared);
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
            case "lars":
                draft.Lars = Plain(key, name, value, 100);
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
                    Keep(key, name, value, "the model has no field for it");
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

    private void MapId(string key, string name, JsonElement value)
    {
        var text = Plain(key, name, value, WireLimits.Id, count: false);
        if (text is null)
        {
            return;
        }

        if (!Id.IsMatch(text))
        {
            Keep(key, name, value, "not usable as a project id (letters, digits, '.', '_', ':' and '-' only)");
            return;
        }

        draft.RowId = text;
        Count(key, value, text);
    }

    private void MapOrganization(string key, string name, JsonElement value)
    {
        draft.OrganizationGiven = true;
        var text = Plain(key, name, value, WireLimits.Label, count: false);
        if (text is null)
        {
            return;
        }

        switch (session.Match(text, out var municipality, out var type, out var hint))
        {
            case OrganizationMatch.Exact:
                draft.Organization = new Organization { Name = municipality!.Name, Code = municipality.Code, Type = type };
                Count(key, value, text);
                break;
            case OrganizationMatch.Spelling:
                draft.Organization = new Organization { Name = municipality!.Name, Code = municipality.Code, Type = type };
                session.Count(key, Outcome.Normalised);
                session.Findings.Add(InteropMessages.Create(InteropCodes.MunicipalityMatched, Pointer(name), ("Value", text), ("Code", municipality.Code), ("Expected", municipality.Name)));
                break;
            case OrganizationMatch.Unsure:
                draft.Organization = new Organization { Name = text, Type = type };
                Count(key, value, text);
                session.Findings.Add(InteropMessages.Create(InteropCodes.MunicipalityNotMatched, Pointer(name), ("Value", text), ("Hint", hint)));
                break;
            default:
                draft.Organization = new Organization { Name = text, Type = type };
                Count(key, value, text);
                break;
        }
    }

    private void MapThemes(string key, string name, JsonElement value)
    {
        List<string> items;
        if (value.ValueKind == JsonValueKind.Array)
        {
            items = [];
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    Keep(key, name, value, "a theme is not text");
                    return;
                }

                items.Add(item.GetString()!);
            }
        }
        else if (value.ValueKind == JsonValueKind.String)
        {
            if (ShortText(key, name, value) is not { } text)
            {
                return;
            }

            items = ThemeNormaliser.Items(text);
        }
        else
        {
            Keep(key, name, value, "expected a list of themes");
            return;
        }

        var allExact = value.ValueKind == JsonValueKind.Array || (items.Count == 1 && items[0] == value.GetString());
        var unmapped = false;
        foreach (var item in items)
        {
            if (ThemeNormaliser.TryOne(item, out var theme, out var exact))
            {
                allExact &= exact;
                if (!draft.Themes.Contains(theme))
                {
                    draft.Themes.Add(theme);
                }
                else
                {
                    allExact = false;
                }
            }
            else
            {
                unmapped = true;
            }
        }

        if (unmapped)
        {
            Keep(key, name, value, draft.Themes.Count > 0 ? "some items are none of the register's 16 themes; the others were set" : "none of the register's 16 themes");
        }
        else
        {
            session.Count(key, items.Count == 0 ? Outcome.Skipped : allExact ? Outcome.Mapped : Outcome.Normalised);
        }
    }

    private void MapStatus(string key, string name, JsonElement value)
    {
        var text = ShortText(key, name, value);
        if (text is null)
        {
            return;
        }

        if (!StatusNormaliser.TryRead(text, out var phase, out var since))
        {
            Keep(key, name, value, "not a status the normaliser is sure of");
            return;
        }

        draft.Phase = phase;
        draft.StatusSince = since;
        var exact = RegisterLabels.TryParseStatus(text, out _);
        session.Count(key, exact ? Outcome.Mapped : Outcome.Normalised);
        if (!exact && TextKey.Of(text).Length > 20)
        {
            session.Findings.Add(InteropMessages.Create(InteropCodes.ValueInterpreted, Pointer(name), ("Value", text), ("Field", name), ("Result", "phase '" + phase + "'" + (since is { } d ? ", since " + d : string.Empty))));
        }
    }

    private void MapPublicationCategory(string key, string name, JsonElement value)
    {
        var text = ShortText(key, name, value);
        if (text is null)
        {
            return;
        }

        if (RegisterLabels.TryParseCategory(text, out var exact))
        {
            draft.PublicationCategory = exact;
            session.Count(key, Outcome.Mapped);
            return;
        }

        PublicationCategory? category = TextKey.Of(text) switch
        {
            "a" or "categorie a" or "hoog-risico ai-systeem" or "hoog risico ai systeem" => PublicationCategory.HighRiskAiSystem,
            "b" or "categorie b" or "impactvolle algoritmes" or "impactvol algoritme" or "impactvol" => PublicationCategory.ImpactfulAlgorithm,
            "c" or "categorie c" or "overige algoritmes" or "overig algoritme" or "overig" => PublicationCategory.OtherAlgorithm,
            _ => null,
        };
        if (category is null)
        {
            Keep(key, name, value, "none of the register's three publication categories");
            return;
        }

        draft.PublicationCategory = category;
        session.Count(key, Outcome.Normalised);
    }

    private void MapTags(string key, string name, JsonElement value)
    {
        var text = RawText(key, name, value);
        if (text is null)
        {
            return;
        }

        var clean = HtmlText.ToText(text);
        var tags = clean.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (tags.Any(t => t.Length > 100))
        {
            Keep(key, name, value, "a search term is longer than 100 characters");
            return;
        }

        draft.Tags.AddRange(tags);
        session.Count(key, tags.Count == 0 ? Outcome.Skipped : string.Join(", ", tags) == text ? Outcome.Mapped : Outcome.Normalised);
    }

    private void MapProvider(string key, string name, JsonElement value)
    {
        var text = Plain(key, name, value, WireLimits.Label, count: false);
        if (text is null)
        {
            return;
        }

        if (TextKey.Of(text) is "intern ontwikkeld" or "intern" or "eigen ontwikkeling" or "zelf ontwikkeld")
        {
            Keep(key, name, value, "built in-house: there is no supplier to record");
            return;
        }

        draft.Suppliers.Add(new Supplier { Name = text });
        Count(key, value, text);
    }

    private void MapLanguage(string key, string name, JsonElement value)
    {
        var text = ShortText(key, name, value);
        if (text is null)
        {
            return;
        }

        ContentLanguage? language = TextKey.Of(text) switch
        {
            "nld" or "nl" or "nederlands" or "dutch" or "nl-nl" => ContentLanguage.Nld,
            "eng" or "en" or "engels" or "english" => ContentLanguage.Eng,
            "fry" or "fy" or "fries" or "frysk" => ContentLanguage.Fry,
            _ => null,
        };
        if (language is null)
        {
            Keep(key, name, value, "not a language the register knows (nld, eng, fry)");
            return;
        }

        draft.Language = language;
        session.Count(key, text == "nld" ? Outcome.Mapped : Outcome.Normalised);
    }

    private void MapType(string key, string name, JsonElement value)
    {
        var text = ShortText(key, name, value);
        if (text is null)
        {
            return;
        }

        // Before v0.4 "type" was free text or {Regelgebaseerd, Zelflerend}; "Ja"/"Nee" only mean "zelflerend?" from v0.4 on.
        var yesNo = TextKey.Of(text) is "ja" or "nee";
        var older = string.CompareOrdinal(version, "0.4") < 0;
        if ((yesNo && older) || !AlgorithmTypeNormaliser.TryRead(text, out var type, out var use))
        {
            Keep(key, name, value, yesNo ? "'Ja'/'Nee' only means 'zelflerend?' from standard version 0.4 on" : "not an algorithm type the normaliser is sure of");
            return;
        }

        draft.AlgorithmType = type;
        draft.UseType = use;
        session.Count(key, text is "Regelgebaseerd" or "Zelflerend" or "Op regels gebaseerd" ? Outcome.Mapped : Outcome.Normalised);
    }

    private void MapGrouping(string key, string name, JsonElement value, int maxTitle, Action<string, string?> add)
    {
        var list = value;
        if (value.ValueKind == JsonValueKind.String && value.GetString()!.TrimStart().StartsWith("[", StringComparison.Ordinal))
        {
            try
            {
                list = JsonDocument.Parse(value.GetString()!).RootElement.Clone();
            }
            catch (JsonException)
            {
                Keep(key, name, value, "the text is not a JSON list of {title, link}");
                return;
            }
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            Keep(key, name, value, "expected a list of {title, link}");
            return;
        }

        var items = new List<(string Title, string? Link)>();
        var normalised = list.ValueKind != value.ValueKind;
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("title", out var titleElement) || titleElement.ValueKind != JsonValueKind.String)
            {
                Keep(key, name, value, "an item has no title");
                return;
            }

            var title = titleElement.GetString()!.Trim();
            string? link = null;
            if (item.TryGetProperty("link", out var linkElement) && linkElement.ValueKind == JsonValueKind.String)
            {
                link = linkElement.GetString()!.Trim();
                if (link.Length == 0)
                {
                    link = null;
                }
            }
            else if (item.TryGetProperty("link", out linkElement) && linkElement.ValueKind != JsonValueKind.Null)
            {
                Keep(key, name, value, "a link is not text");
                return;
            }

            var unknown = item.EnumerateObject().Any(p => p.Name is not ("title" or "link"));
            if (title.Length == 0 || title.Length > maxTitle || unknown)
            {
                Keep(key, name, value, title.Length == 0 ? "an item has an empty title" : unknown ? "an item has fields other than title and link" : "a title is longer than " + maxTitle + " characters");
                return;
            }

            if (link is not null)
            {
                if (!TryUrl(link, out var url, out var changed))
                {
                    Keep(key, name, value, "a link is not a web address");
                    return;
                }

                normalised |= changed;
                link = url;
            }

            normalised |= title != titleElement.GetString();
            items.Add((title, link));
        }

        foreach (var (title, link) in items)
        {
            add(title, link);
        }

        session.Count(key, items.Count == 0 ? Outcome.Skipped : normalised ? Outcome.Normalised : Outcome.Mapped);
    }

    private DataProject Build()
    {
        ResolveAnswers();
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
            Data = draft.Sources.Count == 0 ? null : new DataProfile { Sources = [.. draft.Sources] },
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
            Transparency = draft.Website is null ? null : new Transparency { PublicPage = draft.Website },
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

    private void ResolveAnswers()
    {
        foreach (var (answerKey, type) in new[] { ("dpia", AssessmentType.Dpia), ("iama", AssessmentType.Iama) })
        {
            var descriptionKey = answerKey + "_description";
            var hasAnswer = draft.Answers.TryGetValue(answerKey, out var answer);
            var hasDescription = draft.Answers.TryGetValue(descriptionKey, out var description);
            string? descriptionText = null;
            var answered = AssessmentAnswer.None;
            if (hasAnswer)
            {
                var text = RawText(answerKey, answer.Name, answer.Value);
                if (text is not null && !AssessmentAnswerNormaliser.TryRead(text, out answered))
                {
                    Keep(answerKey, answer.Name, answer.Value, "not an answer the normaliser is sure of");
                    answered = AssessmentAnswer.None;
                }
                else if (text is not null && answered is AssessmentAnswer.No or AssessmentAnswer.None)
                {
                    Keep(answerKey, answer.Name, answer.Value, answered == AssessmentAnswer.No
                        ? "the model records assessments done, planned or not required; 'not done' has no place"
                        : "no answer");
                }
                else if (text is not null)
                {
                    session.Count(answerKey, text == "Ja" ? Outcome.Mapped : Outcome.Normalised);
                }
            }

            var status = answered switch
            {
                AssessmentAnswer.Yes => AssessmentStatus.Done,
                AssessmentAnswer.NotApplicable => AssessmentStatus.NotRequired,
                AssessmentAnswer.Planned => AssessmentStatus.Planned,
                AssessmentAnswer.InProgress => AssessmentStatus.InProgress,
                _ => (AssessmentStatus?)null,
            };
            if (hasDescription)
            {
                descriptionText = status is null ? null : Html(descriptionKey, description.Name, description.Value);
                if (status is null && !IsEmpty(description.Value))
                {
                    Keep(descriptionKey, description.Name, description.Value, "it describes an assessment that was not recorded as done, planned or not required");
                }
            }

            if (status is { } s)
            {
                draft.Assessments.Add(new Assessment
                {
                    Type = type,
                    Status = s,
                    Outcome = s == AssessmentStatus.NotRequired ? null : descriptionText,
                    ReasonNotDone = s == AssessmentStatus.NotRequired ? descriptionText : null,
                });
            }
        }
    }

    private string NewId()
    {
        var candidate = draft.RowId is { } rowId ? rowId
            : draft.Lars is { } lars && Id.IsMatch("lars-" + lars) && lars.Length < 100 ? "lars-" + lars
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

    private static AssessmentType AssessmentTypeOf(string title)
    {
        var key = TextKey.Of(title);
        return key.Contains("pre-scan") || key.Contains("prescan") ? AssessmentType.PrescanDpia
            : key.Contains("dpia") || key.Contains("data protection impact") ? AssessmentType.Dpia
            : key.Contains("iama") || key.Contains("mensenrechten en algoritmes") ? AssessmentType.Iama
            : key.Contains("aiia") || key.Contains("ai impact") ? AssessmentType.Aiia
            : key.Contains("deda") || key.Contains("data assistant") ? AssessmentType.Deda
            : AssessmentType.Other;
    }

    private string? Plain(string key, string name, JsonElement value, int maxLength, bool count = true) =>
        ReadText(key, name, value, maxLength, html: false, count);

    private string? Html(string key, string name, JsonElement value) =>
        ReadText(key, name, value, WireLimits.Text, html: true, count: true);

    /// <summary>
    /// A text value, trimmed; HTML fields (and plain fields that hold tags) become clean text. Empty: counted as
    /// skipped. Longer than the model allows: kept whole as an extension (a name is cut, its original kept).
    /// </summary>
    private string? ReadText(string key, string name, JsonElement value, int maxLength, bool html, bool count)
    {
        var raw = RawText(key, name, value);
        if (raw is null)
        {
            return null;
        }

        if (raw.Length > 4 * maxLength + 1000)
        {
            // Cleaning cannot bring it within the limit; do not spend time on it (a 100 MB field).
            TooLong(key, name, value, raw.Length, maxLength);
            return null;
        }

        var text = html || (raw.IndexOf('<') >= 0 && HtmlText.LooksLikeHtml(raw)) ? HtmlText.ToText(raw) : raw.Trim();
        if (text.Length == 0)
        {
            session.Count(key, Outcome.Skipped);
            return null;
        }

        if (text.Length > maxLength)
        {
            TooLong(key, name, value, text.Length, maxLength);
            return key == "name" ? text.Substring(0, maxLength - 1) + "…" : null;
        }

        if (count)
        {
            Count(key, value, text);
        }

        return text;
    }

    /// <summary>The text of a value that names a status, type, date or label: at most 1,000 characters, else kept.</summary>
    private string? ShortText(string key, string name, JsonElement value)
    {
        var raw = RawText(key, name, value);
        if (raw is not null && raw.Length > MaxLabel)
        {
            TooLong(key, name, value, raw.Length, MaxLabel);
            return null;
        }

        return raw;
    }

    private const int MaxLabel = 1000;

    private PartialDate? Date(string key, string name, JsonElement value)
    {
        var raw = ShortText(key, name, value);
        if (raw is null)
        {
            return null;
        }

        if (!DateNormaliser.TryRead(raw, out var date))
        {
            Keep(key, name, value, "not a date the normaliser is sure of (expected for example 2023-01 or 18-12-2020)");
            return null;
        }

        session.Count(key, date.ToString() == raw ? Outcome.Mapped : Outcome.Normalised);
        return date;
    }

    private string? UrlValue(string key, string name, JsonElement value)
    {
        var raw = Plain(key, name, value, WireLimits.Url, count: false);
        if (raw is null)
        {
            return null;
        }

        if (!TryUrl(raw, out var url, out var changed))
        {
            Keep(key, name, value, "not a web address (expected https://…)");
            return null;
        }

        session.Count(key, changed || !value.ValueEquals(raw) ? Outcome.Normalised : Outcome.Mapped);
        return url;
    }

    private static bool TryUrl(string text, out string url, out bool changed)
    {
        url = text.Trim();
        changed = url != text;
        if (!Url.IsMatch(url) && url.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && Url.IsMatch("https://" + url))
        {
            url = "https://" + url;
            changed = true;
        }

        return Url.IsMatch(url) && url.Length <= WireLimits.Url;
    }

    /// <summary>The text of a value; null (and counted) when it is empty or not text.</summary>
    private string? RawText(string key, string name, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (IsBlank(text))
                {
                    session.Count(key, Outcome.Skipped);
                    return null;
                }

                return text;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                return value.GetRawText();
            case JsonValueKind.Null or JsonValueKind.Undefined:
                session.Count(key, Outcome.Skipped);
                return null;
            default:
                Keep(key, name, value, "expected text, found a JSON " + value.ValueKind.ToString().ToLowerInvariant());
                return null;
        }
    }

    private void Count(string key, JsonElement value, string text) =>
        session.Count(key, value.ValueKind == JsonValueKind.String && value.ValueEquals(text) ? Outcome.Mapped : Outcome.Normalised);

    private void Keep(string key, string name, JsonElement value, string reason, string? extension = null)
    {
        extension ??= Extension(name);
        extensions[extension] = value;
        session.Count(key, Outcome.Extension);
        session.Findings.Add(InteropMessages.Create(InteropCodes.KeptAsExtension, Pointer(name), ("Value", value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()), ("Field", name), ("Reason", reason), ("Extension", extension)));
    }

    private void TooLong(string key, string name, JsonElement value, int length, int maxLength)
    {
        var extension = Extension(name);
        extensions[extension] = value;
        session.Count(key, Outcome.Extension);
        session.Findings.Add(InteropMessages.Create(InteropCodes.ValueTooLong, Pointer(name), ("Field", name), ("Length", length), ("MaxLength", maxLength), ("Extension", extension)));
    }

    /// <summary>True for text without a letter or digit ("", "-", "...").</summary>
    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Extension(string name) => RegisterFields.ExtensionPrefix + name.Trim().ToLowerInvariant();

    private string Pointer(string name) => JsonPointer.Append(pointer, name);

    /// <summary>Null, "" or []; text of only spaces or dashes is found empty later, when it is read.</summary>
    private static bool IsEmpty(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => true,
        JsonValueKind.String => value.ValueEquals(string.Empty),
        JsonValueKind.Array => value.GetArrayLength() == 0,
        _ => false,
    };

    private static Regex VersionNumber() => VersionPattern;

    private static readonly Regex VersionPattern = new("[0-9]+(\\.[0-9]+)+", RegexOptions.CultureInvariant);

    /// <summary>The values of one row on their way to the model.</summary>
    private sealed class ProjectDraft
    {
        public string? Name, ShortDescription, Description, Department, Contact, SourceId, Lars, RowId;
        public string? Website, ProcessIndexUrl, PublicCode;
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
