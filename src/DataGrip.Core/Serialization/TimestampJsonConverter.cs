using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataGrip.Core.Serialization;

/// <summary>
/// Writes timestamps as ISO 8601 with <c>Z</c> for UTC (<c>2026-11-25T15:30:00Z</c>) and the offset otherwise
/// (<c>2026-11-25T16:30:00+01:00</c>); reads any ISO 8601 timestamp.
/// </summary>
internal sealed class TimestampJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
}
