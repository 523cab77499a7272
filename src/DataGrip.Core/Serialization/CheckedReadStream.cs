using System;
using System.IO;
using System.Text;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Serialization;

/// <summary>
/// A read-only view of a stream that stops at a size limit and checks that the bytes are valid UTF-8 as they pass,
/// so the reader's fast path can deserialize straight from the stream without first copying the document.
/// </summary>
internal sealed class CheckedReadStream : Stream
{
    private readonly Stream inner;
    private readonly long maxBytes;
    private readonly Decoder decoder = Utf8.Strict.GetDecoder();
    private readonly char[] chars = new char[8192];
    private long total;

    public CheckedReadStream(Stream inner, long maxBytes)
    {
        this.inner = inner;
        this.maxBytes = maxBytes;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => total;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        Check(read);
        Decode(buffer, offset, read);
        return read;
    }

#if NET8_0_OR_GREATER
    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Check(read);
        ReadOnlySpan<byte> bytes = buffer.Slice(0, read);
        var flush = read == 0;
        do
        {
            // Convert keeps the decoder's state, so a character split between two reads is checked whole.
            decoder.Convert(bytes, chars, flush, out var used, out _, out _);
            bytes = bytes.Slice(used);
        }
        while (!bytes.IsEmpty);

        return read;
    }
#endif

    private void Decode(byte[] buffer, int offset, int count)
    {
        var flush = count == 0;
        do
        {
            // Convert keeps the decoder's state, so a character split between two reads is checked whole.
            decoder.Convert(buffer, offset, count, chars, 0, chars.Length, flush, out var used, out _, out _);
            offset += used;
            count -= used;
        }
        while (count > 0);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Check(int read)
    {
        total += read;
        if (total > maxBytes)
        {
            throw new InvalidDataException("The document is larger than the limit.");
        }
    }
}
