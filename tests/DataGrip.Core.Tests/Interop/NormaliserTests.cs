using DataGrip.Core.Interop;
using DataGrip.Core.Model;
using DataGrip.Core.Reference;

namespace DataGrip.Core.Tests.Interop;

public sealed class NormaliserTests
{
    [Theory]
    [InlineData("In gebruik", Phase.Production)]
    [InlineData("in gebruik", Phase.Production)]
    [InlineData("Actief", Phase.Production)]
    [InlineData("In productie", Phase.Production)]
    [InlineData("In werking", Phase.Production)]
    [InlineData("In ontwikkeling", Phase.Development)]
    [InlineData("Buiten gebruik", Phase.Ended)]
    [InlineData("Gestopt", Phase.Ended)]
    [InlineData("pilot", Phase.Pilot)]
    [InlineData("beëindigd", Phase.Ended)]
    [InlineData("In gebruik, wordt jaarlijks geëvalueerd", Phase.Production)]
    public void Status_KnownValuesAndVariants(string text, Phase expected)
    {
        Assert.True(StatusNormaliser.TryRead(text, out var phase, out _));
        Assert.Equal(expected, phase);
    }

    [Fact]
    public void Status_InUseSince_GivesTheDate()
    {
        Assert.True(StatusNormaliser.TryRead("In gebruik sinds 18-12-2020", out var phase, out var since));
        Assert.Equal(Phase.Production, phase);
        Assert.Equal(new PartialDate(2020, 12, 18), since);
    }

    [Theory]
    [InlineData("Het algoritme wordt op dit moment in twee wijken getest en daarna mogelijk breder ingezet.")]
    [InlineData("onbekend")]
    [InlineData("Inactiefheid")]
    public void Status_ProseOrUnknown_IsNotGuessed(string text) =>
        Assert.False(StatusNormaliser.TryRead(text, out _, out _));

    [Theory]
    [InlineData("Regelgebaseerd", AlgorithmType.RuleBased)]
    [InlineData("Op regels gebaseerd ", AlgorithmType.RuleBased)]
    [InlineData("Rule based", AlgorithmType.RuleBased)]
    [InlineData("rule based", AlgorithmType.RuleBased)]
    [InlineData("Zelflerend", AlgorithmType.MachineLearning)]
    [InlineData("Ja", AlgorithmType.MachineLearning)]
    [InlineData("Nee", AlgorithmType.RuleBased)]
    [InlineData("Deels op regels gebaseerd, deels zelflerend", AlgorithmType.Hybrid)]
    public void AlgorithmType_Variants(string text, AlgorithmType expected)
    {
        Assert.True(AlgorithmTypeNormaliser.TryRead(text, out var type, out var use));
        Assert.Equal(expected, type);
        Assert.Null(use);
    }

    [Fact]
    public void AlgorithmType_AUseTypeIsReadAsOne()
    {
        Assert.True(AlgorithmTypeNormaliser.TryRead("Voorspellend", out var type, out var use));
        Assert.Null(type);
        Assert.Equal(UseType.Predictive, use);
        Assert.False(AlgorithmTypeNormaliser.TryRead("Signalerend algoritme", out _, out _));
    }

    [Theory]
    [InlineData("{\"Ruimte en infrastructuur\"}", new[] { "Ruimte en infrastructuur" })]
    [InlineData("{\"Ruimte en infrastructuur\",Verkeer}", new[] { "Ruimte en infrastructuur", "Verkeer" })]
    [InlineData("{\"a \\\"b\\\"\"}", new[] { "a \"b\"" })]
    [InlineData("{}", new string[0])]
    [InlineData("Sociale zekerheid", new[] { "Sociale zekerheid" })]
    [InlineData("Wonen; Verkeer", new[] { "Wonen", "Verkeer" })]
    [InlineData("wonen, werken en leefomgeving", new[] { "wonen", "werken en leefomgeving" })]
    [InlineData("subsidies, uitkeringen en toeslagen", new[] { "subsidies, uitkeringen en toeslagen" })]
    public void Themes_SplitsArrayLiteralsAndLists(string text, string[] expected) =>
        Assert.Equal(expected, ThemeNormaliser.Items(text));

    [Theory]
    [InlineData("Ruimte en infrastructuur", Theme.SpatialPlanningAndInfrastructure, true)]
    [InlineData("ruimte en infrastructuur", Theme.SpatialPlanningAndInfrastructure, false)]
    [InlineData("Overheidsfinancien", Theme.PublicFinance, false)]
    [InlineData("Veiligheid en handhaving", Theme.PublicOrderAndSafety, false)]
    [InlineData("Infrastructuur", Theme.SpatialPlanningAndInfrastructure, false)]
    [InlineData("subsidies, uitkeringen en toeslagen", Theme.SocialSecurity, false)]
    public void Themes_LabelsAndSynonyms(string item, Theme expected, bool exact)
    {
        Assert.True(ThemeNormaliser.TryOne(item, out var theme, out var wasExact));
        Assert.Equal(expected, theme);
        Assert.Equal(exact, wasExact);
    }

    [Theory]
    [InlineData("Basisregistratie")]
    [InlineData("werken en leefomgeving")]
    public void Themes_UnknownDomainsAreNotGuessed(string item) => Assert.False(ThemeNormaliser.TryOne(item, out _));

    [Theory]
    [InlineData("Ja", "Yes")]
    [InlineData("ja", "Yes")]
    [InlineData("-", "None")]
    [InlineData("Nee", "No")]
    [InlineData("niet aanwezig", "No")]
    [InlineData("n.v.t.", "NotApplicable")]
    [InlineData("Niet van toepassing", "NotApplicable")]
    [InlineData("gepland", "Planned")]
    [InlineData("Ja, zie de DPIA op de website.", "Yes")]
    [InlineData("Nee, er worden geen persoonsgegevens verwerkt.", "No")]
    public void Answers_Variants(string text, string expected)
    {
        Assert.True(AssessmentAnswerNormaliser.TryRead(text, out var answer));
        Assert.Equal(expected, answer.ToString());
    }

