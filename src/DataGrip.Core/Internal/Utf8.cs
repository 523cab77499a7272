using System;
using System.Text;

namespace DataGrip.Core.Internal;

/// <summary>UTF-8 checks with positions.</summary>
internal static class Utf8
{
    /// <summary>UTF-8 that throws on invalid input instead of replacing it: nothing is changed silently.</summary>
    /// <summary>The length of a UTF-8 byte order mark at the start of <paramref name="bytes"/>: 3, or 0 when there is none.</summary>
    public static int BomLength(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;

    public static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Encodes text strictly, or says where it is not valid (a lone surrogate) as a DG-S005 finding.</summary>
    public static bool TryEncode(string text, out byte[] bytes, out Finding? finding)
    {
        try
        {
            bytes = Strict.GetBytes(text);
            finding = null;
            return true;
        }
        catch (EncoderFallbackException ex)
        {
            bytes = [];
            finding = Messages.Create(SchemaCodes.InvalidUtf8, string.Empty, null, null, ("Offset", ex.Index));
            return false;
        }
    }

    /// <summary>The offset of the first invalid byte sequence, or null when the bytes are valid UTF-8.</summary>
    public static int? FindInvalid(ArraySegment<byte> bytes)
    {
        try
        {
            Strict.GetCharCount(bytes.Array!, bytes.Offset, bytes.Count);
            return null;
        }
        catch (DecoderFallbackException ex)
        {
            return Math.Max(ex.Index, 0);
        }
    }

    /// <summary>Decodes strictly, or returns the offset of the first invalid sequence.</summary>
    public static bool TryDecode(ReadOnlyMemory<byte> bytes, out string text, out int invalidOffset)
    {
        try
        {
            text = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment)
                ? Strict.GetString(segment.Array!, segment.Offset, segment.Count)
                : Strict.GetString(bytes.ToArray());
            invalidOffset = -1;
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            text = string.Empty;
            invalidOffset = Math.Max(ex.Index, 0);
            return false;
        }
    }

    /// <summary>The 1-based line and column of a byte offset.</summary>
    public static (long Line, long Column) PositionOf(ArraySegment<byte> bytes, int offset)
    {
        long line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Count; i++)
        {
            if (bytes.Array![bytes.Offset + i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
