using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Reference;

/// <summary>A Dutch municipality with its CBS code.</summary>
public sealed record Municipality
{
    /// <summary>The CBS code in upper case, such as <c>GM0344</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The official name, such as "Gemeente Utrecht".</summary>
    public required string Name { get; init; }
}

/// <summary>
/// The list of Dutch municipalities that codes are checked against. <see cref="Default"/> is the embedded list of
/// 342 municipalities (the Algoritmeregister's <c>Gemeenten.csv</c>); load an updated one with <see cref="Load"/>.
/// </summary>
/// <remarks>Instances are immutable and thread-safe. Codes are compared case-insensitively (<c>gm0344</c> = <c>GM0344</c>).</remarks>
public sealed class MunicipalityList
{
    private static readonly Lazy<MunicipalityList> DefaultList = new(LoadEmbedded);

    private readonly ImmutableDictionary<string, Municipality> byCode;

    private MunicipalityList(ImmutableDictionary<string, Municipality> byCode) => this.byCode = byCode;

    /// <summary>The embedded list of the 342 municipalities of 2025 (origin: MinBZK/Algoritmeregister, EUPL-1.2).</summary>
    public static MunicipalityList Default => DefaultList.Value;

    /// <summary>The number of municipalities.</summary>
    public int Count => byCode.Count;

    /// <summary>The municipalities, ordered by code.</summary>
    public IEnumerable<Municipality> All => byCode.Values.OrderBy(m => m.Code, StringComparer.Ordinal);

    /// <summary>Looks a municipality up by its CBS code.</summary>
    /// <param name="code">The code, such as <c>GM0344</c> or <c>gm0344</c>.</param>
    /// <param name="municipality">The municipality, or null.</param>
    /// <returns>True when the code is known.</returns>
    public bool TryGet(string? code, out Municipality? municipality)
    {
        municipality = null;
        return code is not null && byCode.TryGetValue(code.ToUpperInvariant(), out municipality);
    }

    /// <summary>
    /// Reads a list in the format of the embedded one: UTF-8 text, <c>;</c>-separated, a header line, then
    /// <c>name;code</c> and optionally more columns (<c>Gemeente Utrecht;GM0344;gm0344</c>).
    /// </summary>
    /// <param name="reader">The text.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="InvalidDataException">The text is not such a list; the message names every bad line.</exception>
    public static MunicipalityList Load(TextReader reader)
    {
        Guard.NotNull(reader);

        var problems = new List<string>();
        var builder = ImmutableDictionary.CreateBuilder<string, Municipality>(StringComparer.Ordinal);
        var lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (lineNumber == 1 || line.Trim().Length == 0)
            {
                continue;
            }

            var parts = line.Split(';');
            var code = parts.Length > 1 ? parts[1].Trim().ToUpperInvariant() : string.Empty;
            if (parts.Length < 2 || parts[0].Trim().Length == 0 || !IsCode(code))
            {
                problems.Add(string.Format(CultureInfo.InvariantCulture, "line {0}: expected 'name;GMnnnn', found '{1}'", lineNumber, line.Length > 60 ? line.Substring(0, 60) + "..." : line));
                continue;
            }

            if (builder.ContainsKey(code))
            {
                problems.Add(string.Format(CultureInfo.InvariantCulture, "line {0}: code {1} appears twice", lineNumber, code));
                continue;
            }

            builder[code] = new Municipality { Code = code, Name = parts[0].Trim() };
        }

        if (builder.Count == 0 && problems.Count == 0)
        {
            problems.Add("the list has no municipalities");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException("Invalid municipality list: " + string.Join("; ", problems) + ".");
        }

        return new MunicipalityList(builder.ToImmutable());
    }

    /// <summary>
    /// True when an organisation claims to be a municipality: its type is <c>gemeente</c> or its code starts with
    /// <c>GM</c>. Such an organisation's code must then be in the list.
    /// </summary>
    internal static bool IsMunicipality(Model.Organization organization) =>
        organization.Type == Model.OrganizationType.Gemeente || IsMunicipalityCode(organization.Code);

    /// <summary>True when a code claims to be a municipality code (starts with <c>GM</c>, any case).</summary>
    internal static bool IsMunicipalityCode(string? code) =>
        code is { Length: > 2 } && code.StartsWith("GM", StringComparison.OrdinalIgnoreCase);

    private static bool IsCode(string code) =>
        code.Length == 6 && code.StartsWith("GM", StringComparison.Ordinal) && code.Skip(2).All(c => c is >= '0' and <= '9');

    private static MunicipalityList LoadEmbedded()
    {
        using var stream = typeof(MunicipalityList).Assembly.GetManifestResourceStream("DataGrip.Core.Reference.gemeenten.csv")
            ?? throw new InvalidOperationException("The embedded municipality list is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Load(reader);
    }
}
