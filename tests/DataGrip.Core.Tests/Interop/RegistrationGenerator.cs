using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using DataGrip.Core.Interop;
using DataGrip.Core.Model;
using FsCheck;
using FsCheck.Fluent;

namespace DataGrip.Core.Tests.Interop;

/// <summary>Generates register v1.0 registrations as the submission API takes them (within every limit).</summary>
internal static class RegistrationGenerator
{
    private static readonly string[] Words =
    [
        "Het", "algoritme", "controleert", "aanvragen", "bijstand", "parkeren", "kenteken", "BRP", "café", "coördinatie",
        "reïntegratie", "€ 1.250", "\"citaat\"", "A & B", "a < b", "50%", "e-mail", "Wmo", "(zie bijlage)", "–", "jeugdzorg",
    ];

    private static readonly string[] Organisations =
    [
        "Gemeente Utrecht", "Gemeente Den Haag", "Gemeente 's-Hertogenbosch", "Gemeente Súdwest-Fryslân",
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Provincie Utrecht", "Waterschap Aa en Maas",
    ];

    private static readonly string[] AssessmentTitles =
    [
        "Data Protection Impact Assessment (DPIA)", "Impact Assessment Mensenrechten en Algoritmes (IAMA)", "Pre-scan DPIA",
        "De Ethische Data Assistant (DEDA)", "Toetsingskader Algemene Rekenkamer", "Z-Inspection",
    ];

    private static Gen<string> Sentence(int maxLength) =>
        from n in Gen.Choose(1, 12)
        from words in Gen.Elements(Words).ArrayOf(n)
        let text = string.Join(" ", words)
        let cut = text.Length <= maxLength ? text : text.Substring(0, maxLength).Trim()
        where cut.Any(char.IsLetter) // a value of only punctuation ("-", "–") means "empty" in register data
        select cut;

    /// <summary>Clean text as the importer makes it: lines, paragraphs and lists.</summary>
    private static Gen<string> CleanText(int maxLength) =>
        from blocks in Gen.Choose(1, 3)
        from parts in Gen.OneOf(
            Sentence(200),
            from s in Sentence(100).ArrayOf(2) select s[0] + "\n" + s[1],
            from s in Sentence(60).ArrayOf(3) select string.Join("\n", s.Select(x => "- " + x)),
            from s in Sentence(60).ArrayOf(2) select "1. " + s[0] + "\n2. " + s[1]).ArrayOf(blocks)
        let text = string.Join("\n\n", parts)
        where HtmlText.ToHtml(text).Length <= maxLength
        select text;

    /// <summary>An HTML field: the clean text as plain text or as the register's HTML.</summary>
    private static Gen<string> HtmlField(int maxLength) =>
        from text in CleanText(maxLength)
        from asHtml in Gen.Elements(true, false)
        select asHtml ? HtmlText.ToHtml(text) : text;

    /// <summary>Raw field values: HTML with the allowed tags, entities, other tags, stray brackets and blank lines.</summary>
    public static Gen<string> RawText =>
        from parts in Gen.Elements(
            "<p>", "</p>", "<div>", "</div>", "<br>", "<br/>", "<ul>", "</ul>", "<ol>", "</ol>", "<li>", "</li>", "<b>", "</b>",
            "&amp;", "&lt;", "&gt;", "&nbsp;", "&#233;", "&euml;", "&unknown;", " & ", " < ", "- ", "1. ", "\n", "\n\n", "\r\n", "  ",
            "tekst", "Ëén", "regel", "x").ArrayOf()
        select string.Concat(parts);

    /// <summary>Plain text with stray white space, blank lines and line ends of every kind.</summary>
    public static Gen<string> PlainText =>
        from parts in Gen.Elements("\n", "\n\n", "\n\n\n", "\r\n", "\r", " ", "  ", "\t", "\u00A0", "\u2003", "tekst", "Ëén", "regel", "- ", "1. ", "x").ArrayOf()
        select string.Concat(parts);

    private static Gen<string> Url =>
        from host in Gen.Elements("www.utrecht.nl", "wetten.overheid.nl", "algoritmes.overheid.nl")
        from n in Gen.Choose(1, 9999)
        select $"https://{host}/pagina/{n}";

