using System;
using System.Globalization;
using System.Linq;
using DataGrip.Core.Model;
using DataGrip.Core.Risk;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Findings;

public sealed class LabelsTests
{
    private static readonly CultureInfo Dutch = new("nl-NL");
    private static readonly CultureInfo English = new("en-GB");

    public static TheoryData<Type> EnumTypes() => [.. Labels.Enums];

    [Fact]
    public void EveryPublicEnum_HasLabels()
    {
        var enums = typeof(Finding).Assembly.GetExportedTypes().Where(t => t.IsEnum).OrderBy(t => t.Name).ToList();

        Assert.Equal(enums.Select(t => t.FullName), Labels.Enums.OrderBy(t => t.Name).Select(t => t.FullName));
    }

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void EveryValue_HasADutchAndAnEnglishLabel_InItsLanguage(Type type)
    {
        foreach (Enum value in Enum.GetValues(type))
        {
            if (type.IsDefined(typeof(FlagsAttribute), false) && Convert.ToUInt64(value, CultureInfo.InvariantCulture) is var bits && bits != 0 && (bits & (bits - 1)) != 0)
            {
                continue; // a named combination of flags
            }

            var dutch = Labels.Get(value, Dutch);
            var english = Labels.Get(value, English);

            Assert.False(string.IsNullOrWhiteSpace(dutch), $"{type.Name}.{value} has no Dutch label.");
            Assert.False(string.IsNullOrWhiteSpace(english), $"{type.Name}.{value} has no English label.");
            Assert.True(Language.NotDutch(dutch).Count == 0, $"{type.Name}.{value}: '{dutch}' is not Dutch.");
            Assert.True(Language.NotEnglish(english).Count == 0, $"{type.Name}.{value}: '{english}' is not English.");
        }
    }

    [Fact]
    public void Get_SaysTheValueInTheCulturesLanguage()
    {
        Assert.Equal("hoog risico", Labels.Get(AiActClass.HighRisk, Dutch));
        Assert.Equal("high risk", Labels.Get(AiActClass.HighRisk, English));
        Assert.Equal("fout", Labels.Get(Severity.Error, new CultureInfo("nl-BE")));
        Assert.Equal("andere kwetsbare groepen", Labels.Get(DataSubjectGroup.OtherVulnerableGroups, Dutch));
        Assert.Equal("regelgebaseerd", Labels.Get(AlgorithmType.RuleBased, Dutch));
        Assert.Equal("impactniveau, DPIA", Labels.Get(RiskOutcomes.ImpactLevel | RiskOutcomes.Dpia, Dutch));
        Assert.Throws<ArgumentOutOfRangeException>(() => Labels.Get((Phase)99, Dutch));
    }
}
