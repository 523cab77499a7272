using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using DataGrip.Core.Model;
using DataGrip.Core.Risk;
using DataGrip.Core.Tests.Support;
using NJsonSchema;

namespace DataGrip.Core.Tests.Risk;

public sealed class RiskFrameworkTests
{
    private static readonly string SchemaPath = Repository.PathOf("schema/v1/datagrip-risk-framework.schema.json");

    [Fact]
    public void Default_IsConservative()
    {
        var framework = RiskFramework.Default;

        Assert.Equal(ImpactLevel.II, framework.MaxLevelWithoutCouncilDecision);
        Assert.Contains(AiActClass.Prohibited, framework.Excluded.AiActClasses);
        Assert.Contains(AiActClass.HighRisk, framework.CouncilDecision.AiActClasses);
        Assert.True(framework.CouncilDecision.CriminalData);
        Assert.Equal(9, framework.CouncilDecision.SpecialCategories.Length);
        Assert.Equal(new[] { AssessmentType.Dpia, AssessmentType.Iama }, framework.RequiredAssessments[ImpactLevel.III].ToArray());
        Assert.Equal(ImpactLevel.III, framework.HumanFinalDecisionFromLevel);
    }

    [Fact]
    public void TheSampleDefaultFile_IsTheEmbeddedDefault()
    {
        using var embedded = typeof(RiskFramework).Assembly.GetManifestResourceStream("DataGrip.Core.Risk.default-risk-framework.json")!;
        using var reader = new StreamReader(embedded);

        Assert.Equal(reader.ReadToEnd(), File.ReadAllText(Repository.PathOf("samples/data/frameworks/default.json")));
    }

    [Fact]
    public void Load_StrictSample_ReadsEveryClause()
    {
        var framework = RiskFramework.Load(File.ReadAllText(Repository.PathOf("samples/data/frameworks/strict.json")));

        Assert.Equal(ImpactLevel.I, framework.MaxLevelWithoutCouncilDecision);
        Assert.Equal(new[] { AiActClass.Prohibited, AiActClass.HighRisk }, framework.Excluded.AiActClasses.ToArray());
        Assert.Equal(new[] { AlgorithmType.GenerativeAi }, framework.Excluded.Techniques.ToArray());
        Assert.Equal(new[] { SensitiveCategory.Bsn, SensitiveCategory.Financial }, framework.CouncilDecision.SensitiveCategories.ToArray());
        Assert.Equal(3, framework.NoPredictiveProfilingThemes.Length);
        Assert.Equal(ImpactLevel.II, framework.HumanFinalDecisionFromLevel);
        Assert.Equal(4, framework.RequiredAssessments.Count);
    }

    [Fact]
    public void Load_InvalidFile_ListsEveryProblemWithItsPointer()
    {
        var ex = Assert.Throws<InvalidDataException>(() => RiskFramework.Load(File.ReadAllText(Repository.PathOf("samples/data/frameworks/invalid.json"))));

        Assert.StartsWith("Invalid risk framework: ", ex.Message, StringComparison.Ordinal);
        foreach (var expected in new[]
        {
            "/frameworkVersion: version '2.0' is not supported",
            "/maxImpactLevelWithoutCouncilDecision: 'V' is not an impact level",
            "/excluded/aiActClasses/0: 'forbidden' is not one of outOfScope, notAnAiSystem, minimal, transparency, highRisk, prohibited, generalPurposeModel",
            "/excluded/criminalData: must be true or false, not text",
            "/requiredAssessments/5: '5' is not an impact level",
            "/requiredAssessments/III/1: 'dpia' is listed twice",
            "/noPredictiveProfilingThemes: must be a list, not text",
            "/councilDecisionAbove: unknown member",
            "/name: is required",
        })
        {
            Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("[", "not valid JSON (line 1, byte 2): Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.")]
    [InlineData("[]", "(root): must be an object, not a list")]
    [InlineData("{\"frameworkVersion\":\"1.0\",\"name\":\"x\",\"maxImpactLevelWithoutCouncilDecision\":\"II\",\"name\":\"y\"}", "/name: appears twice")]
    [InlineData("{\"frameworkVersion\":\"1.0\",\"name\":\"x\",\"maxImpactLevelWithoutCouncilDecision\":2}", "must be text, not a number")]
    [InlineData("{\"frameworkVersion\":\"1.0\",\"name\":\"x\",\"maxImpactLevelWithoutCouncilDecision\":\"II\",\"humanFinalDecisionFromLevel\":null}", "/humanFinalDecisionFromLevel: must be text, not null")]
    public void Load_BadInput_GivesASpecificError(string json, string expected)
    {
        var ex = Assert.Throws<InvalidDataException>(() => RiskFramework.Load(json));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Stream_RejectsInvalidUtf8AndHugeFiles()
    {
        var bad = Assert.Throws<InvalidDataException>(() => RiskFramework.Load(new MemoryStream([0x7B, 0xC3, 0x28, 0x7D])));
        var huge = Assert.Throws<InvalidDataException>(() => RiskFramework.Load(new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', 2_000_000)))));

        Assert.Contains("not valid UTF-8", bad.Message, StringComparison.Ordinal);
        Assert.Contains("larger than", huge.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => RiskFramework.Load((Stream)null!));
    }

    [Theory]
    [InlineData("samples/data/frameworks/default.json", true)]
    [InlineData("samples/data/frameworks/strict.json", true)]
    [InlineData("samples/data/frameworks/invalid.json", false)]
    public async Task PublishedSchema_AgreesWithTheReader(string file, bool valid)
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        var json = File.ReadAllText(Repository.PathOf(file));

        Assert.Equal(valid, schema.Validate(json).Count == 0);
        var loaded = Record.Exception(() => RiskFramework.Load(json));
        Assert.Equal(valid, loaded is null);
    }

    [Fact]
    public async Task PublishedSchema_ListsExactlyTheEnumValuesTheReaderAccepts()
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        var limits = schema.Properties["excluded"].ActualSchema.Properties;

        Assert.Equal(WireNames<AiActClass>(), Enum(limits["aiActClasses"]));
        Assert.Equal(WireNames<SpecialCategory>(), Enum(limits["specialCategories"]));
        Assert.Equal(WireNames<SensitiveCategory>(), Enum(limits["sensitiveCategories"]));
        Assert.Equal(WireNames<AlgorithmType>(), Enum(limits["techniques"]));
        Assert.Equal(WireNames<Theme>(), Enum(schema.Properties["noPredictiveProfilingThemes"]));
        Assert.Equal(WireNames<AssessmentType>(), Enum(schema.Properties["requiredAssessments"].ActualSchema.Properties["III"]));

        static string[] Enum(JsonSchemaProperty property) => property.ActualSchema.Item!.ActualSchema.Enumeration.Select(e => (string)e!).ToArray();
    }

    private static string[] WireNames<T>()
        where T : struct, Enum => System.Enum.GetNames(typeof(T)).Select(n => char.ToLowerInvariant(n[0]) + n.Substring(1)).ToArray();
}
