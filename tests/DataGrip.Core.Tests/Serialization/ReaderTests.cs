using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using DataGrip.Core.Model;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Serialization;

public sealed class ReaderTests
{
    private const string Minimal = """{"schemaVersion":"1.0","projects":[{"id":"a","name":"A","organization":{"name":"Gemeente Utrecht"}}]}""";

    private static Finding Single(ReadResult<ProjectExport> result)
    {
        Assert.False(result.Success);
        Assert.Null(result.Value);
        return Assert.Single(result.Findings);
    }

    [Fact]
    public void ReadExport_MinimalExport_Succeeds()
    {
        var result = DataGripJson.ReadExport(Minimal);

        Assert.True(result.Success);
        Assert.Empty(result.Findings);
        Assert.Equal("A", result.Value!.Projects[0].Name);
        Assert.Equal("Gemeente Utrecht", result.Value.Projects[0].Organization.Name);
    }

    [Fact]
    public void ReadExport_WireFormat_UsesCamelCaseEnumsIsoDatesAndOmitsNulls()
    {
        var json = DataGripJson.WriteExport(Samples.Export(Samples.Project()), new JsonWriteOptions { Indented = false });

        Assert.Contains("\"themes\":[\"socialSecurity\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"phase\":\"pilot\"", json, StringComparison.Ordinal);
        Assert.Contains("\"beginDate\":\"2024-03\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"partners\"", json, StringComparison.Ordinal);
        Assert.Contains("\"projects\":[", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadExport_EmptyFile_ReportsEmptyDocument()
    {
        Assert.Equal(SchemaCodes.EmptyDocument, Single(DataGripJson.ReadExport(new MemoryStream([]))).Code);
        Assert.Equal(SchemaCodes.EmptyDocument, Single(DataGripJson.ReadExport(" \n\t ")).Code);
    }

    [Fact]
    public void ReadExport_MalformedJson_ReportsLineAndColumn()
    {
        var finding = Single(DataGripJson.ReadExport("{\n  \"schemaVersion\": \"1.0\",\n  \"projects\": [ }\n}"));

        Assert.Equal(SchemaCodes.MalformedJson, finding.Code);
        Assert.Equal(3, finding.Line);
        Assert.NotNull(finding.Column);
    }

    [Fact]
    public void ReadExport_TruncatedFile_ReportsMalformedJson()
    {
        var json = DataGripJson.WriteExport(Samples.Export(Samples.Project()));
        var finding = Single(DataGripJson.ReadExport(json.Substring(0, json.Length / 2)));

        Assert.Equal(SchemaCodes.MalformedJson, finding.Code);
        Assert.Equal("unexpectedEnd", finding.Arguments["Reason"]);
        Assert.Equal("The document is not valid JSON: the document ends unexpectedly (cut off?).", finding.MessageEnglish);
        Assert.Equal("Het document is geen geldige JSON: het document houdt onverwacht op (afgebroken?).", finding.MessageDutch);
    }

    [Fact]
    public void ReadExport_InvalidUtf8_ReportsPositionOfBadByte()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.0\",\n\"projects\":[{\"id\":\"a\",\"name\":\"Caf").Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes("\",\"organization\":{\"name\":\"x\"}}]}")).ToArray();

        var finding = Single(DataGripJson.ReadExport(new MemoryStream(bytes)));

