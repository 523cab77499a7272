using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DataGrip.Core.Model;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Interop;

/// <summary>
/// Exports DataGrip projects as Algoritmeregister v1.0 registrations, exactly as the submission API takes them
/// (<c>AlgorithmIn</c>): the register's field names, Dutch enumeration labels, "YYYY-MM" dates, texts within the
/// register's maximum lengths (cut with a finding), only the HTML the register allows (p, br, ul, ol, li), and the
/// seven required fields checked.
/// </summary>
/// <remarks>
/// A register value the importer could not map (kept as <c>x-algoritmeregister-&lt;field&gt;</c>) is sent again
/// when the model has no value for that field, so that an imported registration comes back unchanged. Enumerations
/// and dates are never filled from such a value. A project without a language is sent as Dutch (<c>nld</c>), the only
/// language the register accepts. Thread-safe; keeps no state.
/// </remarks>
public sealed class AlgoritmeregisterExporter
{
    private const int MaxThemes = 3;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Makes the register payload of one project.</summary>
    /// <param name="project">The project.</param>
    /// <returns>The payload and its findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    /// <exception cref="ArgumentException">The project's visibility names a field that does not exist (<c>DG-S107</c>): the field it meant would be published.</exception>
    /// <remarks>A register payload is a public document: it is made from the project as the public may see it, without the fields marked internal.</remarks>
    public RegisterPayload Export(DataProject project)
    {
        if (project is null)
        {
            throw new ArgumentNullException(nameof(project));
        }

        var findings = new List<Finding>();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            new Payload(PublicFilter.Project(project), writer, findings).Write();
        }

