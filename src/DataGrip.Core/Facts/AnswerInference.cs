using System;
using System.Collections.Immutable;
using System.Text.Json;
using DataGrip.Core.Model;
using DataGrip.Core.Risk;

namespace DataGrip.Core.Facts;

/// <summary>
/// Reads answers a registration gives in words where the model asks for a field: "er worden geen persoonsgegevens
/// verwerkt", a source "BRP" or "GBA", "BSN", "zelflerend", a decision ("besluit", "beschikking") in the goal. Each is
/// read only when the field it stands in for is empty, and only from a few fixed phrases; it never overrides a
/// stated answer, and it never makes a project look less risky except for an explicit "no personal data".
/// </summary>
internal sealed class AnswerInference
{
    /// <summary>The register field the importer keeps a registration's data sources in, as an extension.</summary>
    internal const string SourceDataExtension = "x-algoritmeregister-source_data";

    private static readonly AnswerInference NoneFound = new();

    private AnswerInference()
    {
    }

    /// <summary>No source holds personal data, read from an explicit statement.</summary>
    public bool NoPersonalData { get; private set; }

    /// <summary>The BRP (or GBA) is a source.</summary>
    public bool Brp { get; private set; }

    /// <summary>The BSN is processed.</summary>
    public bool Bsn { get; private set; }

    /// <summary>The outcome is a decision with legal effects (besluit, beschikking).</summary>
    public bool LegalEffects { get; private set; }

    /// <summary>The technique is self-learning.</summary>
    public bool Learning { get; private set; }

    public ImmutableArray<InferredAnswer> Answers { get; private set; } = [];

    public static AnswerInference Infer(DataProject project, bool enabled)
    {
        if (!enabled)
        {
            return NoneFound;
        }

        AnswerInference? result = null;
        var data = project.Data;
        var sources = data?.Sources ?? default;
        var hasSources = !sources.IsDefaultOrEmpty;
        var personalStated = false;
        var personalUnknown = !hasSources;
        var categoriesStated = false;
        foreach (var source in sources.IsDefault ? [] : sources)
        {
            if (source is null)
            {
                continue;
            }

            personalStated |= source.PersonalData is PersonalDataLevel.Identified or PersonalDataLevel.Pseudonymised
                || ProjectFacts.ListsCategories(source.Categories);
            personalUnknown |= source.PersonalData is null;
            categoriesStated |= source.Categories is not null;
        }

        var sourceText = SourceText(project);
        var goal = project.Purpose?.GoalAndImpact;

        // A base registry or the BSN named where the sources are described; only when no source is listed.
        if (!hasSources && sourceText is not null)
        {
            if (FindWord(sourceText, BrpWords) is { } brp)
            {
                (result ??= new()).Brp = true;
                result.Add("/data/sources", "brp", "/" + SourceDataExtension, Quote(sourceText, brp.Index, brp.Length));
            }
        }

        if (!categoriesStated)
        {
            for (var i = 0; i < 4; i++)
            {
                if (Text(project, sourceText, i, out var field) is not { } text)
                {
                    continue;
                }

                if (FindWord(text, BsnWords) is { } bsn)
                {
                    (result ??= new()).Bsn = true;
                    result.Add("/data/sources", "bsn", field, Quote(text, bsn.Index, bsn.Length));
                    break;
                }
            }
        }

        // An explicit "no personal data", when no source says otherwise, nothing above names personal data, and no
        // stated answer presupposes them (subjects, scale, profiling, monitoring, combining, new legislation, a base
        // registry, the AP list, a transfer, stated categories).
        var factors = project.Risk?.Factors;
        var presupposed = personalStated || !(data?.Subjects).GetValueOrDefault().IsDefaultOrEmpty || data?.AtLeast10000Subjects == true
            || data?.InternationalTransfer is InternationalTransfer.WithinEea or InternationalTransfer.OutsideEea
            || factors is { Profiling: true } or { SystematicMonitoring: true } or { CombinesDataSets: true } or { NewLegislation: true } || (factors is not null && !factors.ApList.IsDefaultOrEmpty);
        foreach (var source in sources.IsDefault ? [] : sources)
        {
            presupposed |= source?.BaseRegistry is not null;
        }

        if (!presupposed && personalUnknown && result is not { Brp: true } && result is not { Bsn: true })
        {
            for (var i = 0; i < 4; i++)
            {
                if (Text(project, sourceText, i, out var field) is not { } text)
                {
                    continue;
                }

                if (NoPersonalDataStatement(text) is { } statement)
                {
                    (result ??= new()).NoPersonalData = true;
                    result.Add("/data/sources", "none", field, Quote(text, statement.Index, statement.Length));
                    break;
                }
            }
        }

        if (project.Oversight?.LegalEffects is null && goal is not null && Decision(goal) is { } decision)
        {
            (result ??= new()).LegalEffects = true;
            result.Add("/oversight/legalEffects", "true", "/purpose/goalAndImpact", Quote(goal, decision.Index, decision.Length));
        }

        if (project.Technique?.AlgorithmType is null && project.Risk?.AiAct?.SystemType is null)
        {
            for (var i = 0; i < 2; i++)
            {
                var (field, text) = i == 0 ? ("/technique/methodsAndModels", project.Technique?.MethodsAndModels) : ("/description", project.Description);
                if (text is not null && FindWord(text, LearningWords) is { } learning)
                {
                    (result ??= new()).Learning = true;
                    result.Add("/technique/algorithmType", "machineLearning", field, Quote(text, learning.Index, learning.Length));
                    break;
                }
            }
        }

        return result ?? NoneFound;
    }

