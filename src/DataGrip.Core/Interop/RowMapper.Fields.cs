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

/// <summary>The mappers of the fields that need more than reading a text: organisation, themes, status, type, groupings, DPIA/IAMA answers.</summary>
internal sealed partial class RowMapper
{
    private void MapId(string key, string name, JsonElement value)
    {
        var text = Plain(key, name, value, WireLimits.Id, count: false);
        if (text is null)
        {
            return;
        }

        if (!IsId(text))
        {
            Keep(key, name, value, InteropMessages.Say("not usable as a project id (letters, digits, '.', '_', ':' and '-' only)", "niet bruikbaar als project-id (alleen letters, cijfers, '.', '_', ':' en '-')"));
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
                    Keep(key, name, value, InteropMessages.Say("a theme is not text", "een thema is geen tekst"));
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
            Keep(key, name, value, InteropMessages.Say("expected a list of themes", "verwacht werd een lijst van thema's"));
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
            Keep(key, name, value, draft.Themes.Count > 0 ? InteropMessages.Say("some items are none of the register's 16 themes; the others were set", "sommige onderdelen zijn geen van de 16 thema's van het register; de andere zijn gezet") : InteropMessages.Say("none of the register's 16 themes", "geen van de 16 thema's van het register"));
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
            Keep(key, name, value, InteropMessages.Say("not a status the normaliser is sure of", "geen status die zeker herkend wordt"));
            return;
        }

        draft.Phase = phase;
        draft.StatusSince = since;
        var exact = RegisterLabels.TryParseStatus(text, out _);
        session.Count(key, exact ? Outcome.Mapped : Outcome.Normalised);
        if (!exact && TextKey.Of(text).Length > 20)
        {
            session.Findings.Add(InteropMessages.Create(InteropCodes.ValueInterpreted, Pointer(name), ("Value", text), ("Field", name), ("Result", InteropMessages.Say("phase '" + phase + "'" + (since is { } d ? ", since " + d : string.Empty), "fase '" + DutchPhase(phase) + "'" + (since is { } e ? ", sinds " + e : string.Empty)))));
        }
    }

