using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Serialization;

/// <summary>One project element of an export, as raw UTF-8 JSON, with where it starts.</summary>
/// <remarks><see cref="Json"/> points into the scanner's buffer: use it before asking for the next item.</remarks>
internal readonly record struct ScannedProject(int Index, ReadOnlyMemory<byte> Json, long Line, long Column);

/// <summary>
/// Walks an export document from a stream, one project at a time, holding in memory only the project being
/// read (and the small envelope). It checks syntax, depth and size as it goes and stops at the first such error.
/// </summary>
internal sealed class ExportScanner
{

    private readonly Stream stream;
    private readonly int maxDepth;
    private readonly long maxBytes;
    private readonly MemoryStream envelope = new();
    private readonly Dictionary<string, (long Line, long Column)> envelopeLines = new(StringComparer.Ordinal);

    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private bool eof;
    private bool firstFill = true;
    private long totalRead;
    private long line = 1;
    private long column = 1;
    private JsonReaderState state;
    private Stage stage = Stage.BeforeRoot;
    private int projectIndex;
    private bool sawProjects;

    public ExportScanner(Stream stream, JsonReadOptions options)
    {
        this.stream = stream;
        maxDepth = options.MaxDepth;
        maxBytes = options.MaxDocumentBytes;
        state = new JsonReaderState(new JsonReaderOptions { MaxDepth = maxDepth + 8 });
    }

    private enum Stage
    {
        BeforeRoot,
        InRoot,
        InProjects,
        AfterRoot,
        Done,
    }

    private enum Step
    {
        Continue,
        NeedMore,
        Produced,
        Finished,
    }

    /// <summary>The error that stopped the scan, if any.</summary>
    public Finding? Error { get; private set; }

    /// <summary>The line and column of the document's root object.</summary>
    public (long Line, long Column) RootPosition { get; private set; } = (1, 1);

    /// <summary>The line and column where each envelope property (everything but the projects) starts.</summary>
    public IReadOnlyDictionary<string, (long Line, long Column)> EnvelopeLines => envelopeLines;

    /// <summary>True when the document has a <c>projects</c> array.</summary>
    public bool SawProjects => sawProjects;

    /// <summary>The envelope without its projects, as a JSON object (with <c>"projects": []</c> when the document has them); valid once the scan is done without error.</summary>
    public ReadOnlyMemory<byte> EnvelopeJson
    {
        get
        {
            var bytes = envelope.ToArray();
            var suffix = sawProjects ? (bytes.Length > 1 ? ",\"projects\":[]}" : "\"projects\":[]}") : "}";
            var all = new byte[bytes.Length + suffix.Length];
            bytes.CopyTo(all, 0);
            Encoding.ASCII.GetBytes(suffix, 0, suffix.Length, all, bytes.Length);
            return all;
        }
    }

    /// <summary>Reads on to the next project.</summary>
    /// <param name="project">The next project, valid until the next call.</param>
    /// <returns>False at the end of the document or at an error (see <see cref="Error"/>).</returns>
    public bool TryNext(out ScannedProject project)
    {
        project = default;
        while (stage != Stage.Done)
        {
            var wantsMore = false;
            if (TryNextBuffered(out project, ref wantsMore))
            {
                return true;
            }

            if (!wantsMore || !Fill())
            {
                return false;
            }
        }

        return false;
    }

