using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace DataGrip.Core.Tests.Findings;

public sealed class MessagesTests
{
    private static readonly string[] Codes = typeof(SchemaCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!).ToArray();

    [Fact]
    public void Codes_AreUniqueAndWellFormed()
    {
        Assert.Equal(Codes.Length, Codes.Distinct().Count());
        Assert.All(Codes, code => Assert.Matches("^DG-S\\d{3}$", code));
    }

    [Fact]
    public void EveryCode_HasAnEnglishAndADutchMessage()
    {
        // A variant (DG-S004.fixed) is another message of a code that exists.
        Assert.Equal(Codes.OrderBy(c => c), Messages.Templates.Keys.Where(k => !k.Contains('.')).OrderBy(c => c));
        Assert.All(Messages.Templates.Keys.Where(k => k.Contains('.')), k => Assert.Contains(k.Substring(0, k.IndexOf('.')), Codes));
        Assert.All(Messages.Templates.Values, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.English));
            Assert.False(string.IsNullOrWhiteSpace(t.Dutch));
            Assert.NotEqual(t.English, t.Dutch);
        });
    }

    [Fact]
    public void DutchMessages_UseTheSamePlaceholdersAsEnglish()
    {
        foreach (var (code, template) in Messages.Templates)
        {
            Assert.True(
                Placeholders(template.English).SequenceEqual(Placeholders(template.Dutch)),
                $"{code}: '{template.English}' and '{template.Dutch}' use different placeholders.");
        }
    }

    [Fact]
    public void GetMessage_PicksDutchForAnyDutchCulture()
    {
        var finding = Messages.Create(SchemaCodes.RequiredPropertyMissing, "/projects/0/name", null, null, ("Property", "name"));

        Assert.Equal("De verplichte eigenschap 'name' ontbreekt.", finding.GetMessage(new CultureInfo("nl-NL")));
        Assert.Equal("De verplichte eigenschap 'name' ontbreekt.", finding.GetMessage(new CultureInfo("nl-BE")));
        Assert.Equal("The required property 'name' is missing.", finding.GetMessage(new CultureInfo("en-GB")));
        Assert.Equal("The required property 'name' is missing.", finding.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void LongValues_AreShortenedInMessages()
    {
        var finding = Messages.Create(SchemaCodes.UnknownEnumValue, "/a", null, null, ("Value", new string('v', 10_000)), ("Allowed", "x"));

        Assert.True(finding.MessageEnglish.Length < 200);
    }

    [Fact]
    public void ToString_NamesCodeSeverityPlaceAndMessage()
    {
        var finding = Messages.Create(SchemaCodes.WrongType, "/projects/3/name", 12, 7, ("Expected", "text"));

        Assert.Equal("DG-S011 Error at /projects/3/name (line 12, column 7): The value has the wrong type: expected text.", finding.ToString());
    }

    private static string[] Placeholders(string template) =>
        Regex.Matches(template, "\\{([A-Za-z]+)\\}").Select(m => m.Groups[1].Value).OrderBy(p => p).ToArray();
}
