using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DataGrip.Core.Serialization;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace DataGrip.Core.Schema;

/// <summary>Turns NJsonSchema's validation errors into findings, so no NJsonSchema type leaves the library.</summary>
internal static class SchemaErrors
{
    /// <summary>The validation errors without their wrappers: an error about an item or a branch becomes the errors inside it.</summary>
    public static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            switch (error)
            {
                case ChildSchemaValidationError child when child.Errors.Count > 0:
                    foreach (var inner in Flatten(child.Errors.SelectMany(e => e.Value)))
                    {
                        yield return inner;
                    }

                    break;
                case MultiTypeValidationError multi when multi.Errors.Count > 0:
                    foreach (var inner in Flatten(multi.Errors.SelectMany(e => e.Value)))
                    {
                        yield return inner;
                    }

                    break;
                default:
                    yield return error;
                    break;
            }
        }
    }

    /// <summary>
    /// Whether an error of NJsonSchema is one JSON Schema itself would not give: a length it counted in UTF-16 units
    /// that is within the limit in characters. (What NJsonSchema lets pass that JSON Schema does not — a final new line
    /// before a pattern's <c>$</c> — the wire rules find after it.)
    /// </summary>
    public static bool IsDotNetOnly(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.StringTooLong => error.Token is JValue { Value: string s } && error.Schema?.MaxLength is { } max && WireRules.CodePoints(s) <= max,
        _ => false,
    };

    /// <summary>Makes a finding of one error.</summary>
    /// <param name="error">The error.</param>
    /// <param name="prefix">The JSON Pointer of the validated value in the whole document.</param>
    /// <param name="line">The line where the validated value starts in the whole document.</param>
    /// <param name="column">The column where the validated value starts.</param>
    /// <param name="positions">Where each item of an array is, filled as needed: one lookup per item instead of a scan per error.</param>
    public static Finding ToFinding(ValidationError error, string prefix, long line, long column, ItemPositions positions)
    {
        var pointer = prefix + PointerOf(error.Token, positions);
        long? atLine = null;
        long? atColumn = null;
        if (error.HasLineInfo)
        {
            atLine = line + error.LineNumber - 1;
            atColumn = error.LineNumber == 1 ? column + error.LinePosition - 1 : error.LinePosition;
        }

        var schema = error.Schema;
        switch (error.Kind)
        {
            case ValidationErrorKind.PropertyRequired:
                return Messages.Create(SchemaCodes.RequiredPropertyMissing, JsonPointer.Append(pointer, error.Property ?? "?"), atLine, atColumn, ("Property", error.Property));
            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                var property = error.Token is JProperty p ? p.Name : error.Property;
                var at = error.Token is JProperty ? pointer : JsonPointer.Append(pointer, property ?? "?");
                return Messages.Create(SchemaCodes.UnknownProperty, at, atLine, atColumn, ("Property", property));
            case ValidationErrorKind.NotInEnumeration:
                var allowed = string.Join(", ", schema?.Enumeration.Select(v => "'" + System.Convert.ToString(v, CultureInfo.InvariantCulture) + "'") ?? []);
                return Messages.Create(SchemaCodes.UnknownEnumValue, pointer, atLine, atColumn, ("Value", Scalar(error.Token)), ("Allowed", allowed));
            case ValidationErrorKind.StringTooLong:
                return Messages.Create(SchemaCodes.TextTooLong, pointer, atLine, atColumn, ("Length", Length(error.Token)), ("MaxLength", schema?.MaxLength));
            case ValidationErrorKind.StringTooShort:
                return Messages.Create(SchemaCodes.TextTooShort, pointer, atLine, atColumn, ("Length", Length(error.Token)), ("MinLength", schema?.MinLength));
            case ValidationErrorKind.PatternMismatch:
                return Messages.Create(SchemaCodes.InvalidFormat, pointer, atLine, atColumn, ("Value", Scalar(error.Token)), ("Expected", WireRules.DescribePattern(schema?.Pattern)), ("Pattern", schema?.Pattern));
            case ValidationErrorKind.ItemsNotUnique:
                return Messages.Create(SchemaCodes.InvalidList, pointer, atLine, atColumn, ("Reason", "unique"));
            case ValidationErrorKind.TooFewItems:
                return Messages.Create(SchemaCodes.InvalidList, pointer, atLine, atColumn, ("Reason", "tooFew"), ("MinItems", schema?.MinItems));
            case ValidationErrorKind.TooManyItems:
                return Messages.Create(SchemaCodes.InvalidList, pointer, atLine, atColumn, ("Reason", "tooMany"), ("MaxItems", schema?.MaxItems));
            case ValidationErrorKind.StringExpected:
            case ValidationErrorKind.NumberExpected:
            case ValidationErrorKind.IntegerExpected:
            case ValidationErrorKind.BooleanExpected:
            case ValidationErrorKind.ObjectExpected:
            case ValidationErrorKind.ArrayExpected:
            case ValidationErrorKind.NullExpected:
            case ValidationErrorKind.NoTypeValidates:
                return Messages.Create(SchemaCodes.WrongType, pointer, atLine, atColumn, ("Expected", Expected(error.Kind)));
            case ValidationErrorKind.NumberTooBig:
            case ValidationErrorKind.NumberTooSmall:
                return WireRules.NumberOutOfRange(pointer, atLine, atColumn, Scalar(error.Token));
            default:
                return Messages.Create(SchemaCodes.SchemaViolation, pointer, atLine, atColumn, ("Rule", error.Kind.ToString()));
        }
    }

    /// <summary>The JSON Pointer of a token inside the validated document.</summary>
    internal static string PointerOf(JToken? token, ItemPositions positions)
    {
        var parts = new List<string>();
        for (var current = token; current is not null && current.Parent is not null; current = current.Parent)
        {
            switch (current.Parent)
            {
                case JProperty property when current is not JProperty:
                    // The value of a property: its name is added when the property itself is visited.
                    break;
                case JArray array:
                    parts.Add(positions.IndexOf(array, current).ToString(CultureInfo.InvariantCulture));
                    break;
            }

            if (current is JProperty named)
            {
                parts.Add(JsonPointer.Escape(named.Name));
            }
        }

        parts.Reverse();
        return parts.Count == 0 ? string.Empty : "/" + string.Join("/", parts);
    }

    private static string Scalar(JToken? token) => token switch
    {
        JProperty p => p.Name,
        JValue { Value: string s } => s,
        JValue v => v.ToString(Newtonsoft.Json.Formatting.None),
        null => string.Empty,
        _ => token.Type.ToString(),
    };

    private static int Length(JToken? token) => token is JValue { Value: string s } ? WireRules.CodePoints(s) : 0;

    private static string Expected(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.StringExpected => "text",
        ValidationErrorKind.NumberExpected => "number",
        ValidationErrorKind.IntegerExpected => "wholeNumber",
        ValidationErrorKind.BooleanExpected => "boolean",
        ValidationErrorKind.ObjectExpected => "object",
        ValidationErrorKind.ArrayExpected => "list",
        ValidationErrorKind.NullExpected => "null",
        _ => "otherType",
    };
}

/// <summary>The index of each item of the arrays of one validated document, computed once per array.</summary>
internal sealed class ItemPositions
{
    private readonly Dictionary<JArray, Dictionary<JToken, int>> arrays = new(ReferenceComparer<JArray>.Instance);

    public int IndexOf(JArray array, JToken item)
    {
        if (array.Count < 16)
        {
            return array.IndexOf(item);
        }

        if (!arrays.TryGetValue(array, out var indexes))
        {
            indexes = new Dictionary<JToken, int>(array.Count, ReferenceComparer<JToken>.Instance);
            for (var i = 0; i < array.Count; i++)
            {
                indexes[array[i]] = i;
            }

            arrays[array] = indexes;
        }

        return indexes.TryGetValue(item, out var index) ? index : -1;
    }

    private sealed class ReferenceComparer<T> : IEqualityComparer<T>
        where T : class
    {
        public static readonly ReferenceComparer<T> Instance = new();

        public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

        public int GetHashCode(T obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
