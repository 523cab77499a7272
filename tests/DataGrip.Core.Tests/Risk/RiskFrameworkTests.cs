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
            "/frameworkVersion: Version '2.0' is not supported; this library reads version 1.0",
            "/maxImpactLevelWithoutCouncilDecision: 'V' is not an allowed value; allowed are: I, II, III, IV",
            "/excluded/aiActClasses/0: 'forbidden' is not an allowed value; allowed are: outOfScope, notAnAiSystem, minimal, transparency, highRisk, prohibited, generalPurposeModel",
            "/excluded/criminalData: The value has the wrong type: expected true or false",
            "/requiredAssessments/5: '5' is not an allowed value; allowed are: I, II, III, IV",
            "/requiredAssessments/III/1: The list breaks a rule: the items must be unique",
            "/noPredictiveProfilingThemes: The value has the wrong type: expected a list",
            "/councilDecisionAbove: The property 'councilDecisionAbove' is not allowed here; allowed are: frameworkVersion, name,",
            "/name: The required property 'name' is missing",
        })
        {
            Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("", "(root) (line 1, byte 1): The document is not valid JSON: there is no JSON value in it")]
    [InlineData("[", "(root) (line 1, byte 2): The document is not valid JSON: the document ends unexpectedly (cut off?)")]
    [InlineData("[]", "(root): The value has the wrong type: expected an object")]
    [InlineData("{\"frameworkVersion\":\"1.0\",\"name\":\"x\",\"maxImpactLevelWithoutCouncilDecision\":\"II\",\"name\":\"y\"}", "/name: The property 'name' appears more than once in the same object; keep one")]
    [InlineData("{\"frameworkVersion\":\"1.0\",\"name\":\"x\",\"maxImpactLevelWithoutCouncilDecision\":2}", "/maxImpactLevelWithoutCouncilDecision: The value has the wrong type: expected text")]
    [InlineData("{\"frameworkVersion\":\"1.0\",\"name\":\"x\",\"maxImpactLevelWithoutCouncilDecision\":\"II\",\"humanFinalDecisionFromLevel\":null}", "/humanFinalDecisionFromLevel: The value has the wrong type: expected text")]
    public void Load_BadInput_GivesASpecificError(string json, string expected)
    {
        var ex = Assert.Throws<InvalidDataException>(() => RiskFramework.Load(json));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidFile_GivesAFindingPerProblem_InDutchAndEnglish()
    {
        var read = RiskFramework.Read(File.ReadAllText(Repository.PathOf("samples/data/frameworks/invalid.json")));

        Assert.False(read.Success);
        Assert.Equal(
            [
                ("DG-S006", "/frameworkVersion"), ("DG-S012", "/maxImpactLevelWithoutCouncilDecision"), ("DG-S012", "/excluded/aiActClasses/0"),
                ("DG-S011", "/excluded/criminalData"), ("DG-S012", "/requiredAssessments/5"), ("DG-S017", "/requiredAssessments/III/1"),
                ("DG-S011", "/noPredictiveProfilingThemes"), ("DG-S016", "/councilDecisionAbove"), ("DG-S010", "/name"),
            ],
            read.Findings.Select(f => (f.Code, f.Pointer)));
        Assert.All(read.Findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Contains(read.Findings, f => f.MessageDutch == "Versie '2.0' wordt niet ondersteund; deze bibliotheek leest versie 1.0.");
        Assert.Contains(read.Findings, f => f.MessageDutch == "De verplichte eigenschap 'name' ontbreekt.");
        Assert.Contains(read.Findings, f => f.MessageDutch == "De lijst voldoet niet aan een regel: de onderdelen moeten verschillend zijn.");
        Assert.True(RiskFramework.Read(File.ReadAllText(Repository.PathOf("samples/data/frameworks/strict.json"))).Success);
    }

    [Fact]
    public void Read_MemberRepeatedInANestedObject_IsAProblem_NotSilentlyTheLastOne()
    {
        var read = RiskFramework.Read("""{"frameworkVersion": "1.0", "name": "x", "maxImpactLevelWithoutCouncilDecision": "II", "excluded": {"criminalData": true, "criminalData": false}, "requiredAssessments": {"III": ["dpia"], "III": []}}""");

        Assert.Equal([("DG-S018", "/excluded/criminalData"), ("DG-S018", "/requiredAssessments/III")], read.Findings.Select(f => (f.Code, f.Pointer)));
        Assert.Equal("De eigenschap 'criminalData' komt meer dan eens voor in hetzelfde object; houd er één.", read.Findings[0].MessageDutch);
    }

    [Fact]
    public void Read_TooLargeOrNotText_SaysSoInDutch()
    {
        var huge = RiskFramework.Read(new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', 2_000_000))));
        var bad = RiskFramework.Read(new MemoryStream([0x7B, 0xC3, 0x28, 0x7D]));

        Assert.Equal("Het document is groter dan het maximum van 1048576 bytes voor een risicokader.", Assert.Single(huge.Findings).MessageDutch);
        Assert.Equal("DG-S005", Assert.Single(bad.Findings).Code);
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
