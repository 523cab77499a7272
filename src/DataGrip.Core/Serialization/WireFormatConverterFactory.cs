using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataGrip.Core.Serialization;

/// <summary>
/// Writes and reads every type of this library with the wire format's options, whatever the host's options say, so
/// a host's <c>Results.Ok(export)</c> writes the document <see cref="DataGripJson.WriteExport(Model.ProjectExport, JsonWriteOptions?)"/>
/// writes (compact, escaped by the host's writer) and its own types keep its own conventions. Added by
/// <see cref="DataGripJson.ConfigureSerializer"/>.
/// </summary>
internal sealed class WireFormatConverterFactory : JsonConverterFactory
{
    public static WireFormatConverterFactory Instance { get; } = new();

    public override bool CanConvert(Type typeToConvert) => typeToConvert.Assembly == typeof(WireFormatConverterFactory).Assembly;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(WireFormatConverter<>).MakeGenericType(typeToConvert))!;

    /// <summary>One type, handed to the serializer with the wire options.</summary>
    private sealed class WireFormatConverter<T> : JsonConverter<T>
    {
        // Null is the wire format's business too (a null value is omitted or refused there, never written as the host likes).
        public override bool HandleNull => false;

        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize<T>(ref reader, DataGripJson.SerializerOptions);

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, DataGripJson.WriteOptions);

        // As a dictionary key (an enum, such as a completeness band), as the wire options write and read it.
        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Wire.ReadAsPropertyName(ref reader, typeToConvert, DataGripJson.SerializerOptions);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            Wire.WriteAsPropertyName(writer, value!, DataGripJson.WriteOptions);

        private static JsonConverter<T> Wire => (JsonConverter<T>)DataGripJson.WriteOptions.GetConverter(typeof(T));
    }
}
