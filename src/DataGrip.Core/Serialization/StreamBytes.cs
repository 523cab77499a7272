using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace DataGrip.Core.Serialization;

/// <summary>
/// Reads a whole stream into memory up to a limit — the one way every reader that needs the whole document does it,
/// synchronously or without blocking. A stream that is already in memory is read where it is.
/// </summary>
internal static class StreamBytes
{
    private const int Chunk = 64 * 1024;

    /// <summary>The bytes from the stream's position to its end, or null when there are more than <paramref name="limit"/>.</summary>
    public static ArraySegment<byte>? ReadAll(Stream input, long limit)
    {
        if (InMemory(input, limit, out var held) is { } decided)
        {
            return decided ? held : (ArraySegment<byte>?)null;
        }

        var buffer = new byte[Capacity(input, limit)];
        var length = 0;
        while (true)
        {
            if (!Room(ref buffer, length, limit))
            {
                return null;
            }

            var read = input.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                return new ArraySegment<byte>(buffer, 0, length);
            }

            length += read;
        }
    }

    /// <summary>The same, awaiting each read (for web hosts, which forbid synchronous reads of a request body).</summary>
    public static async Task<ArraySegment<byte>?> ReadAllAsync(Stream input, long limit, CancellationToken cancellationToken)
    {
        if (InMemory(input, limit, out var held) is { } decided)
        {
            return decided ? held : (ArraySegment<byte>?)null;
        }

        var buffer = new byte[Capacity(input, limit)];
        var length = 0;
        while (true)
        {
            if (!Room(ref buffer, length, limit))
            {
                return null;
            }

            var read = await input.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return new ArraySegment<byte>(buffer, 0, length);
            }

            length += read;
        }
    }

    /// <summary>For a memory stream with a visible buffer: true with its bytes, false when too large; null for any other stream.</summary>
    private static bool? InMemory(Stream input, long limit, out ArraySegment<byte> bytes)
    {
        bytes = default;
        if (input is not MemoryStream memory || !memory.TryGetBuffer(out var held))
        {
            return null;
        }

        var position = (int)memory.Position;
        if (held.Count - position > limit)
        {
            return false;
        }

        memory.Position = held.Count;
        bytes = new ArraySegment<byte>(held.Array!, held.Offset + position, held.Count - position);
        return true;
    }

    /// <summary>A file's length plus one (so its end is seen without growing), else a chunk; never above the limit plus one.</summary>
    private static int Capacity(Stream input, long limit)
    {
        var known = input.CanSeek ? Math.Max(input.Length - input.Position, 0) + 1 : Chunk;
        return (int)Math.Max(16, Math.Min(known, Math.Min(limit + 1, int.MaxValue - 64)));
    }

    /// <summary>Makes room for another read; false when the bytes already read pass the limit.</summary>
    private static bool Room(ref byte[] buffer, int length, long limit)
    {
        if (length > limit)
        {
            return false;
        }

        if (length == buffer.Length)
        {
            Array.Resize(ref buffer, (int)Math.Min(Math.Min((long)buffer.Length * 2, limit + 1), int.MaxValue - 64));
        }

        return true;
    }
}
