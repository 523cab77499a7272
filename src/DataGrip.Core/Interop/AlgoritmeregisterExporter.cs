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
using DataGrip.Core.Internal;

namespace DataGrip.Core.Interop;

/// <summary>
/// Exports DataGrip projects as Algoritmeregister v1.0 registrations, exactly as the submission API takes them
/// (<c>AlgorithmIn</c>): the register's field names, Dutch enumeration labels, "YYYY-MM" dates, texts within the
/// maximum lengths of the register's v1.0 config (counted in characters, HTML fields by their text; cut with a
/// finding; the organisation name never), only the HTML the register allows (p, br, ul, li; numbered lines stay
/// lines), every theme, and the seven required fields checked.
/// </summary>
/// <remarks>
/// A register value the importer could not map (kept as <c>x-algoritmeregister-&lt;field&gt;</c>) is sent again
/// when the model has no value for that field, so that an imported registration comes back unchanged. Enumerations
/// and dates are never filled from such a value. A project without a language is sent as Dutch (<c>nld</c>), the only
/// language the register accepts. Thread-safe; keeps no state.
/// </remarks>
public sealed class AlgoritmeregisterExporter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Makes the register payload of one project.</summary>
    /// <param name="project">The project.</param>
    /// <returns>The payload and its findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    /// <exception cref="ArgumentException">The project's visibility names a field that does not exist (<c>DG-S107</c>): the field it meant would be published.</exception>
    /// <remarks>A register payload is a public document: it is made from the project as the public may see it, without the fields marked internal.</remarks>
    public RegisterPayload Export(DataProject project)
    {
        Guard.NotNull(project);

        var findings = new List<Finding>();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            new Payload(PublicFilter.Project(project), writer, findings, Withheld(project)).Write();
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
        Guard.NotNull(export);

        return export.Projects.Select(Export).ToImmutableArray();
    }

    /// <summary>
    /// The model fields a kept register value (<c>x-algoritmeregister-&lt;field&gt;</c>) stands in for: when one of them
    /// is marked internal, the kept value is withheld too, or it would publish what the field's mark keeps inside.
    /// </summary>
    private static readonly Dictionary<string, string[]> KeptFor = new(StringComparer.Ordinal)
    {
        ["description_short"] = ["/shortDescription"],
        ["contact_email"] = ["/contact"],
        ["website"] = ["/transparency/publicPage"],
        ["url"] = ["/transparency/sourceRegistrationUrl"],
        ["process_index_url"] = ["/legal/processingRegisterUrl"],
        ["provider"] = ["/suppliers"],
        ["publiccode"] = ["/technique/publicCodeUrl"],
        ["source_id"] = ["/sourceId"],
        ["tags"] = ["/tags"],
        ["lars"] = ["/externalIds", "/transparency/register/registerId"],
        ["publication_dt"] = ["/transparency/register/publishedOn"],
        ["goal"] = ["/purpose/goalAndImpact"],
        ["proportionality"] = ["/purpose/proportionality"],
        ["human_intervention"] = ["/oversight/humanIntervention"],
        ["risks"] = ["/risk/risks"],
        ["lawful_basis"] = ["/legal/lawfulBasis"],
        ["impacttoetsen"] = ["/transparency/impactAssessmentsExplanation", "/risk/assessments"],
        ["source_data"] = ["/data/description", "/data/sources"],
        ["methods_and_models"] = ["/technique/methodsAndModels"],
    };

    /// <summary>
    /// The register fields whose kept value must not be sent, because a field it stands in for is marked internal;
    /// null when nothing of the project is internal.
    /// </summary>
    private static HashSet<string>? Withheld(DataProject project)
    {
        if (!PublicFilter.HasInternalFields(project))
        {
            return null;
        }

        var marked = project.Record!.Visibility.Where(p => p.Value == FieldVisibility.Internal).Select(p => p.Key).ToList();
        static bool Covers(string key, string pointer) =>
            key == pointer || key.StartsWith(pointer + "/", StringComparison.Ordinal) || pointer.StartsWith(key + "/", StringComparison.Ordinal);
        return new HashSet<string>(
            KeptFor.Where(field => marked.Any(key => field.Value.Any(pointer => Covers(key, pointer)))).Select(field => field.Key),
            StringComparer.Ordinal);
    }

    /// <summary>Writes one project's fields in the API's order.</summary>
    private sealed class Payload(DataProject project, Utf8JsonWriter writer, List<Finding> findings, HashSet<string>? withheld)
    {
        public void Write()
        {
            writer.WriteStartObject();
            Text("name", project.Name == RowMapper.NameToFillIn ? null : project.Name);
            Text("description_short", project.ShortDescription ?? Kept("description_short"));
            Organization();
            Themes();
            Text("status", project.Lifecycle?.RegisterStatus is { } status ? RegisterLabels.Label(status) : null);
            Text("begin_date", project.Lifecycle?.BeginDate is { } begin ? Month(begin) : null);
            Text("end_date", project.Lifecycle?.EndDate is { } end ? Month(end) : null);
            Text("contact_email", project.Contact ?? Kept("contact_email"));
            Text("website", project.Transparency?.PublicPage ?? Kept("website"));
            Text("publication_category", project.Risk?.PublicationCategory is { } category ? RegisterLabels.Label(category) : null);
            Text("url", project.Transparency?.SourceRegistrationUrl ?? Kept("url"));
            Html("goal", project.Purpose?.GoalAndImpact, "goal");
            Html("proportionality", project.Purpose?.Proportionality, "proportionality");
            Html("human_intervention", project.Oversight?.HumanIntervention, "human_intervention");
            Html("risks", Risks(), "risks");
            Html("lawful_basis", project.Legal?.LawfulBasis, "lawful_basis");
            Grouping("lawful_basis_grouping", project.Legal?.References.Select(r => (r.Title, r.Link)), RegisterFields.GroupingTitleMaxLength["lawful_basis_grouping"]);
            Text("process_index_url", project.Legal?.ProcessingRegisterUrl ?? Kept("process_index_url"));
            var done = project.Risk?.Assessments.Where(a => a.Status == AssessmentStatus.Done).ToList() ?? [];
            Grouping("impacttoetsen_grouping", done.Select(a => (a.Title ?? DefaultTitle(a.Type), a.Link)), int.MaxValue);
            Html("impacttoetsen", NotDone(), "impacttoetsen");
            Html("source_data", project.Data?.Description, "source_data");
            // Sources read from the words of source_data are in that text already: the grouping lists given sources only.
            Grouping("source_data_grouping", project.Data?.Sources.Where(s => s.ReadFromText != true).Select(s => (s.Title, s.Link)), RegisterFields.GroupingTitleMaxLength["source_data_grouping"]);
            Html("methods_and_models", project.Technique?.MethodsAndModels, "methods_and_models");
            Text("provider", project.Suppliers.Length > 0 ? string.Join(", ", project.Suppliers.Select(s => s.Name)) : Kept("provider"));
            Text("publiccode", project.Technique?.PublicCodeUrl ?? Kept("publiccode"));
            Language();
            Text("standard_version", "1.0");
            Text("source_id", project.SourceId ?? Kept("source_id"));
            Tags(project.Tags.Length > 0 ? [.. project.Tags] : Kept("tags") is { } tags ? [HtmlText.ToText(tags)] : []);
            Text("lars", project.ExternalIds?.AlgoritmeregisterLars ?? project.Transparency?.Register?.RegisterId ?? Kept("lars"));
            Text("publication_dt", project.Transparency?.Register?.PublishedOn?.ToString() ?? Kept("publication_dt"));
            writer.WriteEndObject();
        }

        private void Text(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Require(field);
                return;
            }

            var text = Unmarked(field, value!.Trim());
            var length = Characters(text);
            if (RegisterFields.MaxLength.TryGetValue(field, out var max) && length > max)
            {
                findings.Add(InteropMessages.Create(InteropCodes.TextCut, "/" + field, ("Field", field), ("Length", length), ("MaxLength", max)));
                text = Cut(text, max - 1) + "…";
            }

            writer.WriteString(field, WellFormed(text));
        }

        /// <summary>
        /// A plain-text value as the register's cleaner will keep it: it removes anything that looks like a tag, so
        /// "Team Data &lt;data@utrecht.nl&gt;" would be stored as "Team Data". The angle brackets become parentheses.
        /// </summary>
        private string Unmarked(string field, string text)
        {
            if (text.IndexOf('<') < 0 || !HtmlText.LooksLikeHtml(text))
            {
                return text;
            }

            var sent = HtmlText.AngleBracketsAsParentheses(text);
            if (sent != text)
            {
                var label = RegisterFields.ByTitle.FirstOrDefault(t => t.Value == field).Key ?? field;
                findings.Add(InteropMessages.Create(InteropCodes.MarkupInPlainText, "/" + field, ("Label", label), ("Value", text), ("Sent", sent)));
            }

            return sent;
        }

        private void Organization()
        {
            var name = project.Organization.Name == RowMapper.OrganizationToFillIn ? null : project.Organization.Name;
            if (string.IsNullOrWhiteSpace(name))
            {
                Require("organization");
                return;
            }

            // The register names organisations by its own list (TOOI); a long official name is sent whole, not cut.
            var text = Unmarked("organization", name!.Trim());
            var length = Characters(text);
            if (length > RegisterFields.MaxLength["organization"])
            {
                findings.Add(InteropMessages.Create(InteropCodes.OrganizationNameLong, "/organization", ("Length", length), ("MaxLength", RegisterFields.MaxLength["organization"])));
            }

            writer.WriteString("organization", WellFormed(text));
        }

        /// <summary>
        /// The search terms, comma-separated. The register stores them as HTML (in <c>&lt;p&gt;…&lt;/p&gt;</c>, with
        /// &amp;, &lt; and &gt; escaped) in a column of 2,500 characters: whole terms are left out from the end until
        /// the stored value fits.
        /// </summary>
        private void Tags(List<string> tags)
        {
            var text = string.Join(", ", tags.Select(t => t.Trim()).Where(t => t.Length > 0));
            if (text.Length == 0)
            {
                return;
            }

            var max = RegisterFields.MaxLength["tags"];
            if (StoredTagsLength(text) > max)
            {
                var stored = StoredTagsLength(text);
                var kept = text;
                while (StoredTagsLength(kept) > max)
                {
                    var comma = kept.LastIndexOf(',');
                    kept = comma > 0 ? kept.Substring(0, comma).TrimEnd() : Cut(kept, Math.Max(0, kept.Length - (StoredTagsLength(kept) - max)));
                }

                findings.Add(InteropMessages.Create(InteropCodes.TextCut, "/tags", ("Field", "tags"), ("Length", stored), ("MaxLength", max)));
                text = kept;
            }

            writer.WriteString("tags", WellFormed(text));
        }

        private static int StoredTagsLength(string text)
        {
            var length = "<p></p>".Length;
            foreach (var c in text)
            {
                length += c switch { '&' => 5, '<' or '>' => 4, _ => char.IsLowSurrogate(c) ? 0 : 1 };
            }

            return length;
        }

        private void Html(string field, string? modelText, string? keptField)
        {
            var text = modelText ?? (keptField is null ? null : Kept(keptField) is { } kept ? HtmlText.ToText(kept) : null);
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            // The register counts the text, not the markup around it.
            var tidy = HtmlText.Tidy(text!.Replace("\r\n", "\n").Replace('\r', '\n'));
            var max = RegisterFields.MaxLength[field];
            var length = Characters(tidy);
            if (length > max)
            {
                findings.Add(InteropMessages.Create(InteropCodes.TextCut, "/" + field, ("Field", field), ("Length", length), ("MaxLength", max)));
                tidy = CutText(tidy, max);
            }

            writer.WriteString(field, WellFormed(HtmlText.ToHtml(tidy)));
        }

        private void Themes()
        {
            // The v1.0 config sets no limit on the number of themes.
            var themes = project.Themes.Distinct().ToList();
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
                if (Characters(title) > maxTitle)
                {
                    findings.Add(InteropMessages.Create(InteropCodes.TextCut, "/" + field + "/" + i + "/title", ("Field", field + ".title"), ("Length", Characters(title)), ("MaxLength", maxTitle)));
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
            var explanation = project.Transparency?.ImpactAssessmentsExplanation ?? (Kept("impacttoetsen") is { } kept ? HtmlText.ToText(kept) : null);

            // What the assessments themselves say: the outcome of one done (an older registration's dpia_description),
            // the reason one was not needed.
            var lines = (project.Risk?.Assessments ?? []).Select(a => a.Status switch
            {
                AssessmentStatus.NotRequired => "- " + Line(a.Title ?? DefaultTitle(a.Type), "niet nodig", a.ReasonNotDone),
                AssessmentStatus.Done when !string.IsNullOrWhiteSpace(a.Outcome) => "- " + Line(a.Title ?? DefaultTitle(a.Type), "uitgevoerd", a.Outcome),
                _ => null,
            }).Where(l => l is not null).ToList();
            var generated = lines.Count == 0 ? null : string.Join("\n", lines);
            return explanation is null ? generated : generated is null ? explanation : explanation + "\n\n" + generated;
        }

        // A kept value with no known model home is withheld whenever anything is internal: fail closed.
        private string? Kept(string field) =>
            (withheld is null || (KeptFor.ContainsKey(field) && !withheld.Contains(field))) && project.Extensions.TryGetValue(RegisterFields.ExtensionPrefix + field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

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

        /// <summary>The longest clean cut of a text that, with "…", has at most the maximum of characters.</summary>
        private static string CutText(string text, int max)
        {
            var cut = HtmlText.Tidy(Cut(text, max - 1));
            while (cut.Length > 0 && Characters(cut) + 1 > max)
            {
                cut = HtmlText.Tidy(Cut(cut, cut.Length - 1));
            }

            return cut + "…";
        }

        /// <summary>The number of characters as the register counts them (Unicode code points, not UTF-16 units), as the schema counts them.</summary>
        private static int Characters(string text) => WireRules.CodePoints(text);

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

        /// <summary>The first characters (code points) of a text, never splitting a surrogate pair.</summary>
        private static string Cut(string text, int length)
        {
            var units = 0;
            for (var n = 0; n < length && units < text.Length; n++)
            {
                units += char.IsHighSurrogate(text[units]) && units + 1 < text.Length && char.IsLowSurrogate(text[units + 1]) ? 2 : 1;
            }

            return units >= text.Length ? text : text.Substring(0, units).TrimEnd();
        }
    }
}
