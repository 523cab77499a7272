using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DataGrip.Core.Model;
using DataGrip.Core.Risk;
using YamlDotNet.RepresentationModel;

namespace DataGrip.Core.Tests.Risk;

/// <summary>
/// The AI Act obligations against the decision aid's own conclusions: <c>Official/decision-tree.yaml</c>
/// (MinBZK/ai-verordening-beslishulp) is read, each conclusion's role and class are taken from its text, and the
/// product's obligations for that role and class must cite exactly the articles the conclusion cites (leaving out
/// Art. 95, voluntary codes of conduct, and Art. 111, the dates). Conclusions about general-purpose AI models and
/// the Art. 2 exclusions are listed as not reachable: the model has no fields for them (README).
/// </summary>
public sealed class AiActReferenceTests
{
    private static readonly List<(string Id, string Conclusion, string Obligation)> Conclusions = Load();
    private static readonly RiskAssessor Assessor = new(new RiskOptions { InferAnswers = false });

    [Fact]
    public void EveryReachableConclusion_GetsTheObligationsItCites()
    {
        var checkedIds = new List<string>();
        var unreachable = new List<string>();
        foreach (var (id, conclusion, obligation) in Conclusions)
        {
            if (Reading(conclusion) is not { } reading)
            {
                unreachable.Add(id);
                continue;
            }

            var result = Assessor.Assess(Project(reading.Role, reading.Class, reading.Transparency)).AiAct;
            Assert.Equal(reading.Class, result.Class);
            if (reading.Class == AiActClass.Prohibited)
            {
                Assert.Equal([AiActObligation.DoNotUse], result.Obligations.ToArray());
            }
            else
            {
                var cited = Regex.Matches(obligation, @"Artikel (\d+)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
                    .Where(a => a is not (95 or 111)).ToHashSet();
                var given = result.Obligations.SelectMany(o => AiActRules.Articles(o)).ToHashSet();
                Assert.True(cited.SetEquals(given), $"{id} ({reading.Role}, {reading.Class}, transparency {reading.Transparency}): cites {string.Join(",", cited.Order())}, the product gives {string.Join(",", given.Order())}");
            }

            checkedIds.Add(id);
        }

        // Every conclusion for an AI system of the five roles, and "not an AI system"; what is left is general-purpose
        // AI and the exclusions.
        Assert.Equal(22, checkedIds.Count);
        Assert.All(unreachable, id => Assert.Matches(@"^(11\.(0|2|3)|1[2-6]\.[12]\.\d)$", id));
    }

    private static (AiActRole Role, AiActClass Class, bool Transparency)? Reading(string conclusion)
    {
        if (conclusion.Contains("niet valt onder de definitie van een AI-systeem", StringComparison.Ordinal))
        {
            return (AiActRole.Deployer, AiActClass.NotAnAiSystem, false);
        }

        var match = Regex.Match(conclusion, @"Je bent (?:een )?(aanbieder en gebruiksverantwoordelijke|gebruiksverantwoordelijke en aanbieder|aanbieder|gebruiksverantwoordelijke|importeur|distributeur) van een (.*)$");
        if (!match.Success || match.Groups[2].Value.Contains("algemene doeleinden", StringComparison.Ordinal))
        {
            return null;
        }

        var role = match.Groups[1].Value switch
        {
            "aanbieder" => AiActRole.Provider,
            "gebruiksverantwoordelijke" => AiActRole.Deployer,
            "importeur" => AiActRole.Importer,
            "distributeur" => AiActRole.Distributor,
            _ => AiActRole.ProviderAndDeployer,
        };
        var what = match.Groups[2].Value;
        var transparency = what.Contains("met transparantieverplichtingen", StringComparison.Ordinal);
        var cls = what.StartsWith("verboden", StringComparison.Ordinal) ? AiActClass.Prohibited
            : what.StartsWith("niet-hoog-risico", StringComparison.Ordinal) ? (transparency ? AiActClass.Transparency : AiActClass.Minimal)
            : AiActClass.HighRisk;
        return (role, cls, transparency);
    }

    private static DataProject Project(AiActRole role, AiActClass cls, bool transparency) => new()
    {
        Id = "ai",
        Name = "AI-systeem",
        Organization = new Organization { Name = "Gemeente Utrecht", Type = OrganizationType.Gemeente },
        Data = new DataProfile { Sources = [new DataSource { Title = "Bron", PersonalData = PersonalDataLevel.None }] },
        Risk = new RiskProfile
        {
            AiAct = cls switch
            {
                AiActClass.NotAnAiSystem => new AiActProfile { SystemType = AiSystemType.NotAnAiSystem, Role = role },
                AiActClass.Prohibited => new AiActProfile { SystemType = AiSystemType.AiSystem, Role = role, Practices = [AiPractice.SocialScoring] },
                AiActClass.HighRisk => new AiActProfile { SystemType = AiSystemType.AiSystem, Role = role, AnnexIIIArea = AnnexIIIArea.EssentialServices, RiskGroup = AiActRiskGroup.HighRisk, TransparencyObligation = transparency },
                _ => new AiActProfile { SystemType = AiSystemType.AiSystem, Role = role, RiskGroup = AiActRiskGroup.NotHighRisk, TransparencyObligation = transparency },
            },
        },
    };

    private static List<(string, string, string)> Load()
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(Path.Combine(AppContext.BaseDirectory, "Risk", "Official", "decision-tree.yaml")))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return ((YamlSequenceNode)root["conclusions"]).Cast<YamlMappingNode>()
            .Select(c => (Text(c, "conclusionId"), Text(c, "conclusion").Trim(), Text(c, "obligation")))
            .ToList();

        static string Text(YamlMappingNode node, string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value ?? "" : "";
    }
}
