using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using DataGrip.Core.Overlap;

namespace DataGrip.Core.Tests.Overlap;

public sealed class OverlapMessagesTests
{
    private static readonly string[] Codes = typeof(OverlapCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!).ToArray();

    [Fact]
    public void Codes_AreUniqueWellFormed_AndApartFromTheValidatorsCodes()
    {
        var validator = typeof(SchemaCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(7, Codes.Length);
        Assert.Equal(Codes.Length, Codes.Distinct().Count());
        Assert.All(Codes, code => Assert.Matches("^DG-O\\d{3}$", code));
        Assert.Empty(Codes.Intersect(validator));
    }

    [Fact]
    public void EveryCode_HasAnEnglishAndADutchMessage_WithTheSamePlaceholders()
    {
        Assert.Equal(Codes.OrderBy(c => c), OverlapMessages.Templates.Keys.OrderBy(c => c));
        foreach (var (code, template) in OverlapMessages.Templates)
        {
            Assert.False(string.IsNullOrWhiteSpace(template.English));
            Assert.NotEqual(template.English, template.Dutch);
            Assert.True(Placeholders(template.English).SequenceEqual(Placeholders(template.Dutch)), $"{code} uses different placeholders in English and Dutch.");
        }
    }

    private static IEnumerable<string> Placeholders(string text) =>
        Regex.Matches(text, "\\{([A-Za-z]+)\\}").Select(m => m.Groups[1].Value).OrderBy(p => p, System.StringComparer.Ordinal);
}
