using System;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Model;

namespace DataGrip.Core.Serialization;

/// <summary>Turns what System.Text.Json says about a value it could not read into a finding.</summary>
internal static class ReadErrors
{
    /// <summary>
    /// The finding for a value that could not be read from <paramref name="json"/>, a document that starts at
    /// <paramref name="line"/> and <paramref name="column"/> of the input and at <paramref name="prefix"/> in it.
    /// </summary>
    public static Finding FromDocument(Exception ex, ReadOnlyMemory<byte> json, string prefix, long line, long column)
    {
        var json_ = ex as JsonException;
        var relative = JsonPointer.FromJsonPath(json_?.Path);
        long? atLine = null;
        long? atColumn = null;
        if (json_?.LineNumber is { } relativeLine)
        {
            atLine = line + relativeLine;
            atColumn = relativeLine == 0 ? column + (json_.BytePositionInLine ?? 0) : (json_.BytePositionInLine ?? 0) + 1;
        }

        return ToFinding(ex, prefix + relative, atLine, atColumn, () => JsonPointer.ValueAt(json.ToArray(), relative));
    }

    public static Finding ToFinding(Exception ex, string pointer, long? line, long? column, Func<string?> offendingValue)
    {
        if (ex.Data[PartialDateJsonConverter.CodeKey] is string code)
        {
            return Messages.Create(code, pointer, line, column, ("Value", ex.Data["Value"]));
        }

        var message = ex.Message;
        if (IsInvalidUnicode(ex))
        {
            return Messages.Create(SchemaCodes.InvalidUnicode, pointer, line, column);
        }

        if (message.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            return Messages.Create(SchemaCodes.DuplicateProperty, pointer, line, column, ("Property", JsonPointer.LastToken(pointer)));
        }

        const string missing = "missing required properties including: ";
        var missingAt = message.IndexOf(missing, StringComparison.Ordinal);
        if (missingAt >= 0)
        {
            var names = message.Substring(missingAt + missing.Length).Split('\'').Where((_, i) => i % 2 == 1).ToArray();
            var first = names.Length > 0 ? names[0] : "?";
            return Messages.Create(SchemaCodes.RequiredPropertyMissing, JsonPointer.Append(pointer, first), line, column, ("Property", string.Join("', '", names)));
        }

        if (message.IndexOf("doesn't allow setting null values", StringComparison.Ordinal) >= 0
            || message.IndexOf("Cannot get the value of a token type 'Null'", StringComparison.Ordinal) >= 0)
        {
            return Messages.Create(SchemaCodes.WrongType, pointer, line, column, ("Expected", "notNull"));
        }

        const string converted = "could not be converted to ";
        var convertedAt = message.IndexOf(converted, StringComparison.Ordinal);
        if (convertedAt >= 0)
        {
            var type = FindModelType(message.Substring(convertedAt + converted.Length));
            if (message.IndexOf("System.Decimal", StringComparison.Ordinal) >= 0 && offendingValue() is { } number
                && double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                return WireRules.NumberOutOfRange(pointer, line, column, number);
            }

            if (type is { IsEnum: true })
            {
                return Messages.Create(SchemaCodes.UnknownEnumValue, pointer, line, column, ("Value", offendingValue() ?? "?"), ("Allowed", AllowedValues(type)));
            }

            return Messages.Create(SchemaCodes.WrongType, pointer, line, column, ("Expected", Describe(type)));
        }

        return Messages.Create(SchemaCodes.MalformedJson, pointer, line, column, ("Reason", SyntaxReason(message)), ("Parser", Trim(message)));
    }

    /// <summary>
    /// The reader's message without its own position (a finding or error gives the absolute line and column) and
    /// without the final full stop, to put inside a sentence.
    /// </summary>
    public static string Reason(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message.Substring(0, cut);
        }

        return message.TrimEnd('.', ' ');
    }

    /// <summary>
    /// The kind of a JSON syntax error as a stable key (a term <c>syntax:…</c> of the messages), from a parser's
    /// message (System.Text.Json or Newtonsoft): the finding says it in its own words, not the parser's English.
    /// </summary>
    public static string SyntaxReason(string message)
    {
        bool Has(string part) => message.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
        return Has("end of") || Has("depth to be zero") || Has("should be closed") || Has("incomplete") || Has("truncated") || Has("unterminated") ? "unexpectedEnd"
            : Has("does not contain any JSON tokens") ? "noValue"
            : Has("within a JSON string") || Has("escap") || Has("string should") ? "badText"
            : Has("after a property name") || Has("expected a ':'") ? "colonExpected"
            : Has("after a value") || Has("after a property value") || Has("Expected either ','") ? "commaExpected"
            : Has("comment") ? "comment"
            : Has("trailing comma") ? "trailingComma"
            : Has("property name") ? "badName"
            : Has("invalid start of a value") || Has("unexpected character") || Has("literal") || Has("Unexpected") ? "badValue"
            : "syntax";
    }

    /// <summary>A lone surrogate escape such as <c>\ud800</c>: System.Text.Json reads the document but cannot make the text.</summary>
    private static bool IsInvalidUnicode(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e.Message.IndexOf("UTF-16", StringComparison.Ordinal) >= 0 || e.Message.IndexOf("surrogate", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The allowed wire values of an enum, quoted and comma-separated: values to type as written, not words.</summary>
    public static string AllowedValues(Type enumType) =>
        string.Join(", ", Enum.GetNames(enumType).Select(name => "'" + JsonNamingPolicy.CamelCase.ConvertName(name) + "'"));

    private static Type? FindModelType(string text)
    {
        // The message names the type: "DataGrip.Core.Model.Theme. Path: ..." or "System.Nullable`1[DataGrip.Core.Model.Phase]. Path: ...".
        var name = text.Split(new[] { ". Path:", " Path:" }, StringSplitOptions.None)[0].TrimEnd('.');
        var inner = name.IndexOf('[');
        if (inner >= 0)
        {
            name = name.Substring(inner + 1).TrimEnd(']');
        }

        return typeof(DataProject).Assembly.GetType(name) ?? Type.GetType(name);
    }

    private static string Describe(Type? type)
    {
        if (type is null)
        {
            return "otherType";
        }

        if (type == typeof(string))
        {
            return "text";
        }

        if (type == typeof(bool))
        {
            return "boolean";
        }

        if (type == typeof(decimal) || type == typeof(int) || type == typeof(double) || type == typeof(long))
        {
            return "number";
        }

        if (type == typeof(DateTimeOffset))
        {
            return "dateTime";
        }

        if (type.IsGenericType && type.Name.StartsWith("ImmutableArray", StringComparison.Ordinal))
        {
            return "list";
        }

        return "object";
    }

    private static string Trim(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message.Substring(0, cut) : message).TrimEnd('.', ' ');
    }
}
