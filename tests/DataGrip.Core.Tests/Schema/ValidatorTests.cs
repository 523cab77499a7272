using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DataGrip.Core.Model;
using DataGrip.Core.Reference;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Schema;

public sealed class ValidatorTests
{
    private static readonly ExportValidator Validator = new();

    private static ValidationReport Validate(params DataProject[] projects) => Validator.Validate(DataGripJson.WriteExport(Samples.Export(projects)));

    [Fact]
    public void Validate_SampleProject_IsValid()
    {
        var report = Validate(Samples.Project());

        Assert.True(report.IsValid, string.Join("\n", report.Findings));
        Assert.Empty(report.Findings);
        Assert.Equal(1, report.ProjectCount);
    }

    [Fact]
    public void Validate_DuplicateIds_PointsAtTheSecond()
    {
        var report = Validate(Samples.Project("a"), Samples.Project("b"), Samples.Project("a"));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(SchemaCodes.DuplicateProjectId, finding.Code);
        Assert.Equal("/projects/2/id", finding.Pointer);
        Assert.Contains("/projects/0", finding.MessageEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EndBeforeBegin_IsAnError()
    {
        var project = Samples.Project() with { Lifecycle = new Lifecycle { BeginDate = new PartialDate(2024, 5), EndDate = new PartialDate(2024, 4, 30) } };

        var finding = Assert.Single(Validate(project).Findings);

        Assert.Equal(SchemaCodes.EndBeforeBegin, finding.Code);
        Assert.Equal("/projects/0/lifecycle/endDate", finding.Pointer);
        Assert.Equal("De einddatum 2024-04-30 ligt vóór de begindatum 2024-05.", finding.MessageDutch);
    }

    [Fact]
    public void Validate_EndInSameMonthAsBegin_IsFine()
    {
        var project = Samples.Project() with { Lifecycle = new Lifecycle { BeginDate = new PartialDate(2024, 5), EndDate = new PartialDate(2024, 5, 1) } };

        Assert.Empty(Validate(project).Findings);
    }

    [Fact]
    public void Validate_UnknownMunicipalityCode_IsAnError()
    {
        var project = Samples.Project() with { Organization = new Organization { Name = "Gemeente Nergens", Code = "GM9999", Type = OrganizationType.Gemeente } };

        var finding = Assert.Single(Validate(project).Findings);

        Assert.Equal(SchemaCodes.UnknownMunicipalityCode, finding.Code);
        Assert.Equal("/projects/0/organization/code", finding.Pointer);
    }

    [Fact]
    public void Validate_NameThatDoesNotMatchCode_IsAWarning()
    {
        var project = Samples.Project() with { Organization = new Organization { Name = "Gemeente Amsterdam", Code = "GM0344" } };

        var report = Validate(project);

        Assert.True(report.IsValid);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(SchemaCodes.MunicipalityNameMismatch, finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Validate_UserSuppliedMunicipalityList_IsUsed()
    {
        var list = MunicipalityList.Load(new StringReader("name;identifier\nGemeente Nieuwstad;GM9999\n"));
        var validator = new ExportValidator(new ValidatorOptions { Municipalities = list });
        var project = Samples.Project() with { Organization = new Organization { Name = "Gemeente Nieuwstad", Code = "gm9999" } };

        Assert.True(validator.Validate(DataGripJson.WriteExport(Samples.Export(project))).IsValid);
        Assert.False(validator.Validate(DataGripJson.WriteExport(Samples.Export(Samples.Project()))).IsValid);
    }

    [Fact]
    public void Validate_RelatedProjects_MustResolve()
    {
        var a = Samples.Project("a") with { RelatedProjects = [new RelatedProject { ProjectId = "b", Relation = RelationKind.BasedOn }, new RelatedProject { ProjectId = "zz", Relation = RelationKind.Replaces }] };
        var b = Samples.Project("b") with { RelatedProjects = [new RelatedProject { ProjectId = "b", Relation = RelationKind.SharesWith }] };

        var report = Validate(a, b);

        Assert.True(report.IsValid);
        Assert.Collection(
            report.Findings,
            f => Assert.Equal((SchemaCodes.UnresolvedRelatedProject, "/projects/0/relatedProjects/1/projectId"), (f.Code, f.Pointer)),
            f => Assert.Equal((SchemaCodes.RelatedToSelf, "/projects/1/relatedProjects/0/projectId"), (f.Code, f.Pointer)));
    }

    [Fact]
    public void Validate_FiftyMegabyteString_ReportsTextTooLong()
    {
        var json = DataGripJson.WriteExport(Samples.Export(Samples.Project() with { Description = new string('x', 50 * 1024 * 1024) }));

        var finding = Assert.Single(Validator.Validate(json).Findings);

        Assert.Equal(SchemaCodes.TextTooLong, finding.Code);
        Assert.Equal("/projects/0/description", finding.Pointer);
        Assert.Contains("20000", finding.MessageEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SchemaErrors_HaveLinesInTheWholeDocument()
    {
        var json = DataGripJson.WriteExport(Samples.Export(Samples.Project("a"), Samples.Project("b") with { Contact = new string('c', 501) }));
        var expectedLine = json.Split('\n').Select((line, i) => (line, i)).First(x => x.line.Contains("\"contact\": \"ccc", StringComparison.Ordinal)).i + 1;

        var finding = Assert.Single(Validator.Validate(json).Findings);

        Assert.Equal("/projects/1/contact", finding.Pointer);
        Assert.Equal(expectedLine, finding.Line);
    }

    [Fact]
    public void Validate_UnknownPropertyWithoutVendorPrefix_IsAnErrorAsInTheSchema_AndVendorFieldsAreSilent()
    {
        var json = """{"schemaVersion":"1.0","projects":[{"id":"a","name":"A","organization":{"name":"x","x-tooi":"gm0344"},"x-acme":1,"legacy":2,"lifecycle":{"beginDate":"2024-05","endDate":"2023-01"}}]}""";

        var report = Validator.Validate(json);

        Assert.False(report.IsValid);
        var finding = Assert.Single(report.Findings, f => f.Code == SchemaCodes.UnknownProperty);
        Assert.Equal(("/projects/0/legacy", Severity.Error), (finding.Pointer, finding.Severity));

        // The property is kept as an extension, so the project is still read and checked for meaning.
        Assert.Contains(report.Findings, f => f.Code == SchemaCodes.EndBeforeBegin);
        Assert.Equal(2, report.Findings.Length);
    }

    [Fact]
    public void Validate_UnknownPropertyOfANewerMinorVersion_IsKeptWithAWarning()
    {
        // Projects come before the envelope's version here: the verdict still follows the version.
        var json = """{"projects":[{"id":"a","name":"A","organization":{"name":"x"},"decisionLog":[]}],"schemaVersion":"1.9"}""";

        var report = Validator.Validate(json);

        Assert.True(report.IsValid);
        var finding = Assert.Single(report.Findings);
        Assert.Equal((SchemaCodes.PropertyOfNewerVersion, "/projects/0/decisionLog", Severity.Warning), (finding.Code, finding.Pointer, finding.Severity));
        Assert.Contains("1.9", finding.MessageDutch, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", SchemaCodes.EmptyDocument)]
    [InlineData("{\"schemaVersion\":\"1.0\",\"projects\":[{\"id\":\"a\"", SchemaCodes.MalformedJson)]
    [InlineData("{\"schemaVersion\":\"1.0\"} trailing", SchemaCodes.MalformedJson)]
    [InlineData("[]", SchemaCodes.WrongType)]
    [InlineData("{\"projects\":[]}", SchemaCodes.RequiredPropertyMissing)]
    [InlineData("{\"schemaVersion\":\"2.0\",\"projects\":[]}", SchemaCodes.InvalidFormat)]
    [InlineData("{\"schemaVersion\":\"1.0\",\"projects\":{}}", SchemaCodes.WrongType)]
    [InlineData("{\"schemaVersion\":\"1.0\",\"projects\":[5]}", SchemaCodes.WrongType)]
    [InlineData("{\"schemaVersion\":\"1.0\",\"projects\":[{\"id\":\"a b\",\"name\":\"A\",\"organization\":{\"name\":\"x\"}}]}", SchemaCodes.InvalidFormat)]
    [InlineData("{\"schemaVersion\":\"1.0\",\"projects\":[{\"id\":\"a\",\"name\":\"A\",\"organization\":{\"name\":\"x\"},\"lifecycle\":{\"beginDate\":\"2024-02-30\"}}]}", SchemaCodes.InvalidDate)]
    [InlineData("{\"schemaVersion\":\"1.0\",\"projects\":[{\"id\":\"a\",\"name\":\"A\",\"organization\":{\"name\":\"x\"},\"themes\":[\"housing\",\"housing\"]}]}", SchemaCodes.InvalidList)]
    [InlineData("{\"schemaVersion\":\"1.0\",\"projects\":[{\"id\":\"a\",\"name\":\"A\",\"name\":\"B\",\"organization\":{\"name\":\"x\"}}]}", SchemaCodes.DuplicateProperty)]
    [InlineData("{\"schemaVersion\":\"1.0\",\"schemaVersion\":\"1.0\",\"projects\":[]}", SchemaCodes.DuplicateProperty)]
    public void Validate_BadInput_GivesSpecificFinding(string json, string code)
    {
        var report = Validator.Validate(json);

        Assert.False(report.IsValid);
        Assert.Contains(report.Findings, f => f.Code == code);
    }

    [Fact]
    public void Validate_TenThousandDeepNesting_ReportsTooDeep()
    {
        var json = "{\"schemaVersion\":\"1.0\",\"projects\":[{\"id\":\"a\",\"x-deep\":" + new string('[', 10_000) + new string(']', 10_000) + "}]}";

        var finding = Assert.Single(Validator.Validate(json).Findings);

        Assert.Equal(SchemaCodes.TooDeep, finding.Code);
        Assert.Equal(1, finding.Line);
    }

    [Fact]
    public void Validate_InvalidUtf8InAProject_IsReported()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.0\",\"projects\":[{\"id\":\"a\",\"name\":\"").Concat(new byte[] { 0xFF, 0xFE })
            .Concat(Encoding.UTF8.GetBytes("\",\"organization\":{\"name\":\"x\"}}]}")).ToArray();

        Assert.Contains(Validator.Validate(new MemoryStream(bytes)).Findings, f => f.Code == SchemaCodes.InvalidUtf8);
    }

    [Fact]
    public void Validate_DocumentOverSizeLimit_ReportsTooLarge()
    {
        var validator = new ExportValidator(new ValidatorOptions { Limits = new JsonReadOptions { MaxDocumentBytes = 1000 } });
        var json = DataGripJson.WriteExport(Samples.Export(Enumerable.Range(0, 20).Select(i => Samples.Project("p" + i)).ToArray()));

        Assert.Contains(validator.Validate(json).Findings, f => f.Code == SchemaCodes.TooLarge);
    }

    [Fact]
    public void Validate_MaxFindings_CapsTheListAndCountsTheRest()
    {
        var validator = new ExportValidator(new ValidatorOptions { MaxFindings = 3 });
        var json = DataGripJson.WriteExport(Samples.Export(Enumerable.Range(0, 10).Select(_ => Samples.Project("same")).ToArray()));

        var report = validator.Validate(json);

        Assert.Equal(4, report.Findings.Length);
        Assert.Equal(SchemaCodes.TooManyFindings, report.Findings[^1].Code);
        Assert.Equal("6", report.Findings[^1].Arguments["Count"]);
    }

    [Fact]
    public void Validate_ProjectsSpanningManyBufferRefills_AreAllSeen()
    {
        var projects = Enumerable.Range(0, 400).Select(i => Samples.Project($"p{i}") with { Description = new string('d', 1000 + i) }).ToArray();

        var report = Validator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(DataGripJson.WriteExport(Samples.Export(projects)))));

        Assert.True(report.IsValid, string.Join("\n", report.Findings.Take(5)));
        Assert.Equal(400, report.ProjectCount);
    }

    [Fact]
    public void Validate_IsThreadSafe_SameResultsInParallel()
    {
        var json = DataGripJson.WriteExport(Samples.Export(Samples.Project("a"), Samples.Project("a") with { Name = new string('n', 120) }));
        var expected = string.Join("\n", Validator.Validate(json).Findings);

        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = string.Join("\n", Validator.Validate(json).Findings));

        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Contains(SchemaCodes.TextTooLong, expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Cancelled_Throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var json = DataGripJson.WriteExport(Samples.Export(Samples.Project()));

        Assert.Throws<OperationCanceledException>(() => Validator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(json)), source.Token));
    }

    [Fact]
    public void Options_Invalid_ThrowOneErrorListingEveryProblem()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ExportValidator(new ValidatorOptions { MaxFindings = 0, Municipalities = null!, Limits = new JsonReadOptions { MaxDepth = 2 } }));

        Assert.Equal(
            "Invalid ValidatorOptions: Invalid JsonReadOptions: MaxDepth must be between 8 and 1000, but is 2. Municipalities must not be null. MaxFindings must be between 1 and 1000000, but is 0.",
            ex.Message);
    }

    [Fact]
    public void PublicExport_OfAValidExport_IsValid()
    {
        var json = DataGripJson.WriteExport(Samples.Export(Samples.Project("a"), Samples.Project("b")), JsonWriteOptions.Public);

        Assert.True(Validator.Validate(json).IsValid);
    }
}
