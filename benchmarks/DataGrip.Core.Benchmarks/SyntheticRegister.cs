using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// A seeded Algoritmeregister export like the register's download: two thirds v1.0 registrations (HTML fields,
/// groupings, the three-value status), one third older v0.1/0.2 rows with the drift seen in real data ("Actief",
/// "Rule based", free-text themes and Postgres array literals, "Ja"/"-"/"niet aanwezig" DPIA answers, drifting
/// organisation names, fields v1.0 dropped). About 2.5 KB per registration.
/// </summary>
public static class SyntheticRegister
{
    private static readonly string[] Organisations =
    [
        "Gemeente Utrecht", "Gemeente Den Haag", "gemeente amsterdam", "Gemeente Rotterdam", "Eindhoven", "Gemeente 's-Hertogenbosch",
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Provincie Utrecht",
    ];

    private static readonly string[] Sentences =
    [
        "Het algoritme controleert of een aanvraag volledig is ingevuld.",
        "Een medewerker beoordeelt altijd de uitkomst voordat er een besluit wordt genomen.",
        "De gegevens komen uit de Basisregistratie Personen en het eigen zaaksysteem.",
        "Burgers kunnen bezwaar maken tegen het besluit via de gebruikelijke procedure.",
        "Het model wordt elk jaar opnieuw getoetst op fouten en ongewenste verschillen tussen groepen.",
        "De scanauto leest kentekens en vergelijkt die met de parkeerrechten in het register.",
        "Zo kunnen meer aanvragen sneller en zorgvuldiger worden afgehandeld.",
    ];

    private static readonly string[] Statuses = ["In gebruik", "Actief", "In productie", "in gebruik sinds 18-12-2020", "Buiten gebruik", "In ontwikkeling", "Gestopt"];

    private static readonly string[] OldThemes = ["Sociale zekerheid", "Veiligheid en handhaving", "{\"Ruimte en infrastructuur\"}", "Basisregistratie", "Verkeer en vervoer"];

    /// <summary>The export as indented UTF-8 JSON (an array of registrations).</summary>
    public static byte[] Create(int count, int seed)
    {
        var random = new Random(seed);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            for (var i = 0; i < count; i++)
            {
                writer.WriteStartObject();
                if (i % 3 == 2)
                {
                    WriteOld(writer, random, i);
                }
                else
                {
                    WriteV10(writer, random, i);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private static void WriteV10(Utf8JsonWriter writer, Random random, int i)
    {
        writer.WriteString("name", $"Algoritme {i} voor {Pick(random, ["parkeren", "bijstand", "afval", "jeugdzorg"])}");
        writer.WriteString("description_short", Text(random, 2));
        writer.WriteString("organization", Pick(random, Organisations));
        writer.WriteStartArray("category");
        writer.WriteStringValue(Pick(random, ["Verkeer", "Sociale zekerheid", "Organisatie en bedrijfsvoering", "Wonen"]));
        writer.WriteEndArray();
        writer.WriteString("status", Pick(random, ["In gebruik", "In ontwikkeling", "Buiten gebruik"]));
        writer.WriteString("begin_date", $"20{random.Next(15, 25)}-{random.Next(1, 13):D2}");
        writer.WriteNull("end_date");
        writer.WriteString("contact_email", "algoritmes@gemeente.nl");
        writer.WriteString("website", $"https://www.gemeente.nl/algoritmes/{i}");
        writer.WriteString("publication_category", Pick(random, ["Impactvolle algoritmes", "Overige algoritmes"]));
        writer.WriteString("goal", "<p>" + Text(random, 3) + "</p><ul><li>" + Text(random, 1) + "</li><li>" + Text(random, 1) + "</li></ul>");
        writer.WriteString("proportionality", "<div>" + Text(random, 3) + "</div>");
        writer.WriteString("human_intervention", Text(random, 2));
        writer.WriteString("risks", "<p>" + Text(random, 2) + "</p>");
        writer.WriteString("lawful_basis", "<div><div>Participatiewet</div>\n<div>Algemene wet bestuursrecht</div></div>");
        writer.WriteStartArray("lawful_basis_grouping");
        writer.WriteStartObject();
        writer.WriteString("title", "Participatiewet");
        writer.WriteString("link", "https://wetten.overheid.nl/BWBR0015703");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartArray("impacttoetsen_grouping");
        writer.WriteStartObject();
        writer.WriteString("title", "Data Protection Impact Assessment (DPIA)");
        writer.WriteString("link", string.Empty);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteString("source_data", Text(random, 2));
        writer.WriteString("methods_and_models", Text(random, 4));
        writer.WriteString("provider", Pick(random, ["Centric Netherlands BV", "PinkRoccade Local Government", "Intern ontwikkeld"]));
        writer.WriteString("lang", "nld");
        writer.WriteString("standard_version", "1.0");
        writer.WriteString("source_id", $"ALG-{i:D6}");
        writer.WriteString("tags", "<p>parkeren, handhaving, kenteken</p>");
        writer.WriteString("lars", $"{i:x8}");
    }

    private static void WriteOld(Utf8JsonWriter writer, Random random, int i)
    {
        writer.WriteString("name", $"Registratie {i}");
        writer.WriteString("organization", Pick(random, Organisations));
        writer.WriteString("department", "Stadsbeheer");
        writer.WriteString("description_short", Text(random, 2));
        writer.WriteString("type", Pick(random, ["Rule based", "Zelflerend", "Op regels gebaseerd", "Voorspellend", string.Empty]));
        writer.WriteString("category", Pick(random, OldThemes));
        writer.WriteString("status", Pick(random, Statuses));
        writer.WriteString("goal", Text(random, 3));
        writer.WriteString("impact", Text(random, 2));
        writer.WriteString("proportionality", Text(random, 2));
        writer.WriteString("decision_making_process", "Parkeerbeheer");
        writer.WriteString("description", Text(random, 4) + "\n\n" + Text(random, 3));
        writer.WriteString("MPRD", Pick(random, ["Ja", "Nee", string.Empty]));
        writer.WriteString("source_data", Text(random, 2));
        writer.WriteString("methods_and_models", Text(random, 3));
        writer.WriteString("human_intervention", Text(random, 2));
        writer.WriteString("risks", Text(random, 2));
        writer.WriteString("lawful_basis", "Wegenverkeerswet 1994");
        writer.WriteString("DPIA", Pick(random, ["Ja", "Nee", "-", "niet aanwezig", string.Empty]));
        writer.WriteString("DPIA_description", string.Empty);
        writer.WriteString("objection_procedure", Text(random, 1));
        writer.WriteString("schema", "Metadatstandaard 0.2");
        writer.WriteString("contact_email", "info@gemeente.nl");
        writer.WriteString("area", "Utrecht");
        writer.WriteString("lang", "Nederlands");
        writer.WriteString("revision_date", "11/24/2022");
    }

    private static string Text(Random random, int sentences)
    {
        var parts = new List<string>(sentences);
        for (var s = 0; s < sentences; s++)
        {
            parts.Add(Sentences[random.Next(Sentences.Length)]);
        }

        return string.Join(" ", parts);
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
