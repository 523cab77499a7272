using System.Linq;
using DataGrip.Core.Completeness;
using DataGrip.Core.Model;
using static DataGrip.Core.Tests.Completeness.CompletenessFixtures;

namespace DataGrip.Core.Tests.Completeness;

public sealed class PublishabilityTests
{
    [Fact]
    public void CompleteProject_IsPublishable_AndHasEveryAlwaysShownField()
    {
        var result = RegisterPublishability.Check(Complete());

        Assert.True(result.IsPublishable, string.Join("\n", result.Findings));
        Assert.True(result.AllAlwaysShownFieldsFilled);
    }

    [Fact]
    public void SparseProject_ListsEveryMissingRequiredField()
    {
        var result = RegisterPublishability.Check(Sparse());

        Assert.False(result.IsPublishable);
        Assert.False(result.AllAlwaysShownFieldsFilled);
        Assert.Equal(["DG-P002", "DG-P004", "DG-P005", "DG-P006", "DG-P007"], result.Findings.Select(f => f.Code));
        Assert.Equal("/shortDescription", result.Findings[0].Pointer);
    }

    [Fact]
    public void TooLongForTheRegister_IsReportedWithTheLength()
    {
        var result = RegisterPublishability.Check(Complete() with { ShortDescription = new string('a', 401) });

        var finding = Assert.Single(result.Findings);
        Assert.Equal("DG-P002", finding.Code);
        Assert.Contains("401", finding.MessageEnglish, System.StringComparison.Ordinal);
    }

    [Fact]
    public void OneEmptyAlwaysShownField_ClearsTheFlag_ButNotPublishability()
    {
        var result = RegisterPublishability.Check(Complete() with { Oversight = Complete().Oversight! with { HumanIntervention = "n.v.t." } });

        Assert.True(result.IsPublishable);
        Assert.False(result.AllAlwaysShownFieldsFilled);
    }

    [Fact]
    public void TheDataDescribedInWords_FillsTheAlwaysShownDataField()
    {
        var described = RegisterPublishability.Check(Complete() with { Data = new DataProfile { Description = "Kentekens uit de scanauto en de parkeerrechten." } });
        var neither = RegisterPublishability.Check(Complete() with { Data = new DataProfile() });

        Assert.True(described.AllAlwaysShownFieldsFilled);
        Assert.False(neither.AllAlwaysShownFieldsFilled);
    }
}
