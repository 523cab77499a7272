using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Reporting;

/// <summary>
/// Writes a <see cref="PortfolioReport"/> as JSON (schema <c>schema/v1/datagrip-portfolio-report.schema.json</c>), as
/// one self-contained HTML file (no external requests, readable without JavaScript, inline SVG charts with a data
/// table and a text alternative each, a print stylesheet for A4), or as CSV worklists. All members are thread-safe.
/// </summary>
public static class PortfolioReportWriter
{
    private static readonly JsonSerializerOptions Json = CreateJsonOptions();

    /// <summary>The CSV's columns, in order: the keys of their headers (<c>report:csv.…</c>).</summary>
    private static readonly string[] CsvHeaders = ["worklist", "code", "projectId", "project", "organisation", "department", "holder", "date", "otherProject", "link", "reason", "groupCount"];

    /// <summary>The report as indented UTF-8 JSON text: the integration contract for vendors.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text, ending in a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string WriteJson(PortfolioReport report) =>
        JsonSerializer.Serialize(report ?? throw new ArgumentNullException(nameof(report)), Json).Replace("\r\n", "\n") + "\n";

    /// <summary>The report as one self-contained HTML document in Dutch or English, or in a vendor's words.</summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The language: Dutch for any Dutch culture, English otherwise; the current UI culture when null.</param>
    /// <param name="catalog">
    /// A vendor's catalog (<see cref="MessageCatalog.With(string, string, string)"/>): the document's words, section and
    /// worklist titles, definitions, explanations, reasons, labels and findings in the culture's language from it (each
    /// falling back to English); null for the library's own Dutch or English. Numbers are Dutch for a Dutch culture,
    /// British English otherwise; category names the report holds (a phase, a clause) stay in Dutch or English.
    /// </param>
    /// <returns>The HTML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string WriteHtml(PortfolioReport report, CultureInfo? culture = null, MessageCatalog? catalog = null) =>
        ReportHtml.Write(report ?? throw new ArgumentNullException(nameof(report)), new ReportWords(culture, catalog, report.Audience));

    /// <summary>
    /// The report's worklists as one CSV file (RFC 4180 quoting, CRLF line ends), one row per item with the worklist it
    /// is on, grouped per organisation and department (in the list's own order within a group), with the number of the
    /// list's items in that group in the last column. It starts with a UTF-8 byte order mark and separates fields with <paramref name="separator"/>, by default a
    /// semicolon: what Excel with Dutch regional settings opens in columns, with ë and é intact.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The language of the headers and reasons; the current UI culture when null.</param>
    /// <param name="separator">The field separator: <c>;</c> (default) or <c>,</c>.</param>
    /// <param name="catalog">A vendor's catalog for the headers, list titles and reasons (see <see cref="WriteHtml"/>); null for the library's own.</param>
    /// <returns>The CSV text, starting with U+FEFF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="separator"/> is not <c>;</c> or <c>,</c>.</exception>
    public static string WriteCsv(PortfolioReport report, CultureInfo? culture = null, char separator = ';', MessageCatalog? catalog = null)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        if (separator is not (';' or ','))
        {
            throw new ArgumentException("The CSV separator must be ';' or ','.", nameof(separator));
        }

        var words = new ReportWords(culture, catalog, report.Audience);
        var text = new StringBuilder("\uFEFF");
        Row(text, separator, [.. CsvHeaders.Select(key => words.Say("report:csv." + key))]);
        foreach (var list in report.Sections.SelectMany(s => s.Worklists))
        {
            // OrderBy is stable: within a department the list keeps its own order (the top risks first).
            foreach (var group in list.Items.GroupBy(i => (i.Organization ?? "", i.Department ?? "")).OrderBy(g => g.Key.Item1, StringComparer.Ordinal).ThenBy(g => g.Key.Item2, StringComparer.Ordinal))
            {
                var count = group.Count().ToString(CultureInfo.InvariantCulture);
                foreach (var item in group)
                {
                    Row(text, separator,
                    [
                        words.Title(list), list.MetricCode, item.ProjectId, item.ProjectName, item.Organization, item.Department,
                        item.PortfolioHolder ?? words.Say("report:noHolder"), item.Date, string.Join(", ", item.OtherProjectIds), item.Link, words.Reason(item), count,
                    ]);
                }
            }
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, char separator, string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                text.Append(separator);
            }

            var cell = cells[i] ?? "";

            // A cell Excel would run as a formula is written as text.
            if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            {
                cell = "'" + cell;
            }

            if (cell.IndexOfAny([separator, '"', '\r', '\n']) >= 0)
            {
                text.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                text.Append(cell);
            }
        }

        text.Append("\r\n");
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver { Modifiers = { OmitNoOtherProjects } },
        };
        options.Converters.Add(new StrictEnumConverterFactory());
        options.Converters.Add(new TimestampJsonConverter());
        options.Converters.Add(new DateConverter());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Most worklist items are about one project: their empty list of other projects is left out.</summary>
    private static void OmitNoOtherProjects(System.Text.Json.Serialization.Metadata.JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(ReportWorklistItem))
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.Name == "otherProjectIds")
            {
                property.ShouldSerialize = static (_, value) => value is System.Collections.Immutable.ImmutableArray<string> { IsDefaultOrEmpty: false };
            }
        }
    }

    /// <summary>A report date as <c>YYYY-MM-DD</c>.</summary>
    private sealed class DateConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTime.ParseExact(reader.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