    private Step StepOnce(ref ScannedProject project)
    {
        var span = new ReadOnlySpan<byte>(buffer, start, end - start);
        var reader = new Utf8JsonReader(span, eof, state);
        switch (stage)
        {
            case Stage.BeforeRoot:
                if (eof && IsWhiteSpace(span))
                {
                    Fail(SchemaCodes.EmptyDocument, line, column);
                    return Step.Finished;
                }

                if (!reader.Read())
                {
                    if (eof)
                    {
                        Fail(SchemaCodes.EmptyDocument, line, column);
                        return Step.Finished;
                    }

                    return Step.NeedMore;
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    var (l, c) = PositionOf(span, (int)reader.TokenStartIndex);
                    Error = Messages.Create(SchemaCodes.WrongType, string.Empty, l, c, ("Expected", "export"));
                    return Step.Finished;
                }

                RootPosition = PositionOf(span, (int)reader.TokenStartIndex);
                envelope.WriteByte((byte)'{');
                Commit(ref reader, span);
                stage = Stage.InRoot;
                return Step.Continue;

            case Stage.InRoot:
                if (!reader.Read())
                {
                    return Step.NeedMore;
                }

                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    Commit(ref reader, span);
                    stage = Stage.AfterRoot;
                    return Step.Continue;
                }

                var namePosition = PositionOf(span, (int)reader.TokenStartIndex);
                var name = reader.GetString()!;
                var rawName = reader.ValueSpan.ToArray();
                if (!reader.Read())
                {
                    return Step.NeedMore;
                }

                if (name == "projects" && reader.TokenType == JsonTokenType.StartArray && !sawProjects)
                {
                    sawProjects = true;
                    envelopeLines[name] = namePosition;
                    Commit(ref reader, span);
                    stage = Stage.InProjects;
                    return Step.Continue;
                }

                var valueStart = (int)reader.TokenStartIndex;
                switch (Skip(ref reader, span))
                {
                    case SkipResult.Incomplete:
                        return Step.NeedMore;
                    case SkipResult.TooDeep:
                        return Step.Finished;
                }

                if (envelope.Length > 1)
                {
                    envelope.WriteByte((byte)',');
                }

                envelope.WriteByte((byte)'"');
                Write(envelope, rawName);
                envelope.WriteByte((byte)'"');
                envelope.WriteByte((byte)':');
                Write(envelope, span.Slice(valueStart, (int)reader.BytesConsumed - valueStart));
                envelopeLines[name] = namePosition;
                Commit(ref reader, span);
                return Step.Continue;

            case Stage.InProjects:
                if (!reader.Read())
                {
                    return Step.NeedMore;
                }

                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    Commit(ref reader, span);
                    stage = Stage.InRoot;
                    return Step.Continue;
                }

                var elementStart = (int)reader.TokenStartIndex;
                switch (Skip(ref reader, span))
                {
                    case SkipResult.Incomplete:
                        return Step.NeedMore;
                    case SkipResult.TooDeep:
                        return Step.Finished;
                }

                var (elementLine, elementColumn) = PositionOf(span, elementStart);
                project = new ScannedProject(
                    projectIndex++,
                    new ReadOnlyMemory<byte>(buffer, start + elementStart, (int)reader.BytesConsumed - elementStart),
                    elementLine,
                    elementColumn);
                Commit(ref reader, span);
                return Step.Produced;

            case Stage.AfterRoot:
                if (!reader.Read())
                {
                    return eof ? Step.Finished : Step.NeedMore;
                }

                // Utf8JsonReader throws on content after the root value, so this is not reached.
                return Step.Finished;

