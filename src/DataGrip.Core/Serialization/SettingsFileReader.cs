using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Serialization;

/// <summary>
/// Reads a small settings file that a municipality writes by hand (a risk framework, a completeness profile),
/// collecting every problem as a finding with its JSON Pointer before it gives up. The problems are those of any JSON
/// document against its schema, so they carry the schema codes (<c>DG-S</c>). A reader is used for one read.
/// </summary>
/// <typeparam name="T">What the file holds.</typeparam>
internal abstract class SettingsFileReader<T>
    where T : class
{
    private const int MaxBytes = 1 << 20;

    /// <summary>The problems found so far.</summary>
    protected List<Finding> Problems { get; } = [];

    /// <summary>The schema term that names the document in a message (<c>schema:riskFramework</c> → <c>riskFramework</c>).</summary>
    protected abstract string Document { get; }

    /// <summary>The value made of the parsed document; problems go to <see cref="Problems"/>.</summary>
    protected abstract T Interpret(JsonElement root);

    /// <summary>Reads the file from a UTF-8 stream (at most 1 MiB); the stream is not closed.</summary>
    public ReadResult<T> Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return Failed(TooLarge());
            }
        }

        if (!Utf8.TryDecode(buffer.ToArray(), out var text, out var offset))
        {
            return Failed(Messages.Create(SchemaCodes.InvalidUtf8, "", null, null, ("Offset", offset)));
        }

        return Read(text);
    }

    /// <summary>Reads the file from its text (at most 1 MiB).</summary>
    public ReadResult<T> Read(string json)
    {
        if (json.Length > MaxBytes)
        {
            return Failed(TooLarge());
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException ex)
        {
            return Failed(Messages.Create(SchemaCodes.MalformedJson, "", (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1,
                ("Reason", ReadErrors.SyntaxReason(ex.Message)), ("Parser", ReadErrors.Reason(ex))));
        }
        catch (ArgumentException)
        {
            // The text itself holds a lone surrogate, which cannot be turned into UTF-8.
            return Failed(Messages.Create(SchemaCodes.InvalidUnicode, ""));
        }

        using (document)
        {
            T value;
            try
            {
                value = Interpret(document.RootElement);
            }
            catch (InvalidOperationException)
            {
                // A member name with an escaped lone surrogate ("\ud800") cannot be read as text.
                Problems.Add(Messages.Create(SchemaCodes.InvalidUnicode, ""));
                return Failed([.. Problems]);
            }

            return Problems.Count > 0 ? Failed([.. Problems]) : new ReadResult<T>(value, []);
        }
    }

    /// <summary>The exception a <c>Load</c> throws: "Invalid {what}: " and every finding, in English, with its pointer and line.</summary>
    public static InvalidDataException Invalid(string what, ImmutableArray<Finding> findings)
    {
        var problems = new List<string>();
        foreach (var finding in findings)
        {
            var where = finding.Pointer.Length == 0 ? "(root)" : finding.Pointer;
            if (finding.Line is { } line)
            {
                where += $" (line {line}, byte {finding.Column})";
            }

            problems.Add(where + ": " + finding.MessageEnglish.TrimEnd('.'));
        }

        return new("Invalid " + what + ": " + string.Join("; ", problems) + ".");
    }

    /// <summary>The members of an object, each with its pointer, once each: a repeated name is a problem and skipped.</summary>
    protected IEnumerable<(JsonProperty Member, string Pointer)> Members(JsonElement value, string pointer)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in value.EnumerateObject())
        {
            var at = pointer + "/" + JsonPointer.Escape(member.Name);
            if (seen.Add(member.Name))
            {
                yield return (member, at);
            }
            else
            {
                Problems.Add(Messages.Create(SchemaCodes.DuplicateProperty, at, null, null, ("Property", member.Name)));
            }
        }
    }

    /// <summary>The text of a value, or null with a problem when it is no text.</summary>
    protected string? Text(JsonElement value, string pointer)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            try
            {
                return value.GetString();
            }
            catch (InvalidOperationException)
            {
                Problems.Add(Messages.Create(SchemaCodes.InvalidUnicode, pointer));
                return null;
            }
        }

        Problems.Add(WrongType(pointer, "text"));
        return null;
    }

    /// <summary>A finding whose message is a variant of its code (<c>DG-S016.expected</c>).</summary>
    protected static Finding Variant(string code, string variant, string pointer, params (string Name, object? Value)[] arguments) =>
        Messages.Create(Messages.Templates[code + "." + variant], code, code + "." + variant, pointer, null, null, arguments);

    /// <summary>The value has another JSON type than <paramref name="expected"/> (a <c>schema:</c> term).</summary>
    protected static Finding WrongType(string pointer, string expected) =>
        Messages.Create(SchemaCodes.WrongType, pointer, null, null, ("Expected", expected));

    /// <summary>A member that the file does not know; <paramref name="allowed"/> lists those it does.</summary>
    protected static Finding UnknownMember(string pointer, string name, string allowed) =>
        Variant(SchemaCodes.UnknownProperty, "expected", pointer, ("Property", name), ("Allowed", allowed));

    private ReadResult<T> Failed(params Finding[] findings) => new(null, [.. findings]);

    private Finding TooLarge() =>
        Variant(SchemaCodes.TooLarge, "fixed", "", ("MaxBytes", MaxBytes), ("Document", Document));
}
