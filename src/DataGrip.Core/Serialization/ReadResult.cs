using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace DataGrip.Core.Serialization;

/// <summary>What a read produced: the value, or the findings that say why there is none.</summary>
/// <typeparam name="T">The type read.</typeparam>
/// <remarks>Instances are immutable.</remarks>
public sealed class ReadResult<T>
    where T : class
{
    internal ReadResult(T? value, ImmutableArray<Finding> findings)
    {
        Value = value;
        Findings = findings.IsDefault ? ImmutableArray<Finding>.Empty : findings;
    }

    /// <summary>True when the document was read; <see cref="Value"/> is then not null (the compiler knows it).</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Value))]
    public bool Success => Value is not null;

    /// <summary>The value read, or null when the document could not be read.</summary>
    public T? Value { get; }

    /// <summary>What the reader found: the errors that stopped it, or warnings next to a value.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Gets the value when the document was read: <c>if (result.TryGetValue(out var export)) …</c>.</summary>
    /// <param name="value">The value read, or null when there is none.</param>
    /// <returns>True when the document was read.</returns>
    public bool TryGetValue([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
    {
        value = Value;
        return value is not null;
    }

    /// <summary>Returns the value, or throws when there is none.</summary>
    /// <returns>The value read.</returns>
    /// <exception cref="InvalidDataException">The document could not be read; the message lists the findings.</exception>
    public T GetValueOrThrow() => Value ?? throw new InvalidDataException(
        "The document could not be read:" + string.Concat(Findings.Select(f => System.Environment.NewLine + "  " + f)));
}
