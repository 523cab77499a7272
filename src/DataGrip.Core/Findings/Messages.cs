using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace DataGrip.Core;

/// <summary>
/// The one message mechanism: tables of English and Dutch templates with named placeholders, one table per area
/// (this file holds the schema and reader codes), and the filling of a template.
/// </summary>
/// <remarks>
/// A placeholder is <c>{Name}</c> (the value as it is), <c>{Name:number}</c> (a number in the language's form:
/// 0,95 in Dutch), <c>{Name:one|many}</c> (the word for one or for more, by the value: "1 fout", "2 fouten") or
/// <c>{Name:group}</c> (a term: the value is a stable key, the words are the template <c>group:value</c>, such as
/// <c>risk:assumed</c>; a value of several keys separated by spaces is said key by key). Templates and terms are
/// keys of <see cref="MessageCatalog"/>, where a vendor can replace or add a language. An argument that is words
/// rather than a value (an importer's reason) carries its Dutch as <c>Name@nl</c>, which a Dutch template uses.
/// </remarks>
internal static class Messages
{
    internal sealed record Template(Severity Severity, string English, string Dutch);

    internal static readonly CultureInfo DutchCulture = CultureInfo.GetCultureInfo("nl-NL");

    internal static readonly ImmutableDictionary<string, Template> Templates = new Dictionary<string, Template>
    {
        [SchemaCodes.MalformedJson] = new(Severity.Error,
            "The document is not valid JSON: {Reason:syntax}.",
            "Het document is geen geldige JSON: {Reason:syntax}."),
        [SchemaCodes.EmptyDocument] = new(Severity.Error,
            "The document is empty; expected a JSON object with 'schemaVersion' and 'projects'.",
            "Het document is leeg; verwacht werd een JSON-object met 'schemaVersion' en 'projects'."),
        [SchemaCodes.TooDeep] = new(Severity.Error,
            "The document nests deeper than the maximum of {MaxDepth} levels; reading stopped here.",
            "Het document is dieper genest dan het maximum van {MaxDepth} niveaus; het lezen is hier gestopt."),
        [SchemaCodes.TooLarge] = new(Severity.Error,
            "The document is larger than the maximum of {MaxBytes} bytes; raise the limit to read it.",
            "Het document is groter dan het maximum van {MaxBytes} bytes; verhoog de limiet om het te lezen."),
        [SchemaCodes.TooLarge + ".fixed"] = new(Severity.Error,
            "The document is larger than the maximum of {MaxBytes} bytes for {Document:schema}.",
            "Het document is groter dan het maximum van {MaxBytes} bytes voor {Document:schema}."),
        [SchemaCodes.InvalidUtf8] = new(Severity.Error,
            "The document is not valid UTF-8 (invalid byte sequence at byte {Offset}); save it as UTF-8.",
            "Het document is geen geldige UTF-8 (ongeldige bytereeks op byte {Offset}); sla het op als UTF-8."),
        [SchemaCodes.InvalidUnicode] = new(Severity.Error,
            "The text is not valid Unicode: it holds a lone surrogate escape (such as \\ud800) that cannot be written again.",
            "De tekst is geen geldige Unicode: hij bevat een losse surrogaat-escape (zoals \\ud800) die niet opnieuw kan worden geschreven."),
        [SchemaCodes.UnsupportedSchemaVersion] = new(Severity.Error,
            "Schema version '{Value}' is not supported; this library reads versions 1.x.",
            "Schemaversie '{Value}' wordt niet ondersteund; deze bibliotheek leest versies 1.x."),
        [SchemaCodes.UnsupportedSchemaVersion + ".version"] = new(Severity.Error,
            "Version '{Value}' is not supported; this library reads version {Expected}.",
            "Versie '{Value}' wordt niet ondersteund; deze bibliotheek leest versie {Expected}."),
        [SchemaCodes.RequiredPropertyMissing] = new(Severity.Error,
            "The required property '{Property}' is missing.",
            "De verplichte eigenschap '{Property}' ontbreekt."),
        [SchemaCodes.WrongType] = new(Severity.Error,
            "The value has the wrong type: expected {Expected:schema}.",
            "De waarde heeft het verkeerde type: verwacht werd {Expected:schema}."),
        [SchemaCodes.UnknownEnumValue] = new(Severity.Error,
            "'{Value}' is not an allowed value; allowed are: {Allowed}.",
            "'{Value}' is geen toegestane waarde; toegestaan zijn: {Allowed}."),
        [SchemaCodes.TextTooLong] = new(Severity.Error,
            "The text is {Length} characters long; at most {MaxLength} are allowed.",
            "De tekst is {Length} tekens lang; ten hoogste {MaxLength} zijn toegestaan."),
        [SchemaCodes.TextTooShort] = new(Severity.Error,
            "The text is {Length} characters long; at least {MinLength} are required.",
            "De tekst is {Length} tekens lang; ten minste {MinLength} zijn vereist."),
        [SchemaCodes.InvalidFormat] = new(Severity.Error,
            "'{Value}' does not have the required form ({Expected:form}).",
            "'{Value}' heeft niet de vereiste vorm ({Expected:form})."),
        [SchemaCodes.UnknownProperty] = new(Severity.Error,
            "The property '{Property}' is not part of the model; the schema does not allow it. Prefix vendor fields with 'x-'.",
            "De eigenschap '{Property}' hoort niet bij het model; het schema staat haar niet toe. Begin leveranciersvelden met 'x-'."),
        [SchemaCodes.PropertyOfNewerVersion] = new(Severity.Warning,
            "The property '{Property}' is not part of schema version {Known}; the document follows the newer version {Version}, so it is kept as an extension.",
            "De eigenschap '{Property}' hoort niet bij schemaversie {Known}; het document volgt de nieuwere versie {Version}, dus ze blijft bewaard als extensie."),
        [SchemaCodes.NumberOutOfRange] = new(Severity.Error,
            "The number {Value} is out of range; allowed are numbers from -{Max:number} to {Max:number}.",
            "Het getal {Value} valt buiten het bereik; toegestaan zijn getallen van -{Max:number} tot en met {Max:number}."),
        [SchemaCodes.NumberOutOfRange + ".range"] = new(Severity.Error,
            "The number {Value} is out of range; allowed are numbers from {Min:number} to {Max:number}.",
            "Het getal {Value} valt buiten het bereik; toegestaan zijn getallen van {Min:number} tot en met {Max:number}."),
        [SchemaCodes.UnknownProperty + ".expected"] = new(Severity.Error,
            "The property '{Property}' is not allowed here; allowed are: {Allowed}.",
            "De eigenschap '{Property}' is hier niet toegestaan; toegestaan zijn: {Allowed}."),
        [SchemaCodes.InvalidList] = new(Severity.Error,
            "The list breaks a rule: {Reason:list}.",
            "De lijst voldoet niet aan een regel: {Reason:list}."),
        [SchemaCodes.DuplicateProperty] = new(Severity.Error,
            "The property '{Property}' appears more than once in the same object; keep one.",
            "De eigenschap '{Property}' komt meer dan eens voor in hetzelfde object; houd er één."),
        [SchemaCodes.SchemaViolation] = new(Severity.Error,
            "The value breaks a rule of the schema ({Rule:rule}).",
            "De waarde voldoet niet aan een regel van het schema ({Rule:rule})."),
        [SchemaCodes.SchemaViolation + ".weights"] = new(Severity.Error,
            "Every indicator that counts has weight 0, so no score can be made; give at least one indicator a weight above 0.",
            "Elke indicator die meetelt heeft gewicht 0, dus er valt geen score te berekenen; geef ten minste één indicator een gewicht boven 0."),
        [SchemaCodes.InvalidDate] = new(Severity.Error,
            "'{Value}' is not a date in the calendar; use YYYY-MM or YYYY-MM-DD.",
            "'{Value}' is geen bestaande datum; gebruik JJJJ-MM of JJJJ-MM-DD."),
        [SchemaCodes.TooManyFindings] = new(Severity.Info,
            "{Count} more {Count:finding was|findings were} not listed (the maximum is {MaxFindings}).",
            "{Count} {Count:bevinding meer is|bevindingen meer zijn} niet vermeld (het maximum is {MaxFindings})."),
        [SchemaCodes.DuplicateProjectId] = new(Severity.Error,
            "The project id '{Value}' is also used by the project at {Other}; ids must be unique in an export.",
            "Het project-id '{Value}' wordt ook gebruikt door het project op {Other}; id's moeten uniek zijn in een export."),
        [SchemaCodes.EndBeforeBegin] = new(Severity.Error,
            "The end date {End} is before the begin date {Begin}.",
            "De einddatum {End} ligt vóór de begindatum {Begin}."),
        [SchemaCodes.UnknownMunicipalityCode] = new(Severity.Error,
            "'{Value}' is not the code of a known municipality (expected a CBS code such as GM0344).",
            "'{Value}' is niet de code van een bekende gemeente (verwacht werd een CBS-code zoals GM0344)."),
        [SchemaCodes.UnresolvedRelatedProject] = new(Severity.Warning,
            "The related project '{Value}' is not in this export.",
            "Het gerelateerde project '{Value}' staat niet in deze export."),
        [SchemaCodes.MunicipalityNameMismatch] = new(Severity.Warning,
            "The name '{Value}' does not match '{Expected}', the official name for code {Code}.",
            "De naam '{Value}' komt niet overeen met '{Expected}', de officiële naam bij code {Code}."),
        [SchemaCodes.RelatedToSelf] = new(Severity.Warning,
            "The project lists itself as a related project.",
            "Het project noemt zichzelf als gerelateerd project."),
        [SchemaCodes.InvalidVisibilityKey] = new(Severity.Error,
            "The visibility key '{Key}' does not name a field of the project ('{Part}' is not a field there); the field it means would be published. Use a path such as /purpose/goalAndImpact.",
            "De zichtbaarheidssleutel '{Key}' wijst geen veld van het project aan ('{Part}' is daar geen veld); het bedoelde veld zou openbaar worden. Gebruik een pad zoals /purpose/goalAndImpact."),
        [SchemaCodes.PhaseHistoryOutOfOrder] = new(Severity.Warning,
            "The phase history is not in date order: this phase was entered on {Date}, before the one above it ({Previous}). List the phases oldest first.",
            "De fasegeschiedenis staat niet op volgorde van datum: deze fase begon op {Date}, vóór de fase erboven ({Previous}). Zet de fasen van oud naar nieuw."),
        [SchemaCodes.PhaseHistoryDisagrees] = new(Severity.Warning,
            "The current phase differs from the last phase of the phase history; add the step that led to the current phase.",
            "De huidige fase verschilt van de laatste fase in de fasegeschiedenis; voeg de stap toe die tot de huidige fase leidde."),
        [SchemaCodes.UnresolvedDecisionReference] = new(Severity.Warning,
            "The decision reference '{Value}' names none of the project's decisions; add the decision or correct the reference.",
            "Het besluitkenmerk '{Value}' hoort bij geen van de besluiten van het project; voeg het besluit toe of verbeter het kenmerk."),
        [SchemaCodes.MeasurementBeforeBaseline] = new(Severity.Warning,
            "The measurement of {Date} is before the baseline date ({Baseline}).",
            "De meting van {Date} ligt vóór de datum van de nulmeting ({Baseline})."),
        [SchemaCodes.PilotEvaluationAfterEnd] = new(Severity.Warning,
            "The pilot's evaluation date ({Evaluation}) is after its planned end ({End}).",
            "De evaluatiedatum van de pilot ({Evaluation}) ligt na het geplande einde ({End})."),
    }.ToImmutableDictionary();