            default:
                return Step.Finished;
        }
    }

    private enum SkipResult
    {
        Done,
        Incomplete,
        TooDeep,
    }

    /// <summary>Skips the value the reader is on, enforcing the depth limit itself so it can say where.</summary>
    private SkipResult Skip(ref Utf8JsonReader reader, ReadOnlySpan<byte> span)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return SkipResult.Done;
        }

        var depth = reader.CurrentDepth;
        if (depth >= maxDepth)
        {
            FailTooDeep(span, (int)reader.TokenStartIndex);
            return SkipResult.TooDeep;
        }

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth >= maxDepth:
                    FailTooDeep(span, (int)reader.TokenStartIndex);
                    return SkipResult.TooDeep;
                case JsonTokenType.EndObject or JsonTokenType.EndArray when reader.CurrentDepth == depth:
                    return SkipResult.Done;
            }
        }

        return SkipResult.Incomplete;
    }

    private void FailTooDeep(ReadOnlySpan<byte> span, int offset)
    {
        var (l, c) = PositionOf(span, offset);
        Error = Messages.Create(SchemaCodes.TooDeep, string.Empty, l, c, ("MaxDepth", maxDepth));
    }

    /// <summary>Marks what the reader read as consumed, keeping the line count.</summary>
    private void Commit(ref Utf8JsonReader reader, ReadOnlySpan<byte> span)
    {
        var consumed = (int)reader.BytesConsumed;
        (line, column) = PositionOf(span, consumed);
        start += consumed;
        state = reader.CurrentState;
    }

    /// <summary>The line and column of an offset in the unconsumed part of the buffer.</summary>
    private (long Line, long Column) PositionOf(ReadOnlySpan<byte> span, int offset)
    {
        var before = span.Slice(0, offset);
        var l = line;
        var c = column;
        var lastNewline = before.LastIndexOf((byte)'\n');
        if (lastNewline < 0)
        {
            return (l, c + offset);
        }

        var count = 0;
        var rest = before;
        int index;
        while ((index = rest.IndexOf((byte)'\n')) >= 0)
        {
            count++;
            rest = rest.Slice(index + 1);
        }

        return (l + count, offset - lastNewline);
    }

    /// <summary>Reads on to the next project without blocking on the stream (for web hosts, which forbid synchronous reads).</summary>
    /// <returns>The next project, valid until the next call, or null at the end of the document or at an error.</returns>
    public async System.Threading.Tasks.Task<ScannedProject?> NextAsync(System.Threading.CancellationToken cancellationToken)
    {
        // The steps are the synchronous ones; only the reads between them wait.
        while (stage != Stage.Done)
        {
            var wantsMore = false;
            if (TryNextBuffered(out var project, ref wantsMore))
            {
                return project;
            }

            if (!wantsMore || !BeforeRead())
            {
                return null;
            }

            var read = await stream.ReadAsync(buffer, end, buffer.Length - end, cancellationToken).ConfigureAwait(false);
            if (!AfterRead(read))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Steps through what is buffered; <paramref name="wantsMore"/> says whether it stopped for want of bytes.</summary>
    private bool TryNextBuffered(out ScannedProject project, ref bool wantsMore)
    {
        project = default;
        while (stage != Stage.Done)
        {
            Step step;
            try
            {
                step = StepOnce(ref project);
            }
            catch (JsonException ex)
            {
                // The reader state carries the line count, so the exception's position is absolute (0-based).
                var reason = eof && IsTruncated() ? Truncated : ReadErrors.SyntaxReason(ReadErrors.Reason(ex));
                Fail(SchemaCodes.MalformedJson, (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1, ("Reason", reason), ("Parser", ReadErrors.Reason(ex)));
                return false;
            }
            catch (InvalidOperationException ex) when (ex.InnerException is DecoderFallbackException)
            {
                // A property name that is not valid UTF-8.
                Fail(SchemaCodes.InvalidUtf8, line, column, ("Offset", "?"));
                return false;
            }

            switch (step)
            {
                case Step.Produced:
                    return true;
                case Step.NeedMore:
                    wantsMore = true;
                    return false;
                case Step.Finished:
                    stage = Stage.Done;
                    return false;
            }
        }

        return false;
    }

    /// <summary>Moves the unconsumed bytes to the front, grows the buffer if it is full, and reads more.</summary>
    private bool Fill() => BeforeRead() && AfterRead(stream.Read(buffer, end, buffer.Length - end));

    /// <summary>Makes room to read into <c>buffer[end..]</c>; false at the end of the document (a truncated one).</summary>
    private bool BeforeRead()
    {
        if (eof)
        {
            Fail(SchemaCodes.MalformedJson, line, column, ("Reason", Truncated));
            return false;
        }

        var pending = end - start;
        if (pending == buffer.Length)
        {
            var larger = new byte[Math.Min((long)buffer.Length * 2, int.MaxValue - 64)];
            Buffer.BlockCopy(buffer, start, larger, 0, pending);
            buffer = larger;
        }
        else if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, pending);
        }

        start = 0;
        end = pending;
        return true;
    }

    /// <summary>Takes in <paramref name="read"/> bytes read into <c>buffer[end..]</c>; false when the document is too large.</summary>
    private bool AfterRead(int read)
    {
        if (read == 0)
        {
            eof = true;
            return true;
        }

        totalRead += read;
        if (totalRead > maxBytes)
        {
            Error = Messages.Create(SchemaCodes.TooLarge, string.Empty, null, null, ("MaxBytes", maxBytes));
            stage = Stage.Done;
            return false;
        }

        if (firstFill)
        {
            firstFill = false;
            if (Utf8.BomLength(buffer.AsSpan(0, read)) > 0)
            {
                start = 3;
            }
        }

        end += read;
        return true;
    }

    private const string Truncated = "unexpectedEnd";

    private void Fail(string code, long atLine, long atColumn, params (string, object?)[] args)
    {
        Error = Messages.Create(code, string.Empty, atLine, atColumn, args);
        stage = Stage.Done;
    }

    /// <summary>True when the rest of the document is the start of valid JSON that simply stops.</summary>
    private bool IsTruncated()
    {
        var probe = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, start, end - start), isFinalBlock: false, state);
        try
        {
            while (probe.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsWhiteSpace(ReadOnlySpan<byte> span)
    {
        foreach (var b in span)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static void Write(MemoryStream target, ReadOnlySpan<byte> bytes)
    {
        var array = bytes.ToArray();
        target.Write(array, 0, array.Length);
    }
}
