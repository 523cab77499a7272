using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using DataGrip.Core.Interop;
using DataGrip.Core.Model;

namespace DataGrip.Core.Tests.Interop;

/// <summary>Issue 15: what a municipality already registered reaches the model and the v1.0 payload; one test per numbered point.</summary>
public sealed class LosslessInteropTests
{
    private static readonly AlgoritmeregisterImporter Importer = new();
    private static readonly AlgoritmeregisterExporter Exporter = new();

    private static JsonElement Payload(DataProject project) => JsonDocument.Parse(Exporter.Export(project).Json).RootElement.Clone();

    private static string? Field(JsonElement payload, string field) =>
        payload.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // 1. Assessments and laws of older registrations.
    [Fact]
    public void Point1_OlderAssessmentsAndLaws_ReachTheModelAndThePayload()
    {
        const string json = """[{"name":"A","organization":"Gemeente Utrecht","standard_version":"0.1.0","dpia":"Ja","dpia_description":"DPIA uitgevoerd in 2021, risico laag."},{"name":"B","organization":"Gemeente Utrecht","standard_version":"0.1.0","dpia":"Nee","dpia_description":"Geen persoonsgegevens, dus geen DPIA."},{"name":"C","organization":"Gemeente Utrecht","standard_version":"0.4.0","impacttoetsen":"{\"Data Protection Impact Assessment (DPIA)\"}","lawful_basis_link":"https://wetten.overheid.nl/BWBR0001903"}]""";
        var result = Importer.Import(json);
        var (a, b, c) = (result.Export.Projects[0], result.Export.Projects[1], result.Export.Projects[2]);

        // A: done, with its description as outcome; the payload names it and says what it found.
        var dpiaA = Assert.Single(a.Risk!.Assessments);
        Assert.Equal((AssessmentType.Dpia, AssessmentStatus.Done, "DPIA uitgevoerd in 2021, risico laag."), (dpiaA.Type, dpiaA.Status, dpiaA.Outcome));
        var payloadA = Payload(a);
        Assert.Equal("Data Protection Impact Assessment (DPIA)", payloadA.GetProperty("impacttoetsen_grouping")[0].GetProperty("title").GetString());
        Assert.Contains("DPIA uitgevoerd in 2021, risico laag.", HtmlText.ToText(Field(payloadA, "impacttoetsen")!));

        // B: "Nee" with a reason: not done, and why, sent as the explanation of impact assessments. No assessment is
        // recorded: "not required" would claim more than "Nee" says.
        Assert.True(b.Risk is null || b.Risk.Assessments.IsEmpty);
        Assert.Equal("Data Protection Impact Assessment (DPIA): niet uitgevoerd: Geen persoonsgegevens, dus geen DPIA.", b.Transparency!.ImpactAssessmentsExplanation);
        Assert.Equal("<p>Data Protection Impact Assessment (DPIA): niet uitgevoerd: Geen persoonsgegevens, dus geen DPIA.</p>", Field(Payload(b), "impacttoetsen"));
        Assert.Empty(b.Extensions);

        // C: the 0.4 array literal is an assessment done (not explanation text); the law link a law reference.
        var dpiaC = Assert.Single(c.Risk!.Assessments);
        Assert.Equal((AssessmentType.Dpia, AssessmentStatus.Done), (dpiaC.Type, dpiaC.Status));
        var payloadC = Payload(c);
        Assert.Null(Field(payloadC, "impacttoetsen"));
        Assert.Equal("Data Protection Impact Assessment (DPIA)", payloadC.GetProperty("impacttoetsen_grouping")[0].GetProperty("title").GetString());
        Assert.Equal("https://wetten.overheid.nl/BWBR0001903", payloadC.GetProperty("lawful_basis_grouping")[0].GetProperty("link").GetString());
        Assert.Equal("https://wetten.overheid.nl/BWBR0001903", Assert.Single(c.Legal!.References).Link);
    }

