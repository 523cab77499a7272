using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using DataGrip.Core.Risk;

namespace DataGrip.Core.Tests.Risk;

public sealed class RiskMessagesTests
{
    private static readonly string[] Codes = typeof(RiskCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .Concat(RiskAssessor.Factors.Select(f => f.Code))
        .ToArray();

    [Fact]
    public void Codes_AreUniqueAndWellFormed()
    {
        Assert.Equal(Codes.Length, Codes.Distinct().Count());
        Assert.All(Codes, code => Assert.Matches("^DG-R\\d{3}$", code));
    }

    [Fact]
    public void EveryCode_HasAnEnglishAndADutchMessage_WithTheSamePlaceholders()
    {
        Assert.Equal(Codes.OrderBy(c => c), RiskMessages.Templates.Keys.OrderBy(c => c));
        foreach (var (code, template) in RiskMessages.Templates)
        {
            Assert.False(string.IsNullOrWhiteSpace(template.English));
            Assert.NotEqual(template.English, template.Dutch);
            Assert.True(
                Placeholders(template.English).SequenceEqual(Placeholders(template.Dutch)),
                $"{code}: '{template.English}' and '{template.Dutch}' use different placeholders.");
        }
    }

    [Fact]
    public void FactorWeights_AreTheDocumentedOnes()
    {
        Assert.Equal(45, RiskAssessor.Factors.Where(f => !f.IsMitigation).Sum(f => f.MaxPoints));
        Assert.Equal(18, RiskAssessor.Factors.Where(f => f.IsMitigation).Sum(f => f.MaxPoints));
        Assert.All(RiskAssessor.Factors, f => Assert.StartsWith("/", f.Pointer, System.StringComparison.Ordinal));
    }

    [Fact]
    public void EveryReasonOfTheFixtures_MakesAFindingInBothLanguages()
    {
        foreach (var project in new[] { RiskFixtures.BenefitsFraud(), RiskFixtures.ParkingPermit(), RiskFixtures.Chatbot(), RiskFixtures.OpenDataDashboard(), RiskFixtures.EmployeeMonitoring() })
        {
            foreach (var finding in RiskFixtures.Assessor.Assess(project).Explain())
            {
                Assert.DoesNotContain("{", finding.MessageEnglish, System.StringComparison.Ordinal);
                Assert.DoesNotContain("{", finding.MessageDutch, System.StringComparison.Ordinal);
            }
        }
    }

    private static string[] Placeholders(string template) =>
        Regex.Matches(template, "\\{(\\w+)\\}").Select(m => m.Groups[1].Value).OrderBy(n => n).ToArray();
}
