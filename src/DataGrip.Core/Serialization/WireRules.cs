using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using DataGrip.Core.Model;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Serialization;

/// <summary>
/// The rules of the published schema that a model value can break after System.Text.Json has read it: the
/// <see cref="WireAttribute"/> constraints (lengths, patterns, list rules, the default length of free text), null
/// items in lists, and text in vendor fields that is not valid Unicode.
/// </summary>
/// <remarks>
/// The reader applies these rules to everything it returns, so what it lets through is exactly what the schema
/// accepts and what every service handles; the schema is generated from the same attributes, so the two cannot
/// drift. The walk follows the wire format's own metadata (names and getters), so pointers use wire names.
/// </remarks>
internal static class WireRules
{
    private static readonly ConcurrentDictionary<Type, Rule[]> Rules = new();
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    private enum Kind
    {
        Other,
        Text,
        Number,
        Record,
        List,
    }

    /// <summary>Checks a record and everything in it; findings carry absolute pointers below <paramref name="pointer"/>.</summary>
    public static void Check(ExtensibleRecord record, string pointer, List<Finding> findings) =>
        CheckRecord(record, new Path(pointer), findings);

    /// <summary>The description of a pattern in a finding ("an identifier of letters, digits and . _ : -").</summary>
    public static string DescribePattern(string? pattern) => pattern switch
    {
        WireLimits.IdPattern => "identifier",
        WireLimits.UrlPattern => "link",
        WireLimits.KvkPattern => "kvkNumber",
        WireLimits.OrganizationCodePattern => "organizationCode",
        WireLimits.SchemaVersionPattern => "version",
        { } p when p.Contains("T[0-9]{2}") => "dateTime",
        { } p when p.StartsWith("^[0-9]{4}-(0[1-9]", StringComparison.Ordinal) => "date",
        _ => "pattern",
    };

    private static void CheckRecord(ExtensibleRecord record, Path pointer, List<Finding> findings)
    {
        foreach (var rule in Rules.GetOrAdd(record.GetType(), Build))
        {
            var value = rule.Get(record);
            if (value is null)
            {
                continue;
            }

            pointer.Push(rule.Name);
            if (rule.Kind == Kind.List)
            {
                CheckList((IList)value, rule, pointer, findings);
            }
            else
            {
                CheckValue(value, rule.Kind, rule.Wire, pointer, findings);
            }

            pointer.Pop();
            if (rule.IsExtensionData)
            {
                foreach (var pair in (IDictionary<string, JsonElement>)value)
                {
                    var at = pointer.At(pair.Key);
                    if (!pair.Key.StartsWith("x-", StringComparison.Ordinal))
                    {
                        findings.Add(Messages.Create(SchemaCodes.UnknownProperty, at, null, null, ("Property", pair.Key)));
                    }

                    CheckElement(pair.Value, at, findings);
                }
            }
        }
    }

    private static void CheckList(IList list, Rule rule, Path pointer, List<Finding> findings)
    {
        if (rule.Wire?.MinItems is > 0 and var min && list.Count < min)
        {
            findings.Add(Messages.Create(SchemaCodes.InvalidList, pointer.ToString(), null, null, ("Reason", "tooFew"), ("MinItems", min)));
        }

        HashSet<object>? seen = rule.Wire?.UniqueItems == true && list.Count > 1 ? new HashSet<object>() : null;
        var duplicate = false;
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            pointer.Push(i);
            if (item is null)
            {
                findings.Add(Messages.Create(SchemaCodes.WrongType, pointer.ToString(), null, null, ("Expected", rule.ItemKind == Kind.Text ? "text" : "object")));
            }
            else
            {
                duplicate |= seen is not null && !seen.Add(item);
                CheckValue(item, rule.ItemKind, rule.Wire, pointer, findings);
            }

            pointer.Pop();
        }

