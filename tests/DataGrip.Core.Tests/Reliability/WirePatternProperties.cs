using System.Linq;
using DataGrip.Core.Model;
using DataGrip.Core.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DataGrip.Core.Tests.Reliability;

/// <summary>The hand-written matchers of the model's patterns answer as the patterns do, read as JSON Schema reads them.</summary>
public sealed class WirePatternProperties
{
    private static readonly string[] ModelPatterns =
        typeof(DataProject).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties())
            .Select(p => p.GetCustomAttributes(typeof(WireAttribute), false).OfType<WireAttribute>().FirstOrDefault()?.Pattern)
            .Where(p => p is not null)
            .Select(p => p!)
            .Distinct()
            .ToArray();

    /// <summary>Texts near the patterns' edges: their characters, a few others, new lines, spaces, a non-ASCII digit.</summary>
    private static Arbitrary<string> Texts() =>
        (from prefix in Gen.Elements("", "http://", "https://", "1.", "GM", "ftp://", "https:/")
         from chars in Gen.Elements('a', 'Z', '0', '9', '.', '_', ':', '-', '/', ' ', '\n', '\t', '\u00a0', '\u0660', 'é', '~', '1', '\u0085', '\u001f', '\ufeff', '\u2028', '\u3000').ArrayOf()
         from suffix in Gen.Elements("", "\n", " ", "0", "x")
         select prefix + new string(chars) + suffix).ToArbitrary();

    [Fact]
    public void EveryPatternOfTheModel_IsKnown() => Assert.Equal(5, ModelPatterns.Length);

    [Property(MaxTest = 3000)]
    public Property HandMatchers_AgreeWithTheRegularExpressions() => Prop.ForAll(Texts(), text =>
        ModelPatterns.All(pattern => WireRules.Matches(pattern, text) == WireRules.Pattern(pattern).IsMatch(text)));
}
