using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using DataGrip.Core.Model;
using DataGrip.Core.Risk;
using DataGrip.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DataGrip.Core.Tests.Risk;

/// <summary>
/// <see cref="RiskFramework.Load(string)"/> throws nothing but its documented <see cref="InvalidDataException"/> on any
/// input, and <see cref="RiskAssessor"/> throws nothing on any value the model allows (nulls inside lists, null
/// sub-records, values outside an enum's names).
/// </summary>
public sealed class RiskRobustnessTests
{
    private const string Valid = """
        {"frameworkVersion":"1.0","name":"Kader","maxImpactLevelWithoutCouncilDecision":"II","excluded":{"aiActClasses":["prohibited"]},
         "councilDecision":{"aiActClasses":["highRisk"],"specialCategories":["health"],"sensitiveCategories":["bsn"],"criminalData":true,"techniques":["machineLearning"]},
         "requiredAssessments":{"II":["prescanDpia"],"III":["dpia","iama"]},"noPredictiveProfilingThemes":["socialSecurity"],"humanFinalDecisionFromLevel":"III"}
        """;

    /// <summary>Pieces that have broken JSON readers: lone surrogates (escaped and raw), huge numbers, deep nesting, wrong types.</summary>
    private static readonly string[] Pieces =
    [
        "\"\\ud800\"", "\"\\udc00x\"", "\"\\ud83d\\ude00\"", "\"\ud800\"", "\"\\u0000\"", "1e400", "-1e400", "123456789012345678901234567890", "0.0000000000000000000001e-400",
        "null", "true", "false", "[]", "{}", "\"\"", "\"IV\"", "\"V\"", "\"highRisk\"", "[\"\\ud800\"]", "[null]", "[1]", "[[[[[[[[[[]]]]]]]]]]",
        "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":{}}}}}}}}}", "\"" + new string('x', 5000) + "\"", "NaN", "Infinity", "01", "1.", "\"\\x\"",
    ];

    private static readonly string[] Keys =
    [
        "frameworkVersion", "name", "maxImpactLevelWithoutCouncilDecision", "excluded", "councilDecision", "requiredAssessments",
        "noPredictiveProfilingThemes", "humanFinalDecisionFromLevel", "$schema", "aiActClasses", "specialCategories", "sensitiveCategories",
        "criminalData", "techniques", "II", "\\ud800", "\ud800", "",
    ];

    [Fact]
    public void Load_ThrowsOnlyInvalidDataException_OnFuzzedInput()
    {
        // Fixed seed, about ten seconds: mutations of a valid file, structured nonsense, and random bytes.
        var random = new Random(20261201);
        var clock = Stopwatch.StartNew();
        var valid = 0;
        var invalid = 0;
        var cases = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(10) || cases < 2000)
        {
            var text = (cases % 4) switch
            {
                0 => Mutate(Valid, random),
                1 => Structured(random, 0),
                2 => Splice(Valid, random),
                _ => RandomBytes(random),
            };
            cases++;
            if (Loads(text) | LoadsStream(text))
            {
                valid++;
            }
            else
            {
                invalid++;
            }
        }

        // The fuzzer reaches both outcomes, so it is not only feeding garbage.
        Assert.True(valid > 0, "no fuzzed input was a valid framework");
        Assert.True(invalid > 0, "no fuzzed input was invalid");
    }

    [Theory]
    [InlineData("{\"frameworkVersion\":\"\\ud800\",\"name\":\"x\",\"maxImpactLevelWithoutCouncilDecision\":\"II\"}")]
    [InlineData("{\"frameworkVersion\":\"1.0\",\"name\":\"\\udfff\",\"maxImpactLevelWithoutCouncilDecision\":\"II\"}")]
    [InlineData("{\"frameworkVersion\":\"1.0\",\"name\":\"x\",\"maxImpactLevelWithoutCouncilDecision\":\"II\",\"\\ud800\":1}")]
    [InlineData("{\"frameworkVersion\":\"1.0\",\"name\":\"x\",\"maxImpactLevelWithoutCouncilDecision\":\"II\",\"excluded\":{\"aiActClasses\":[\"\\ud800\"]}}")]
    [InlineData("{\"frameworkVersion\":\"1.0\",\"name\":\"x\",\"maxImpactLevelWithoutCouncilDecision\":1e400}")]
    [InlineData("{\"frameworkVersion\":1e400,\"name\":123456789012345678901234567890,\"maxImpactLevelWithoutCouncilDecision\":[]}")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")]
    [InlineData("\"\ud800\"")]
    [InlineData("")]
    public void Load_RejectsTheKnownTrapsWithInvalidDataException(string json)
    {
        Assert.Throws<InvalidDataException>(() => RiskFramework.Load(json));
        Assert.Throws<InvalidDataException>(() => RiskFramework.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }

    [Fact]
    public void Load_RejectsNullWithArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => RiskFramework.Load((string)null!));
        Assert.Throws<ArgumentNullException>(() => RiskFramework.Load((Stream)null!));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void Assess_NeverThrows_OnNullsTheModelAllows(ProjectExport export, int seed)
    {
        var random = new Random(seed);
        var assessors = new[] { new RiskAssessor(), new RiskAssessor(new RiskOptions { InferAnswers = false }), new RiskAssessor(new RiskOptions { Framework = Strict }) };
        foreach (var project in export.Projects)
        {
            var holed = Holes(project, random);
            foreach (var assessor in assessors)
            {
                var result = assessor.Assess(holed);

                // Every reason still makes a finding in both languages.
                Assert.All(result.Explain(), f => Assert.False(string.IsNullOrEmpty(f.MessageDutch)));
                Assert.Equal(holed.Id, result.ProjectId);
            }
        }
    }

    [Fact]
    public void Assess_NeverThrows_OnABareProjectWithNullListItems()
    {
        var project = new DataProject
        {
            Id = "p",
            Name = "Kaal",
            Organization = null!,
            Roles = [null!],
            Suppliers = [null!],
            Partners = [null!],
            RelatedProjects = [null!],
            Data = new DataProfile { Sources = [null!, new DataSource { Title = null!, Categories = new DataCategories { Ordinary = [null!], Special = default, Sensitive = default } }] },
            Risk = new RiskProfile { Assessments = [null!], Risks = [null!], Factors = new RiskFactors { ApList = default }, AiAct = new AiActProfile { Practices = [(AiPractice)999] } },
            Transparency = new Transparency { Audits = [null!] },
            Themes = [(Theme)999],
            CouncilDecision = new CouncilDecision { Reference = null! },
            Technique = new Technique { AlgorithmType = (AlgorithmType)999, UseType = (UseType)999 },
            Oversight = new Oversight { AutomationLevel = (AutomationLevel)999 },
        };

        var result = new RiskAssessor(new RiskOptions { Framework = Strict }).Assess(project);

        Assert.Equal("p", result.ProjectId);
        Assert.NotEmpty(result.Explain());
    }

    private static readonly RiskFramework Strict = RiskFramework.Load(Valid);

    private static bool Loads(string text)
    {
        try
        {
            RiskFramework.Load(text);
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
        catch (Exception ex)
        {
            throw new Xunit.Sdk.XunitException($"RiskFramework.Load threw {ex.GetType().Name} on {Show(text)}: {ex.Message}");
        }
    }

    private static bool LoadsStream(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        try
        {
            RiskFramework.Load(new MemoryStream(bytes));
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
        catch (Exception ex)
        {
            throw new Xunit.Sdk.XunitException($"RiskFramework.Load(Stream) threw {ex.GetType().Name} on {Show(text)}: {ex.Message}");
        }
    }

    private static string Show(string text) => text.Length > 300 ? text[..300] + "…" : text;

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Remove(at, Math.Min(random.Next(1, 6), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 2:
                    builder[at] = (char)random.Next(0, 0x10000);
                    break;
                default:
                    builder.Insert(at, "\\u" + random.Next(0xd7f0, 0xe010).ToString("x4"));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Replaces a value of the valid file with a piece (keeping it well-formed where the piece is).</summary>
    private static string Splice(string text, Random random)
    {
        var quotes = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quotes.Add(i);
            }
        }

        var pair = random.Next(quotes.Count / 2) * 2;
        var start = quotes[pair];
        var end = quotes[pair + 1];
        return text[..start] + Pieces[random.Next(Pieces.Length)] + text[(end + 1)..];
    }

    private static string Structured(Random random, int depth)
    {
        if (depth > 10 || random.Next(3) == 0)
        {
            return Pieces[random.Next(Pieces.Length)];
        }

        if (random.Next(2) == 0)
        {
            var members = Enumerable.Range(0, random.Next(0, 5)).Select(_ => "\"" + Keys[random.Next(Keys.Length)] + "\":" + Structured(random, depth + 1));
            return "{" + string.Join(",", members) + "}";
        }

        return "[" + string.Join(",", Enumerable.Range(0, random.Next(0, 4)).Select(_ => Structured(random, depth + 1))) + "]";
    }

    private static string RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 64)];
        random.NextBytes(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Puts nulls where the model's types allow them: inside lists, for sub-records, for required strings.</summary>
    private static DataProject Holes(DataProject p, Random random)
    {
        bool Hole() => random.Next(3) == 0;
        var data = p.Data is null || Hole() ? p.Data : p.Data with
        {
            Sources = Hole() ? p.Data.Sources.Add(null!) : [.. p.Data.Sources.Select(s => Hole() ? s with { Categories = s.Categories is null ? null : s.Categories with { Ordinary = s.Categories.Ordinary.Add(null!) }, Title = null! } : s)],
        };
        var risk = p.Risk is null || Hole() ? (Hole() ? null : p.Risk) : p.Risk with
        {
            Assessments = Hole() ? p.Risk.Assessments.Add(null!) : p.Risk.Assessments,
            Risks = Hole() ? p.Risk.Risks.Add(null!) : p.Risk.Risks,
            AiAct = Hole() ? null : p.Risk.AiAct,
            Factors = Hole() ? null : p.Risk.Factors,
        };
        return p with
        {
            Organization = Hole() ? null! : p.Organization,
            Roles = Hole() ? p.Roles.Add(null!) : p.Roles,
            Suppliers = Hole() ? p.Suppliers.Add(null!) : p.Suppliers,
            Partners = Hole() ? p.Partners.Add(null!) : p.Partners,
            Data = Hole() ? null : data,
            Risk = risk,
            Oversight = Hole() ? null : p.Oversight,
            Technique = Hole() ? null : p.Technique,
            Transparency = p.Transparency is null || !Hole() ? p.Transparency : p.Transparency with { Audits = p.Transparency.Audits.Add(null!) },
            Lifecycle = Hole() ? null : p.Lifecycle,
            Purpose = Hole() ? null : p.Purpose,
            CouncilDecision = Hole() ? new CouncilDecision { Reference = null! } : p.CouncilDecision,
            Description = Hole() ? null : p.Description,
        };
    }
}
