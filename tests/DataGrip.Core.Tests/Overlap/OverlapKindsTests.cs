using System;
using System.Collections.Immutable;
using System.Linq;
using DataGrip.Core.Interop;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;

namespace DataGrip.Core.Tests.Overlap;

/// <summary>The edges of the kind rule (<see cref="OverlapKinds"/>, docs/overlap.md "Kinds") and its words in both languages.</summary>
public sealed class OverlapKindsTests
{
    private static readonly OverlapDetector Detector = new();

    private static DataProject Project(string id, string name, string organization, string? code = null, string? department = null, params Supplier[] suppliers) => new()
    {
        Id = id,
        Name = name,
        ShortDescription = "Scanauto's lezen kentekens van geparkeerde auto's om te controleren of er betaald is.",
        Organization = new Organization { Name = organization, Code = code },
        Department = department,
        Suppliers = [.. suppliers],
    };

    private static DataProject Template(string id, string name, string supplier) =>
        Project(id, name, RowMapper.OrganizationToFillIn, suppliers: new Supplier { Name = supplier });

    private static Owner Owner(DataProject project) => OverlapKinds.Of(project)!;

    [Fact]
    public void ATemplate_IsItsSuppliers()
    {
        var octobox = Template("octobox", "Octobox Anonimiseren", "Octobox Nederland B.V.");
        var reseller = Template("docdirekt", "Anonimiseren met Octobox", "Octobox Nederland B.V.");
        var other = Template("xxllnc", "Anonimiseren", "Xxllnc");

        Assert.True(OverlapKinds.SameOrganization(Owner(octobox), Owner(reseller)));
        Assert.False(OverlapKinds.SameOrganization(Owner(octobox), Owner(other)));
        Assert.Equal(OverlapKind.ReuseOpportunity, Detector.Compare(octobox, other).Kind);
        Assert.StartsWith("Octobox Nederland B.V. and Xxllnc could reuse each other's work; ", Detector.Compare(octobox, other).ExplanationEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public void ATemplateWithoutASupplier_IsNobodys_AndTemplatesAreNotOneOrganisation()
    {
        var a = Project("a", "Meldingen openbare ruimte", RowMapper.OrganizationToFillIn);
        var b = Project("b", "Meldingen sorteren", RowMapper.OrganizationToFillIn);

        Assert.False(OverlapKinds.SameOrganization(Owner(a), Owner(b)));
        Assert.StartsWith("twee organisaties kunnen elkaars werk hergebruiken; ", Detector.Compare(a, b).ExplanationDutch, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_DecideWhenBothHaveOne_ElseTheNames()
    {
        var utrecht = Owner(Project("a", "x", "Gemeente Utrecht", "GM0344"));

        Assert.False(OverlapKinds.SameOrganization(utrecht, Owner(Project("b", "x", "Gemeente Utrecht", "GM0363"))));
        Assert.True(OverlapKinds.SameOrganization(utrecht, Owner(Project("c", "x", "Stad Utrecht", "gm0344 "))));
        Assert.True(OverlapKinds.SameOrganization(utrecht, Owner(Project("d", "x", "gemeente  UTRECHT"))));
        Assert.True(OverlapKinds.SameOrganization(utrecht, Owner(Template("e", "x", "Gemeente Utrecht"))));
        Assert.False(OverlapKinds.SameOrganization(utrecht, Owner(Project("f", "x", "Gemeente Utrechtse Heuvelrug"))));
        Assert.False(OverlapKinds.SameOrganization(null, null));
    }

    [Theory]
    [InlineData("Afvalbeleid-Milieupas", "Afvalbeleid Milieupas", "Stadsbedrijven", "Stadsbedrijven", 0.2, OverlapKind.Duplicate)] // the same name, whatever else
    [InlineData("Profiel Herinschrijvingen A", "Profiel Herinschrijvingen B", "RvIG", "RvIG", 0.97, OverlapKind.Overlap)] // one letter is another name; one department
    [InlineData("Smartcity geluidsherkenning", "Cyrb geluidsherkenning", "Bedrijfsvoering", "Stadsbeheer", 0.42, OverlapKind.Duplicate)] // two departments, from the threshold
    [InlineData("Meldingen sorteren", "Signalering vakantieverhuur", "Stadsbeheer", "Wonen", 0.2, OverlapKind.Overlap)] // two departments, below it
    [InlineData("Wmo-voorspelmodel", "Voorspelmodel Jeugdhulp", "OCW", "ocw", 0.9, OverlapKind.Overlap)] // one department, folded
    [InlineData("Dynamisch inzamelen afval", "Slimme routes afvalinzameling", "Stadsbedrijven", null, 0.30, OverlapKind.Duplicate)] // no two departments: the threshold, inclusive
    [InlineData("Woonbouwlocaties", "Dashboard woningbouwprognose", null, null, 0.2999, OverlapKind.Overlap)]
    public void OneOrganisation_TheNameThenOneDepartmentThenTheScore(string first, string second, string? firstDepartment, string? secondDepartment, double score, OverlapKind kind)
    {
        var a = Owner(Project("a", first, "Gemeente Utrecht", "GM0344", firstDepartment));
        var b = Owner(Project("b", second, "Gemeente Utrecht", "GM0344", secondDepartment));

        Assert.Equal(kind, OverlapKinds.Decide(a, b, score, sharesSupplier: true, OverlapOptions.Default.DuplicateThreshold).Kind);
    }

    [Theory]
    [InlineData(true, OverlapKind.SharedSupplier)]
    [InlineData(false, OverlapKind.ReuseOpportunity)]
    public void TwoOrganisations_ASharedSupplierOrReuse_WhateverTheScore(bool sharesSupplier, OverlapKind kind)
    {
        var a = Owner(Project("a", "Scanauto", "Gemeente Utrecht", "GM0344"));
        var b = Owner(Project("b", "Scanauto", "Gemeente Amsterdam", "GM0363"));

        Assert.Equal(kind, OverlapKinds.Decide(a, b, 1.0, sharesSupplier, OverlapOptions.Default.DuplicateThreshold).Kind);
    }

    [Fact]
    public void TheSameProductOfOneSupplier_IsASharedSupplier_InWords()
    {
        var scanPark = new Supplier { Name = "Straatscan Mobiliteit B.V.", Product = "ScanPark 5" };
        var pair = Detector.Compare(Project("a", "Scanauto parkeercontrole", "Gemeente Utrecht", "GM0344", null, scanPark), Project("b", "Parkeercontrole", "Gemeente Amsterdam", "GM0363", null, scanPark));

        Assert.Equal(OverlapKind.SharedSupplier, pair.Kind);
        Assert.StartsWith("Gemeente Utrecht en Gemeente Amsterdam gebruiken dezelfde leverancier; ", pair.ExplanationDutch, StringComparison.Ordinal);
        Assert.Contains("Straatscan Mobiliteit B.V. – ScanPark 5", pair.ExplanationEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public void ADepartmentMarkedInternal_IsCounted_NeverNamed()
    {
        var secret = Project("a", "Scanauto", "Gemeente Utrecht", "GM0344", "Afdeling Geheim") with
        {
            Record = new RecordInfo { Visibility = ImmutableDictionary<string, FieldVisibility>.Empty.Add("/department", FieldVisibility.Internal) },
        };
        var open = Project("b", "Scanauto parkeren", "Gemeente Utrecht", "GM0344", "Stadsbeheer");

        var pair = Detector.Compare(secret, open);

        Assert.Equal(OverlapKind.Duplicate, pair.Kind);
        Assert.StartsWith("two departments of Gemeente Utrecht may be doing the same; ", pair.ExplanationEnglish, StringComparison.Ordinal);
        Assert.DoesNotContain("Geheim", pair.ExplanationDutch, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryReason_HasItsWords_InBothLanguages()
    {
        var keys = OverlapMessages.Explanations.Keys.Where(k => k.StartsWith("overlap:kind.", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

        Assert.All(Enum.GetValues<KindReason>().Where(r => r != KindReason.None), r => Assert.Contains("overlap:kind." + r, keys));
        Assert.All(keys, k => Assert.True(
            Enum.TryParse<KindReason>(k["overlap:kind.".Length..].Replace("Unnamed", string.Empty, StringComparison.Ordinal), out _), k + " names no reason"));
        Assert.All(keys, k => Assert.False(string.IsNullOrWhiteSpace(OverlapMessages.Explanations[k].Dutch) || OverlapMessages.Explanations[k].Dutch == OverlapMessages.Explanations[k].English, k));
    }
}