    private static string DutchPhase(Phase phase) => phase switch
    {
        Phase.Idea => "idee",
        Phase.Design => "ontwerp",
        Phase.Development => "ontwikkeling",
        Phase.Pilot => "pilot",
        Phase.Evaluation => "evaluatie",
        Phase.Production => "productie",
        Phase.Scaling => "opschaling",
        _ => "beëindigd",
    };

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
            Keep(key, name, value, InteropMessages.Say("none of the register's three publication categories", "geen van de drie publicatiecategorieën van het register"));
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
            Keep(key, name, value, InteropMessages.Say("a search term is longer than 100 characters", "een zoekterm is langer dan 100 tekens"));
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
            Keep(key, name, value, InteropMessages.Say("built in-house: there is no supplier to record", "intern ontwikkeld: er is geen leverancier vast te leggen"));
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
            Keep(key, name, value, InteropMessages.Say("not a language the register knows (nld, eng, fry)", "geen taal die het register kent (nld, eng, fry)"));
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
            Keep(key, name, value, yesNo ? InteropMessages.Say("'Ja'/'Nee' only means 'zelflerend?' from standard version 0.4 on", "'Ja'/'Nee' betekent pas vanaf standaardversie 0.4 'zelflerend?'") : InteropMessages.Say("not an algorithm type the normaliser is sure of", "geen soort algoritme die zeker herkend wordt"));
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
                Keep(key, name, value, InteropMessages.Say("the text is not a JSON list of {title, link}", "de tekst is geen JSON-lijst van titels met links"));
                return;
            }
        }

        if (list.ValueKind == JsonValueKind.String && NumberedLines(list.GetString()!) is { } lines)
        {
            // The register's CSV download writes a list as lines "1: AVG, https://…".
            var read = new List<(string Title, string? Link)>();
            foreach (var (lineTitle, lineLink) in lines)
            {
                string? url = null;
                if (lineTitle.Length == 0 || lineTitle.Length > maxTitle || (lineLink is not null && !TryUrl(lineLink, out url, out _)))
                {
                    Keep(key, name, value, lineTitle.Length == 0 ? InteropMessages.Say("an item has an empty title", "een onderdeel heeft een lege titel") : lineLink is not null && lineTitle.Length <= maxTitle ? InteropMessages.Say("a link is not a web address", "een link is geen webadres") : TitleTooLong(maxTitle));
                    return;
                }

                read.Add((lineTitle, url));
            }

            foreach (var (title, link) in read)
            {
                add(title, link);
            }

            session.Count(key, Outcome.Normalised);
            return;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            Keep(key, name, value, InteropMessages.Say("expected a list of {title, link}", "verwacht werd een lijst van titels met links"));
            return;
        }

        var items = new List<(string Title, string? Link)>();
        var normalised = list.ValueKind != value.ValueKind;
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("title", out var titleElement) || titleElement.ValueKind != JsonValueKind.String)
            {
                Keep(key, name, value, InteropMessages.Say("an item has no title", "een onderdeel heeft geen titel"));
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
                Keep(key, name, value, InteropMessages.Say("a link is not text", "een link is geen tekst"));
                return;
            }

            var unknown = item.EnumerateObject().Any(p => p.Name is not ("title" or "link"));
            if (title.Length == 0 || title.Length > maxTitle || unknown)
            {
                Keep(key, name, value, title.Length == 0 ? InteropMessages.Say("an item has an empty title", "een onderdeel heeft een lege titel") : unknown ? InteropMessages.Say("an item has fields other than title and link", "een onderdeel heeft andere velden dan titel en link") : TitleTooLong(maxTitle));
                return;
            }

            if (link is not null)
            {
                if (!TryUrl(link, out var url, out var changed))
                {
                    Keep(key, name, value, InteropMessages.Say("a link is not a web address", "een link is geen webadres"));
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

    private static InteropMessages.Bilingual TitleTooLong(int max) =>
        InteropMessages.Say("a title is longer than " + max + " characters", "een titel is langer dan " + max + " tekens");

    private static readonly Regex NumberedLine = new("^\\s*[0-9]{1,4}:\\s*(.*?)(?:,\\s*((?:https?://|www\\.)\\S*))?\\s*$", RegexOptions.CultureInvariant);

    /// <summary>The items of a CSV list cell ("1: AVG, https://…" on each line); null when the text is not one.</summary>
    private static List<(string Title, string? Link)>? NumberedLines(string text)
    {
        var items = new List<(string Title, string? Link)>();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var m = NumberedLine.Match(line);
            if (!m.Success)
            {
                return null;
            }

            items.Add((m.Groups[1].Value.Trim(), m.Groups[2].Success ? m.Groups[2].Value : null));
        }

        return items.Count == 0 ? null : items;
    }

    private void ResolveAnswers()
    {
        foreach (var (answerKey, type) in new[] { ("dpia", AssessmentType.Dpia), ("iama", AssessmentType.Iama) })
        {
            var descriptionKey = answerKey + "_description";
            var hasAnswer = draft.Answers.TryGetValue(answerKey, out var answer);
            var hasDescription = draft.Answers.TryGetValue(descriptionKey, out var description);
            string? descriptionText = null;
            var answered = AssessmentAnswer.None;
            var notDoneWithReason = false;
            if (hasAnswer)
            {
                var text = RawText(answerKey, answer.Name, answer.Value);
                if (text is not null && !AssessmentAnswerNormaliser.TryRead(text, out answered))
                {
                    Keep(answerKey, answer.Name, answer.Value, InteropMessages.Say("not an answer the normaliser is sure of", "geen antwoord dat zeker herkend wordt"));
                    answered = AssessmentAnswer.None;
                }
                else if (text is not null && answered == AssessmentAnswer.No && hasDescription && description.Value.ValueKind == JsonValueKind.String && !IsBlank(description.Value.GetString()!))
                {
                    // "Nee" with a reason ("Geen persoonsgegevens, dus geen DPIA"): not done, and why. The model records
                    // no "not done" (and "not required" would claim more than "Nee" says): the reason goes into the
                    // v1.0 explanation of impact assessments (Toelichting op impacttoetsen).
                    notDoneWithReason = true;
                    session.Count(answerKey, Outcome.Normalised);
                }
                else if (text is not null && answered is AssessmentAnswer.No or AssessmentAnswer.None)
                {
                    Keep(answerKey, answer.Name, answer.Value, answered == AssessmentAnswer.No
                        ? InteropMessages.Say("the model records assessments done, planned or not required; 'not done' has no place", "het model legt toetsen vast als uitgevoerd, gepland of niet nodig; 'niet uitgevoerd' heeft geen plaats")
                        : InteropMessages.Say("no answer", "geen antwoord"));
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
            if (notDoneWithReason && Html(descriptionKey, description.Name, description.Value) is { } reason)
            {
                var line = (type == AssessmentType.Dpia ? "Data Protection Impact Assessment (DPIA)" : "Impact Assessment Mensenrechten en Algoritmes (IAMA)") + ": niet uitgevoerd: " + reason.Replace('\n', ' ');
                draft.ImpactExplanation = draft.ImpactExplanation is null ? line : draft.ImpactExplanation + "\n\n" + line;
            }
            else if (hasDescription)
            {
                descriptionText = status is null ? null : Html(descriptionKey, description.Name, description.Value);
                if (status is null && !IsEmpty(description.Value))
                {
                    Keep(descriptionKey, description.Name, description.Value, InteropMessages.Say("it describes an assessment that was not recorded as done, planned or not required", "het beschrijft een toets die niet is vastgelegd als uitgevoerd, gepland of niet nodig"));
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
}
