using System;
using System.Collections.Generic;
using System.Linq;
using DataGrip.Core.Overlap;
using FsCheck.Xunit;

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

    [Theory]
    [InlineData("toezicht", "handhaving")]
    [InlineData("Controle op de naleving", "handhaving")]
    [InlineData("detectie", "herkenning")]
    [InlineData("fijnstof", "luchtkwaliteit")]
    [InlineData("Luchtkwaliteitsmodel", "luchtkwaliteit")]
    [InlineData("Woonbouwlocaties", "woningbouw")]
    [InlineData("redaction", "anonimiseren")]
    public void ConceptGroups_MapTheWordsOfOneActivityToOneConcept(string text, string concept)
    {
        Assert.Contains(DutchText.Stem(concept), Terms(text));
        Assert.DoesNotContain(DutchText.Stem(concept), Terms(text, DutchText.Lexicon.For(snowball: true, compounds: false, concepts: false)));
    }

    [Theory]
    [InlineData("paspoort", "reisdocument")]
    [InlineData("Naheffingsaanslag", "sanctie")]
    [InlineData("wateroverlast", "water")]
    [InlineData("Key2Waarderen", "woz")]
    public void DomainVocabulary_IsReadOnlyWhenSwitchedOn(string text, string concept)
    {
        Assert.Contains(DutchText.Stem(concept), Terms(text, DutchText.Lexicon.For(snowball: true, compounds: false, concepts: true, domain: true)));
        Assert.DoesNotContain(DutchText.Stem(concept), Terms(text));
    }

    /// <summary>Features are numbered in <see cref="FeatureKey"/> order, which is the ordinal order of the strings that encoded them before ("0|kenteken"), so the numbering and every score stay the same.</summary>
    [Property(MaxTest = 500)]
    public void FeatureKeyOrder_IsTheOrdinalOrderOfSignalThenName(byte s1, string? n1, byte s2, string? n2)
    {
        var a = new FeatureKey((OverlapSignal)(s1 % 7), n1 ?? string.Empty);
        var b = new FeatureKey((OverlapSignal)(s2 % 7), n2 ?? string.Empty);
        var encoded = string.CompareOrdinal($"{(int)a.Signal}|{a.Name}", $"{(int)b.Signal}|{b.Name}");
        Assert.Equal(Math.Sign(encoded), Math.Sign(a.CompareTo(b)));
        Assert.Equal(encoded == 0, a.Equals(b));
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
