using System;
using DataGrip.Core.Model;
using DataGrip.Core.Risk;
using Microsoft.Extensions.DependencyInjection;

namespace DataGrip.Core.Tests.DependencyInjection;

public sealed class AddDataGripRiskTests
{
    [Fact]
    public void AddDataGrip_RegistersOneRiskAssessor_WithTheConfiguredFramework()
    {
        var strict = RiskFramework.Default with { Name = "Strikt", MaxLevelWithoutCouncilDecision = ImpactLevel.I };
        using var provider = new ServiceCollection()
            .AddDataGrip(o => o with { Risk = new RiskOptions { Framework = strict } })
            .BuildServiceProvider();

        var assessor = provider.GetRequiredService<RiskAssessor>();

        Assert.Same(assessor, provider.GetRequiredService<RiskAssessor>());
        Assert.Same(strict, assessor.Options.Framework);
        var dashboard = Risk.RiskFixtures.ParkingPermit();
        var result = assessor.Assess(dashboard);
        Assert.True(result.Impact.Level > ImpactLevel.I, $"level {result.Impact.Level}");
        Assert.Contains(result.Reasons, r => r.Code == RiskCodes.CouncilDecisionRequired && r.Detail == "I");
    }

    [Fact]
    public void AddDataGrip_NullFramework_FailsAtRegistration()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddDataGrip(o => o with { Risk = new RiskOptions { Framework = null! } }));

        Assert.Contains("Framework must not be null", ex.Message, StringComparison.Ordinal);
    }
}
