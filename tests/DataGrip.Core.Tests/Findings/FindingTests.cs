using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;

namespace DataGrip.Core.Tests.Findings;

/// <summary>A finding the library makes writes its messages when they are read; what a reader sees and equality do not change.</summary>
public sealed class FindingTests
{
    private static Finding TooLong(int length, int max) =>
        Messages.Create(SchemaCodes.TextTooLong, "/projects/0/name", 3, 7, ("Length", length), ("MaxLength", max));

    /// <summary>The same finding with its messages given as text, as a caller (a custom indicator) makes one.</summary>
    private static Finding AsText(Finding finding) => new()
    {
        Code = finding.Code,
        MessageKey = finding.MessageKey,
        Severity = finding.Severity,
        Pointer = finding.Pointer,
        Line = finding.Line,
        Column = finding.Column,
        MessageEnglish = finding.MessageEnglish,
        MessageDutch = finding.MessageDutch,
        Arguments = new Dictionary<string, string>(finding.Arguments),
    };

    [Fact]
    public void AFinding_WritesItsMessagesFromItsArguments_InBothLanguages()
    {
        var finding = TooLong(120, 100);

        Assert.Equal("The text is 120 characters long; at most 100 are allowed.", finding.MessageEnglish);
        Assert.Equal("De tekst is 120 tekens lang; ten hoogste 100 zijn toegestaan.", finding.MessageDutch);
        Assert.Equal(finding.MessageDutch, finding.GetMessage(new System.Globalization.CultureInfo("nl-NL")));
        Assert.Equal("DG-S013 Error at /projects/0/name (line 3, column 7): " + finding.MessageEnglish, finding.ToString());
    }

    [Property(MaxTest = 200)]
    public bool Equality_DoesNotDependOnWhetherAMessageWasRead(int length, int max, bool read)
    {
        var a = TooLong(length, max);
        var b = TooLong(length, max);
        if (read)
        {
            _ = a.MessageEnglish + a.MessageDutch;
        }

        return a.Equals(b) && b.Equals(a) && a == b && a.GetHashCode() == b.GetHashCode();
    }

    [Property(MaxTest = 200)]
    public bool AFindingWrittenWhenRead_EqualsTheSameFindingWithItsTextsGiven(int length, int max)
    {
        var lazy = TooLong(length, max);
        var text = AsText(TooLong(length, max));

        return lazy.Equals(text) && text.Equals(lazy) && lazy.GetHashCode() == text.GetHashCode();
    }

    [Property(MaxTest = 200)]
    public bool FindingsThatDifferInAnArgument_AreNotEqual(int length, int max, int other)
    {
        return other == length || (!TooLong(length, max).Equals(TooLong(other, max)) && !TooLong(length, max).Equals(AsText(TooLong(other, max))));
    }

    [Fact]
    public void ACopy_WithOtherArguments_KeepsItsMessages_AndACopyWithOneText_ChangesThatOnly()
    {
        var finding = TooLong(120, 100);

        var otherArguments = finding with { Arguments = new Dictionary<string, string> { ["Length"] = "5", ["MaxLength"] = "4" } };
        var otherEnglish = finding with { MessageEnglish = "Too long." };

        Assert.Equal(finding.MessageEnglish, otherArguments.MessageEnglish);
        Assert.Equal(finding.MessageDutch, otherArguments.MessageDutch);
        Assert.Equal("5", otherArguments.Arguments["Length"]);
        Assert.Equal("Too long.", otherEnglish.MessageEnglish);
        Assert.Equal(finding.MessageDutch, otherEnglish.MessageDutch);
        Assert.NotEqual(finding, otherEnglish);
        Assert.Equal(finding, finding with { Pointer = finding.Pointer });
    }

    [Fact]
    public void TheArguments_AreAReadOnlyDictionary_InTheOrderGiven_TheLastOfANameKept()
    {
        var arguments = Messages.Create(Messages.Templates[SchemaCodes.TextTooLong], SchemaCodes.TextTooLong, "/x", null, null, ("Length", 1), ("MaxLength", 2), ("Length", 3)).Arguments;

        Assert.Equal(2, arguments.Count);
        Assert.Equal(["Length", "MaxLength"], arguments.Keys.ToArray());
        Assert.Equal(["3", "2"], arguments.Values.ToArray());
        Assert.Equal("3", arguments["Length"]);
        Assert.True(arguments.ContainsKey("MaxLength"));
        Assert.False(arguments.TryGetValue("Value", out _));
        Assert.Throws<KeyNotFoundException>(() => arguments["Value"]);
        Assert.Throws<System.ArgumentNullException>(() => arguments.ContainsKey(null!));
        Assert.Empty(Messages.Create(SchemaCodes.EmptyDocument, string.Empty).Arguments);
    }

    [Fact]
    public void ACallersFinding_KeepsItsOwnTexts()
    {
        var own = new Finding { Code = "GM0344-001", Severity = Severity.Warning, Pointer = "/x", MessageEnglish = "Own words.", MessageDutch = "Eigen woorden." };

        Assert.Equal("Own words.", own.MessageEnglish);
        Assert.Equal("Eigen woorden.", own.MessageDutch);
        Assert.Empty(own.Arguments);
        Assert.Equal(own, own with { });
    }
}