    private static Gen<(string Key, object? Value)> Optional(string key, Gen<object?> value) =>
        Gen.Frequency((1, Gen.Constant<(string, object?)>((key, null))), (3, value.Select(v => (key, v))));

    private static Gen<object?> Boxed<T>(Gen<T> gen) => gen.Select(v => (object?)v);

    private static Gen<object?> Grouping(Gen<string> titles) =>
        from n in Gen.Choose(1, 3)
        from items in (from title in titles from link in Gen.OneOf(Url, Gen.Constant(string.Empty)) select new Dictionary<string, string> { ["title"] = title, ["link"] = link }).ArrayOf(n)
        select (object?)items.GroupBy(i => i["title"]).Select(g => g.First()).ToArray();

    private static Gen<string> Month =>
        from year in Gen.Choose(2010, 2030)
        from month in Gen.Choose(1, 12)
        select $"{year:D4}-{month:D2}";

    private static Gen<(string, object?)[]> All(params Gen<(string, object?)>[] gens) =>
        gens.Aggregate(Gen.Constant(System.Array.Empty<(string, object?)>()), (acc, gen) => from list in acc from item in gen select list.Append(item).ToArray());

    public static Gen<string> Registration =>
        from fields in All(
            Boxed(Sentence(100)).Select(v => ("name", v)),
            Boxed(Sentence(400)).Select(v => ("description_short", v)),
            Boxed(Gen.Elements(Organisations)).Select(v => ("organization", v)),
            Optional("category", from themes in Gen.SubListOf(System.Enum.GetValues<Theme>()) select (object?)themes.Take(3).Select(RegisterLabels.Label).ToArray()),
            Boxed(Gen.Elements("In ontwikkeling", "In gebruik", "Buiten gebruik")).Select(v => ("status", v)),
            Optional("begin_date", Boxed(Month)),
            Optional("end_date", Boxed(Month)),
            Boxed(Gen.Elements("algoritmes@utrecht.nl", "https://www.denhaag.nl/contact")).Select(v => ("contact_email", v)),
            Optional("website", Boxed(Url)),
            Boxed(Gen.Elements("Hoog-risico AI-systeem", "Impactvolle algoritmes", "Overige algoritmes")).Select(v => ("publication_category", v)),
            Optional("url", Boxed(Url)),
            Optional("goal", Boxed(HtmlField(2500))),
            Optional("proportionality", Boxed(HtmlField(2500))),
            Optional("human_intervention", Boxed(HtmlField(2500))),
            Optional("risks", Boxed(HtmlField(2500))),
            Optional("lawful_basis", Boxed(HtmlField(2500))),
            Optional("lawful_basis_grouping", Grouping(Sentence(100))),
            Optional("process_index_url", Boxed(Url)),
            Optional("impacttoetsen_grouping", Grouping(Gen.Elements(AssessmentTitles))),
            Optional("impacttoetsen", Boxed(HtmlField(2500))),
            Optional("source_data", Boxed(HtmlField(2500))),
            Optional("source_data_grouping", Grouping(Sentence(200))),
            Optional("methods_and_models", Boxed(HtmlField(5000))),
            Optional("provider", Boxed(Gen.Elements("Centric Netherlands BV", "Brickyard B.V.", "Intern ontwikkeld"))),
            Optional("publiccode", Boxed(Url)),
            Boxed(Gen.Elements("nld", "NLD")).Select(v => ("lang", v)),
            Boxed(Gen.Constant("1.0")).Select(v => ("standard_version", v)),
            Optional("source_id", Boxed(Gen.Elements("ZAAK-001", "intern/42", "n.v.t."))),
            Optional("tags", Boxed(from tags in Sentence(40).ArrayOf(3) select string.Join(", ", tags.Select(t => t.Replace(",", string.Empty)).Where(t => t.Length > 0)))),
            Optional("lars", Boxed(Gen.Elements("1234abcd", "98765432"))),
            Optional("publication_dt", Boxed(Gen.Constant("2024-05-01T10:00:00"))))
        select JsonSerializer.Serialize(fields.Where(f => f.Item2 is not null).ToDictionary(f => f.Item1, f => f.Item2), new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