    /// <summary>The words of the schema and reader messages: what was expected, why a list or the syntax is wrong.</summary>
    internal static readonly ImmutableDictionary<string, Template> SchemaTerms = new Dictionary<string, Template>
    {
        ["schema:text"] = Term("text", "tekst"),
        ["schema:number"] = Term("a number", "een getal"),
        ["schema:wholeNumber"] = Term("a whole number", "een geheel getal"),
        ["schema:boolean"] = Term("true or false", "waar of onwaar ('true' of 'false')"),
        ["schema:object"] = Term("an object", "een object"),
        ["schema:list"] = Term("a list", "een lijst"),
        ["schema:null"] = Term("null", "leeg ('null')"),
        ["schema:notNull"] = Term("a value, not null", "een waarde, niet leeg ('null')"),
        ["schema:dateTime"] = Term("an ISO 8601 date and time", "een datum en tijd volgens ISO 8601"),
        ["schema:otherType"] = Term("another type", "een ander type"),
        ["schema:export"] = Term("a JSON object with 'schemaVersion' and 'projects'", "een JSON-object met 'schemaVersion' en 'projects'"),
        ["schema:riskFramework"] = Term("a risk framework", "een risicokader"),
        ["schema:completenessProfile"] = Term("a completeness profile", "een volledigheidsprofiel"),
        ["schema:project"] = Term("a project object", "een projectobject"),
        ["form:identifier"] = Term("an identifier of letters, digits and . _ : -", "een kenmerk van letters, cijfers en . _ : -"),
        ["form:link"] = Term("an http:// or https:// link without spaces", "een http://- of https://-link zonder spaties"),
        ["form:kvkNumber"] = Term("a KvK number of eight digits", "een KvK-nummer van acht cijfers"),
        ["form:organizationCode"] = Term("an organisation code such as GM0344", "een organisatiecode zoals GM0344"),
        ["form:version"] = Term("a version 1.x", "een versie 1.x"),
        ["form:dateTime"] = Term("an ISO 8601 date and time such as 2026-11-25T15:30:00Z", "een datum en tijd volgens ISO 8601, zoals 2026-11-25T15:30:00Z"),
        ["form:date"] = Term("a date YYYY-MM or YYYY-MM-DD", "een datum JJJJ-MM of JJJJ-MM-DD"),
        ["form:pattern"] = Term("the pattern {Pattern}", "het patroon {Pattern}"),
        ["list:unique"] = Term("the items must be unique", "de onderdelen moeten verschillend zijn"),
        ["list:tooFew"] = Term("at least {MinItems} {MinItems:item is|items are} required", "ten minste {MinItems} {MinItems:onderdeel is|onderdelen zijn} vereist"),
        ["list:tooMany"] = Term("at most {MaxItems} {MaxItems:item is|items are} allowed", "ten hoogste {MaxItems} {MaxItems:onderdeel is|onderdelen zijn} toegestaan"),
        ["syntax:unexpectedEnd"] = Term("the document ends unexpectedly (cut off?)", "het document houdt onverwacht op (afgebroken?)"),
        ["syntax:noValue"] = Term("there is no JSON value in it", "er staat geen JSON-waarde in"),
        ["syntax:badText"] = Term("a text holds a character that must be escaped, or a wrong escape", "een tekst bevat een teken dat geëscapet moet worden, of een verkeerde escape"),
        ["syntax:colonExpected"] = Term("a ':' is missing after a property name", "na de naam van een eigenschap ontbreekt een ':'"),
        ["syntax:commaExpected"] = Term("a ',' or a closing bracket is missing after a value", "na een waarde ontbreekt een ',' of een sluithaakje"),
        ["syntax:comment"] = Term("comments are not allowed in JSON", "commentaar is in JSON niet toegestaan"),
        ["syntax:trailingComma"] = Term("a ',' comes before a closing bracket", "er staat een ',' vóór een sluithaakje"),
        ["syntax:badName"] = Term("a property name is not a quoted text", "de naam van een eigenschap is geen tekst tussen aanhalingstekens"),
        ["syntax:badValue"] = Term("something stands where a value should begin", "er staat iets waar een waarde moet beginnen"),
        ["syntax:syntax"] = Term("the syntax is wrong", "de opbouw klopt niet"),
        ["rule:NumberTooSmall"] = Term("the number is too small", "het getal is te klein"),
        ["rule:NumberTooBig"] = Term("the number is too large", "het getal is te groot"),
        ["rule:NotInEnumeration"] = Term("the value is not one of the allowed values", "de waarde is geen van de toegestane waarden"),
        ["rule:TooManyProperties"] = Term("the object has too many properties", "het object heeft te veel eigenschappen"),
        ["rule:TooFewProperties"] = Term("the object has too few properties", "het object heeft te weinig eigenschappen"),
        ["rule:NotOneOf"] = Term("the value matches none or more than one of the allowed forms", "de waarde past bij geen of bij meer dan één van de toegestane vormen"),
        ["rule:NotAnyOf"] = Term("the value matches none of the allowed forms", "de waarde past bij geen van de toegestane vormen"),
        ["rule:NoAdditionalPropertiesAllowed"] = Term("the object has a property that is not allowed", "het object heeft een eigenschap die niet is toegestaan"),
    }.ToImmutableDictionary();