    [Fact]
    public void Point1_TheRegistersMisspeltArrayLiteral_IsStillADpia()
    {
        var project = Assert.Single(Importer.Import("""[{"name":"C","organization":"Gemeente Utrecht","impacttoetsen":"{\"Data Protection Impact Asssesment (DPIA)\",\"IAMA\"}"}]""").Export.Projects);

        Assert.Equal(new[] { AssessmentType.Dpia, AssessmentType.Iama }, project.Risk!.Assessments.Select(x => x.Type));
        Assert.Equal("Data Protection Impact Asssesment (DPIA)", project.Risk.Assessments[0].Title);
    }

    [Fact]
    public void Point1_AV10ExplanationInBraces_IsText()
    {
        var project = Assert.Single(Importer.Import("""[{"name":"C","organization":"Gemeente Utrecht","standard_version":"1.0","impacttoetsen":"{geen}"}]""").Export.Projects);

        Assert.True(project.Risk is null || project.Risk.Assessments.IsEmpty);
        Assert.Equal("{geen}", project.Transparency!.ImpactAssessmentsExplanation);
    }

    // 2. The register's CSV downloads.
    [Fact]
    public void Point2_TheCsvDownload_KeepsTheRegisterIdAndEveryList()
    {
        const string csv = "\"name\",\"organization\",\"lawful_basis_grouping\",\"source_data_grouping\",\"algorithm_id\",\"standard_version\"\n"
            + "\"A\",\"Gemeente Utrecht\",\"1: AVG, https://wetten.overheid.nl/BWBR0040940\",\"1: BRP, https://www.rvig.nl/brp\",\"12345678\",\"1.0\"\n";
        var result = Importer.Import(csv);
        var project = Assert.Single(result.Export.Projects);

        Assert.Equal("12345678", project.ExternalIds!.AlgoritmeregisterLars);
        Assert.Equal(("AVG", "https://wetten.overheid.nl/BWBR0040940"), (project.Legal!.References[0].Title, project.Legal.References[0].Link));
        Assert.Equal(("BRP", "https://www.rvig.nl/brp"), (project.Data!.Sources[0].Title, project.Data.Sources[0].Link));
        Assert.Empty(project.Extensions);
        Assert.DoesNotContain(result.Findings, f => f.Code is InteropCodes.UnknownField or InteropCodes.KeptAsExtension);

        var payload = Payload(project);
        Assert.Equal("12345678", Field(payload, "lars"));
        Assert.Equal("AVG", payload.GetProperty("lawful_basis_grouping")[0].GetProperty("title").GetString());
        Assert.Equal("https://www.rvig.nl/brp", payload.GetProperty("source_data_grouping")[0].GetProperty("link").GetString());
    }

    [Fact]
    public void Point2_SeveralListLinesAndAssessments_AreRead()
    {
        const string csv = "name;organization;impacttoetsen_grouping;lawful_basis_grouping\n"
            + "A;Gemeente Utrecht;\"1: DPIA, https://utrecht.nl/dpia\n2: IAMA\";\"1: AVG, https://wetten.overheid.nl/BWBR0040940\r\n2: Participatiewet, https://wetten.overheid.nl/BWBR0015703\"\n";
        var project = Assert.Single(Importer.Import(csv).Export.Projects);

        Assert.Equal(new[] { ("DPIA", (string?)"https://utrecht.nl/dpia"), ("IAMA", null) }, project.Risk!.Assessments.Select(a => (a.Title!, a.Link)));
        Assert.Equal(new[] { "AVG", "Participatiewet" }, project.Legal!.References.Select(r => r.Title));
    }

    [Fact]
    public void Point2_The2022DownloadsDottedHeaders_AreReadByTheirField()
    {
        const string csv = "\"name\",\"organization\",\"inzet.goal\",\"metadata_algorithm.contact_email\",\"toezicht.human_intervention\",\"algemene_informatie.description_short\"\n"
            + "\"A\",\"Gemeente Utrecht\",\"Sneller controleren.\",\"algoritmes@utrecht.nl\",\"Een medewerker beslist.\",\"Kort.\"\n";
        var result = Importer.Import(csv);
        var project = Assert.Single(result.Export.Projects);

        Assert.Equal("Sneller controleren.", project.Purpose!.GoalAndImpact);
        Assert.Equal("algoritmes@utrecht.nl", project.Contact);
        Assert.Equal("Een medewerker beslist.", project.Oversight!.HumanIntervention);
        Assert.Equal("Kort.", project.ShortDescription);
        Assert.Empty(project.Extensions);
    }

