using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGrip.Core.Interop;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DataGrip.Core.Tests.Reliability;

/// <summary>
/// Nothing marked internal leaves through any output a person outside the organisation sees: generated projects get
/// marked values (each holding <see cref="Marker"/>) in a random choice of fields, and every output is searched for them.
/// </summary>
public sealed class LeakProperties
{
    /// <summary>No generated text holds these letters; every marked value does.</summary>
    internal const string Marker = "zqxgeheim";

    private static readonly OverlapDetector Detector = new(new OverlapOptions { Threshold = 0.01, MaxPairsPerProject = 50 });

    /// <summary>The fields that can be marked internal: the pointer, and how to put a marked value there.</summary>
    private static readonly (string Pointer, Func<DataProject, string, DataProject> Mark)[] Fields =
    [
        ("/shortDescription", (p, v) => p with { ShortDescription = v }),
        ("/description", (p, v) => p with { Description = v }),
        ("/department", (p, v) => p with { Department = v }),
        ("/contact", (p, v) => p with { Contact = v + "@utrecht.nl" }),
        ("/purpose/goalAndImpact", (p, v) => p with { Purpose = (p.Purpose ?? new Purpose()) with { GoalAndImpact = v } }),
        ("/purpose/problemStatement", (p, v) => p with { Purpose = (p.Purpose ?? new Purpose()) with { ProblemStatement = v } }),
        ("/data/sources", (p, v) => p with { Data = (p.Data ?? new DataProfile()) with { Sources = [new DataSource { Title = v }] } }),
        ("/suppliers/0/name", (p, v) => p with { Suppliers = [new Supplier { Name = v, Product = "Kentekenscanner" }] }),
        ("/suppliers/0/product", (p, v) => p with { Suppliers = [new Supplier { Name = "Leverancier", Product = v }] }),
        ("/legal/references", (p, v) => p with { Legal = (p.Legal ?? new LegalBasis()) with { References = [new LegalReference { Title = v }] } }),
        ("/legal/lawfulBasis", (p, v) => p with { Legal = (p.Legal ?? new LegalBasis()) with { LawfulBasis = v } }),
        ("/technique/methodsAndModels", (p, v) => p with { Technique = (p.Technique ?? new Technique()) with { MethodsAndModels = v } }),
        ("/oversight/humanIntervention", (p, v) => p with { Oversight = (p.Oversight ?? new Oversight()) with { HumanIntervention = v } }),
        ("/risk/risks", (p, v) => p with { Risk = (p.Risk ?? new RiskProfile()) with { Risks = [new IdentifiedRisk { Name = v, Mitigation = v }] } }),
        ("/tags", (p, v) => p with { Tags = [v] }),
    ];

    /// <summary>A project with some fields holding marked values, marked internal; roles with names and e-mails, which are not public by default.</summary>
    internal static Gen<DataProject> Marked(string id) =>
        from project in Generators.Project(id, [])
        from chosen in Gen.SubListOf(Enumerable.Range(0, Fields.Length).ToArray())
        from words in Gen.Elements("slimme parkeerscan", "schuldsignaal", "afvalroute voorspelling", "bijstandscontrole").ArrayOf(chosen.Count)
        select Mark(project, chosen, words);

    private static DataProject Mark(DataProject project, IReadOnlyList<int> chosen, string[] words)
    {
        var visibility = ImmutableDictionary<string, FieldVisibility>.Empty;
        for (var k = 0; k < chosen.Count; k++)
        {
            var (pointer, mark) = Fields[chosen[k]];
            project = mark(project, $"{words[k]} {Marker}{(char)('a' + chosen[k])}");
            visibility = visibility.SetItem(pointer, FieldVisibility.Internal);
        }

        var roles = ImmutableArray.Create(new Role { Kind = RoleKind.ProductOwner, Name = Marker + "naam", Email = Marker + "@utrecht.nl" });
        return project with
        {
            Roles = roles,
            Suppliers = project.Suppliers.Select(s => s with { ContractReference = Marker + "contract" }).ToImmutableArray(),
            Record = (project.Record ?? new RecordInfo()) with { Visibility = visibility },
        };
    }

    private static void AssertNoMarker(string output, string what) =>
        Assert.True(output.IndexOf(Marker, StringComparison.OrdinalIgnoreCase) < 0, $"{what} leaks a value marked internal:\n{output}");

    [Property(MaxTest = 500)]
    public Property PublicExport_HoldsNoInternalValue() => Prop.ForAll(Marked("a").ToArbitrary(), project =>
    {
        AssertNoMarker(DataGripJson.WriteExport(Samples.Export(project), JsonWriteOptions.Public), "The public export");
        AssertNoMarker(DataGripJson.WriteProject(project, JsonWriteOptions.Public), "The public project");
    });

    [Property(MaxTest = 500)]
    public Property RegisterPayload_HoldsNoInternalValue() => Prop.ForAll(Marked("a").ToArbitrary(), project =>
    {
        var payload = new AlgoritmeregisterExporter().Export(project);
        AssertNoMarker(payload.Json, "The register payload");
    });

    [Property(MaxTest = 300)]
    public Property OverlapExplanations_NameNoInternalValue_ButCountThem() => Prop.ForAll(
        (from a in Marked("a") from b in Marked("b") select (a, b)).ToArbitrary(),
        pair =>
        {
            // The second project shares the first's marked values, so every one of them is shared by the pair (and its
            // department, which the explanation of the kind may name, so that its visibility is the first's too).
            var (first, other) = pair;
            var second = other with
            {
                ShortDescription = first.ShortDescription, Purpose = first.Purpose, Data = first.Data, Suppliers = first.Suppliers, Department = first.Department,
                Legal = first.Legal, Technique = first.Technique, Record = first.Record,
            };
            var result = Detector.FindPairs([first, second]);
            foreach (var found in result.Pairs)
            {
                AssertNoMarker(found.ExplanationDutch, "A Dutch overlap explanation");
                AssertNoMarker(found.ExplanationEnglish, "An English overlap explanation");
                AssertNoMarker(string.Join("|", found.Contributions.SelectMany(c => c.Shared)), "The shared features of a pair");
            }

            var marksShared = first.Record!.Visibility.Keys.Any(k => k is "/data/sources" or "/suppliers/0/name" or "/legal/references");
            return !marksShared || result.Pairs.IsEmpty || result.Pairs[0].Contributions.Any(c => c.SharedInternal > 0);
        });

    [Fact]
    public void OverlapExplanation_SaysWhatIsInternal_InWordsAndCounts()
    {
        var secret = Samples.Project("a") with
        {
            Data = new DataProfile { Sources = [new DataSource { Title = "Geheime bron " + Marker }, new DataSource { Title = "BRP" }] },
            Record = new RecordInfo { Visibility = ImmutableDictionary<string, FieldVisibility>.Empty.Add("/data/sources/0", FieldVisibility.Internal) },
        };
        var open = secret with { Id = "b", Record = null };

        var pair = Assert.Single(Detector.FindPairs([secret, open]).Pairs);

        var data = pair.Contributions.Single(c => c.Signal == OverlapSignal.Data);
        Assert.Equal(1, data.SharedInternal);
        Assert.Contains("beide gebruiken BRP en 1 gegevensbron die als intern is gemarkeerd", pair.ExplanationDutch, StringComparison.Ordinal);
        Assert.Contains("both use BRP and 1 data source marked internal", pair.ExplanationEnglish, StringComparison.Ordinal);
    }
}
