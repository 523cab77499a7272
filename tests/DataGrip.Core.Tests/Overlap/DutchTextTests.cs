using System;
using System.Collections.Generic;
using DataGrip.Core.Overlap;

namespace DataGrip.Core.Tests.Overlap;

public sealed class DutchTextTests
{
    [Theory]
    [InlineData("parkeren", "parkeer")]
    [InlineData("personen", "persoon")]
    [InlineData("uitkeringen", "uitkering")]
    [InlineData("meldingen", "melding")]
    [InlineData("woningen", "woning")]
    [InlineData("gemeentelijke", "gemeentelijk")]
    [InlineData("lichamelijkheden", "lichamen")]
    public void SingularAndPlural_MeetInOneStem(string inflected, string basic) =>
        Assert.Equal(DutchText.Stem(basic), DutchText.Stem(inflected));

    /// <summary>The Snowball Dutch stemmer's own examples (snowballstem.org/algorithms/dutch/stemmer.html), and what it leaves (a plural -s after -en).</summary>
    [Theory]
    [InlineData("lichaamsziek", "lichaamsziek")]
    [InlineData("lichamelijk", "licham")]
    [InlineData("lichamelijke", "licham")]
    [InlineData("lichamelijkheden", "licham")]
    [InlineData("lichamen", "licham")]
    [InlineData("lichamens", "lichamen")]
    [InlineData("maan", "man")]
    [InlineData("kentekens", "kenteken")]
    public void Snowball_StemsAsSpecified(string word, string stem) => Assert.Equal(stem, DutchStemmer.Stem(word));

    [Fact]
    public void Compounds_SplitIntoWordListParts()
    {
        Assert.Equal(["kenteken", "camera", "handhaving"], DutchCompounds.Split("kentekencamerahandhaving"));
        Assert.Equal(["parkeer", "vergunningen"], DutchCompounds.Split("parkeervergunningen"));
        Assert.Empty(DutchCompounds.Split("gemeente"));
    }

    [Fact]
    public void Folding_RemovesCaseAndDiacritics() =>
        Assert.Equal("coordinatie reintegratie cafe", DutchText.Fold("Coördinatie Reïntegratie CAFÉ"));

    [Fact]
    public void StopWordsGo_SynonymsAndAcronymsMeet_CompoundPartsAreFound()
    {
        var stopWords = Terms("de van het", out var counts);
        Assert.Empty(stopWords);
        Assert.Equal((3, 3), (counts.Words, counts.StopWords));

        Assert.Contains("brp", Terms("GBA"));
        Assert.Contains("brp", Terms("gegevens uit de Basisregistratie Personen"));
        Assert.Contains("wmo", Terms("Wet maatschappelijke ondersteuning"));
        Assert.Contains("woz", Terms("waardering onroerende zaken"));
        Assert.Contains(DutchText.Stem("kentekenherkenning"), Terms("Inzet scanauto's"));
        Assert.Contains(DutchText.Stem("kentekenherkenning"), Terms("ANPR"));
        Assert.Contains(DutchText.Stem("camera"), Terms("Kentekencamerahandhaving"));
        Assert.Contains(DutchText.Stem("handhaving"), Terms("Kentekencamerahandhaving"));
        Assert.Equal(["scanauto", DutchText.Stem("kentekenherkenning")], Terms("scanauto's"));
        Assert.Equal(["scanauto", DutchText.Stem("kentekenherkenning"), "scan", "auto"], Terms("scanauto's", DutchText.Lexicon.For(snowball: true, compounds: true)));
    }

    private static List<string> Terms(string text, DutchText.Lexicon? lexicon = null) => Terms(text, out _, lexicon);

    private static List<string> Terms(string text, out DutchText.Counts counts, DutchText.Lexicon? lexicon = null)
    {
        var terms = new List<string>();
        counts = default;
        DutchText.Analyze(text, terms, ref counts, new DutchText.Cache(lexicon));
        return terms;
    }
}
