using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace DataGrip.Core;

/// <summary>The English and Dutch message templates of every finding code, with named placeholders.</summary>
internal static class Messages
{
    internal sealed record Template(Severity Severity, string English, string Dutch);

    internal static readonly ImmutableDictionary<string, Template> Templates = new Dictionary<string, Template>
    {
        [FindingCodes.MalformedJson] = new(Severity.Error,
            "The document is not valid JSON: {Reason}.",
            "Het document is geen geldige JSON: {Reason}."),
        [FindingCodes.EmptyDocument] = new(Severity.Error,
            "The document is empty; expected a JSON object with 'schemaVersion' and 'projects'.",
            "Het document is leeg; verwacht werd een JSON-object met 'schemaVersion' en 'projects'."),
        [FindingCodes.TooDeep] = new(Severity.Error,
            "The document nests deeper than the maximum of {MaxDepth} levels; reading stopped here.",
            "Het document is dieper genest dan het maximum van {MaxDepth} niveaus; het lezen is hier gestopt."),
        [FindingCodes.TooLarge] = new(Severity.Error,
            "The document is larger than the maximum of {MaxBytes} bytes; raise the limit to read it.",
            "Het document is groter dan het maximum van {MaxBytes} bytes; verhoog de limiet om het te lezen."),
        [FindingCodes.InvalidUtf8] = new(Severity.Error,
            "The document is not valid UTF-8 (invalid byte sequence at byte {Offset}); save it as UTF-8.",
            "Het document is geen geldige UTF-8 (ongeldige bytereeks op byte {Offset}); sla het op als UTF-8."),
        [FindingCodes.InvalidUnicode] = new(Severity.Error,
            "The text is not valid Unicode: it holds a lone surrogate escape (such as \\ud800) that cannot be written again.",
            "De tekst is geen geldige Unicode: hij bevat een losse surrogaat-escape (zoals \\ud800) die niet opnieuw kan worden geschreven."),
        [FindingCodes.UnsupportedSchemaVersion] = new(Severity.Error,
            "Schema version '{Value}' is not supported; this library reads versions 1.x.",
            "Schemaversie '{Value}' wordt niet ondersteund; deze bibliotheek leest versies 1.x."),
        [FindingCodes.RequiredPropertyMissing] = new(Severity.Error,
            "The required property '{Property}' is missing.",
            "De verplichte eigenschap '{Property}' ontbreekt."),
        [FindingCodes.WrongType] = new(Severity.Error,
            "The value has the wrong type: expected {Expected}.",
            "De waarde heeft het verkeerde type: verwacht werd {Expected}."),
        [FindingCodes.UnknownEnumValue] = new(Severity.Error,
            "'{Value}' is not an allowed value; allowed are: {Allowed}.",
            "'{Value}' is geen toegestane waarde; toegestaan zijn: {Allowed}."),
        [FindingCodes.TextTooLong] = new(Severity.Error,
            "The text is {Length} characters long; at most {MaxLength} are allowed.",
            "De tekst is {Length} tekens lang; ten hoogste {MaxLength} zijn toegestaan."),
        [FindingCodes.TextTooShort] = new(Severity.Error,
            "The text is {Length} characters long; at least {MinLength} are required.",
            "De tekst is {Length} tekens lang; ten minste {MinLength} zijn vereist."),
        [FindingCodes.InvalidFormat] = new(Severity.Error,
            "'{Value}' does not have the required form ({Expected}).",
            "'{Value}' heeft niet de vereiste vorm ({Expected})."),
        [FindingCodes.UnknownProperty] = new(Severity.Warning,
            "The property '{Property}' is not part of the model; it is kept as an extension. Prefix vendor fields with 'x-'.",
            "De eigenschap '{Property}' hoort niet bij het model; ze blijft bewaard als extensie. Begin leveranciersvelden met 'x-'."),
        [FindingCodes.InvalidList] = new(Severity.Error,
            "The list breaks a rule: {Reason}.",
            "De lijst voldoet niet aan een regel: {Reason}."),
        [FindingCodes.DuplicateProperty] = new(Severity.Error,
            "The property '{Property}' appears more than once in the same object; keep one.",
            "De eigenschap '{Property}' komt meer dan eens voor in hetzelfde object; houd er één."),
        [FindingCodes.SchemaViolation] = new(Severity.Error,
            "The value breaks the schema rule '{Rule}'.",
            "De waarde voldoet niet aan schemaregel '{Rule}'."),
        [FindingCodes.InvalidDate] = new(Severity.Error,
            "'{Value}' is not a date in the calendar; use YYYY-MM or YYYY-MM-DD.",
            "'{Value}' is geen bestaande datum; gebruik JJJJ-MM of JJJJ-MM-DD."),
        [FindingCodes.TooManyFindings] = new(Severity.Info,
            "{Count} more findings were not listed (the maximum is {MaxFindings}).",
            "{Count} bevindingen meer zijn niet vermeld (het maximum is {MaxFindings})."),
        [FindingCodes.DuplicateProjectId] = new(Severity.Error,
            "The project id '{Value}' is also used by the project at {Other}; ids must be unique in an export.",
            "Het project-id '{Value}' wordt ook gebruikt door het project op {Other}; id's moeten uniek zijn in een export."),
        [FindingCodes.EndBeforeBegin] = new(Severity.Error,
            "The end date {End} is before the begin date {Begin}.",
            "De einddatum {End} ligt vóór de begindatum {Begin}."),
        [FindingCodes.UnknownMunicipalityCode] = new(Severity.Error,
            "'{Value}' is not the code of a known municipality (expected a CBS code such as GM0344).",
            "'{Value}' is niet de code van een bekende gemeente (verwacht werd een CBS-code zoals GM0344)."),
        [FindingCodes.UnresolvedRelatedProject] = new(Severity.Warning,
            "The related project '{Value}' is not in this export.",
            "Het gerelateerde project '{Value}' staat niet in deze export."),
        [FindingCodes.MunicipalityNameMismatch] = new(Severity.Warning,
            "The name '{Value}' does not match '{Expected}', the official name for code {Code}.",
            "De naam '{Value}' komt niet overeen met '{Expected}', de officiële naam bij code {Code}."),
        [FindingCodes.RelatedToSelf] = new(Severity.Warning,
            "The project lists itself as a related project.",
            "Het project noemt zichzelf als gerelateerd project."),
        [FindingCodes.InvalidVisibilityKey] = new(Severity.Error,
            "The visibility key '{Key}' does not name a field of the project ('{Part}' is not a field there); the field it means would be published. Use a path such as /purpose/goalAndImpact.",
            "De zichtbaarheidssleutel '{Key}' wijst geen veld van het project aan ('{Part}' is daar geen veld); het bedoelde veld zou openbaar worden. Gebruik een pad zoals /purpose/goalAndImpact."),
        [FindingCodes.PhaseHistoryOutOfOrder] = new(Severity.Warning,
            "The phase history is not in date order: this phase was entered on {Date}, before the one above it ({Previous}). List the phases oldest first.",
            "De fasegeschiedenis staat niet op volgorde van datum: deze fase begon op {Date}, vóór de fase erboven ({Previous}). Zet de fasen van oud naar nieuw."),
        [FindingCodes.PhaseHistoryDisagrees] = new(Severity.Warning,
            "The current phase differs from the last phase of the phase history; add the step that led to the current phase.",
            "De huidige fase verschilt van de laatste fase in de fasegeschiedenis; voeg de stap toe die tot de huidige fase leidde."),
        [FindingCodes.UnresolvedDecisionReference] = new(Severity.Warning,
            "The decision reference '{Value}' names none of the project's decisions; add the decision or correct the reference.",
            "Het besluitkenmerk '{Value}' hoort bij geen van de besluiten van het project; voeg het besluit toe of verbeter het kenmerk."),
        [FindingCodes.MeasurementBeforeBaseline] = new(Severity.Warning,
            "The measurement of {Date} is before the baseline date ({Baseline}).",
            "De meting van {Date} ligt vóór de datum van de nulmeting ({Baseline})."),
        [FindingCodes.PilotEvaluationAfterEnd] = new(Severity.Warning,
            "The pilot's evaluation date ({Evaluation}) is after its planned end ({End}).",
            "De evaluatiedatum van de pilot ({Evaluation}) ligt na het geplande einde ({End})."),
    }.ToImmutableDictionary();