    /// <summary>A term: words that fill a placeholder, with no severity of their own.</summary>
    internal static Template Term(string english, string dutch) => new(Severity.Info, english, dutch);

    /// <summary>Every table of the library by key: codes, code variants (<c>DG-C001.tooLong</c>) and terms (<c>risk:assumed</c>).</summary>
    internal static ImmutableDictionary<string, Template> All => all ??= Collect();

    private static ImmutableDictionary<string, Template>? all;

    /// <summary>The tables, one per area, for the one test over all of them.</summary>
    internal static IEnumerable<(string Area, ImmutableDictionary<string, Template> Table)> Tables()
    {
        yield return ("schema", Templates);
        yield return ("schema terms", SchemaTerms);
        yield return ("completeness", Completeness.CompletenessMessages.Templates);
        yield return ("publishability", Completeness.CompletenessMessages.Publishability);
        yield return ("risk", Risk.RiskMessages.Templates);
        yield return ("risk terms", Risk.RiskMessages.Terms);
        yield return ("interop", Interop.InteropMessages.Templates);
        yield return ("interop terms", Interop.InteropMessages.Terms);
        yield return ("overlap", Overlap.OverlapMessages.Templates);
        yield return ("overlap explanations", Overlap.OverlapMessages.Explanations);
        yield return ("report", Reporting.ReportMessages.Findings);
        yield return ("report metrics", Reporting.ReportMessages.MetricTemplates);
        yield return ("report terms", Reporting.ReportMessages.TermTemplates);
        yield return ("labels", Labels.Terms);
    }