        Assert.Equal(SchemaCodes.InvalidUtf8, finding.Code);
        Assert.Equal(2, finding.Line);
    }

    [Fact]
    public void ReadExport_WrongType_ReportsPointerOfValue()
    {
        var finding = Single(DataGripJson.ReadExport(Minimal.Replace("\"name\":\"A\"", "\"name\":5", StringComparison.Ordinal)));

        Assert.Equal(SchemaCodes.WrongType, finding.Code);
        Assert.Equal("/projects/0/name", finding.Pointer);
        Assert.Equal(1, finding.Line);
    }

    [Fact]
    public void ReadExport_UnknownEnumValue_NamesValueAndAllowedValues()
    {
        var finding = Single(DataGripJson.ReadExport(Minimal.Replace("\"id\":\"a\"", "\"id\":\"a\",\"kind\":\"banaan\"", StringComparison.Ordinal)));

        Assert.Equal(SchemaCodes.UnknownEnumValue, finding.Code);
        Assert.Equal("/projects/0/kind", finding.Pointer);
        Assert.Contains("'banaan'", finding.MessageEnglish, StringComparison.Ordinal);
        Assert.Contains("dataAnalysis", finding.MessageEnglish, StringComparison.Ordinal);
        Assert.Contains("geen toegestane waarde", finding.MessageDutch, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadExport_MissingRequiredProperty_PointsAtTheProperty()
    {
        var finding = Single(DataGripJson.ReadExport("""{"schemaVersion":"1.0","projects":[{"id":"a","organization":{"name":"x"}}]}"""));

        Assert.Equal(SchemaCodes.RequiredPropertyMissing, finding.Code);
        Assert.Equal("/projects/0/name", finding.Pointer);
    }

    [Fact]
    public void ReadExport_NullForRequiredValue_IsWrongType()
    {
        var finding = Single(DataGripJson.ReadExport(Minimal.Replace("\"name\":\"A\"", "\"name\":null", StringComparison.Ordinal)));

        Assert.Equal(SchemaCodes.WrongType, finding.Code);
        Assert.Equal("/projects/0/name", finding.Pointer);
    }

    [Fact]
    public void ReadExport_ImpossibleDate_ReportsInvalidDate()
    {
        var finding = Single(DataGripJson.ReadExport(Minimal.Replace("\"id\":\"a\"", "\"id\":\"a\",\"lifecycle\":{\"beginDate\":\"2024-02-30\"}", StringComparison.Ordinal)));

        Assert.Equal(SchemaCodes.InvalidDate, finding.Code);
        Assert.Equal("/projects/0/lifecycle/beginDate", finding.Pointer);
    }

    [Theory]
    [InlineData("\"name\":\"B\",", "/projects/0/name")]
    [InlineData("\"x-a\":1,\"x-a\":2,", "/projects/0/x-a")]
    public void ReadExport_DuplicateProperty_IsReportedNotSilentlyDropped(string extra, string pointer)
    {
        var finding = Single(DataGripJson.ReadExport(Minimal.Replace("\"id\":\"a\",", "\"id\":\"a\"," + extra, StringComparison.Ordinal)));

        Assert.Equal(SchemaCodes.DuplicateProperty, finding.Code);
        Assert.Equal(pointer, finding.Pointer);
    }

    [Fact]
    public void ReadExport_SeveralBadProjects_ReportsEachOne()
    {
        var json = """{"schemaVersion":"1.0","projects":[{"id":"a","name":1,"organization":{"name":"x"}},{"id":"b","name":"B","organization":{"name":"x"}},{"id":"c","name":"C","organization":{"name":"x"},"kind":"x"}]}""";

        var result = DataGripJson.ReadExport(json);

        Assert.False(result.Success);
        Assert.Equal(["/projects/0/name", "/projects/2/kind"], result.Findings.Select(f => f.Pointer));
    }

    [Fact]
    public void ReadExport_TenThousandDeepNesting_ReportsTooDeepWithoutCrashing()
    {
        var json = "{\"schemaVersion\":\"1.0\",\"x-deep\":" + new string('[', 10_000) + new string(']', 10_000) + ",\"projects\":[]}";

        var finding = Single(DataGripJson.ReadExport(json));

        Assert.Equal(SchemaCodes.TooDeep, finding.Code);
        Assert.Contains("64", finding.MessageEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadExport_MaxDepthOption_IsHonoured()
    {
        var json = "{\"schemaVersion\":\"1.0\",\"x-deep\":" + new string('[', 20) + new string(']', 20) + ",\"projects\":[]}";

        Assert.True(DataGripJson.ReadExport(json).Success);
        Assert.Equal(SchemaCodes.TooDeep, Single(DataGripJson.ReadExport(json, new JsonReadOptions { MaxDepth = 10 })).Code);
    }

    [Fact]
    public void ReadExport_DocumentOverSizeLimit_ReportsTooLarge()
    {
        var json = DataGripJson.WriteExport(Samples.Export(Samples.Project()));

        var fromStream = Single(DataGripJson.ReadExport(new MemoryStream(Encoding.UTF8.GetBytes(json)), new JsonReadOptions { MaxDocumentBytes = 100 }));
        var fromText = Single(DataGripJson.ReadExport(json, new JsonReadOptions { MaxDocumentBytes = 100 }));

        Assert.Equal(SchemaCodes.TooLarge, fromStream.Code);
        Assert.Equal(SchemaCodes.TooLarge, fromText.Code);
    }

    [Fact]
    public void ReadExport_FiftyMegabyteString_IsTooLongAsTheValidatorSays()
    {
        var huge = new string('a', 50 * 1024 * 1024);
        var json = Minimal.Replace("\"id\":\"a\"", "\"id\":\"a\",\"description\":\"" + huge + "\"", StringComparison.Ordinal);

        // The reader lets through only what the schema accepts, so no service is handed a text beyond its limit.
        var finding = Single(DataGripJson.ReadExport(json));

        Assert.Equal(SchemaCodes.TextTooLong, finding.Code);
        Assert.Equal("/projects/0/description", finding.Pointer);
        Assert.Equal(1, finding.Line);
    }

    [Fact]
    public void ReadExport_UnsupportedSchemaVersion_IsReported()
    {
        var finding = Single(DataGripJson.ReadExport(Minimal.Replace("\"1.0\"", "\"2.0\"", StringComparison.Ordinal)));

        Assert.Equal(SchemaCodes.UnsupportedSchemaVersion, finding.Code);
        Assert.Equal("/schemaVersion", finding.Pointer);
    }

    [Fact]
    public void ReadExport_RootNotAnObject_IsWrongType()
    {
        Assert.Equal(SchemaCodes.WrongType, Single(DataGripJson.ReadExport("[1,2,3]")).Code);
        Assert.Equal(SchemaCodes.WrongType, Single(DataGripJson.ReadExport("null")).Code);
    }

    [Fact]
    public void ReadExport_Utf8ByteOrderMark_IsAccepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Minimal)).ToArray();

        Assert.True(DataGripJson.ReadExport(new MemoryStream(bytes)).Success);
    }

    [Fact]
    public void ReadExport_VendorFields_AreKeptAndWrittenBackUnchanged()
    {
        var json = """{"schemaVersion":"1.0","x-run":{"by":"acme"},"projects":[{"id":"a","name":"A","organization":{"name":"x","x-tooi":"gm0344"},"x-acme-zaaktype":"B1234","x-legacy":[1,{"a":null}]}]}""";

        var export = DataGripJson.ReadExport(json).GetValueOrThrow();
        var written = DataGripJson.WriteExport(export, new JsonWriteOptions { Indented = false });

        Assert.Equal("B1234", export.Projects[0].Extensions["x-acme-zaaktype"].GetString());
        Assert.Equal("gm0344", export.Projects[0].Organization.Extensions["x-tooi"].GetString());
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(json).RootElement, JsonDocument.Parse(written).RootElement), written);
    }

    [Theory]
    [InlineData("1e+30")]
    [InlineData("-1e+30")]
    [InlineData("2000000000000000")]
    [InlineData("79228162514264337593543950336")]
    public void ReadExport_AndValidate_RefuseANumberOutOfRange_WithTheSameFinding(string number)
    {
        var json = """{"schemaVersion":"1.0","projects":[{"id":"a","name":"A","organization":{"name":"x"},"purpose":{"societalGoals":[{"goal":"Minder afval","kpis":[{"indicator":"Restafval","baseline":""" + number + "}]}]}}]}";

        var read = Single(DataGripJson.ReadExport(json));
        var validated = Assert.Single(new DataGrip.Core.Schema.ExportValidator().Validate(json).Findings);

        Assert.Equal((SchemaCodes.NumberOutOfRange, "/projects/0/purpose/societalGoals/0/kpis/0/baseline"), (read.Code, read.Pointer));
        Assert.Equal((read.Code, read.Pointer), (validated.Code, validated.Pointer));
        Assert.Equal(1L, read.Line);
    }

    [Fact]
    public void ReadExport_UnknownPropertyWithoutVendorPrefix_IsRefusedAsTheSchemaRefusesIt()
    {
        var result = DataGripJson.ReadExport("""{"schemaVersion":"1.0","projects":[{"id":"a","name":"A","organization":{"name":"x"},"descripton":"typo"}]}""");

        var finding = Single(result);
        Assert.Equal((SchemaCodes.UnknownProperty, "/projects/0/descripton", Severity.Error, 1L), (finding.Code, finding.Pointer, finding.Severity, finding.Line));
    }

    [Fact]
    public void ReadExport_UnknownPropertyOfANewerMinorVersion_IsKeptWithAWarningAndWrittenBack()
    {
        var json = """{"schemaVersion":"1.9","projects":[{"id":"a","name":"A","organization":{"name":"x"},"decisionLog":[1,{"a":null}]}]}""";

        var result = DataGripJson.ReadExport(json);
        var written = DataGripJson.WriteExport(result.GetValueOrThrow(), new JsonWriteOptions { Indented = false });

        Assert.Equal(SchemaCodes.PropertyOfNewerVersion, Assert.Single(result.Findings).Code);
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(json).RootElement, JsonDocument.Parse(written).RootElement), written);
    }

    [Fact]
    public void ReadProject_ReportsPointersRelativeToTheProject()
    {
        var ok = DataGripJson.ReadProject("""{"id":"a","name":"A","organization":{"name":"x"}}""");
        var bad = DataGripJson.ReadProject("""{"id":"a","name":"A","organization":{"name":"x"},"phase":1,"lifecycle":{"phase":"later"}}""");

        Assert.True(ok.Success);
        Assert.Equal("/lifecycle/phase", Assert.Single(bad.Findings).Pointer);
    }

    [Fact]
    public void ReadExport_FromAStreamThatCannotSeek_GivesTheSameResults()
    {
        var good = Encoding.UTF8.GetBytes(DataGripJson.WriteExport(Samples.Export(Samples.Project())));
        var bad = Encoding.UTF8.GetBytes(Minimal.Replace("\"name\":\"A\"", "\"name\":5", StringComparison.Ordinal));

        Assert.True(DataGripJson.ReadExport(new ForwardOnlyStream(good)).Success);
        Assert.Equal("/projects/0/name", Single(DataGripJson.ReadExport(new ForwardOnlyStream(bad))).Pointer);
        Assert.Equal(SchemaCodes.TooLarge, Single(DataGripJson.ReadExport(new ForwardOnlyStream(good), new JsonReadOptions { MaxDocumentBytes = 50 })).Code);
    }

    [Fact]
    public void ReadExport_FromAStream_StartsAtItsPosition_AndRereadsFromThereOnError()
    {
        var prefix = Encoding.UTF8.GetBytes("IGNORED");
        var bad = Encoding.UTF8.GetBytes(Minimal.Replace("\"name\":\"A\"", "\"name\":5", StringComparison.Ordinal));
        var stream = new MemoryStream(prefix.Concat(bad).ToArray()) { Position = prefix.Length };

        Assert.Equal("/projects/0/name", Single(DataGripJson.ReadExport(stream)).Pointer);
    }

    [Fact]
    public void ReadExport_CharactersSplitBetweenReads_AreReadWhole()
    {
        var json = DataGripJson.WriteExport(Samples.Export(Samples.Project() with { Name = "Coördinatie € café’s 🚲" }));

        var result = DataGripJson.ReadExport(new TrickleStream(Encoding.UTF8.GetBytes(json)));

        Assert.True(result.Success, string.Join("\n", result.Findings));
        Assert.Equal("Coördinatie € café’s 🚲", result.Value!.Projects[0].Name);
    }

    /// <summary>A seekable stream that hands out at most three bytes a read.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 3));

        public override int Read(Span<byte> buffer) => base.Read(buffer.Slice(0, Math.Min(buffer.Length, 3)));
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    [Fact]
    public void GetValueOrThrow_WithoutValue_ThrowsWithFindings()
    {
        var ex = Assert.Throws<InvalidDataException>(() => DataGripJson.ReadExport("{").GetValueOrThrow());

        Assert.Contains(SchemaCodes.MalformedJson, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadOptions_OutOfRange_ThrowOneErrorListingEveryProblem()
    {
        var ex = Assert.Throws<ArgumentException>(() => DataGripJson.ReadExport("{}", new JsonReadOptions { MaxDepth = 0, MaxDocumentBytes = -1 }));

        Assert.Equal(
            "Invalid JsonReadOptions: MaxDepth must be between 8 and 1000, but is 0. MaxDocumentBytes must be positive, but is -1.",
            ex.Message);
    }
}