    private void Add(string pointer, string value, string field, string quote) =>
        Answers = Answers.Add(new InferredAnswer { Pointer = pointer, Value = value, Field = field, Quote = quote });

    private static string? SourceText(DataProject project) =>
        project.ExtensionData is { } extensions && extensions.TryGetValue(SourceDataExtension, out var element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;

    /// <summary>The texts inference reads, by number (0 to 3), with their pointers; null when empty.</summary>
    private static string? Text(DataProject project, string? sourceText, int index, out string field)
    {
        (field, var text) = index switch
        {
            0 => ("/" + SourceDataExtension, sourceText),
            1 => ("/shortDescription", project.ShortDescription),
            2 => ("/description", project.Description),
            _ => ("/purpose/goalAndImpact", project.Purpose?.GoalAndImpact),
        };
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>
    /// "geen persoonsgegevens" (or "geen persoonlijke gegevens", "zonder persoonsgegevens") in a sentence that says
    /// they are not processed, used, stored or contained, and does not limit it to sharing or publishing.
    /// </summary>
    private static (int Index, int Length)? NoPersonalDataStatement(string text)
    {
        if (text.IndexOf("perso", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        foreach (var phrase in NoPersonalDataPhrases)
        {
            var at = 0;
            while ((at = text.IndexOf(phrase, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var (start, end) = Sentence(text, at);
                var sentence = text.Substring(start, end - start);
                if (ContainsAny(sentence, ProcessingVerbs) && !ContainsAny(sentence, LimitingWords))
                {
                    return (at, phrase.Length);
                }

                at += phrase.Length;
            }
        }

        return null;
    }

    /// <summary>A decision as a noun ("een besluit", "de beschikking", "besluiten op aanvragen"), in a sentence without a negation before it.</summary>
    private static (int Index, int Length)? Decision(string text)
    {
        if (text.IndexOf("beschikking", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("besluit", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        foreach (var phrase in DecisionPhrases)
        {
            if (FindWord(text, phrase) is { } found)
            {
                var (start, _) = Sentence(text, found.Index);
                var before = text.Substring(start, found.Index - start);
                if (FindWord(before, "niet") is null && FindWord(before, "geen") is null)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static readonly string[] BrpWords = ["BRP", "GBA", "Basisregistratie Personen", "Gemeentelijke Basisadministratie", "bevolkingsadministratie"];

    private static readonly string[] BsnWords = ["BSN", "burgerservicenummer", "burgerservicenummers", "sofinummer"];

    private static readonly string[] LearningWords = ["zelflerend", "zelflerende", "machine learning", "machinelearning", "neuraal netwerk", "neurale netwerken", "deep learning"];

    private static readonly string[] DecisionPhrases =
        ["beschikking", "beschikkingen", "een besluit", "het besluit", "correct besluit", "besluit op", "besluiten op", "besluit over", "besluiten over", "nemen van besluiten", "nemen van een besluit"];

    private static readonly string[] NoPersonalDataPhrases =
        ["geen persoonsgegevens", "geen persoonlijke gegevens", "geen persoonsgebonden gegevens", "zonder persoonsgegevens", "geen tot personen herleidbare", "niet met persoonsgegevens"];

    private static readonly string[] ProcessingVerbs = ["verwerkt", "verwerking", "gebruikt", "gebruik", "opgeslagen", "bevat", "bevatten", "nodig", "vastgelegd", "betrokken", "verzameld", "werkt"];

    private static readonly string[] LimitingWords =
        ["gedeeld", "delen", "verstrekt", "doorgegeven", "gepubliceerd", "openbaar", "buiten", "behalve", "tenzij", "alleen", "slechts", "derden", "niet meer", "als", "zoals", "voordat", "dan", "uitzondering", "bijzondere", "gevoelige", "verder"];

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (FindWord(text, word) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static (int Start, int End) Sentence(string text, int at)
    {
        var start = at;
        while (start > 0 && text[start - 1] is not ('.' or '!' or '?' or '\n'))
        {
            start--;
        }

        var end = at;
        while (end < text.Length && text[end] is not ('.' or '!' or '?' or '\n'))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>The first of the words that occurs as a whole word (not inside another word), ignoring case.</summary>
    private static (int Index, int Length)? FindWord(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (FindWord(text, word) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Where the word occurs as a whole word (not inside another word), ignoring case.</summary>
    private static (int Index, int Length)? FindWord(string text, string word)
    {
        var at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return (at, word.Length);
            }

            at = end;
        }

        return null;
    }

    /// <summary>The words around a match: at most 40 characters before and after, within the sentence, trimmed.</summary>
    private static string Quote(string text, int index, int length)
    {
        var (start, end) = Sentence(text, index);
        if (index - start > 40)
        {
            start = index - 40;
            while (start < index && !char.IsWhiteSpace(text[start - 1]))
            {
                start++;
            }
        }

        if (end - (index + length) > 40)
        {
            end = index + length + 40;
            while (end > index + length && !char.IsWhiteSpace(text[end]))
            {
                end--;
            }
        }
        return text.Substring(start, end - start).Trim();
    }
}