    [Theory]
    [InlineData("Er is een quickscan gedaan, de DPIA volgt in 2024.")]
    [InlineData("Jawel")]
    public void Answers_ProseIsNotGuessed(string text) => Assert.False(AssessmentAnswerNormaliser.TryRead(text, out _));

    [Theory]
    [InlineData("2023-01", "2023-01")]
    [InlineData("2023-01-15", "2023-01-15")]
    [InlineData("2023-06-19T10:00:00Z", "2023-06-19")]
    [InlineData("18-12-2020", "2020-12-18")]
    [InlineData("18.12.2020", "2020-12-18")]
    [InlineData("11/24/2022", "2022-11-24")]
    [InlineData("24/11/2022", "2022-11-24")]
    [InlineData("06/01/2022", "2022-06-01")]
    [InlineData("01-2021", "2021-01")]
    [InlineData("18 december 2020", "2020-12-18")]
    [InlineData("december 2020", "2020-12")]
    [InlineData("dec. 2020", "2020-12")]
    public void Dates_Forms(string text, string expected)
    {
        Assert.True(DateNormaliser.TryRead(text, out var date));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("2020")]
    [InlineData("31-02-2020")]
    [InlineData("Q1 2021")]
    [InlineData("13/13/2020")]
    [InlineData("binnenkort")]
    public void Dates_NoSureDate(string text) => Assert.False(DateNormaliser.TryRead(text, out _));

    [Theory]
    [InlineData("<div><div>Wet basisregistratie personen</div>\n<div>Wet rechten burgerlijke stand</div></div>", "Wet basisregistratie personen\nWet rechten burgerlijke stand")]
    [InlineData("<p>Eerste alinea.</p><p>Tweede<br>regel.</p>", "Eerste alinea.\n\nTweede\nregel.")]
    [InlineData("<ul><li>een</li><li>twee</li></ul>", "- een\n- twee")]
    [InlineData("<p>Lijst:</p><ol><li>een</li><li>twee</li></ol>", "Lijst:\n\n1. een\n2. twee")]
    [InlineData("A &amp; B &lt;3 &eacute;&#233;&#xE9;&nbsp;x", "A & B <3 ééé x")]
    [InlineData("<b>vet</b> en <a href=\"https://x.nl\">link</a>", "vet en link")]
    [InlineData("<script>alert(1)</script>tekst", "tekst")]
    [InlineData("  plain\r\n\r\n\r\n  text  ", "plain\n\ntext")]
    [InlineData("a < b & c", "a < b & c")]
    [InlineData("zie de website van het Kadaster <https://www.kadaster.nl/bag>.", "zie de website van het Kadaster <https://www.kadaster.nl/bag>.")]
    [InlineData("<P CLASS=\"x\">Hoofdletters</P><BR/>regel", "Hoofdletters\n\nregel")]
    public void Html_ToCleanText(string html, string expected) => Assert.Equal(expected, HtmlText.ToText(html));

    [Fact]
    public void Html_ToHtmlUsesOnlyTheAllowedTags()
    {
        var html = HtmlText.ToHtml("Intro & <meer>\nregel\n\n- een\n- twee\n\n1. a\n2. b");

        // Numbered lines stay lines: as an ol the register's text would lose the numbers (issue 15, point 6).
        Assert.Equal("<p>Intro &amp; &lt;meer&gt;<br>regel</p><ul><li>een</li><li>twee</li></ul><p>1. a<br>2. b</p>", html);
    }

    [Theory]
    [InlineData("Gemeente Utrecht", "Exact", "GM0344")]
    [InlineData("gemeente utrecht", "Spelling", "GM0344")]
    [InlineData("Utrecht", "Spelling", "GM0344")]
    [InlineData("Gemeente Den Haag", "Exact", "GM0518")]
    [InlineData("Gemeente 's Hertogenbosch", "Spelling", "GM0796")]
    [InlineData("Gem. Sudwest Fryslan", "Spelling", "GM1900")]
    public void Organization_MatchesMunicipalities(string name, string expected, string code)
    {
        var match = new OrganizationMatcher(MunicipalityList.Default).Match(name, out var municipality, out var type, out _);

        Assert.Equal(expected, match.ToString());
        Assert.Equal(code, municipality!.Code);
        Assert.Equal(OrganizationType.Gemeente, type);
    }

    [Fact]
    public void Organization_NoSureMatch_GivesAHintButNoCode()
    {
        var matcher = new OrganizationMatcher(MunicipalityList.Default);

        Assert.Equal(OrganizationMatch.Unsure, matcher.Match("Gemeente Utrect", out var municipality, out var type, out var hint));
        Assert.Null(municipality);
        Assert.Equal(OrganizationType.Gemeente, type);
        Assert.Contains("Gemeente Utrecht (GM0344)", hint!.Value.English);
        Assert.Equal("bedoelde u Gemeente Utrecht (GM0344)?", hint.Value.Dutch);

        Assert.Equal(OrganizationMatch.Unsure, matcher.Match("Gemeente Atlantis", out _, out _, out hint));
        Assert.Equal("no municipality with a similar name", hint!.Value.English);

        Assert.Equal(OrganizationMatch.None, matcher.Match("Ministerie BZK", out municipality, out type, out _));
        Assert.Null(municipality);
        Assert.Equal(OrganizationType.Ministerie, type);
    }
}