    private static ImmutableDictionary<string, Template> Collect()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, Template>(System.StringComparer.Ordinal);
        foreach (var (_, table) in Tables())
        {
            builder.AddRange(table);
        }

        return builder.ToImmutable();
    }

    /// <summary>Makes a finding from a schema or reader code's template.</summary>
    public static Finding Create(string code, string pointer, long? line = null, long? column = null, params (string Name, object? Value)[] arguments) =>
        Create(Templates[code], code, pointer, line, column, arguments);

    /// <summary>
    /// Makes a finding from a template kept elsewhere: each area (risk, overlap, interop…) keeps its own table of
    /// templates beside its codes and uses this to build its findings the same way.
    /// </summary>
    public static Finding Create(Template template, string code, string pointer, long? line, long? column, params (string Name, object? Value)[] arguments) =>
        Create(template, code, null, pointer, line, column, arguments);

    /// <summary>Makes a finding whose message is a variant of its code (<paramref name="key"/>, such as <c>DG-C001.tooLong</c>); null key means the code.</summary>
    public static Finding Create(Template template, string code, string? key, string pointer, long? line, long? column, params (string Name, object? Value)[] arguments) =>
        Create(template, code, key, pointer, line, column, Arguments(arguments));

    /// <summary>Makes a finding from arguments already made text (by <see cref="Arguments"/>).</summary>
    public static Finding CreateFrom(Template template, string code, string key, string pointer, FindingArguments args) =>
        Create(template, code, key, pointer, null, null, args);

    // The messages are written from the template when they are read (see Finding).
    private static Finding Create(Template template, string code, string? key, string pointer, long? line, long? column, FindingArguments args) =>
        new(code, key, template.Severity, pointer, line, column, template, args);

    /// <summary>The arguments as text: numbers in the invariant form (a template formats them per language), long values cut.</summary>
    internal static FindingArguments Arguments((string Name, object? Value)[] arguments)
    {
        if (arguments.Length == 0)
        {
            return FindingArguments.Empty;
        }

        var names = new string[arguments.Length];
        var values = new string[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            var (name, value) = arguments[i];
            var text = value as string ?? System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
            names[i] = name;
            values[i] = name == "Value" ? Shorten(text) : text;
        }

        return FindingArguments.Of(names, values);
    }

    /// <summary>Fills a template of the library in English.</summary>
    internal static string English(string template, IReadOnlyDictionary<string, string> args) =>
        Format(template, args, CultureInfo.InvariantCulture, key => All.TryGetValue(key, out var t) ? t.English : null, strict: true);

    /// <summary>Fills a template of the library in Dutch.</summary>
    internal static string Dutch(string template, IReadOnlyDictionary<string, string> args) =>
        Format(template, args, DutchCulture, key => All.TryGetValue(key, out var t) ? t.Dutch : null, strict: true);

    /// <summary>Fills a template with <c>Format(template, args, culture, term, strict: true)</c> in the language of a culture (Dutch or English).</summary>
    internal static string Format(string template, IReadOnlyDictionary<string, string> args, bool dutch) =>
        dutch ? Dutch(template, args) : English(template, args);

    /// <summary>
    /// Fills the named placeholders of a template (see the remarks of <see cref="Messages"/>). A placeholder without a
    /// value is a bug in the library's own templates (<paramref name="strict"/>: it throws) and is left as written in
    /// a vendor's.
    /// </summary>
    internal static string Format(string template, IReadOnlyDictionary<string, string> args, CultureInfo culture, System.Func<string, string?> term, bool strict, int depth = 0)
    {
        if (template.IndexOf('{') < 0)
        {
            return template; // most messages name nothing: no copy
        }

        var text = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (close < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            text.Append(template, i, open - i);
            var inside = template.Substring(open + 1, close - open - 1);
            var colon = inside.IndexOf(':');
            var name = colon < 0 ? inside : inside.Substring(0, colon);
            if (!args.TryGetValue(name + "@" + culture.TwoLetterISOLanguageName, out var value) && !args.TryGetValue(name, out value))
            {
                if (strict)
                {
                    throw new KeyNotFoundException($"Message placeholder '{{{name}}}' has no value.");
                }

                text.Append(template, open, close - open + 1);
            }
            else if (colon < 0)
            {
                text.Append(value);
            }
            else
            {
                text.Append(Fill(inside.Substring(colon + 1), value, args, culture, term, strict, depth));
            }

            i = close + 1;
        }

        return text.ToString();
    }

    private static string Fill(string spec, string value, IReadOnlyDictionary<string, string> args, CultureInfo culture, System.Func<string, string?> term, bool strict, int depth)
    {
        var bar = spec.IndexOf('|');
        if (bar >= 0)
        {
            return value == "1" ? spec.Substring(0, bar) : spec.Substring(bar + 1);
        }

        if (spec == "number")
        {
            return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number.ToString(culture) : value;
        }

        if (value.Length == 0)
        {
            return value;
        }

        // A term is a template itself (it may name the finding's other arguments), filled one level deep.
        string Say(string key) => term(spec + ":" + key) is { } words && depth == 0 ? Format(words, args, culture, term, strict, depth + 1) : key;
        if (value.IndexOf(' ') < 0 || term(spec + ":" + value) is not null)
        {
            return Say(value);
        }

        var parts = value.Split(' ');
        for (var p = 0; p < parts.Length; p++)
        {
            parts[p] = Say(parts[p]);
        }

        return string.Join(", ", parts);
    }

    /// <summary>Keeps an offending value readable in a message: a 50 MB string is cut to its first 80 characters.</summary>
    private static string Shorten(string value) => value.Length <= 80 ? value : value.Substring(0, 79) + "…";
}
