using System.Collections.Generic;
using System.Collections.Immutable;

namespace DataGrip.Core.Interop;

/// <summary>The English and Dutch message templates of the interop codes, with named placeholders.</summary>
internal static class InteropMessages
{
    /// <summary>The interop terms (none yet: its reasons are words in both languages, see <see cref="Bilingual"/>).</summary>
    internal static readonly ImmutableDictionary<string, Messages.Template> Terms = ImmutableDictionary<string, Messages.Template>.Empty;

    internal static readonly ImmutableDictionary<string, Messages.Template> Templates = new Dictionary<string, Messages.Template>
    {
        [InteropCodes.NotRegisterData] = new(Severity.Error,
            "The file is neither JSON nor CSV: {Reason}.",
            "Het bestand is geen JSON en geen CSV: {Reason}."),
        [InteropCodes.MalformedJson] = new(Severity.Error,
            "The file is not valid JSON: {Reason}.",
            "Het bestand is geen geldige JSON: {Reason}."),
        [InteropCodes.MalformedCsv] = new(Severity.Error,
            "The CSV cannot be read: {Reason}.",
            "De CSV kan niet gelezen worden: {Reason}."),
        [InteropCodes.UnexpectedShape] = new(Severity.Error,
            "Expected a list of registrations (a JSON array of objects), found {Kind}.",
            "Verwacht werd een lijst van registraties (een JSON-array van objecten), gevonden: {Kind}."),
        [InteropCodes.RowWrongShape] = new(Severity.Error,
            "Row {Row} is not a registration ({Reason}); it is skipped. Its content: '{Value}'.",
            "Rij {Row} is geen registratie ({Reason}); ze wordt overgeslagen. Inhoud: '{Value}'."),
        [InteropCodes.TooLarge] = new(Severity.Error,
            "The file is larger than the maximum of {MaxBytes} bytes; raise the limit to import it.",
            "Het bestand is groter dan het maximum van {MaxBytes} bytes; verhoog de limiet om het te importeren."),
        [InteropCodes.NotUtf8] = new(Severity.Warning,
            "The file is not valid UTF-8 (byte {Offset}); it was read as Windows-1252. Check accented letters.",
            "Het bestand is geen geldige UTF-8 (byte {Offset}); het is gelezen als Windows-1252. Controleer letters met accenten."),
        [InteropCodes.CellTooLarge] = new(Severity.Error,
            "A cell of {Length} characters is longer than the {MaxLength} that can be carried; it is left out.",
            "Een cel van {Length} tekens is langer dan de {MaxLength} die meegenomen kunnen worden; ze is weggelaten."),
        [InteropCodes.LoneSurrogate] = new(Severity.Warning,
            "The file escapes half of a character pair without the other half; each such half is read as the replacement character U+FFFD.",
            "Het bestand bevat een losse helft van een tekenpaar; elke losse helft is gelezen als het vervangingsteken U+FFFD."),
        [InteropCodes.HeaderRowSkipped] = new(Severity.Info,
            "Row {Row} is a header or template row (name '{Value}'); it is skipped.",
            "Rij {Row} is een kop- of sjabloonrij (naam '{Value}'); ze wordt overgeslagen."),
        [InteropCodes.EmptyRowSkipped] = new(Severity.Info,
            "Row {Row} has no values; it is skipped.",
            "Rij {Row} heeft geen waarden; ze wordt overgeslagen."),
        [InteropCodes.UnknownStandardVersion] = new(Severity.Warning,
            "Standard version '{Value}' is not known (known: {Known}); the row is read as version {Assumed}.",
            "Standaardversie '{Value}' is onbekend (bekend: {Known}); de rij is gelezen als versie {Assumed}."),
        [InteropCodes.NameMissing] = new(Severity.Error,
            "The registration has no name; the project is named '{Placeholder}' until one is filled in.",
            "De registratie heeft geen naam; het project heet '{Placeholder}' tot er een is ingevuld."),
        [InteropCodes.DuplicateId] = new(Severity.Warning,
            "The id '{Value}' is already used by an earlier row; this project gets the id '{NewId}'.",
            "Het id '{Value}' wordt al gebruikt door een eerdere rij; dit project krijgt het id '{NewId}'."),
        [InteropCodes.NoOrganization] = new(Severity.Info,
            "The registration names no organisation, as a supplier template does; the organisation is left for the municipality to fill in.",
            "De registratie noemt geen organisatie, zoals een leverancierssjabloon; de organisatie is door de gemeente in te vullen."),
        [InteropCodes.KeptAsExtension] = new(Severity.Warning,
            "The value '{Value}' of field '{Field}' could not be mapped ({Reason}); it is kept unchanged as extension '{Extension}'.",
            "De waarde '{Value}' van veld '{Field}' kon niet worden omgezet ({Reason}); ze blijft ongewijzigd bewaard als extensie '{Extension}'."),
        [InteropCodes.UnknownField] = new(Severity.Info,
            "The field '{Field}' is not part of any known standard version; its value is kept as extension '{Extension}'.",
            "Het veld '{Field}' hoort bij geen bekende standaardversie; de waarde blijft bewaard als extensie '{Extension}'."),
        [InteropCodes.ValueTooLong] = new(Severity.Warning,
            "The value of field '{Field}' is {Length} characters long, more than the {MaxLength} the model allows; it is kept whole as extension '{Extension}'.",
            "De waarde van veld '{Field}' is {Length} tekens lang, meer dan de {MaxLength} die het model toestaat; ze blijft volledig bewaard als extensie '{Extension}'."),
        [InteropCodes.MunicipalityMatched] = new(Severity.Info,
            "The organisation '{Value}' was recognised as municipality {Code} and given its official name '{Expected}'.",
            "De organisatie '{Value}' is herkend als gemeente {Code} en heeft de officiële naam '{Expected}' gekregen."),
        [InteropCodes.MunicipalityNotMatched] = new(Severity.Warning,
            "The organisation '{Value}' looks like a municipality but matches none surely ({Hint}); no municipality code is set.",
            "De organisatie '{Value}' lijkt een gemeente maar komt met geen enkele zeker overeen ({Hint}); er is geen gemeentecode gezet."),
        [InteropCodes.ValueInterpreted] = new(Severity.Info,
            "The value '{Value}' of field '{Field}' was read as {Result}.",
            "De waarde '{Value}' van veld '{Field}' is gelezen als {Result}."),
        [InteropCodes.NumberKeptAsText] = new(Severity.Warning,
            "The number {Value} is too large or too precise to keep as a number; it is kept as text.",
            "Het getal {Value} is te groot of te precies om als getal te bewaren; het blijft bewaard als tekst."),
        [InteropCodes.NestingKeptAsText] = new(Severity.Warning,
            "The value nests deeper than {MaxDepth} levels; from here on it is kept as JSON text.",
            "De waarde is dieper genest dan {MaxDepth} niveaus; vanaf hier blijft ze bewaard als JSON-tekst."),
        [InteropCodes.RepeatedNameRenamed] = new(Severity.Warning,
            "The object names '{Property}' more than once; this one is kept as '{Renamed}'.",
            "Het object noemt '{Property}' meer dan eens; deze blijft bewaard als '{Renamed}'."),
        [InteropCodes.SourcesReadFromText] = new(Severity.Info,
            "Read from the text about the data used ('source_data') as data sources, marked as read from text: {Titles}. Check them.",
            "Uit de tekst over de gebruikte gegevens gelezen als gegevensbronnen, gemarkeerd als uit tekst gelezen: {Titles}. Controleer ze."),
        [InteropCodes.OrganizationFromId] = new(Severity.Info,
            "The organisation id '{Value}' gives the organisation code {Code} ({Type}).",
            "Het organisatie-id '{Value}' geeft de organisatiecode {Code} ({Type})."),
        [InteropCodes.RequiredFieldMissing] = new(Severity.Error,
            "The register requires '{Field}' ({Label}) and it is empty; the registration cannot be published without it.",
            "Het register vereist '{Field}' ({Label}) en dat is leeg; zonder dit veld kan de registratie niet gepubliceerd worden."),
        [InteropCodes.TextCut] = new(Severity.Warning,
            "'{Field}' is {Length} characters long; the register allows {MaxLength}, so it was cut.",
            "'{Field}' is {Length} tekens lang; het register staat er {MaxLength} toe, dus het is ingekort."),
        [InteropCodes.TooManyThemes] = new(Severity.Warning,
            "The register allows at most {MaxItems} themes; {Count} are set, only the first {MaxItems} are sent.",
            "Het register staat ten hoogste {MaxItems} thema's toe; er zijn er {Count}, alleen de eerste {MaxItems} worden verstuurd."),
        [InteropCodes.LanguageNotAccepted] = new(Severity.Error,
            "The register accepts only Dutch registrations (nld); this project's language is '{Value}'.",
            "Het register accepteert alleen Nederlandstalige registraties (nld); de taal van dit project is '{Value}'."),
        [InteropCodes.MarkupInPlainText] = new(Severity.Warning,
            "{Label} holds '{Value}'; the register's cleaner would remove the part in angle brackets as markup, so it is sent as '{Sent}'.",
            "{Label} bevat '{Value}'; de opschoning van het register zou het deel tussen punthaken als opmaak verwijderen, dus het wordt verstuurd als '{Sent}'."),
        [InteropCodes.OrganizationNameLong] = new(Severity.Warning,
            "The organisation name is {Length} characters long, more than the {MaxLength} of the register's configuration; it is sent whole, not cut. Check it against the register's list of organisations.",
            "De organisatienaam is {Length} tekens lang, meer dan de {MaxLength} uit de configuratie van het register; ze wordt volledig verstuurd, niet ingekort. Vergelijk haar met de organisatielijst van het register."),
    }.ToImmutableDictionary();

    /// <summary>
    /// Makes a finding of an interop code. An argument given as <see cref="Bilingual"/> (a reason, a hint) is kept in
    /// <see cref="Finding.Arguments"/> twice: its English under its name and its Dutch under <c>Name@nl</c>, which a Dutch
    /// template uses.
    /// </summary>
    public static Finding Create(string code, string pointer, params (string Name, object? Value)[] arguments)
    {
        var values = new List<(string Name, object? Value)>(arguments.Length + 1);
        foreach (var (name, value) in arguments)
        {
            if (value is Bilingual text)
            {
                values.Add((name, text.English));
                values.Add((name + "@nl", text.Dutch));
            }
            else
            {
                values.Add((name, value));
            }
        }

        return Messages.Create(Templates[code], code, pointer, null, null, [.. values]);
    }

    /// <summary>A text in English and in Dutch, for an argument that is not a value but words (a reason, a hint).</summary>
    internal readonly record struct Bilingual(string English, string Dutch);

    /// <summary>Words in both languages.</summary>
    public static Bilingual Say(string english, string dutch) => new(english, dutch);
}