    [Fact]
    public void Point2_The2022DownloadLayout_MapsEveryOneOfIts37Columns()
    {
        // The column layout of the register's 2022 CSV download (grouped, dotted headers).
        string[] header =
        [
            "name", "organization", "department", "description_short", "type", "category", "website", "status", "inzet.goal", "inzet.impact",
            "inzet.proportionality", "inzet.decision_making_process", "inzet.documentation", "juridisch.competent_authority",
            "juridisch.lawful_basis", "juridisch.iama", "juridisch.iama_description", "juridisch.dpia", "juridisch.dpia_description",
            "juridisch.objection_procedure", "metadata_algorithm.schema_metadata", "metadata_algorithm.uuid", "metadata_algorithm.url",
            "metadata_algorithm.contact_email", "metadata_algorithm.area", "metadata_algorithm.lang", "metadata_algorithm.revision_date",
            "toepassing.description", "toepassing.application_url", "toepassing.publiccode", "toepassing.mprd", "toepassing.source_data",
            "toepassing.methods_and_models", "toezicht.monitoring", "toezicht.human_intervention", "toezicht.risks", "toezicht.performance_standard",
        ];
        string[] row =
        [
            "Parkeerscan", "Gemeente Utrecht", "Stadsbeheer", "Een scanauto controleert parkeerrechten.", "Regelgebaseerd", "Verkeer",
            "https://www.utrecht.nl/parkeren", "In gebruik", "Sneller controleren.", "Minder fout geparkeerde auto's.", "Afgewogen.",
            "Een medewerker beslist.", "https://www.utrecht.nl/doc", "College van B en W", "Wegenverkeerswet 1994", "Nee", "", "Ja",
            "DPIA uitgevoerd.", "Bezwaar bij de gemeente.", "Metadatstandaard 0.2", "b6c1e5a2-0000-0000-0000-000000000000",
            "https://algoritmes.utrecht.nl/1", "parkeren@utrecht.nl", "Utrecht", "Nederlands", "2023-01", "Kentekens worden gescand.",
            "https://www.utrecht.nl/app", "https://github.com/utrecht/scan", "Nee", "RDW, BRP", "Een beslisboom.", "Maandelijks.",
            "Een handhaver kijkt mee.", "Fouten worden hersteld.", "99%",
        ];
        Assert.Equal(37, header.Length);
        var csv = string.Join(",", header.Select(h => "\"" + h + "\"")) + "\n" + string.Join(",", row.Select(v => "\"" + v + "\"")) + "\n";
        var result = Importer.Import(csv);
        var project = Assert.Single(result.Export.Projects);

        // Every column is a known field: none is reported as unknown.
        Assert.DoesNotContain(result.Findings, f => f.Code == InteropCodes.UnknownField);
        Assert.Equal("0.2", Assert.Single(result.StandardVersions).Key);
        Assert.Equal("Sneller controleren.\n\nMinder fout geparkeerde auto's.", project.Purpose!.GoalAndImpact);
        Assert.Equal(("parkeren@utrecht.nl", "https://algoritmes.utrecht.nl/1"), (project.Contact, project.Transparency!.SourceRegistrationUrl));
        Assert.Equal(new[] { "RDW", "BRP" }, project.Data!.Sources.Select(s => s.Title));

        var payload = Payload(project);
        var carried = payload.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(
            new[] { "name", "description_short", "organization", "category", "status", "contact_email", "website", "url", "goal", "proportionality", "human_intervention", "risks", "lawful_basis", "impacttoetsen_grouping", "impacttoetsen", "source_data", "methods_and_models", "publiccode", "lang", "standard_version" },
            carried);
    }