        if (duplicate)
        {
            findings.Add(Messages.Create(SchemaCodes.InvalidList, pointer.ToString(), null, null, ("Reason", "unique")));
        }
    }

    private static void CheckValue(object value, Kind kind, WireAttribute? wire, Path pointer, List<Finding> findings)
    {
        if (kind == Kind.Text)
        {
            CheckText((string)value, wire, pointer, findings);
        }
        else if (kind == Kind.Record)
        {
            CheckRecord((ExtensibleRecord)value, pointer, findings);
        }
        else if (kind == Kind.Number && Math.Abs((decimal)value) > WireLimits.MaxNumber)
        {
            findings.Add(NumberOutOfRange(pointer.ToString(), null, null, ((decimal)value).ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>
    /// The length of a text as JSON Schema counts it: in characters (code points), so an emoji is one, as for ajv and
    /// python-jsonschema (a .NET string counts it as two).
    /// </summary>
    public static int CodePoints(string text)
    {
        var count = text.Length;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    /// <summary>
    /// A schema pattern as .NET must run it to mean what JSON Schema means: a final <c>$</c> matches only at the very
    /// end (in .NET it also matches before a final new line, so <c>"abc\n"</c> would pass as an id).
    /// </summary>
    public static Regex Pattern(string pattern) => Patterns.GetOrAdd(pattern, p => new Regex(
        p.EndsWith("$", StringComparison.Ordinal) && !p.EndsWith("\\$", StringComparison.Ordinal) ? p.Substring(0, p.Length - 1) + "\\z" : p,
        RegexOptions.CultureInvariant));

    /// <summary>
    /// Whether a text matches a schema pattern as JSON Schema reads it. The model's own patterns are matched by hand
    /// (the reader checks every id and link of every project, and a regular expression costs more than reading the
    /// text); any other pattern by <see cref="Pattern(string)"/>. A property test holds the two to the same answers.
    /// </summary>
    public static bool Matches(string pattern, string text)
    {
        switch (pattern)
        {
            case WireLimits.IdPattern:
                if (text.Length == 0 || !IsAsciiLetterOrDigit(text[0]))
                {
                    return false;
                }

                foreach (var c in text)
                {
                    if (!IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or ':' or '-'))
                    {
                        return false;
                    }
                }

                return true;
            case WireLimits.UrlPattern:
                var rest = text.StartsWith("https://", StringComparison.Ordinal) ? 8 : text.StartsWith("http://", StringComparison.Ordinal) ? 7 : -1;
                if (rest < 0 || rest == text.Length)
                {
                    return false;
                }

                for (var i = rest; i < text.Length; i++)
                {
                    if (IsSpace(text[i]))
                    {
                        return false;
                    }
                }

                return true;
            case WireLimits.KvkPattern:
                return text.Length == 8 && Digits(text, 0) == 8;
            case WireLimits.OrganizationCodePattern:
                var letters = 0;
                while (letters < text.Length && IsAsciiLetter(text[letters]))
                {
                    letters++;
                }

                var digits = Digits(text, letters);
                return letters is >= 2 and <= 8 && digits is >= 1 and <= 8 && letters + digits == text.Length;
            case WireLimits.SchemaVersionPattern:
                return text.Length > 2 && text[0] == '1' && text[1] == '.' && Digits(text, 2) == text.Length - 2;
            default:
                return Pattern(pattern).IsMatch(text);
        }
    }

    /// <summary>The finding for a number beyond <see cref="WireLimits.MaxNumber"/>, or beyond what a decimal holds.</summary>
    public static Finding NumberOutOfRange(string pointer, long? line, long? column, string value) =>
        Messages.Create(SchemaCodes.NumberOutOfRange, pointer, line, column, ("Value", value), ("Max", WireLimits.MaxNumber));

    /// <summary>The characters of <see cref="WireLimits.Spaces"/>.</summary>
    private static bool IsSpace(char c) =>
        c is <= '\u0020' or (>= '\u007f' and <= '\u00a0') or '\u1680' or (>= '\u2000' and <= '\u200a') or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' or '\ufeff';

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || c is >= '0' and <= '9';

    /// <summary>How many ASCII digits follow from <paramref name="start"/> on.</summary>
    private static int Digits(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i - start;
    }

    private static void CheckText(string text, WireAttribute? wire, Path pointer, List<Finding> findings)
    {
        // A code point is at most two UTF-16 units: count them only where the UTF-16 length cannot decide.
        var max = wire?.MaxLength > 0 ? wire.MaxLength : WireLimits.Text;
        var min = wire?.MinLength ?? 0;
        if (text.Length > max && CodePoints(text) is var longLength && longLength > max)
        {
            findings.Add(Messages.Create(SchemaCodes.TextTooLong, pointer.ToString(), null, null, ("Length", longLength), ("MaxLength", max)));
        }
        else if (min > 0 && text.Length < 2 * min && CodePoints(text) is var shortLength && shortLength < min)
        {
            findings.Add(Messages.Create(SchemaCodes.TextTooShort, pointer.ToString(), null, null, ("Length", shortLength), ("MinLength", min)));
        }
        else if (wire?.Pattern is { } pattern && !Matches(pattern, text))
        {
            findings.Add(Messages.Create(SchemaCodes.InvalidFormat, pointer.ToString(), null, null, ("Value", text), ("Expected", DescribePattern(pattern)), ("Pattern", pattern)));
        }
    }

    /// <summary>A vendor's value is kept as it came, but it must be text the writer can write again.</summary>
    private static void CheckElement(JsonElement element, string pointer, List<Finding> findings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                if (!IsValidText(element))
                {
                    findings.Add(Messages.Create(SchemaCodes.InvalidUnicode, pointer, null, null));
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckElement(item, JsonPointer.Append(pointer, i++), findings);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        findings.Add(Messages.Create(SchemaCodes.InvalidUnicode, pointer, null, null));
                        continue;
                    }

                    CheckElement(property.Value, JsonPointer.Append(pointer, name), findings);
                }

                break;
        }
    }

    private static bool IsValidText(JsonElement element)
    {
        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static Rule[] Build(Type type)
    {
        var info = DataGripJson.SerializerOptions.GetTypeInfo(type);
        var rules = new List<Rule>();
        foreach (var property in info.Properties)
        {
            if (property.Get is null)
            {
                continue;
            }

            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var wire = (property.AttributeProvider as MemberInfo)?.GetCustomAttribute<WireAttribute>();
            var isExtension = property.IsExtensionData;
            var kind = KindOf(propertyType);
            var itemKind = Kind.Other;
            if (propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>))
            {
                kind = Kind.List;
                itemKind = KindOf(propertyType.GetGenericArguments()[0]);
            }

            if (kind != Kind.Other || isExtension)
            {
                rules.Add(new Rule(property.Name, property.Get, kind, itemKind, wire, isExtension));
            }
        }

        return [.. rules];
    }

    private static Kind KindOf(Type type) =>
        type == typeof(string) ? Kind.Text : type == typeof(decimal) ? Kind.Number : typeof(ExtensibleRecord).IsAssignableFrom(type) ? Kind.Record : Kind.Other;

    /// <summary>
    /// The pointer of the value being checked, made into text only when there is a finding: a token is a name or a
    /// list index kept as a number, so walking a valid export allocates no text.
    /// </summary>
    private sealed class Path(string root)
    {
        private readonly List<(string? Name, int Index)> tokens = [];

        public void Push(string name) => tokens.Add((name, 0));

        public void Push(int index) => tokens.Add((null, index));

        public void Pop() => tokens.RemoveAt(tokens.Count - 1);

        public string At(string name) => JsonPointer.Append(ToString(), name);

        public override string ToString()
        {
            var text = new System.Text.StringBuilder(root);
            foreach (var (name, index) in tokens)
            {
                text.Append('/').Append(name is null ? index.ToString(CultureInfo.InvariantCulture) : JsonPointer.Escape(name));
            }

            return text.ToString();
        }
    }

    private sealed record Rule(string Name, Func<object, object?> Get, Kind Kind, Kind ItemKind, WireAttribute? Wire, bool IsExtensionData);
}
