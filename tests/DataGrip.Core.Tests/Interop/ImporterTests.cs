using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using DataGrip.Core.Interop;
using DataGrip.Core.Model;

namespace DataGrip.Core.Tests.Interop;

public sealed class ImporterTests
{
    private static readonly AlgoritmeregisterImporter Importer = new();

    [Theory]
    [InlineData("dit is gewoon tekst zonder scheidingstekens")]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData("a;b;c\n1;2;3")]
    public void NeitherJsonNorRegisterCsv_IsReported(string text)
    {
        var result = Importer.Import(text);

        Assert.Equal(InteropCodes.NotRegisterData, Assert.Single(result.Findings).Code);
        Assert.Empty(result.Export.Projects);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void BinaryData_IsReported()
    {
        var result = Importer.Import(new MemoryStream([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));

        Assert.Equal(InteropCodes.NotRegisterData, Assert.Single(result.Findings, f => f.Severity == Severity.Error).Code);
    }

    [Fact]
    public void BrokenJson_IsReportedWithItsPlace()
    {
        var result = Importer.Import("[\n  {\"name\": \"x\",\n  \"organization\": }\n]");

        var finding = Assert.Single(result.Findings);
        Assert.Equal(InteropCodes.MalformedJson, finding.Code);
        Assert.Equal(3, finding.Line);
        Assert.DoesNotContain("LineNumber", finding.MessageEnglish, System.StringComparison.Ordinal);
        Assert.EndsWith("'}' is an invalid start of a value.", finding.MessageEnglish, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"meta\": {\"count\": 1}}", "an object without a list of registrations")]
    public void JsonWithoutRegistrations_IsReported(string json, string kind)
    {
        var finding = Assert.Single(Importer.Import(json).Findings);

        Assert.Equal(InteropCodes.UnexpectedShape, finding.Code);
        Assert.Contains(kind, finding.MessageEnglish);
    }

    [Fact]
    public void AWrappedListOrASingleRegistration_IsRead()
    {
        Assert.Equal("A", Assert.Single(Importer.Import("{\"algoritmes\": [{\"name\": \"A\", \"organization\": \"Gemeente Utrecht\"}]}").Export.Projects).Name);
        Assert.Equal("B", Assert.Single(Importer.Import("{\"name\": \"B\", \"organization\": \"Gemeente Utrecht\"}").Export.Projects).Name);
    }

    [Fact]
    public void ARowOfTheWrongShape_IsSkippedWithAFindingAndTheOthersAreRead()
    {
        var result = Importer.Import("[42, {\"name\": \"A\", \"organization\": \"Gemeente Utrecht\"}, {}]");

        Assert.Equal("A", Assert.Single(result.Export.Projects).Name);
        Assert.Equal(3, result.RowsRead);
        Assert.Equal(2, result.RowsSkipped);
        Assert.Contains(result.Findings, f => f.Code == InteropCodes.RowWrongShape && f.Pointer == "/0" && f.MessageEnglish.Contains("'42'"));
        Assert.Contains(result.Findings, f => f.Code == InteropCodes.EmptyRowSkipped && f.Pointer == "/2");
    }

    [Fact]
    public void AnUnknownStandardVersion_IsReportedAndTheRowStillRead()
    {
        var result = Importer.Import("[{\"name\": \"A\", \"organization\": \"Gemeente Utrecht\", \"standard_version\": \"2.1\", \"status\": \"In gebruik\"}]");

        var finding = Assert.Single(result.Findings);
        Assert.Equal(InteropCodes.UnknownStandardVersion, finding.Code);
        Assert.Contains("'2.1'", finding.MessageEnglish);
        Assert.Equal(Phase.Production, Assert.Single(result.Export.Projects).Lifecycle!.Phase);
    }

    [Theory]
    [InlineData("1.0.0", "1.0")]
    [InlineData("0.4.0", "0.4")]
    [InlineData("Metadatstandaard 0.2", "0.2")]
    [InlineData("0.3.1", "0.3.1")]
    public void DeclaredVersions_AreRecognised(string declared, string version)
    {
        var field = declared.StartsWith("Meta", StringComparison.Ordinal) ? "schema" : "standard_version";
        var result = Importer.Import($"[{{\"name\": \"A\", \"organization\": \"Gemeente Utrecht\", \"{field}\": \"{declared}\"}}]");

        Assert.Empty(result.Findings);
        Assert.Equal(1, result.StandardVersions[version]);
    }

    [Fact]
    public void AHundredMegabyteTextField_IsKeptWholeAsAnExtensionWithAFinding()
    {
        var huge = new string('a', 100 * 1024 * 1024);
        var json = "[{\"name\": \"Groot\", \"organization\": \"Gemeente Utrecht\", \"goal\": \"" + huge + "\"}]";

        var result = Importer.Import(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        var project = Assert.Single(result.Export.Projects);
        Assert.Null(project.Purpose);
        Assert.Equal(huge.Length, project.Extensions["x-algoritmeregister-goal"].GetString()!.Length);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(InteropCodes.ValueTooLong, finding.Code);
        Assert.Equal("/0/goal", finding.Pointer);
        Assert.Equal(1, result.Fields.Single(f => f.Field == "goal").KeptAsExtension);
    }

    [Fact]
    public void HugeValuesInLabelFields_AreKeptNotNormalised()
    {
        var huge = new string('x', 5_000_000);
        var result = Importer.Import($"[{{\"name\": \"A\", \"organization\": \"{new string('o', 300)}\", \"status\": \"{huge}\", \"category\": \"{huge}\", \"begin_date\": \"{huge}\"}}]");

        var project = Assert.Single(result.Export.Projects);
        Assert.Equal(4, result.Findings.Count(f => f.Code == InteropCodes.ValueTooLong));
        Assert.Equal(huge.Length, project.Extensions["x-algoritmeregister-status"].GetString()!.Length);
        Assert.Equal(300, project.Extensions["x-algoritmeregister-organization"].GetString()!.Length);
        // An organisation that is there but too long is no supplier template.
        Assert.Equal(Provenance.Import, project.Record!.Provenance);
        Assert.DoesNotContain(result.Findings, f => f.Code == InteropCodes.NoOrganization);
    }

    [Fact]
    public void InputOverTheLimit_IsReportedNotRead()
    {
        var result = Importer.Import(new MemoryStream(new byte[5000]), new ImportOptions { MaxInputBytes = 1000 });

        Assert.Equal(InteropCodes.TooLarge, Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void NonSeekableStreams_AreReadToTheEndAndLimited()
    {
        var bytes = Encoding.UTF8.GetBytes("[{\"name\": \"A\", \"organization\": \"Gemeente Utrecht\", \"goal\": \"" + new string('g', 10_000) + "\"}]");

        var result = Importer.Import(new OneWayStream(bytes));
        var tooLarge = Importer.Import(new OneWayStream(bytes), new ImportOptions { MaxInputBytes = 5_000 });

        Assert.Equal(10_000, Assert.Single(result.Export.Projects).Purpose!.GoalAndImpact!.Length);
        Assert.Equal(InteropCodes.TooLarge, Assert.Single(tooLarge.Findings).Code);
    }

    /// <summary>A stream that can only be read forward, in small pieces (as a network stream).</summary>
    private sealed class OneWayStream(byte[] bytes) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 1000), bytes.Length - position);
            Array.Copy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void HeaderAndTemplateRows_AreSkippedWithAFinding()
    {
        var result = Importer.Import("""
            [
              {"name": "required", "organization": "required"},
              {"name": "Naam", "organization": "Organisatie"},
              {"name": "De naam", "organization": "De volledige naam van de organisatie die het algoritme inzet.", "status": "Is het algoritme in gebruik?", "type": "Regelgebaseerd of zelflerend?"},
              {"name": "Echt", "organization": "Gemeente Utrecht"}
            ]
            """);

        Assert.Equal("Echt", Assert.Single(result.Export.Projects).Name);
        Assert.Equal(3, result.Findings.Count(f => f.Code == InteropCodes.HeaderRowSkipped));
    }

    [Fact]
    public void UnmappableValues_AreKeptAsExtensionsWithTheirOriginalValueAndAFinding()
    {
        var result = Importer.Import("""
            [{"name": "A", "organization": "Gemeente Utrect", "status": "Dat hangt ervan af.", "category": "{\"Ruimte en infrastructuur\",\"Basisregistratie\"}",
              "dpia": "Nee", "website": "zie intranet", "begin_date": "ergens in 2020", "mprd": "Ja", "vendor_field": {"a": 1}}]
            """);

        var project = Assert.Single(result.Export.Projects);
        Assert.Equal("Dat hangt ervan af.", project.Extensions["x-algoritmeregister-status"].GetString());
        Assert.Equal("{\"Ruimte en infrastructuur\",\"Basisregistratie\"}", project.Extensions["x-algoritmeregister-category"].GetString());
        Assert.Equal(new[] { Theme.SpatialPlanningAndInfrastructure }, project.Themes.ToArray());
        Assert.Equal("Nee", project.Extensions["x-algoritmeregister-dpia"].GetString());
        Assert.Equal("zie intranet", project.Extensions["x-algoritmeregister-website"].GetString());
        Assert.Equal("ergens in 2020", project.Extensions["x-algoritmeregister-begin_date"].GetString());
        Assert.Equal("Ja", project.Extensions["x-algoritmeregister-mprd"].GetString());
        Assert.Equal(1, project.Extensions["x-algoritmeregister-vendor_field"].GetProperty("a").GetInt32());
        Assert.Null(project.Organization.Code);

        Assert.Equal(6, result.Findings.Count(f => f.Code == InteropCodes.KeptAsExtension));
        Assert.Contains(result.Findings, f => f.Code == InteropCodes.KeptAsExtension && f.Pointer == "/0/status" && f.MessageDutch.Contains("'Dat hangt ervan af.'"));
        Assert.Contains(result.Findings, f => f.Code == InteropCodes.UnknownField && f.Pointer == "/0/vendor_field");
        Assert.Contains(result.Findings, f => f.Code == InteropCodes.MunicipalityNotMatched && f.MessageEnglish.Contains("Gemeente Utrecht (GM0344)"));
    }

    [Fact]
    public void OlderVersions_AreNormalised()
    {
        var result = Importer.Import("""
            [{"name": "Scanauto", "organization": "gemeente den haag", "status": "in gebruik sinds 18-12-2020", "type": "Op regels gebaseerd",
              "category": "Veiligheid en handhaving", "dpia": "Ja", "dpia_description": "<p>Uitgevoerd in 2020.</p>", "iama": "n.v.t.",
              "goal": "<p>Doel.</p>", "impact": "Impact.", "revision_date": "11/24/2022", "lang": "Nederlands", "website": "www.denhaag.nl/scan"}]
            """);

        var project = Assert.Single(result.Export.Projects);
        Assert.Equal("Gemeente Den Haag", project.Organization.Name);
        Assert.Equal("GM0518", project.Organization.Code);
        Assert.Equal(Phase.Production, project.Lifecycle!.Phase);
        Assert.Equal(new PartialDate(2020, 12, 18), project.Lifecycle.BeginDate);
        Assert.Equal(new PartialDate(2022, 11, 24), project.Lifecycle.NextReview);
        Assert.Equal(AlgorithmType.RuleBased, project.Technique!.AlgorithmType);
        Assert.Equal(new[] { Theme.PublicOrderAndSafety }, project.Themes.ToArray());
        Assert.Equal("Doel.\n\nImpact.", project.Purpose!.GoalAndImpact);
        Assert.Equal(ContentLanguage.Nld, project.Language);
        Assert.Equal("https://www.denhaag.nl/scan", project.Transparency!.PublicPage);
        var dpia = project.Risk!.Assessments.Single(a => a.Type == AssessmentType.Dpia);
        Assert.Equal(AssessmentStatus.Done, dpia.Status);
        Assert.Equal("Uitgevoerd in 2020.", dpia.Outcome);
        Assert.Equal(AssessmentStatus.NotRequired, project.Risk.Assessments.Single(a => a.Type == AssessmentType.Iama).Status);
        Assert.Empty(project.Extensions);
        Assert.Contains(result.Findings, f => f.Code == InteropCodes.MunicipalityMatched);
        Assert.Contains(result.Findings, f => f.Code == InteropCodes.ValueInterpreted && f.Pointer == "/0/status" && f.MessageEnglish.Contains("since 2020-12-18"));
        Assert.Equal(1, result.Fields.Single(f => f.Field == "status").Normalised);
    }

    [Fact]
    public void SiteDataDumpRows_AreRead()
    {
        // The shape of the register's pub_data.json (MinBZK/Algoritmeregister backend/app/etl/data, 2023).
        var result = Importer.Import("""
            [{"name": "Vroeg eropaf", "organization": "Gemeente Amsterdam", "department": "Directie Inkomen", "type": null, "category": null,
              "status": null, "standard_version": "0.1.0", "uuid": null, "contact_email": "CIO-office@amsterdam.nl", "lang": "Nederlands",
              "published": true, "released": true, "create_dt": "2023-03-31 08:34:11.986578+00:00", "lars": "75856898",
              "owner": "gemeente-amsterdam", "leverancier_id": null}]
            """);

        var project = Assert.Single(result.Export.Projects);
        Assert.Equal("lars-75856898", project.Id);
        Assert.Equal("75856898", project.ExternalIds!.AlgoritmeregisterLars);
        Assert.Equal("GM0363", project.Organization.Code);
        Assert.Equal(1, result.StandardVersions["0.1"]);
        Assert.True(project.Extensions["x-algoritmeregister-published"].GetBoolean());
        Assert.Equal("gemeente-amsterdam", project.Extensions["x-algoritmeregister-owner"].GetString());
        Assert.DoesNotContain(result.Findings, f => f.Code == InteropCodes.UnknownField);
    }

    [Fact]
    public void ASupplierTemplate_IsMarkedAsOne()
    {
        var result = Importer.Import("[{\"id\": \"leverancier-x\", \"name\": \"A\", \"organization\": null, \"provider\": \"X B.V.\"}]", new ImportOptions { SourceName = "X.json" });

        var project = Assert.Single(result.Export.Projects);
        Assert.Equal("leverancier-x", project.Id);
        Assert.Equal(Provenance.SupplierTemplate, project.Record!.Provenance);
        Assert.Equal("X.json", project.Record.Source);
        Assert.Equal("X B.V.", Assert.Single(project.Suppliers).Name);
        Assert.Contains(result.Findings, f => f.Code == InteropCodes.NoOrganization);
    }

    [Fact]
    public void DuplicateIdsAndMissingNames_AreReported()
    {
        var result = Importer.Import("[{\"id\": \"a\", \"name\": \"A\", \"organization\": \"Gemeente Utrecht\"}, {\"id\": \"a\", \"organization\": \"Gemeente Utrecht\", \"goal\": \"x\"}]");

        Assert.Equal(["a", "a-2"], result.Export.Projects.Select(p => p.Id));
        Assert.Equal("(naam ontbreekt)", result.Export.Projects[1].Name);
        Assert.Contains(result.Findings, f => f.Code == InteropCodes.DuplicateId && f.Pointer == "/1/id");
        Assert.Contains(result.Findings, f => f.Code == InteropCodes.NameMissing && f.Pointer == "/1/name");
    }

    [Fact]
    public void Csv_QuotedWithSemicolons_IsRead()
    {
        var csv = "\"name\";\"organization\";\"status\";\"category\";\"goal\"\r\n"
            + "\"Parkeren; scanauto\";\"Gemeente Utrecht\";\"In gebruik\";\"{\"\"Verkeer\"\"}\";\"Regel 1\nRegel \"\"2\"\"\"\r\n"
            + "\"B\";\"Gemeente Amsterdam\";\"Actief\";\"\";\"\"\r\n";

        var result = Importer.Import(csv);

        Assert.Equal(RegisterFileFormat.Csv, result.Format);
        Assert.Equal(2, result.Export.Projects.Length);
        var first = result.Export.Projects[0];
        Assert.Equal("Parkeren; scanauto", first.Name);
        Assert.Equal(new[] { Theme.Traffic }, first.Themes.ToArray());
        Assert.Equal("Regel 1\nRegel \"2\"", first.Purpose!.GoalAndImpact);
        Assert.Equal(Phase.Production, result.Export.Projects[1].Lifecycle!.Phase);
    }

    [Fact]
    public void Csv_WithCommasAndDutchTitles_IsRead()
    {
        var result = Importer.Import("Naam,Organisatie,Status,Publicatiecategorie\nA,Gemeente Utrecht,In gebruik,Impactvolle algoritmes\n");

        var project = Assert.Single(result.Export.Projects);
        Assert.Equal(PublicationCategory.ImpactfulAlgorithm, project.Risk!.PublicationCategory);
    }

    [Fact]
    public void Csv_ARowWithTheWrongNumberOfCells_IsReportedWithItsLine()
    {
        var result = Importer.Import("name;organization\nA;Gemeente Utrecht\nB;Gemeente Utrecht;extra\n");

        Assert.Single(result.Export.Projects);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(InteropCodes.RowWrongShape, finding.Code);
        Assert.Equal(3, finding.Line);
    }

    [Fact]
    public void Csv_AnUnclosedQuote_IsReported()
    {
        var finding = Assert.Single(Importer.Import("name;organization\n\"A;Gemeente Utrecht\n").Findings);

        Assert.Equal(InteropCodes.MalformedCsv, finding.Code);
        Assert.Contains("line 2", finding.MessageEnglish);
    }

    [Fact]
    public void Latin1Csv_IsReadWithAWarning()
    {
        var bytes = Encoding.GetEncoding("ISO-8859-1").GetBytes("name;organization\nCaf\u00e9;Gemeente Utrecht\n");

        var result = Importer.Import(new MemoryStream(bytes));

        Assert.Equal("Caf\u00e9", Assert.Single(result.Export.Projects).Name);
        Assert.Equal(InteropCodes.NotUtf8, Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void Import_IsThreadSafe()
    {
        var json = "[{\"name\": \"A\", \"organization\": \"gemeente utrecht\", \"status\": \"Actief\"}]";
        var results = Enumerable.Range(0, 16).AsParallel().Select(_ => Importer.Import(json)).ToArray();

        Assert.All(results, r => Assert.Equal("GM0344", Assert.Single(r.Export.Projects).Organization.Code));
    }
}