    // 3. Organisation identifiers.
    [Theory]
    [InlineData("org_id", "gm0344", "GM0344", OrganizationType.Gemeente)]
    [InlineData("owner", "pv22", "PV22", OrganizationType.Provincie)]
    [InlineData("org_id", "ws0636", "WS0636", OrganizationType.Waterschap)]
    [InlineData("org_id", "so0335", "SO0335", OrganizationType.RegionaalSamenwerkingsorgaan)]
    public void Point3_TheRegistersOrganisationId_SetsCodeAndType(string field, string id, string code, OrganizationType type)
    {
        var result = Importer.Import($$"""[{"name":"A","organization":"Een organisatie","{{field}}":"{{id}}"}]""");
        var project = Assert.Single(result.Export.Projects);

        Assert.Equal((code, type), (project.Organization.Code, project.Organization.Type));
        Assert.Empty(project.Extensions);
        Assert.Contains(result.Findings, f => f.Code == InteropCodes.OrganizationFromId && f.Pointer == "/0/" + field);
    }

    [Fact]
    public void Point3_ARecordWithOnlyAMunicipalitysOrgId_IsThatMunicipalitysNotASupplierTemplate()
    {
        var result = Importer.Import("""[{"name":"A","org_id":"gm0344"}]""");
        var project = Assert.Single(result.Export.Projects);

        Assert.Equal(("Gemeente Utrecht", "GM0344", OrganizationType.Gemeente), (project.Organization.Name, project.Organization.Code, project.Organization.Type));
        Assert.Equal(Provenance.Import, project.Record!.Provenance);
        Assert.DoesNotContain(result.Findings, f => f.Code == InteropCodes.NoOrganization);
        Assert.Equal("Gemeente Utrecht", Field(Payload(project), "organization"));
    }

    [Fact]
    public void Point3_AnOrgIdOfNoMunicipality_IsKept()
    {
        var project = Assert.Single(Importer.Import("""[{"name":"A","organization":"Gemeente Utrecht","org_id":"gm9999"}]""").Export.Projects);

        Assert.Equal("GM0344", project.Organization.Code);
        Assert.Equal("gm9999", project.Extensions["x-algoritmeregister-org_id"].GetString());
    }

    // 4. Data sources in prose.
    [Fact]
    public void Point4_SourcesInProse_AreReadMarkedAndTheTextKept()
    {
        const string json = """[{"name":"A","organization":"Gemeente Utrecht","source_data":"RDW, Vergunningen/ontheffingen, GBA, Nationaal Parkeer Register"},{"name":"B","organization":"Gemeente Utrecht","source_data":"Het CBS maakt gebruik van de BRP, BAG, WOZ, Kadaster"},{"name":"C","organization":"Gemeente Utrecht","source_data":"Voorletters, tussenvoegsel, achternaam, adres"}]""";
        var result = Importer.Import(json);
        var (a, b, c) = (result.Export.Projects[0], result.Export.Projects[1], result.Export.Projects[2]);

        Assert.Equal(new[] { "RDW", "Vergunningen/ontheffingen", "GBA", "Nationaal Parkeer Register" }, a.Data!.Sources.Select(s => s.Title));
        Assert.All(a.Data.Sources, s => Assert.True(s.ReadFromText));
        Assert.Equal(BaseRegistry.Brp, a.Data.Sources.Single(s => s.Title == "GBA").BaseRegistry);
        Assert.Equal("RDW, Vergunningen/ontheffingen, GBA, Nationaal Parkeer Register", a.Data.Description);

        Assert.Equal(new[] { "BRP", "BAG", "WOZ", "Kadaster" }, b.Data!.Sources.Select(s => s.Title));
        Assert.Equal(new BaseRegistry?[] { BaseRegistry.Brp, BaseRegistry.Bag, BaseRegistry.Woz, null }, b.Data.Sources.Select(s => s.BaseRegistry));

        // Data items are no sources: nothing is invented.
        Assert.Empty(c.Data!.Sources);
        Assert.Equal(2, result.Findings.Count(f => f.Code == InteropCodes.SourcesReadFromText));

        // The payload sends the text as it was, and no grouping the registration did not have.
        var payload = Payload(a);
        Assert.Equal("RDW, Vergunningen/ontheffingen, GBA, Nationaal Parkeer Register", HtmlText.ToText(Field(payload, "source_data")!));
        Assert.False(payload.TryGetProperty("source_data_grouping", out _));
    }

