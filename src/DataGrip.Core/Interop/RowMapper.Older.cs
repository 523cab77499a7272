using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DataGrip.Core.Model;

namespace DataGrip.Core.Interop;

/// <summary>
/// The fields older standards and other downloads write differently: the 0.4 assessments and law link, data sources
/// in prose, the register's organisation ids, the publication date.
/// </summary>
internal sealed partial class RowMapper
{
    private static readonly Regex OrganizationIdPattern = new("^([a-z]{2,8})([0-9]{1,8})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex NumberedSource = new("^(?:[0-9]{1,2}[.)]|[-*•])\\s+([^:\\n]{1,60}?)\\s*:", RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.Compiled);

    /// <summary>The base registries and the names a registration uses for them (GBA is the BRP's former name), in one pass.</summary>
    private static readonly (string Group, string Alternatives, BaseRegistry Registry)[] RegistryNames =
    [
        ("brp", "BRP|GBA|Basisregistratie Personen|Gemeentelijke Basisadministratie", BaseRegistry.Brp),
        ("bag", "BAG|Basisregistratie Adressen en Gebouwen|Basisregistraties Adressen en Gebouwen", BaseRegistry.Bag),
        ("woz", "WOZ|Waardering Onroerende Zaken", BaseRegistry.Woz),
        ("brk", "BRK|Basisregistratie Kadaster", BaseRegistry.Brk),
        ("bri", "BRI|Basisregistratie Inkomen", BaseRegistry.Bri),
        ("hr", "NHR|Handelsregister", BaseRegistry.Hr),
        ("brv", "BRV|Basisregistratie Voertuigen|Kentekenregister", BaseRegistry.Brv),
        ("bgt", "BGT|Basisregistratie Grootschalige Topografie", BaseRegistry.Bgt),
        ("brt", "BRT|Basisregistratie Topografie", BaseRegistry.Brt),
        ("bro", "BRO|Basisregistratie Ondergrond", BaseRegistry.Bro),
    ];

