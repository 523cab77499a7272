using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataGrip.Core.Model;

/// <summary>Reads and writes a <see cref="PartialDate"/> as <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    /// <summary>The key under which a converter's exception says which finding code it stands for.</summary>
    internal const string CodeKey = "DataGrip.FindingCode";

    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date as text (YYYY-MM or YYYY-MM-DD), found {reader.TokenType}.");
        }

        var text = reader.GetString();
        if (PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        var exception = new JsonException($"'{text}' is not a date of the form YYYY-MM or YYYY-MM-DD.");
        exception.Data[CodeKey] = SchemaCodes.InvalidDate;
        exception.Data["Value"] = text;
        throw exception;
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
