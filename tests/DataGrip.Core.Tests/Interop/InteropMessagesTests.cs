using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using DataGrip.Core.Interop;

namespace DataGrip.Core.Tests.Interop;

public sealed class InteropMessagesTests
{
    private static readonly string[] Codes = typeof(InteropCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!).ToArray();

    [Fact]
    public void Codes_AreUniqueAndWellFormed()
    {
        Assert.Equal(Codes.Length, Codes.Distinct().Count());
        Assert.All(Codes, code => Assert.Matches("^DG-I\\d{3}$", code));
    }

    [Fact]
    public void EveryCode_HasAnEnglishAndADutchMessageWithTheSamePlaceholders()
    {
        Assert.Equal(Codes.OrderBy(c => c), InteropMessages.Templates.Keys.OrderBy(c => c));
        foreach (var (code, template) in InteropMessages.Templates)
        {
            Assert.False(string.IsNullOrWhiteSpace(template.English));
            Assert.NotEqual(template.English, template.Dutch);
            Assert.True(Placeholders(template.English).SequenceEqual(Placeholders(template.Dutch)), code);
        }
    }

    [Fact]
    public void TheReadmeListsEveryCode()
    {
        var readme = System.IO.File.ReadAllText(Support.Repository.PathOf("README.md"));
        var changelog = System.IO.File.ReadAllText(Support.Repository.PathOf("CHANGELOG.md"));

        Assert.All(Codes, code => Assert.Contains("| " + code + " |", readme));
        Assert.All(Codes, code => Assert.Contains(code, changelog));
    }

    private static string[] Placeholders(string template) =>
        Regex.Matches(template, "\\{([A-Za-z]+)\\}").Select(m => m.Groups[1].Value).Distinct().OrderBy(p => p).ToArray();
}
