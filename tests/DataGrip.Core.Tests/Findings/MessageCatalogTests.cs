using System;
using System.Collections.Generic;
using System.Globalization;
using DataGrip.Core.Model;

namespace DataGrip.Core.Tests.Findings;

public sealed class MessageCatalogTests
{
    private static readonly CultureInfo Dutch = new("nl-NL");
    private static readonly CultureInfo German = new("de-DE");

    private static Finding Missing() => Messages.Create(SchemaCodes.RequiredPropertyMissing, "/projects/0/name", null, null, ("Property", "name"));

    [Fact]
    public void AVendor_ReplacesOneDutchMessage_AndTheRestStays()
    {
        var catalog = MessageCatalog.Default.With("nl", SchemaCodes.RequiredPropertyMissing, "Vul '{Property}' in; dat veld is verplicht.");
        var other = Messages.Create(SchemaCodes.TextTooLong, "/projects/0/name", null, null, ("Length", 120), ("MaxLength", 100));

        Assert.Equal("Vul 'name' in; dat veld is verplicht.", Missing().GetMessage(Dutch, catalog));
        Assert.Equal(other.MessageDutch, other.GetMessage(Dutch, catalog));
        Assert.Equal(Missing().MessageEnglish, Missing().GetMessage(CultureInfo.InvariantCulture, catalog));
        Assert.Equal(Missing().MessageDutch, Missing().GetMessage(Dutch, MessageCatalog.Default)); // the default is unchanged
    }

    [Fact]
    public void AVendor_AddsGerman_ForOneCode_AndOtherCodesFallBackToEnglish()
    {
        var catalog = MessageCatalog.Default.With("de", SchemaCodes.RequiredPropertyMissing, "Die Pflichtangabe '{Property}' fehlt.");
        var other = Messages.Create(SchemaCodes.TextTooLong, "/projects/0/name", null, null, ("Length", 120), ("MaxLength", 100));

        Assert.Equal("Die Pflichtangabe 'name' fehlt.", Missing().GetMessage(German, catalog));
        Assert.Equal("Die Pflichtangabe 'name' fehlt.", Missing().GetMessage(new CultureInfo("de-AT"), catalog));
        Assert.Equal(other.MessageEnglish, other.GetMessage(German, catalog));
        Assert.Equal(Missing().MessageEnglish, Missing().GetMessage(German));
        Assert.Contains("de", catalog.Languages);
        Assert.DoesNotContain("de", MessageCatalog.Default.Languages);
    }

    [Fact]
    public void AGermanTemplate_UsesGermanTermsAndNumbers_AndEnglishTermsWhereItHasNone()
    {
        var wrongType = Messages.Create(SchemaCodes.WrongType, "/projects/0/name", null, null, ("Expected", "text"));
        var catalog = MessageCatalog.Default.With("de", SchemaCodes.WrongType, "Falscher Typ: erwartet wurde {Expected:schema}.");

        Assert.Equal("Falscher Typ: erwartet wurde text.", wrongType.GetMessage(German, catalog));
        Assert.Equal("Falscher Typ: erwartet wurde Text.", wrongType.GetMessage(German, catalog.With("de", "schema:text", "Text")));
        Assert.Equal("0,95", MessageCatalog.Default.With("de", "x", "{N:number}").Format("x", new Dictionary<string, string> { ["N"] = "0.95" }, German));
    }

    [Fact]
    public void ACustomIndicatorsCode_CanGetMessages_AndOtherwiseKeepsItsOwn()
    {
        var own = new Finding { Code = "GM0344-001", Severity = Severity.Warning, Pointer = "/x", MessageEnglish = "Own words.", MessageDutch = "Eigen woorden." };

        Assert.Equal("Eigen woorden.", own.GetMessage(Dutch, MessageCatalog.Default));
        Assert.Equal("Own words.", own.GetMessage(German, MessageCatalog.Default));
        Assert.Equal("Eigene Worte.", own.GetMessage(German, MessageCatalog.Default.With("de", "GM0344-001", "Eigene Worte.")));
    }

    [Fact]
    public void ATemplate_ThatNamesAnUnknownPlaceholder_IsRefusedWhenAdded()
    {
        var ex = Assert.Throws<ArgumentException>(() => MessageCatalog.Default.With("nl", SchemaCodes.RequiredPropertyMissing, "'{Field}' ontbreekt."));

        Assert.Contains("Property", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => MessageCatalog.Default.With(" ", SchemaCodes.RequiredPropertyMissing, "x"));
        Assert.Throws<ArgumentException>(() => MessageCatalog.Default.With("nl", SchemaCodes.RequiredPropertyMissing, ""));
    }

    [Fact]
    public void Labels_GoThroughTheCatalogToo()
    {
        var catalog = MessageCatalog.Default.With("de", Labels.Key(Phase.Pilot), "Pilotphase");

        Assert.Equal("Pilotphase", Labels.Get(Phase.Pilot, German, catalog));
        Assert.Equal("production", Labels.Get(Phase.Production, German, catalog));
        Assert.Equal("productie", Labels.Get(Phase.Production, Dutch, catalog));
        Assert.Equal("label:Phase.Pilot", Labels.Key(Phase.Pilot));
    }

    [Fact]
    public void Keys_ListTheLibrarysMessagesAndTerms()
    {
        Assert.Contains(SchemaCodes.MalformedJson, MessageCatalog.Keys);
        Assert.Contains("DG-C001.tooLong", MessageCatalog.Keys);
        Assert.Contains("risk:assumed", MessageCatalog.Keys);
        Assert.Contains("label:Severity.Error", MessageCatalog.Keys);
        Assert.True(MessageCatalog.Default.TryGetTemplate("nl", "risk:assumed", out var words));
        Assert.Equal("aangenomen", words);
    }
}
