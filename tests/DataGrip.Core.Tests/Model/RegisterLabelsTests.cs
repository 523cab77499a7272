using System;
using DataGrip.Core.Model;

namespace DataGrip.Core.Tests.Model;

public sealed class RegisterLabelsTests
{
    [Theory]
    [InlineData(Theme.PublicFinance, "Overheidsfinanciën")]
    [InlineData(Theme.SocialSecurity, "Sociale zekerheid")]
    [InlineData(Theme.HealthAndCare, "Zorg en gezondheid")]
    public void Label_OfTheme_IsTheRegistersWording(Theme theme, string label) => Assert.Equal(label, RegisterLabels.Label(theme));

    [Fact]
    public void Labels_RoundTrip_ForEveryValue()
    {
        foreach (var theme in Enum.GetValues<Theme>())
        {
            Assert.True(RegisterLabels.TryParseTheme(RegisterLabels.Label(theme), out var parsed));
            Assert.Equal(theme, parsed);
        }

        foreach (var status in Enum.GetValues<RegisterStatus>())
        {
            Assert.True(RegisterLabels.TryParseStatus(RegisterLabels.Label(status), out var parsed));
            Assert.Equal(status, parsed);
        }

        foreach (var category in Enum.GetValues<PublicationCategory>())
        {
            Assert.True(RegisterLabels.TryParseCategory(RegisterLabels.Label(category), out var parsed));
            Assert.Equal(category, parsed);
        }
    }

    [Fact]
    public void Labels_MatchTheStandardVerbatim()
    {
        Assert.Equal("In ontwikkeling", RegisterLabels.Label(RegisterStatus.InDevelopment));
        Assert.Equal("Hoog-risico AI-systeem", RegisterLabels.Label(PublicationCategory.HighRiskAiSystem));
        Assert.Equal("regionaal_samenwerkingsorgaan", RegisterLabels.Label(OrganizationType.RegionaalSamenwerkingsorgaan));
        Assert.Equal("caribisch_openbaar_lichaam", RegisterLabels.Label(OrganizationType.CaribischOpenbaarLichaam));
        Assert.Equal("gemeente", RegisterLabels.Label(OrganizationType.Gemeente));
    }

    [Fact]
    public void UnknownLabelsAndValues_AreRefused()
    {
        Assert.False(RegisterLabels.TryParseTheme("wonen", out _));
        Assert.False(RegisterLabels.TryParseStatus(null, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => RegisterLabels.Label((Theme)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => RegisterLabels.Label((OrganizationType)99));
    }
}
