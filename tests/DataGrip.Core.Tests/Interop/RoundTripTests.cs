using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Interop;
using DataGrip.Core.Model;
using DataGrip.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DataGrip.Core.Tests.Interop;

/// <summary>A v1.0 registration imported and exported again is equal field by field.</summary>
public sealed class RoundTripTests
{
    private static readonly string? Templates = Repository.SharedData("algoritmeregister", "templates-v1.0");

    [Fact]
    public void EveryRealSupplierTemplate_RoundTripsFieldByField()
    {
        if (Templates is null)
        {
            Console.WriteLine("SKIPPED: ../shared/data/algoritmeregister/templates-v1.0 is not on this machine.");
            return;
        }

        var importer = new AlgoritmeregisterImporter();
        var exporter = new AlgoritmeregisterExporter();
        var count = 0;
        foreach (var file in Directory.GetFiles(Templates, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var originals = JsonDocument.Parse(text).RootElement.EnumerateArray().ToArray();
            var result = importer.Import(text);

            Assert.False(result.HasErrors, string.Join("\n", result.Findings.Where(f => f.Severity == Severity.Error)));
            Assert.Equal(originals.Length, result.Export.Projects.Length);
            for (var i = 0; i < originals.Length; i++)
            {
                var project = result.Export.Projects[i];
                Assert.Equal(Provenance.SupplierTemplate, project.Record!.Provenance);
                var payload = exporter.Export(project);
                var differences = RegisterComparison.Differences(originals[i], JsonDocument.Parse(payload.Json).RootElement);
                Assert.True(differences.Count == 0, $"{Path.GetFileName(file)}[{i}]:\n" + string.Join("\n", differences));

                // A template has no organisation and (mostly) no contact: the exporter says what is still needed.
                Assert.Contains(payload.Findings, f => f.Code == InteropCodes.RequiredFieldMissing && f.Pointer == "/organization");
                count++;
            }
        }

        Assert.Equal(27, count);
    }

    [Property(MaxTest = 200)]
    public Property GeneratedV10Registration_RoundTripsFieldByField() =>
        Prop.ForAll(RegistrationGenerator.Registration.ToArbitrary(), json =>
        {
            var result = new AlgoritmeregisterImporter().Import(json);
            var project = Assert.Single(result.Export.Projects);
            var payload = new AlgoritmeregisterExporter().Export(project);
            var differences = RegisterComparison.Differences(JsonDocument.Parse(json).RootElement, JsonDocument.Parse(payload.Json).RootElement);

            Assert.True(differences.Count == 0, json + "\n" + string.Join("\n", differences));
            Assert.True(payload.IsSubmittable, string.Join("\n", payload.Findings));
            // Only the v1.0 fields the model has no place for are kept as extensions (and reported); nothing else.
            Assert.All(result.Findings.Where(f => f.Severity != Severity.Info), f =>
            {
                Assert.Equal(InteropCodes.KeptAsExtension, f.Code);
                Assert.Contains(f.Pointer, new[] { "/url", "/impacttoetsen", "/source_data", "/publication_dt", "/provider" });
            });
        });

    [Property(MaxTest = 300)]
    public Property HtmlText_CleanPlainText_IsAFixedPoint() =>
        Prop.ForAll(RegistrationGenerator.PlainText.ToArbitrary(), raw =>
        {
            // Plain text (no tags or entities) is cleaned once; cleaning the result again changes nothing.
            var text = HtmlText.ToText(raw);
            Assert.Equal(text, HtmlText.ToText(text));
            Assert.Equal(HtmlText.Tidy(raw.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u00A0', ' ')), text);
        });

    [Property(MaxTest = 300)]
    public Property HtmlText_ToTextOfToHtml_GivesTheTextBack() =>
        Prop.ForAll(RegistrationGenerator.RawText.ToArbitrary(), raw =>
        {
            var text = HtmlText.ToText(raw);
            Assert.Equal(text, HtmlText.ToText(HtmlText.ToHtml(text)));
        });
}
