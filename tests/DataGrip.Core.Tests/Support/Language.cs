using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace DataGrip.Core.Tests.Support;

/// <summary>
/// Finds English words and code identifiers in Dutch text, and Dutch words in English text. What a person must copy
/// as written is left out: quoted values ('…', "…", “…”), JSON Pointers, links and escapes.
/// </summary>
public static class Language
{
    /// <summary>Common English words that are not Dutch words.</summary>
    public static readonly HashSet<string> EnglishWords = new(
        """
        the and are with for from has have this that which yes no not missing required assumed impactful point points
        answer answers none unknown high low must should will would been than when where what who why how each every
        only also but or be by it its an at to on if can may out was were doubt stated derived expected list text true
        false found value values field fields risk level class category categories required recommended undetermined
        done planned council decision framework clause same both share shares shared use uses used supplier theme
        themes technique subjects internal marked alike texts words word there here more less most least into item
        items since until after before above below between without outside inside within ends unexpectedly errors
        error warning warnings projects mean insufficient sufficient good excellent publishable
        perspective possible
        """.Split([' ', '\n', '\r'], System.StringSplitOptions.RemoveEmptyEntries),
        System.StringComparer.Ordinal);

    /// <summary>Common Dutch words that are not English words.</summary>
    public static readonly HashSet<string> DutchWords = new(
        """
        de het een en van niet wordt worden zijn geen ontbreekt ontbreken verplicht maar ook naar dat deze heeft
        hebben gegevens moet kan bij uit voor met te er nog wel welke wie wat hoe dan als tot om onder tussen zonder
        binnen buiten ja nee fout fouten waarschuwing waarschuwingen projecten gemiddelde banden
        """.Split([' ', '\n', '\r'], System.StringSplitOptions.RemoveEmptyEntries),
        System.StringComparer.Ordinal);

    private static readonly Regex Quoted = new("(?<!\\p{L})'[^']*'(?!\\p{L})|\"[^\"]*\"|“[^”]*”", RegexOptions.Compiled);

    private static readonly Regex Unchecked = new("https?://\\S+|\\S*\\\\\\S*|(?<![\\p{L}\\d])/[^\\s,;)]*|\\S+\\.(nl|json|csv)\\b|\\bx-\\S*|\\bU\\+[0-9A-F]+", RegexOptions.Compiled);

    private static readonly Regex Word = new("[\\p{L}][\\p{L}_]*", RegexOptions.Compiled);

    private static readonly Regex Identifier = new("^[a-z]+[A-Z][A-Za-z]*$|^[a-z]+_[a-z_]+$", RegexOptions.Compiled);

    /// <summary>What a person must read as words: the text without quoted values, pointers and links.</summary>
    public static string Prose(string text) => Unchecked.Replace(Quoted.Replace(text, " "), " ");

    /// <summary>The wire values of the library's vocabularies that are not plain words (<c>socialSecurity</c>, <c>inDoubt</c>-like): never words for a person, quoted or not.</summary>
    public static readonly HashSet<string> WireValues = new(
        typeof(Finding).Assembly.GetExportedTypes().Where(t => t.IsEnum).SelectMany(System.Enum.GetNames)
            .Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName).Where(w => Identifier.IsMatch(w)),
        System.StringComparer.Ordinal);

    /// <summary>
    /// The English words and code identifiers (camelCase, snake_case) in a Dutch text, and a vocabulary's wire value
    /// even when quoted (except in a list of the values one may type, which <paramref name="valuesToType"/> allows).
    /// </summary>
    public static IReadOnlyList<string> NotDutch(string text, bool valuesToType = false) =>
        [.. Word.Matches(Prose(text)).Select(m => m.Value).Where(w => EnglishWords.Contains(w.ToLowerInvariant()) || Identifier.IsMatch(w))
            .Concat(valuesToType ? [] : Word.Matches(Unchecked.Replace(text, " ")).Select(m => m.Value).Where(WireValues.Contains)).Distinct()];

    /// <summary>The Dutch words and code identifiers in an English text.</summary>
    public static IReadOnlyList<string> NotEnglish(string text) =>
        [.. Word.Matches(Prose(text)).Select(m => m.Value).Where(w => DutchWords.Contains(w.ToLowerInvariant()) || Identifier.IsMatch(w)).Distinct()];
}
