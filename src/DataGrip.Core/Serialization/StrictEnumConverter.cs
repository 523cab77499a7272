using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataGrip.Core.Serialization;

/// <summary>
/// Enums on the wire as their camelCase names, read exactly as the schema's <c>enum</c> lists them: <c>"gEmeente"</c>
/// or a number is not <c>gemeente</c>. (System.Text.Json's own enum converter reads names in any case, which would let
/// the reader accept what the validator rejects.)
/// </summary>
internal sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert))!;
}

/// <summary>One enum's wire names, read and written exactly.</summary>
internal sealed class StrictEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private readonly T[] values = (T[])Enum.GetValues(typeof(T));
    private readonly byte[][] names;
    private readonly JsonEncodedText[] encoded;

    public StrictEnumConverter()
    {
        names = new byte[values.Length][];
        encoded = new JsonEncodedText[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(values[i].ToString());
            names[i] = Encoding.UTF8.GetBytes(name);
            encoded[i] = JsonEncodedText.Encode(name);
        }
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (reader.ValueTextEquals(names[i]))
                {
                    return values[i];
                }
            }
        }

        // Without a message, so the serializer says "could not be converted to <type>" with the path, as for any value.
        throw new JsonException();
    }

    /// <summary>As a dictionary key: the same names (the serializer's fallback would write the C# name).</summary>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(encoded[Index(value)]);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(encoded[Index(value)]);

    private int Index(T value)
    {
        var index = Array.IndexOf(values, value);
        if (index < 0)
        {
            throw new JsonException($"{value} is not a value of {typeof(T).Name}.");
        }

        return index;
    }
}