    /// <summary>Makes a finding from its code's templates.</summary>
    public static Finding Create(string code, string pointer, long? line = null, long? column = null, params (string Name, object? Value)[] arguments) =>
        Create(Templates[code], code, pointer, line, column, arguments);

    /// <summary>
    /// Makes a finding from a template kept elsewhere: each area (risk, overlap, interop…) keeps its own dictionary
    /// of templates beside its codes and uses this to build its findings the same way.
    /// </summary>
    public static Finding Create(Template template, string code, string pointer, long? line, long? column, params (string Name, object? Value)[] arguments)
    {
        var values = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (var (name, value) in arguments)
        {
            var text = System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
            values[name] = name == "Value" ? Shorten(text) : text;
        }

        var args = values.ToImmutable();
        return new Finding
        {
            Code = code,
            Severity = template.Severity,
            Pointer = pointer,
            Line = line,
            Column = column,
            MessageEnglish = Format(template.English, args),
            MessageDutch = Format(template.Dutch, args),
            Arguments = args,
        };
    }

    /// <summary>Fills the named placeholders of a template; an unknown placeholder is a bug and throws.</summary>
    internal static string Format(string template, IReadOnlyDictionary<string, string> args)
    {
        var text = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open);
            text.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1);
            if (!args.TryGetValue(name, out var value))
            {
                throw new KeyNotFoundException($"Message placeholder '{{{name}}}' has no value.");
            }

            text.Append(value);
            i = close + 1;
        }

        return text.ToString();
    }

    /// <summary>Keeps an offending value readable in a message: a 50 MB string is cut to its first 80 characters.</summary>
    private static string Shorten(string value) => value.Length <= 80 ? value : value.Substring(0, 79) + "…";
}