    private static readonly Regex Registries = new(
        "(?<![\\p{L}\\p{N}])(?:" + string.Join("|", RegistryNames.Select(r => "(?<" + r.Group + ">" + r.Alternatives + ")")) + ")(?![\\p{L}\\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex SentenceBreak = new("[.!?]\\s+\\S", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex ListSeparator = new("\\s*[,;]\\s*|\\s+(?:en|of)\\s+(?=\\p{Lu}|[0-9])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The base registries a text names, each once, in the order they first appear, with the words used.</summary>
    private static List<(string Words, BaseRegistry Registry)> RegistriesIn(string text)
    {
        var found = new List<(string Words, BaseRegistry Registry)>();
        for (var m = Registries.Match(text); m.Success; m = m.NextMatch())
        {
            foreach (var (group, _, registry) in RegistryNames)
            {
                if (m.Groups[group].Success && !found.Exists(f => f.Registry == registry))
                {
                    found.Add((m.Value, registry));
                }
            }
        }

        return found;
    }

    /// <summary>A free extension name: the name itself, else the name with -2, -3… (a field given three times keeps all three).</summary>
    private string FreeExtension(string extension)
    {
        if (!extensions.ContainsKey(extension))
        {
            return extension;
        }

        for (var n = 2; ; n++)
        {
            var candidate = extension + "-" + n.ToString(CultureInfo.InvariantCulture);
            if (!extensions.ContainsKey(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>The register's organisation id (TOOI code, lower case): gm0344, pv22, ws0636, so0335.</summary>
    private void MapOrganizationId(string key, string name, JsonElement value)
    {
        var text = ShortText(key, name, value)?.Trim();
        if (text is null)
        {
            return;
        }

        if (!OrganizationIdPattern.IsMatch(text))
        {
            Keep(key, name, value, InteropMessages.Say("not an organisation id such as gm0344", "geen organisatie-id zoals gm0344"));
            return;
        }

        if (draft.OrganizationId is { } earlier && !string.Equals(earlier, text, StringComparison.OrdinalIgnoreCase))
        {
            Keep(key, name, value, InteropMessages.Say("another organisation id than the row's " + earlier, "een ander organisatie-id dan het eerdere " + earlier));
            return;
        }

        draft.OrganizationId = text;
        draft.OrganizationIdField = (key, name, value);
    }

    private void ResolveOrganizationId()
    {
        if (draft.OrganizationId is not { } id || draft.OrganizationIdField is not var (key, name, value))
        {
            return;
        }

        var match = OrganizationIdPattern.Match(id);
        var prefix = match.Groups[1].Value.ToLowerInvariant();
        var code = id.ToUpperInvariant();
        (OrganizationType? Type, string Label) kind = prefix switch
        {
            "gm" => (OrganizationType.Gemeente, "gemeente"),
            "pv" => (OrganizationType.Provincie, "provincie"),
            "ws" => (OrganizationType.Waterschap, "waterschap"),
            "so" => (OrganizationType.RegionaalSamenwerkingsorgaan, "samenwerkingsorganisatie"),
            "mnre" => (OrganizationType.Ministerie, "ministerie"),
            "zbo" => (OrganizationType.ZelfstandigBestuursorgaan, "zelfstandig bestuursorgaan"),
            _ => (null, "organisatie"),
        };

        Reference.Municipality? municipality = null;
        // Any code that starts with GM claims a municipality (the validator checks it against the list): "gmw664" too.
        if ((prefix == "gm" || Reference.MunicipalityList.IsMunicipalityCode(code)) && !session.Options.Municipalities.TryGet(code, out municipality))
        {
            Keep(key, name, value, InteropMessages.Say("no municipality has the code " + code, "geen gemeente heeft de code " + code));
            return;
        }

        var organization = draft.Organization;
        if (organization?.Code is { } named && !string.Equals(named, code, StringComparison.OrdinalIgnoreCase))
        {
            Keep(key, name, value, InteropMessages.Say("the organisation's name gives the code " + named, "de naam van de organisatie geeft de code " + named));
            return;
        }

        if (organization is null)
        {
            // Only an id: a municipality's name comes from the list; another organisation's is still to be filled in.
            organization = new Organization { Name = municipality?.Name ?? OrganizationToFillIn };
            draft.OrganizationGiven = true;
        }

        draft.Organization = organization with { Code = code, Type = organization.Type ?? kind.Type };
        session.Count(key, value.ValueKind == JsonValueKind.String && value.ValueEquals(id) ? Outcome.Mapped : Outcome.Normalised);
        session.Findings.Add(InteropMessages.Create(InteropCodes.OrganizationFromId, Pointer(name), ("Value", id), ("Code", code), ("Type", kind.Label)));
    }

    /// <summary>
    /// <c>impacttoetsen</c>: from v1.0 the explanation of the assessments; in 0.4 the list of assessments done, as
    /// the register's database writes an array (<c>{"Data Protection Impact Asssesment (DPIA)"}</c>).
    /// </summary>
    private void MapImpactAssessments(string key, string name, JsonElement value)
    {
        // A v1.0 explanation in braces ("{geen}") is text; from v1.0 on only a literal of quoted titles is read as a list.
        if (value.ValueKind == JsonValueKind.String && (string.CompareOrdinal(version, "1.0") < 0 || value.GetString()!.IndexOf('"') >= 0)
            && ArrayLiteral(value.GetString()!) is { } titles)
        {
            if (titles.Count == 0 || titles.Any(t => t.Length > Model.WireLimits.Label))
            {
                Keep(key, name, value, titles.Count == 0 ? InteropMessages.Say("an empty list of assessments", "een lege lijst van toetsen") : InteropMessages.Say("an assessment's title is too long", "de titel van een toets is te lang"));
                return;
            }

            foreach (var title in titles)
            {
                draft.Assessments.Add(new Assessment { Type = AssessmentTypeOf(title), Title = title, Status = AssessmentStatus.Done });
            }

            session.Count(key, Outcome.Normalised);
            return;
        }

        draft.ImpactExplanation = Html(key, name, value);
    }

    /// <summary>The items of a Postgres array literal <c>{"a","b"}</c> or <c>{a,b}</c>; null when the text is not one.</summary>
    private static List<string>? ArrayLiteral(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '{' || trimmed[trimmed.Length - 1] != '}' || trimmed.IndexOf(':') >= 0 && trimmed.IndexOf('"') < 0)
        {
            return null;
        }

        var items = new List<string>();
        var item = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        for (var i = 1; i < trimmed.Length - 1; i++)
        {
            var c = trimmed[i];
            if (quoted)
            {
                if (c == '\\' && i + 1 < trimmed.Length - 1)
                {
                    item.Append(trimmed[++i]);
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    item.Append(c);
                }
            }
            else if (c == '"')
            {
                if (item.ToString().Trim().Length > 0)
                {
                    return null;
                }

                item.Clear();
                quoted = true;
                wasQuoted = true;
            }
            else if (c == ',')
            {
                Add();
            }
            else if (c is '{' or '}' || (wasQuoted && !char.IsWhiteSpace(c)))
            {
                return null;
            }
            else
            {
                item.Append(c);
            }
        }

        if (quoted)
        {
            return null;
        }

        Add();
        return items;

        void Add()
        {
            var value = item.ToString().Trim();
            if (value.Length > 0 && value != "NULL")
            {
                items.Add(value);
            }

            item.Clear();
            wasQuoted = false;
        }
    }

    private void MapPublicationDate(string key, string name, JsonElement value)
    {
        var raw = ShortText(key, name, value);
        if (raw is null)
        {
            return;
        }

        if (!DateNormaliser.TryRead(raw, out var date) || date.ToString() != raw.Trim())
        {
            // A time stamp or another form: the register assigns this field itself, so it is kept as it was.
            Keep(key, name, value, InteropMessages.Say("not a date in the form YYYY-MM-DD", "geen datum in de vorm JJJJ-MM-DD"));
            return;
        }

        draft.PublishedOn = date;
        session.Count(key, date.ToString() == raw ? Outcome.Mapped : Outcome.Normalised);
    }

    /// <summary>The 0.4 <c>lawful_basis_link</c>: one or more links to the laws, as v1.0 <c>lawful_basis_grouping</c> items.</summary>
    private void ResolveLawfulBasisLink()
    {
        if (draft.LawfulBasisLink is not var (name, value))
        {
            return;
        }

        const string key = "lawful_basis_link";
        var text = Plain(key, name, value, Model.WireLimits.Text, count: false);
        if (text is null)
        {
            return;
        }

        var links = new List<string>();
        foreach (var part in text.Split([' ', '\n', '\t', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TryUrl(part, out var url, out _))
            {
                Keep(key, name, value, InteropMessages.Say("not a list of web addresses", "geen lijst van webadressen"));
                return;
            }

            links.Add(url);
        }

        var basis = draft.LawfulBasis;
        var title = links.Count == 1 && basis is { Length: <= 100 } && basis.IndexOf('\n') < 0 ? basis : null;
        foreach (var link in links.Distinct(StringComparer.Ordinal))
        {
            if (draft.LegalReferences.Any(r => r.Link == link))
            {
                continue;
            }

            draft.LegalReferences.Add(new LegalReference { Title = title ?? (link.Length <= 100 ? link : "Wettelijke basis"), Link = link });
        }

        session.Count(key, links.Count == 1 && value.ValueEquals(links[0]) ? Outcome.Mapped : Outcome.Normalised);
    }

    /// <summary>The 0.4 <c>source_data_link</c>: a link to the data, as a v1.0 <c>source_data_grouping</c> item.</summary>
    private void MapSourceDataLink(string key, string name, JsonElement value)
    {
        draft.SourceDataLink = UrlValue(key, name, value);
    }

    private void ResolveSourceDataLink()
    {
        if (draft.SourceDataLink is { } url && !draft.Sources.Any(s => s.Link == url))
        {
            draft.Sources.Add(new DataSource { Title = url, Link = url });
        }
    }

    /// <summary>
    /// Older registrations describe their data in prose ("RDW, Vergunningen/ontheffingen, GBA, Nationaal Parkeer
    /// Register"). Read the sources it lists and the base registries it names, marked as read from text; invent none.
    /// </summary>
    private void ReadSourcesFromText()
    {
        if (draft.SourceData is not { } text || draft.Sources.Count > 0)
        {
            return;
        }

        var found = new List<DataSource>();
        void Add(string title)
        {
            title = title.Trim().TrimEnd('.', ';', ':').Trim();
            if (title.Length == 0 || title.Length > 500 || found.Any(s => string.Equals(s.Title, title, StringComparison.OrdinalIgnoreCase)))
            {
                return;
            }

            found.Add(new DataSource { Title = title, BaseRegistry = RegistryOf(title), ReadFromText = true });
        }

        // "1. BAG-data: …" / "- Socrates: …": a list of sources, each named before its colon.
        if (text.IndexOf(':') >= 0)
        {
            foreach (Match m in NumberedSource.Matches(text))
            {
                Add(m.Groups[1].Value);
            }
        }

        // "RDW, Vergunningen/ontheffingen, GBA, Nationaal Parkeer Register": a list of names.
        if (found.Count == 0)
        {
            foreach (var item in ListItems(text))
            {
                Add(item);
            }
        }

        // Base registries named anywhere in the text.
        foreach (var (words, registry) in RegistriesIn(text))
        {
            if (!found.Any(s => s.BaseRegistry == registry))
            {
                found.Add(new DataSource { Title = words, BaseRegistry = registry, ReadFromText = true });
            }
        }

        if (found.Count == 0)
        {
            return;
        }

        draft.Sources.AddRange(found);
        session.Findings.Add(InteropMessages.Create(InteropCodes.SourcesReadFromText, Pointer(draft.SourceDataName ?? "source_data"), ("Titles", string.Join("; ", found.Select(s => s.Title)))));
    }

    /// <summary>
    /// The names of a text that is one short list ("A, B, C en D"); each a name (it starts with a capital or a
    /// digit, at most six words). A first item in a sentence ("Het CBS maakt gebruik van de BRP") gives its last
    /// words that start with a capital. Empty when the text is no such list.
    /// </summary>
    private static List<string> ListItems(string text)
    {
        var items = new List<string>();
        if (text.Length > 400 || text.IndexOf('\n') >= 0 || (text.IndexOf(',') < 0 && text.IndexOf(';') < 0 && text.IndexOf(" en ", StringComparison.Ordinal) < 0) || SentenceBreak.IsMatch(text))
        {
            return items;
        }

        var parts = ListSeparator.Split(text.Trim().TrimEnd('.'));
        if (parts.Length < 2)
        {
            return items;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Trim();
            var words = part.Split([' '], StringSplitOptions.RemoveEmptyEntries);
            if (i == 0 && words.Length > 6)
            {
                var tail = Enumerable.Reverse(Enumerable.Reverse(words).TakeWhile(w => char.IsUpper(w[0])).ToArray()).ToArray();
                part = tail.Length is > 0 and <= 4 ? string.Join(" ", tail) : string.Empty;
                words = tail;
            }

            if (part.Length == 0 || words.Length > 6 || !(char.IsUpper(part[0]) || char.IsDigit(part[0])))
            {
                return [];
            }

            items.Add(part);
        }

        return items;
    }

    private static BaseRegistry? RegistryOf(string title) => RegistriesIn(title) is { Count: > 0 } found ? found[0].Registry : null;
}