    [Fact]
    public void Point4_GivenSources_AreNotAddedToFromTheText()
    {
        var project = Assert.Single(Importer.Import("""[{"name":"A","organization":"Gemeente Utrecht","source_data":"Wij gebruiken de BRP.","source_data_grouping":[{"title":"Basisregistratie Personen","link":"https://www.rvig.nl/brp"}]}]""").Export.Projects);

        var source = Assert.Single(project.Data!.Sources);
        Assert.Null(source.ReadFromText);
    }

    // 5. Fields of the current standard the model lacked.
    [Fact]
    public void Point5_UrlSourceDataImpactExplanationAndPublicationDate_HaveAHomeInTheModel()
    {
        const string json = """{"name":"A","organization":"Gemeente Utrecht","standard_version":"1.0","url":"https://algoritmes.utrecht.nl/a","source_data":"<p>BRP-gegevens</p>","impacttoetsen":"<p>Geen IAMA: geen beslissingen over mensen.</p>","publication_dt":"2024-05-16"}""";
        var result = Importer.Import(json);
        var project = Assert.Single(result.Export.Projects);

        Assert.Equal("https://algoritmes.utrecht.nl/a", project.Transparency!.SourceRegistrationUrl);
        Assert.Equal("BRP-gegevens", project.Data!.Description);
        Assert.Equal("Geen IAMA: geen beslissingen over mensen.", project.Transparency.ImpactAssessmentsExplanation);
        Assert.Equal(new PartialDate(2024, 5, 16), project.Transparency.Register!.PublishedOn);
        Assert.Empty(project.Extensions);
        Assert.DoesNotContain(result.Findings, f => f.Code == InteropCodes.KeptAsExtension);

        var payload = Payload(project);
        Assert.Equal("https://algoritmes.utrecht.nl/a", Field(payload, "url"));
        Assert.Equal("<p>BRP-gegevens</p>", Field(payload, "source_data"));
        Assert.Equal("<p>Geen IAMA: geen beslissingen over mensen.</p>", Field(payload, "impacttoetsen"));
        Assert.Equal("2024-05-16", Field(payload, "publication_dt"));
    }

    [Fact]
    public void Point5_APublicationTimestamp_IsKeptAsItWas()
    {
        var project = Assert.Single(Importer.Import("""{"name":"A","organization":"Gemeente Utrecht","publication_dt":"2024-05-16T10:12:00"}""").Export.Projects);

        Assert.Equal("2024-05-16T10:12:00", Field(Payload(project), "publication_dt"));
    }

    // 6. Text the register would mangle or refuse.
    [Fact]
    public void Point6_AnAddressInAngleBrackets_IsSentSoTheCleanerKeepsIt()
    {
        var project = new DataProject { Id = "p", Name = "A", Organization = new Organization { Name = "Gemeente Utrecht" }, Contact = "Team Data <data@utrecht.nl>" };
        var payload = Exporter.Export(project);

        Assert.Equal("Team Data (data@utrecht.nl)", Field(JsonDocument.Parse(payload.Json).RootElement, "contact_email"));
        var finding = Assert.Single(payload.Findings, f => f.Code == InteropCodes.MarkupInPlainText);
        Assert.Equal("/contact_email", finding.Pointer);
        Assert.Contains("Team Data <data@utrecht.nl>", finding.MessageDutch);
    }

    [Fact]
    public void Point6_TagsNear2500Characters_FitTheRegistersStoredValue()
    {
        var terms = Enumerable.Range(0, 300).Select(i => "zoekterm" + i).ToArray(); // about 3,500 characters
        var project = new DataProject { Id = "p", Name = "A", Organization = new Organization { Name = "Gemeente Utrecht" }, Tags = [.. terms] };
        var payload = Exporter.Export(project);
        var tags = Field(JsonDocument.Parse(payload.Json).RootElement, "tags")!;

        // The register stores "<p>" + tags + "</p>" in 2,500 characters; only whole terms are left out.
        Assert.True(("<p>" + tags + "</p>").Length <= 2500);
        Assert.True(("<p>" + tags + ", zoekterm" + tags.Split(',').Length + "</p>").Length > 2500);
        Assert.All(tags.Split(", "), t => Assert.Contains(t, terms));
        Assert.Contains(payload.Findings, f => f.Code == InteropCodes.TextCut && f.Pointer == "/tags");
    }