        return new RegisterPayload
        {
            ProjectId = project.Id,
            Json = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length),
            Findings = [.. findings],
        };
    }

    /// <summary>Makes the register payloads of every project of an export, in order.</summary>
    /// <param name="export">The export.</param>
    /// <returns>One payload per project.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="export"/> is null.</exception>
    /// <exception cref="ArgumentException">A project's visibility names a field that does not exist (<c>DG-S107</c>).</exception>
    public ImmutableArray<RegisterPayload> ExportAll(ProjectExport export)
    {
        if (export is null)
        {
            throw new ArgumentNullException(nameof(export));
        }

        return export.Projects.Select(Export).ToImmutableArray();
    }

    /// <summary>Writes one project's fields in the API's order.</summary>
    private sealed class Payload(DataProject project, Utf8JsonWriter writer, List<Finding> findings)
    {
        public void Write()
        {
            writer.WriteStartObject();
            Text("name", project.Name == RowMapper.NameToFillIn ? null : project.Name);
            Text("description_short", project.ShortDescription ?? Kept("description_short"));
            Text("organization", project.Organization.Name == RowMapper.OrganizationToFillIn ? null : project.Organization.Name);
            Themes();
            Text("status", project.Lifecycle?.RegisterStatus is { } status ? RegisterLabels.Label(status) : null);
            Text("begin_date", project.Lifecycle?.BeginDate is { } begin ? Month(begin) : null);
            Text("end_date", project.Lifecycle?.EndDate is { } end ? Month(end) : null);
            Text("contact_email", project.Contact ?? Kept("contact_email"));
            Text("website", project.Transparency?.PublicPage ?? Kept("website"));
            Text("publication_category", project.Risk?.PublicationCategory is { } category ? RegisterLabels.Label(category) : null);
            Text("url", Kept("url"));
            Html("goal", project.Purpose?.GoalAndImpact, "goal");
            Html("proportionality", project.Purpose?.Proportionality, "proportionality");
            Html("human_intervention", project.Oversight?.HumanIntervention, "human_intervention");
            Html("risks", Risks(), "risks");
            Html("lawful_basis", project.Legal?.LawfulBasis, "lawful_basis");
            Grouping("lawful_basis_grouping", project.Legal?.References.Select(r => (r.Title, r.Link)), 100);
            Text("process_index_url", project.Legal?.ProcessingRegisterUrl ?? Kept("process_index_url"));
            var done = project.Risk?.Assessments.Where(a => a.Status == AssessmentStatus.Done).ToList() ?? [];
            Grouping("impacttoetsen_grouping", done.Select(a => (a.Title ?? DefaultTitle(a.Type), a.Link)), int.MaxValue);
            Html("impacttoetsen", NotDone(), "impacttoetsen");
            Html("source_data", null, "source_data");
            Grouping("source_data_grouping", project.Data?.Sources.Select(s => (s.Title, s.Link)), 500);
            Html("methods_and_models", project.Technique?.MethodsAndModels, "methods_and_models");
            Text("provider", project.Suppliers.Length > 0 ? string.Join(", ", project.Suppliers.Select(s => s.Name)) : Kept("provider"));
            Text("publiccode", project.Technique?.PublicCodeUrl ?? Kept("publiccode"));
            Language();
            Text("standard_version", "1.0");
            Text("source_id", project.SourceId ?? Kept("source_id"));
            Text("tags", project.Tags.Length > 0 ? string.Join(", ", project.Tags) : Kept("tags") is { } tags ? HtmlText.ToText(tags) : null);
            Text("lars", project.ExternalIds?.AlgoritmeregisterLars ?? project.Transparency?.Register?.RegisterId ?? Kept("lars"));
            Text("publication_dt", Kept("publication_dt"));
            writer.WriteEndObject();
        }

        private void Text(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Require(field);
                return;
            }

            var text = value!.Trim();
            if (RegisterFields.MaxLength.TryGetValue(field, out var max) && text.Length > max)
            {
                findings.Add(InteropMessages.Create(InteropCodes.TextCut, "/" + field, ("Field", field), ("Length", text.Length), ("MaxLength", max)));
                text = Cut(text, max - 1) + "…";
            }

            writer.WriteString(field, WellFormed(text));
        }

        private void Html(string field, string? modelText, string? keptField)
        {
            var text = modelText ?? (keptField is null ? null : Kept(keptField) is { } kept ? HtmlText.ToText(kept) : null);
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            var tidy = HtmlText.Tidy(text!.Replace("\r\n", "\n").Replace('\r', '\n'));
            var html = HtmlText.ToHtml(tidy);
            var max = RegisterFields.MaxLength[field];
            if (html.Length > max)
            {
                findings.Add(InteropMessages.Create(InteropCodes.TextCut, "/" + field, ("Field", field), ("Length", html.Length), ("MaxLength", max)));
                html = CutHtml(tidy, max);
            }

            writer.WriteString(field, WellFormed(html));
        }

        private void Themes()
        {
            var themes = project.Themes.Distinct().ToList();
            if (themes.Count > MaxThemes)
            {
                findings.Add(InteropMessages.Create(InteropCodes.TooManyThemes, "/category", ("MaxItems", MaxThemes), ("Count", themes.Count)));
                themes = themes.Take(MaxThemes).ToList();
            }

            if (themes.Count == 0)
            {
                return;
            }

            writer.WriteStartArray("category");
            foreach (var theme in themes)
            {
                writer.WriteStringValue(RegisterLabels.Label(theme));
            }

            writer.WriteEndArray();
        }

        private void Grouping(string field, IEnumerable<(string Title, string? Link)>? items, int maxTitle)
        {
            var list = items?.Where(i => !string.IsNullOrWhiteSpace(i.Title)).ToList() ?? [];
            if (list.Count == 0)
            {
                if (project.Extensions.TryGetValue(RegisterFields.ExtensionPrefix + field, out var kept) && kept.ValueKind == JsonValueKind.Array)
                {
                    writer.WritePropertyName(field);
                    kept.WriteTo(writer);
                }

                return;
            }

            writer.WriteStartArray(field);
            for (var i = 0; i < list.Count; i++)
            {
                var title = list[i].Title.Trim();
                if (title.Length > maxTitle)
                {
                    findings.Add(InteropMessages.Create(InteropCodes.TextCut, "/" + field + "/" + i + "/title", ("Field", field + ".title"), ("Length", title.Length), ("MaxLength", maxTitle)));
                    title = Cut(title, maxTitle - 1) + "…";
                }

                writer.WriteStartObject();
                writer.WriteString("title", WellFormed(title));
                writer.WriteString("link", WellFormed(list[i].Link ?? string.Empty));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        private void Language()
        {
            if (project.Language is { } language && language != ContentLanguage.Nld)
            {
                findings.Add(InteropMessages.Create(InteropCodes.LanguageNotAccepted, "/lang", ("Value", language.ToString().ToLowerInvariant())));
            }

            writer.WriteString("lang", "nld");
        }

        private void Require(string field)
        {
            foreach (var (required, title) in RegisterFields.Required)
            {
                if (required == field)
                {
                    findings.Add(InteropMessages.Create(InteropCodes.RequiredFieldMissing, "/" + field, ("Field", field), ("Label", title)));
                }
            }
        }

        private string? Risks()
        {
            var risks = project.Risk?.Risks ?? [];
            if (risks.Length == 1 && risks[0].Name == RowMapper.RiskManagement && risks[0].Mitigation is null)
            {
                return risks[0].Description;
            }

            if (risks.Length == 0)
            {
                return Kept("risks") is { } kept ? HtmlText.ToText(kept) : null;
            }

            return string.Join("\n", risks.Select(r => "- " + Line(r.Name, r.Description, r.Mitigation is null ? null : "maatregel: " + r.Mitigation)));
        }

        private string? NotDone()
        {
            if (Kept("impacttoetsen") is { } kept)
            {
                return HtmlText.ToText(kept);
            }

            var reasons = project.Risk?.Assessments.Where(a => a.Status == AssessmentStatus.NotRequired).ToList() ?? [];
            return reasons.Count == 0 ? null : string.Join("\n", reasons.Select(a => "- " + Line(a.Title ?? DefaultTitle(a.Type), "niet nodig", a.ReasonNotDone)));
        }

        private string? Kept(string field) =>
            project.Extensions.TryGetValue(RegisterFields.ExtensionPrefix + field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static string Line(string first, string? second, string? third) =>
            string.Join(": ", new[] { first, second, third }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Replace('\n', ' ')));

        private static string Month(PartialDate date) => new PartialDate(date.Year, date.Month).ToString();

        private static string DefaultTitle(AssessmentType type) => type switch
        {
            AssessmentType.Dpia => "Data Protection Impact Assessment (DPIA)",
            AssessmentType.PrescanDpia => "Pre-scan DPIA",
            AssessmentType.Iama => "Impact Assessment Mensenrechten en Algoritmes (IAMA)",
            AssessmentType.Aiia => "AI Impact Assesment (AIIA)",
            AssessmentType.Deda => "De Ethische Data Assistant (DEDA)",
            _ => type.ToString().ToUpperInvariant(),
        };

        /// <summary>The longest clean cut of a text whose HTML, with "…", fits the maximum.</summary>
        private static string CutHtml(string text, int max)
        {
            int low = 0, high = text.Length;
            while (low < high)
            {
                var middle = (low + high + 1) / 2;
                if (HtmlText.ToHtml(HtmlText.Tidy(Cut(text, middle)) + "…").Length <= max)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return HtmlText.ToHtml(HtmlText.Tidy(Cut(text, low)) + "…");
        }

        /// <summary>The text with any unpaired surrogate (which JSON cannot carry as UTF-8) replaced by U+FFFD.</summary>
        private static string WellFormed(string text)
        {
            char[]? chars = null;
            for (var i = 0; i < text.Length; i++)
            {
                var paired = char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                    : !char.IsLowSurrogate(text[i]) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
                if (!paired)
                {
                    chars ??= text.ToCharArray();
                    chars[i] = '\uFFFD';
                }
            }

            return chars is null ? text : new string(chars);
        }

        /// <summary>The first characters of a text, never splitting a surrogate pair.</summary>
        private static string Cut(string text, int length)
        {
            if (length >= text.Length)
            {
                return text;
            }

            if (length > 0 && char.IsHighSurrogate(text[length - 1]))
            {
                length--;
            }

            return text.Substring(0, length).TrimEnd();
        }
    }
}
