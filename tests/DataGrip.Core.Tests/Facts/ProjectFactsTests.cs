using DataGrip.Core.Facts;
using DataGrip.Core.Model;
using DataGrip.Core.Risk;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Facts;

/// <summary>The shared facts: what each one is, and which field decides it.</summary>
public sealed class ProjectFactsTests
{
    private static DataProject WithSources(params DataSource[] sources) => Samples.Project("a") with { Data = new DataProfile { Sources = [.. sources] } };

    [Fact]
    public void PersonalData_YesNoOrUnknown_WithTheFieldThatDecides()
    {
        var categories = new ProjectFacts(WithSources(
            new DataSource { Title = "BAG", PersonalData = PersonalDataLevel.None },
            new DataSource { Title = "Meldingen", PersonalData = PersonalDataLevel.None, Categories = new DataCategories { Ordinary = ["naam"] } }));
        var level = new ProjectFacts(WithSources(new DataSource { Title = "x" }, new DataSource { Title = "BRP", PersonalData = PersonalDataLevel.Identified }));
        var none = new ProjectFacts(WithSources(new DataSource { Title = "BAG", PersonalData = PersonalDataLevel.None }));
        var unknown = new ProjectFacts(WithSources(new DataSource { Title = "BAG", PersonalData = PersonalDataLevel.None }, new DataSource { Title = "x" }));

        Assert.True(categories.PersonalData);
        Assert.Equal("/data/sources/1/categories", categories.PersonalDataPointer);
        Assert.True(level.PersonalData);
        Assert.Equal("/data/sources/1/personalData", level.PersonalDataPointer);
        Assert.False(none.PersonalData);
        Assert.Equal("/data/sources", none.PersonalDataPointer);
        Assert.Null(unknown.PersonalData);
        Assert.Equal("/data/sources/1/personalData", unknown.PersonalDataPointer);
    }

    [Theory]
    [InlineData(null, (int)PhaseGroup.Unknown)]
    [InlineData(Phase.Idea, (int)PhaseGroup.BeforePilot)]
    [InlineData(Phase.Development, (int)PhaseGroup.BeforePilot)]
    [InlineData(Phase.Pilot, (int)PhaseGroup.InPilot)]
    [InlineData(Phase.Evaluation, (int)PhaseGroup.InPilot)]
    [InlineData(Phase.Production, (int)PhaseGroup.InUse)]
    [InlineData(Phase.Scaling, (int)PhaseGroup.InUse)]
    [InlineData(Phase.Ended, (int)PhaseGroup.Ended)]
    public void PhaseGroups(Phase? phase, int group) => Assert.Equal((PhaseGroup)group, ProjectFacts.PhaseGroupOf(phase));

    [Theory]
    [InlineData(PublicationCategory.ImpactfulAlgorithm, false, true)]   // registered B: impactful whatever is derived
    [InlineData(PublicationCategory.OtherAlgorithm, true, true)]        // registered C, legal effects: the stricter B
    [InlineData(PublicationCategory.OtherAlgorithm, null, true)]        // registered C, in doubt: milder than the derived B
    [InlineData(null, true, true)]                                      // none registered, a trigger holds
    [InlineData(null, null, null)]                                      // none registered, only in doubt: unknown
    [InlineData(PublicationCategory.OtherAlgorithm, false, false)]      // C and C
    public void Impactful_IsTheStricterOfRegisteredAndDerived(PublicationCategory? registered, bool? legalEffects, bool? impactful)
    {
        var project = Samples.Project("a") with
        {
            Oversight = new Oversight { LegalEffects = legalEffects },
            Risk = new RiskProfile
            {
                PublicationCategory = registered,
                AiAct = new AiActProfile { SystemType = AiSystemType.NotAnAiSystem },
                Factors = new RiskFactors { ClassifiesOrContactsPeople = false, JudgedImpactful = false, Profiling = false },
            },
        };
        var facts = new ProjectFacts(project);

        PublicationCategoryRules.EnsureDerived(facts);

        Assert.Equal(impactful, facts.Impactful);
        Assert.False(facts.AiSystem);
    }
}