    [Fact]
    public void Point6_TagsOf2494Characters_AreCut_BecauseTheStoredValueWouldNotFit()
    {
        var tags = string.Join(", ", Enumerable.Repeat("abcdefghij", 208)); // 2,494 characters: "<p>…</p>" makes 2,501
        var project = new DataProject { Id = "p", Name = "A", Organization = new Organization { Name = "Gemeente Utrecht" }, Tags = [tags] };
        var sent = Field(Payload(project), "tags")!;

        Assert.Equal(2494, tags.Length);
        Assert.True(sent.Length <= 2493);
        Assert.StartsWith(sent, tags);
    }

    [Fact]
    public void Point6_NumberedLines_KeepTheirNumbersInTheRegistersText()
    {
        var project = new DataProject { Id = "p", Name = "A", Organization = new Organization { Name = "Gemeente Utrecht" }, Legal = new LegalBasis { LawfulBasis = "1. WOO\n2. WDO" } };
        var html = Field(Payload(project), "lawful_basis")!;

        Assert.DoesNotContain("<ol>", html);
        Assert.Equal("1. WOO\n2. WDO", RegisterComparison.RegisterText(html));
    }

    // 7. Cutting no more than the register does.
    [Fact]
    public void Point7_MoreThanThreeThemes_AreAllSent()
    {
        var project = new DataProject { Id = "p", Name = "A", Organization = new Organization { Name = "Gemeente Utrecht" }, Themes = [Theme.Traffic, Theme.Work, Theme.Law, Theme.Economy, Theme.Housing] };
        var payload = Exporter.Export(project);

        Assert.Equal(5, JsonDocument.Parse(payload.Json).RootElement.GetProperty("category").GetArrayLength());
        Assert.DoesNotContain(payload.Findings, f => f.Code == InteropCodes.TooManyThemes);
    }

    [Fact]
    public void Point7_AnHtmlFieldIsCutByItsText_NotItsMarkup()
    {
        // 2,099 characters of text in 300 list items: 3,909 characters of markup, within the text limit.
        var text = string.Join("\n", Enumerable.Range(0, 300).Select(i => "- item"));
        var project = new DataProject { Id = "p", Name = "A", Organization = new Organization { Name = "Gemeente Utrecht" }, Purpose = new Purpose { GoalAndImpact = text } };
        var payload = Exporter.Export(project);
        var html = Field(JsonDocument.Parse(payload.Json).RootElement, "goal")!;

        Assert.True(html.Length > 2500);
        Assert.Equal(text, HtmlText.ToText(html));
        Assert.DoesNotContain(payload.Findings, f => f.Code == InteropCodes.TextCut);
    }

    [Fact]
    public void Point7_LengthsAreCountedInCharacters_NotUtf16Units()
    {
        var name = new string('n', 98) + "😀"; // 99 characters, 100 UTF-16 units
        var project = new DataProject { Id = "p", Name = name, Organization = new Organization { Name = "Gemeente Utrecht" } };
        var payload = Exporter.Export(project);

        Assert.Equal(name, Field(JsonDocument.Parse(payload.Json).RootElement, "name"));
        Assert.DoesNotContain(payload.Findings, f => f.Code == InteropCodes.TextCut);

        var longer = new string('n', 100) + "😀"; // 101 characters: cut to 99 and "…", the emoji not split
        var cut = Field(Payload(project with { Name = longer }), "name")!;
        Assert.Equal(new string('n', 99) + "…", cut);
    }

    [Fact]
    public void Point7_ALongOrganisationName_IsSentWholeWithAWarning()
    {
        var name = "Gemeenschappelijke Regeling " + new string('x', 90);
        var project = new DataProject { Id = "p", Name = "A", Organization = new Organization { Name = name } };
        var payload = Exporter.Export(project);

        Assert.Equal(name, Field(JsonDocument.Parse(payload.Json).RootElement, "organization"));
        Assert.Equal(Severity.Warning, Assert.Single(payload.Findings, f => f.Code == InteropCodes.OrganizationNameLong).Severity);
    }

