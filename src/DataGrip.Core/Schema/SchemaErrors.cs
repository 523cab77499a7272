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

    /// <summary>Makes a finding of one error.</summary>
    /// <param name="error">The error.</param>
    /// <param name="prefix">The JSON Pointer of the validated value in the whole document.</param>
    /// <param name="line">The line where the validated value starts in the whole document.</param>
    /// <param name="column">The column where the validated value starts.</param>
    public static Finding ToFinding(ValidationError error, string prefix, long line, long column)
    {
        var pointer = prefix + PointerOf(error.Token);
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
                return Messages.Create(FindingCodes.RequiredPropertyMissing, JsonPointer.Append(pointer, error.Property ?? "?"), atLine, atColumn, ("Property", error.Property));
            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                var property = error.Token is JProperty p ? p.Name : error.Property;
                var at = error.Token is JProperty ? pointer : JsonPointer.Append(pointer, property ?? "?");
                return Messages.Create(FindingCodes.UnknownProperty, at, atLine, atColumn, ("Property", property));
            case ValidationErrorKind.NotInEnumeration:
                var allowed = string.Join(", ", schema?.Enumeration.Select(v => System.Convert.ToString(v, CultureInfo.InvariantCulture)) ?? []);
                return Messages.Create(FindingCodes.UnknownEnumValue, pointer, atLine, atColumn, ("Value", Scalar(error.Token)), ("Allowed", allowed));
            case ValidationErrorKind.StringTooLong:
                return Messages.Create(FindingCodes.TextTooLong, pointer, atLine, atColumn, ("Length", Length(error.Token)), ("MaxLength", schema?.MaxLength));
            case ValidationErrorKind.StringTooShort:
                return Messages.Create(FindingCodes.TextTooShort, pointer, atLine, atColumn, ("Length", Length(error.Token)), ("MinLength", schema?.MinLength));
            case ValidationErrorKind.PatternMismatch:
                return Messages.Create(FindingCodes.InvalidFormat, pointer, atLine, atColumn, ("Value", Scalar(error.Token)), ("Expected", DescribePattern(schema?.Pattern)));
            case ValidationErrorKind.ItemsNotUnique:
                return Messages.Create(FindingCodes.InvalidList, pointer, atLine, atColumn, ("Reason", "the items must be unique"));
            case ValidationErrorKind.TooFewItems:
                return Messages.Create(FindingCodes.InvalidList, pointer, atLine, atColumn, ("Reason", $"at least {schema?.MinItems} items are required"));
            case ValidationErrorKind.TooManyItems:
                return Messages.Create(FindingCodes.InvalidList, pointer, atLine, atColumn, ("Reason", $"at most {schema?.MaxItems} items are allowed"));
            case ValidationErrorKind.StringExpected:
            case ValidationErrorKind.NumberExpected:
            case ValidationErrorKind.IntegerExpected:
            case ValidationErrorKind.BooleanExpected:
            case ValidationErrorKind.ObjectExpected:
            case ValidationErrorKind.ArrayExpected:
            case ValidationErrorKind.NullExpected:
            case ValidationErrorKind.NoTypeValidates:
                return Messages.Create(FindingCodes.WrongType, pointer, atLine, atColumn, ("Expected", Expected(error.Kind)));
            default:
                return Messages.Create(FindingCodes.SchemaViolation, pointer, atLine, atColumn, ("Rule", error.Kind.ToString()));
        }
    }

    /// <summary>The JSON Pointer of a token inside the validated document.</summary>
    internal static string PointerOf(JToken? token)
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
                    parts.Add(array.IndexOf(current).ToString(CultureInfo.InvariantCulture));
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

    private static int Length(JToken? token) => token is JValue { Value: string s } ? new System.Globalization.StringInfo(s).LengthInTextElements : 0;

    private static string Expected(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.StringExpected => "text",
        ValidationErrorKind.NumberExpected => "a number",
        ValidationErrorKind.IntegerExpected => "a whole number",
        ValidationErrorKind.BooleanExpected => "true or false",
        ValidationErrorKind.ObjectExpected => "an object",
        ValidationErrorKind.ArrayExpected => "a list",
        ValidationErrorKind.NullExpected => "null",
        _ => "another type",
    };

    private static string DescribePattern(string? pattern) => pattern switch
    {
        Model.WireLimits.IdPattern => "an identifier of letters, digits and . _ : -",
        Model.WireLimits.UrlPattern => "an http:// or https:// link without spaces",
        "^[0-9]{8}$" => "a KvK number of eight digits",
        "^[A-Za-z]{2,8}[0-9]{1,8}$" => "an organisation code such as GM0344",
        "^1\\.[0-9]+$" => "a version 1.x",
        { } p when p.Contains("T[0-9]{2}") => "an ISO 8601 date and time such as 2026-11-25T15:30:00Z",
        { } p when p.StartsWith("^[0-9]{4}-(0[1-9]", System.StringComparison.Ordinal) => "a date YYYY-MM or YYYY-MM-DD",
        _ => "pattern " + pattern,
    };
}
