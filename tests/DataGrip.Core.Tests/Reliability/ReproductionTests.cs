using System;
using System.IO;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using DataGrip.Core.Completeness;
using DataGrip.Core.Interop;
using DataGrip.Core.Model;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Reliability;

/// <summary>The reproductions of the reliability issue, each named for what it proves.</summary>
public sealed class ReproductionTests
{
    private const string Project = "{\"id\":\"a\",\"name\":\"A\",\"organization\":{\"name\":\"Gemeente Utrecht\"}";
    private static readonly ExportValidator Validator = new();

    private static string Export(string projects) => "{\"schemaVersion\":\"1.0\",\"projects\":[" + projects + "]}";

    private static Finding ReadError(string json)
    {
        var result = DataGripJson.ReadExport(json);
        Assert.False(result.Success);
        var fromStream = DataGripJson.ReadExport(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(result.Findings.Select(f => f.ToString()), fromStream.Findings.Select(f => f.ToString()));
        return result.Findings.First(f => f.Severity == Severity.Error);
    }

    /// <summary>The reader's first error is also the validator's, at the same pointer and line.</summary>
    private static void ValidatorAgrees(string json, Finding read)
    {
        var report = Validator.Validate(json);
        Assert.False(report.IsValid);
        Assert.Contains(report.Findings, f => f.Code == read.Code && f.Pointer == read.Pointer && f.Line == read.Line);
    }

    [Fact]
    public void LoneSurrogateInVendorValue_IsInvalidUnicode_ForReaderAndValidator_NotAThrowOnWrite()
    {
        var json = Export(Project + ",\"x-a\":\"\\ud800\"}");

        var finding = ReadError(json);

        Assert.Equal(SchemaCodes.InvalidUnicode, finding.Code);
        Assert.Equal("/projects/0/x-a", finding.Pointer);
        ValidatorAgrees(json, finding);
    }

    [Fact]
    public void LoneSurrogateInModelText_IsInvalidUnicode_ForReaderAndValidator()
    {
        var json = Export(Project + ",\"description\":\"ab\\udc00cd\"}");

        var finding = ReadError(json);

        Assert.Equal(SchemaCodes.InvalidUnicode, finding.Code);
        Assert.Equal("/projects/0/description", finding.Pointer);
        ValidatorAgrees(json, finding);
    }

    [Fact]
    public void IntegerBeyond64Bits_InVendorField_IsReadAndValid()
    {
        var json = Export(Project + ",\"x-acme-ref\":123456789012345678901234567890,\"x-b\":1e400}");

        Assert.True(DataGripJson.ReadExport(json).Success);
        var report = Validator.Validate(json);
        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Findings));
    }

    [Fact]
    public void IntegerBeyond64Bits_AsPublisherCode_IsWrongType_ForReaderAndValidator()
    {
        var json = "{\"schemaVersion\":\"1.0\",\"publisher\":{\"name\":\"x\",\"code\":9223372036854775808},\"projects\":[]}";

        var finding = ReadError(json);

        Assert.Equal(SchemaCodes.WrongType, finding.Code);
        Assert.Equal("/publisher/code", finding.Pointer);
        Assert.Contains(Validator.Validate(json).Findings, f => f.Code == SchemaCodes.WrongType && f.Pointer == "/publisher/code");
    }

    [Fact]
    public void DecimalOutOfRange_IsTheSameFinding_ForReaderAndValidator_NotMalformedJson()
    {
        var json = Export(Project + ",\"purpose\":{\"societalGoals\":[{\"goal\":\"x\",\"kpis\":[{\"indicator\":\"x\",\"baseline\":1e+30}]}]}}");

        var finding = ReadError(json);

        Assert.Equal("/projects/0/purpose/societalGoals/0/kpis/0/baseline", finding.Pointer);
        Assert.DoesNotContain(Validator.Validate(json).Findings, f => f.Code == SchemaCodes.MalformedJson);
        ValidatorAgrees(json, finding);
    }

    [Theory]
    [InlineData("null", "/projects/0")]
    [InlineData(Project + ",\"roles\":[null]}", "/projects/0/roles/0")]
    [InlineData(Project + ",\"data\":{\"sources\":[null]}}", "/projects/0/data/sources/0")]
    [InlineData(Project + ",\"tags\":[null]}", "/projects/0/tags/0")]
    public void NullInAList_IsWrongType_NeverASuccess(string project, string pointer)
    {
        var json = Export(project);

        var finding = ReadError(json);

        Assert.Equal(SchemaCodes.WrongType, finding.Code);
        Assert.Equal(pointer, finding.Pointer);
        Assert.Equal(1, finding.Line);
        ValidatorAgrees(json, finding);
    }

    [Fact]
    public void MissingSchemaVersion_IsRequiredPropertyMissing_ForReaderAndValidator()
    {
        var json = "{\"projects\":[" + Project + "}]}";

        var finding = ReadError(json);

        Assert.Equal(SchemaCodes.RequiredPropertyMissing, finding.Code);
        Assert.Equal("/schemaVersion", finding.Pointer);
        Assert.Contains(Validator.Validate(json).Findings, f => f.Code == SchemaCodes.RequiredPropertyMissing && f.Pointer == "/schemaVersion");
    }

    [Fact]
    public void TextTooLong_IsTheSameFindingOnTheSameLine_ForReaderAndValidator()
    {
        var json = "{\n  \"schemaVersion\": \"1.0\",\n  \"projects\": [\n    {\n      \"id\": \"a\",\n      \"organization\": {\"name\": \"Gemeente Utrecht\"},\n"
            + "      \"name\": \"" + new string('n', 101) + "\"\n    }\n  ]\n}";

        var finding = ReadError(json);

        Assert.Equal(SchemaCodes.TextTooLong, finding.Code);
        Assert.Equal("/projects/0/name", finding.Pointer);
        Assert.Equal(7, finding.Line);
        ValidatorAgrees(json, finding);
    }

    [Fact]
    public void TrailingNewLine_BreaksAPattern_AsJsonSchemaReadsIt_ForReaderAndValidator()
    {
        var json = Export(Project.Replace("\"id\":\"a\"", "\"id\":\"abc\\n\"") + "}");

        var finding = ReadError(json);

        Assert.Equal(SchemaCodes.InvalidFormat, finding.Code);
        Assert.Equal("/projects/0/id", finding.Pointer);
        ValidatorAgrees(json, finding);
    }

    [Fact]
    public void Lengths_AreCountedInCharacters_AsJsonSchemaCountsThem_ForReaderAndValidator()
    {
        var emoji = string.Concat(Enumerable.Repeat("\ud83d\ude80", 60));
        var fits = Export(Project.Replace("\"name\":\"A\"", "\"name\":\"" + emoji + "\"") + "}");
        var tooLong = Export(Project.Replace("\"name\":\"A\"", "\"name\":\"" + emoji + emoji + "\"") + "}");

        Assert.True(DataGripJson.ReadExport(fits).Success);
        Assert.True(Validator.Validate(fits).IsValid, string.Join(Environment.NewLine, Validator.Validate(fits).Findings));
        var finding = ReadError(tooLong);
        Assert.Equal(SchemaCodes.TextTooLong, finding.Code);
        Assert.Contains("120", finding.MessageEnglish, StringComparison.Ordinal);
        ValidatorAgrees(tooLong, finding);
    }

    [Fact]
    public void EnumNames_AreReadExactlyAsTheSchemaListsThem_ForReaderAndValidator()
    {
        var json = "{\n\"schemaVersion\":\"1.0\",\n\"publisher\":{\"name\":\"Gemeente Amsterdam\",\"type\":\"gEmeente\"},\n\"projects\":[]}";

        var finding = ReadError(json);

        Assert.Equal(SchemaCodes.UnknownEnumValue, finding.Code);
        Assert.Equal("/publisher/type", finding.Pointer);
        Assert.Contains("'gEmeente'", finding.MessageEnglish, StringComparison.Ordinal);
        Assert.Contains(Validator.Validate(json).Findings, f => f.Code == SchemaCodes.UnknownEnumValue && f.Pointer == "/publisher/type");
    }

    [Fact]
    public void LoneSurrogateInAnEnumValue_IsAFinding_NotAThrow()
    {
        var json = Export(Project + ",\"kind\":\"\\udc00\",\"x-\\ud800\":1}");

        Assert.False(DataGripJson.ReadExport(json).Success);
        Assert.False(Validator.Validate(json).IsValid);
    }

    [Fact]
    public void PatternAndListRules_AreTheReadersToo()
    {
        Assert.Equal(SchemaCodes.InvalidFormat, ReadError(Export(Project.Replace("\"id\":\"a\"", "\"id\":\"a b\"") + "}")).Code);
        Assert.Equal(SchemaCodes.InvalidList, ReadError(Export(Project + ",\"themes\":[\"socialSecurity\",\"socialSecurity\"]}")).Code);
    }

    [Fact]
    public void ValueNested62Deep_InVendorField_IsWrittenAndReadAgain()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 58)) + "1" + string.Concat(Enumerable.Repeat("]", 58));
        var json = Export(Project + ",\"x-deep\":" + deep + "}");
        var read = DataGripJson.ReadExport(json);
        Assert.True(read.Success, string.Join(Environment.NewLine, read.Findings));

        var written = DataGripJson.WriteExport(read.Value!);

        Assert.True(DataGripJson.ReadExport(written).Success);
        Assert.Contains(deep, written.Replace(" ", string.Empty).Replace("\n", string.Empty).Replace("\r", string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultPartialDate_IsNoDate_SoItIsNeverWrittenAs0000()
    {
        var project = Samples.Project() with { Lifecycle = new Lifecycle { BeginDate = default(PartialDate), EndDate = new PartialDate(2025, 1) } };

        var json = DataGripJson.WriteExport(Samples.Export(project));

        Assert.Null(project.Lifecycle!.BeginDate);
        Assert.DoesNotContain("0000", json, StringComparison.Ordinal);
        Assert.True(Validator.Validate(json).IsValid);
    }

    [Fact]
    public void MillionNonObjectProjects_GiveAtMostMaxFindings_AndACount()
    {
        var json = "{\"schemaVersion\":\"1.0\",\"projects\":[" + string.Join(",", Enumerable.Repeat("1", 1_000_000)) + "]}";

        var result = DataGripJson.ReadExport(json);

        Assert.False(result.Success);
        Assert.Equal(JsonReadOptions.Default.MaxFindings + 1, result.Findings.Length);
        var last = result.Findings[^1];
        Assert.Equal(SchemaCodes.TooManyFindings, last.Code);
        Assert.Contains("999000", last.MessageEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyErrorsInOneProject_AreCappedByTheValidator()
    {
        var json = Export(Project + ",\"tags\":[" + string.Join(",", Enumerable.Repeat("0", 40_000)) + "]}");

        var report = new ExportValidator(new ValidatorOptions { MaxFindings = 100 }).Validate(json);

        Assert.Equal(101, report.Findings.Length);
        Assert.Equal(SchemaCodes.TooManyFindings, report.Findings[^1].Code);
        Assert.Equal("/projects/0/tags/99", report.Findings[99].Pointer);
    }

    [Fact]
    public void VisibilityKeysThatNameNoField_AreErrors_AndStopThePublicWriters()
    {
        var project = Samples.Project() with
        {
            Record = new RecordInfo
            {
                Visibility = new[] { ("/Department", FieldVisibility.Internal), ("#/purpose/goalAndImpact", FieldVisibility.Internal), ("/purpose/goalAndImpact", FieldVisibility.Internal) }
                    .ToImmutableDictionary(p => p.Item1, p => p.Item2),
            },
        };
        var json = DataGripJson.WriteExport(Samples.Export(project));

        var errors = Validator.Validate(json).Findings.Where(f => f.Code == SchemaCodes.InvalidVisibilityKey).ToList();

        Assert.Equal(["/projects/0/record/visibility/#~1purpose~1goalAndImpact", "/projects/0/record/visibility/~1Department"], errors.Select(f => f.Pointer));
        Assert.All(errors, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Contains("'Department'", errors[1].MessageDutch, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DataGripJson.WriteExport(Samples.Export(project), JsonWriteOptions.Public));
        Assert.Throws<ArgumentException>(() => DataGripJson.WriteProject(project, JsonWriteOptions.Public));
        Assert.Throws<ArgumentException>(() => new AlgoritmeregisterExporter().Export(project));
    }

    [Theory]
    [InlineData("/name")]
    [InlineData("/roles/0/name")]
    [InlineData("/data/sources/12/title")]
    [InlineData("/x-acme/anything/below")]
    [InlineData("/record/visibility")]
    [InlineData("/purpose/societalGoals/0/kpis/1/target")]
    [InlineData("/risk/risks")]
    public void VisibilityKeysOfRealFields_Resolve(string key) => Assert.Null(PublicFilter.Unresolved(key));

    [Theory]
    [InlineData("", "")]
    [InlineData("name", "name")]
    [InlineData("/Name", "Name")]
    [InlineData("/roles/first/name", "first")]
    [InlineData("/roles/01/name", "01")]
    [InlineData("/name/more", "more")]
    [InlineData("/purpose/go~2al", "go~2al")]
    public void VisibilityKeysOfNoField_SayWhichPart(string key, string part) => Assert.Equal(part, PublicFilter.Unresolved(key));

    [Fact]
    public void RegisterPayload_LeavesOutWhatIsMarkedInternal()
    {
        var project = Samples.Project() with
        {
            ShortDescription = "GEHEIM-KORT",
            Purpose = new Purpose { GoalAndImpact = "GEHEIM-DOEL" },
            Data = new DataProfile { Sources = [new DataSource { Title = "GEHEIM-BRON" }] },
            Suppliers = [new Supplier { Name = "GEHEIM-LEVERANCIER" }],
            Record = new RecordInfo
            {
                Visibility = new[] { "/shortDescription", "/purpose/goalAndImpact", "/data/sources", "/suppliers/0/name" }
                    .ToImmutableDictionary(k => k, _ => FieldVisibility.Internal),
            },
        };

        var payload = new AlgoritmeregisterExporter().Export(project).Json;

        Assert.DoesNotContain("GEHEIM", payload, StringComparison.Ordinal);
        Assert.Contains(project.Name, payload, StringComparison.Ordinal);
    }

    [Fact]
    public void RegisterPayload_WithholdsAKeptRegisterValue_WhenTheFieldItStandsInForIsInternal()
    {
        var read = DataGripJson.ReadProject(
            "{\"id\":\"a\",\"name\":\"A\",\"organization\":{\"name\":\"Gemeente Utrecht\"},"
            + "\"x-algoritmeregister-description_short\":\"GEHEIM-KORT\",\"x-algoritmeregister-goal\":\"Openbaar doel\","
            + "\"record\":{\"visibility\":{\"/shortDescription\":\"internal\"}}}").GetValueOrThrow();

        var payload = new AlgoritmeregisterExporter().Export(read).Json;

        Assert.DoesNotContain("GEHEIM", payload, StringComparison.Ordinal);
        Assert.Contains("Openbaar doel", payload, StringComparison.Ordinal);
    }

    [Fact]
    public void Scoring_AProjectWithNullsTheModelAllows_DoesNotThrow()
    {
        var scorer = new CompletenessScorer();

        var noOrganization = scorer.Score(Samples.Project() with { Organization = null! });
        var nullRole = scorer.Score(Samples.Project() with { Roles = [null!] });

        Assert.InRange(noOrganization.Score, 0, 100);
        Assert.InRange(nullRole.Score, 0, 100);
    }

    [Theory]
    [InlineData("{\"weights\":{\"DG-C001\":2147483648}}")]
    [InlineData("{\"weights\":{\"DG-C001\":9223372036854775808}}")]
    [InlineData("{\"weights\":{\"DG-C001\":1e400}}")]
    [InlineData("{\"disabled\":[\"\\ud800\"]}")]
    [InlineData("{\"weights\":{\"\\ud800\":1}}")]
    [InlineData("{\"\\udc00\":1}")]
    public void CompletenessProfile_BadFiles_AreInvalidData(string json) =>
        Assert.Throws<InvalidDataException>(() => CompletenessProfile.Load(json));
}