    // 8. Encodings and shapes.
    [Fact]
    public void Point8_AWindows1252File_IsReadAsWindows1252()
    {
        var bytes = new byte[] { (byte)'[', (byte)'{' }
            .Concat(Encoding.ASCII.GetBytes("\"name\":\"Bedrag in "))
            .Concat(new byte[] { 0x80 })
            .Concat(Encoding.ASCII.GetBytes("\",\"organization\":\"Gemeente "))
            .Concat(new byte[] { 0x92 })
            .Concat(Encoding.ASCII.GetBytes("s-Hertogenbosch\"}]"))
            .ToArray();
        var result = Importer.Import(new MemoryStream(bytes));
        var project = Assert.Single(result.Export.Projects);

        Assert.Equal("Bedrag in €", project.Name);
        Assert.Contains(result.Findings, f => f.Code == InteropCodes.NotUtf8);
        Assert.StartsWith("Gemeente ’s-Hertogenbosch", project.Organization.Name.Replace("'", "’"));
        Assert.Equal("GM0796", project.Organization.Code);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Point8_Utf16WithAByteOrderMark_IsRead(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("name;organization\nParkeerscan;Gemeente Utrecht\n")).ToArray();
        var result = Importer.Import(new MemoryStream(bytes));

        Assert.Equal(RegisterFileFormat.Csv, result.Format);
        Assert.Equal("Parkeerscan", Assert.Single(result.Export.Projects).Name);
    }

    [Fact]
    public void Point8_ATabSeparatedFile_IsRead()
    {
        var result = Importer.Import("name\torganization\tstatus\nParkeerscan\tGemeente Utrecht\tIn gebruik\n");

        var project = Assert.Single(result.Export.Projects);
        Assert.Equal(("Parkeerscan", "GM0344", Phase.Production), (project.Name, project.Organization.Code, project.Lifecycle!.Phase!.Value));
    }

    [Fact]
    public void Point8_ACrlfInsideAQuotedCell_IsOneNewLine()
    {
        var project = Assert.Single(Importer.Import("name,organization,methods_and_models\r\nA,Gemeente Utrecht,\"Regel een\r\nRegel twee\"\r\n").Export.Projects);

        Assert.Equal("Regel een\nRegel twee", project.Technique!.MethodsAndModels);
    }

    // 9. HTML to text.
    [Theory]
    [InlineData("<p title=\"a > b\">tekst</p>", "tekst")]
    [InlineData("<p title='a > b'>tekst</p>", "tekst")]
    [InlineData("<p title = \"a > b\" class=x>tekst</p>", "tekst")]
    [InlineData("<p title=\"a > b>tekst</p> rest", "b>tekst\n\nrest")] // an unclosed quote: the first ">" ends the tag
    [InlineData("een <!-- opmerking --> twee", "een twee")]
    [InlineData("een <!-- a > b --> twee", "een twee")]
    [InlineData("<table><tr><td>cel 1</td><td>cel 2</td></tr><tr><td>cel 3</td></tr></table>", "cel 1 cel 2\ncel 3")]
    [InlineData("A &amp B", "A & B")]
    [InlineData("A &amp; B &ampersand", "A & B &ampersand")]
    [InlineData("5 &lt 6 &gt 4", "5 < 6 > 4")]
    public void Point9_HtmlToText_ReadsAsABrowserDoes(string html, string expected) => Assert.Equal(expected, HtmlText.ToText(html));

    // 10. The docs (docs/interop.md).
    [Fact]
    public void Point10_TheReadmeNamesTheCurrentConfigAndTheTermsOfTheRoundTrip()
    {
        var readme = Support.Repository.DocText("interop");

        Assert.DoesNotContain("says 350", readme);
        Assert.Contains("compare by their text as the register's cleaner leaves", readme);
        Assert.Contains("all 27", readme);
    }
}
