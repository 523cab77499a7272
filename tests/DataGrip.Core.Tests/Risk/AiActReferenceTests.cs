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
/// The AI Act classification and obligations against the decision aid itself: <c>Official/decision-tree.yaml</c>
/// (MinBZK/ai-verordening-beslishulp) is walked from its first question along every answer, its labels collected and
/// its redirects evaluated (<see cref="Jexl"/>), to every conclusion it can reach. Each answer on a path is put into
/// the model (<see cref="Answer"/>), the project is assessed, and the product must give the conclusion's class and
/// role, and obligations that cite exactly the articles the conclusion cites (leaving out Art. 95, voluntary codes of
/// conduct, and Art. 111, the dates).
/// </summary>
public sealed class AiActReferenceTests
{
    private static readonly Tree Reference = Tree.Load(Path.Combine(AppContext.BaseDirectory, "Risk", "Official", "decision-tree.yaml"));
    private static readonly RiskAssessor Assessor = new(new RiskOptions { InferAnswers = false });

    [Fact]
    public void EveryPathOfTheDecisionTree_EndsInTheConclusionTheProductGives()
    {
        var reached = new HashSet<string>();
        var paths = 0;
        foreach (var (path, conclusionId) in Reference.Paths())
        {
            var (id, text, obligation) = Reference.Conclusions[conclusionId];
            var expected = Reading(text);
            var project = path.Aggregate(Project(), (p, step) => Answer(p, step.Question, step.Answer));
            var result = Assessor.Assess(project).AiAct;
            var route = string.Join(" > ", path.Select(s => s.Question + " " + s.Answer));

            Assert.True(expected.Class == result.Class, $"{id}: expected {expected.Class}, the product gives {result.Class} ({route})");
            if (expected.Role is { } role)
            {
                Assert.True(role == result.Role, $"{id}: expected role {role}, the product gives {result.Role} ({route})");
            }

            if (expected.Class == AiActClass.Prohibited)
            {
                Assert.Equal([AiActObligation.DoNotUse], result.Obligations.ToArray());
            }
            else
            {
                var cited = Regex.Matches(obligation, @"Artikel (\d+)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
                    .Where(a => a is not (95 or 111)).ToHashSet();
                var given = result.Obligations.SelectMany(o => AiActRules.Articles(o)).ToHashSet();
                Assert.True(cited.SetEquals(given), $"{id}: cites {string.Join(",", cited.Order())}, the product gives {string.Join(",", given.Order())} ({route})");
            }

            reached.Add(id);
            paths++;
        }

        // Every conclusion of the tree is reached by some path and compared (13.2.1 through 2.8: 1.5 sends a
        // general-purpose AI model on to 2.0 before it reads its own redirect to 13.2.1).
        Assert.Equal(Reference.Conclusions.Keys.Order(), reached.Order());
        Assert.True(paths > 100, paths.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void EachConclusionOfARole_GetsTheObligationsItCites()
    {
        // The obligation tables by class and role alone, as before: every conclusion for an AI system or a
        // general-purpose AI system of the five roles.
        foreach (var (id, text, obligation) in Reference.Conclusions.Values)
        {
            var reading = Reading(text);
            if (reading.Role is not { } role || reading.Class is AiActClass.Prohibited or AiActClass.GeneralPurposeModel)
            {
                continue;
            }

            var cited = Regex.Matches(obligation, @"Artikel (\d+)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Where(a => a is not (95 or 111)).ToHashSet();
            var given = AiActRules.Obligations(reading.Class, role, reading.Class == AiActClass.Transparency || text.Contains("met transparantieverplichtingen", StringComparison.Ordinal), reading.GeneralPurposeSystem)
                .SelectMany(o => AiActRules.Articles(o)).ToHashSet();
            Assert.True(cited.SetEquals(given), $"{id}: cites {string.Join(",", cited.Order())}, the table gives {string.Join(",", given.Order())}");
        }
    }

    /// <summary>What a conclusion says: the class, the role (none when the Act does not apply), and whether it is about a general-purpose AI system.</summary>
    private static (AiActClass Class, AiActRole? Role, bool GeneralPurposeSystem) Reading(string conclusion)
    {
        if (conclusion.Contains("geen sprake is van een algoritme", StringComparison.Ordinal) || conclusion.Contains("niet valt onder de definitie van een AI-systeem", StringComparison.Ordinal))
        {
            return (AiActClass.NotAnAiSystem, null, false);
        }

        if (conclusion.Contains("niet op jou van toepassing", StringComparison.Ordinal))
        {
            return (AiActClass.OutOfScope, null, false);
        }

        var match = Regex.Match(conclusion, @"Je bent (?:een )?(aanbieder en gebruiksverantwoordelijke|gebruiksverantwoordelijke en aanbieder|aanbieder|gebruiksverantwoordelijke|importeur|distributeur) van een (.*)$");
        Assert.True(match.Success, conclusion);
        var role = match.Groups[1].Value switch
        {
            "aanbieder" => AiActRole.Provider,
            "gebruiksverantwoordelijke" => AiActRole.Deployer,
            "importeur" => AiActRole.Importer,
            "distributeur" => AiActRole.Distributor,
            _ => AiActRole.ProviderAndDeployer,
        };
        var what = match.Groups[2].Value;
        if (what.Contains("AI-model voor algemene doeleinden", StringComparison.Ordinal))
        {
            return (AiActClass.GeneralPurposeModel, role, false);
        }

        var transparency = what.Contains("met transparantieverplichtingen", StringComparison.Ordinal);
        var cls = what.StartsWith("verboden", StringComparison.Ordinal) ? AiActClass.Prohibited
            : what.StartsWith("niet-hoog-risico", StringComparison.Ordinal) ? (transparency ? AiActClass.Transparency : AiActClass.Minimal)
            : AiActClass.HighRisk;
        return (cls, role, what.Contains("AI-systeem voor algemene doeleinden", StringComparison.Ordinal));
    }

    /// <summary>A project with personal data (so profiling is a real question) and nothing of the AI Act stated.</summary>
    private static DataProject Project() => new()
    {
        Id = "ai",
        Name = "Toepassing",
        Organization = new Organization { Name = "Gemeente Utrecht", Type = OrganizationType.Gemeente },
        Data = new DataProfile { Sources = [new DataSource { Title = "Bron", PersonalData = PersonalDataLevel.Identified }] },
        Risk = new RiskProfile { AiAct = new AiActProfile(), Factors = new RiskFactors() },
    };

    /// <summary>One answer of the decision aid, put into the model: the only hand-made part, one line per answer.</summary>
    private static DataProject Answer(DataProject project, string question, string answer) => (question, answer) switch
    {
        ("1.1", "Ja") => project,
        ("1.1", "Nee") => project with { Technique = new Technique { AlgorithmType = AlgorithmType.None } },
        ("1.2", _) => Act(project, a => a with { Origin = Origins[answer] }),
        ("1.3", _) or ("2.0", _) or ("2.7.1", _) or ("2.7.2", _) => project,
        ("1.4.1", "Ja, het is een AI-systeem") => Act(project, a => a with { SystemType = AiSystemType.AiSystem }),
        ("1.4.1", _) => project,
        ("1.4.2", "AI-systeem voor algemene doeleinden") => Act(project, a => a with { SystemType = AiSystemType.GeneralPurposeAiSystem }),
        ("1.4.2", "AI-model voor algemene doeleinden") => Act(project, a => a with { SystemType = AiSystemType.GeneralPurposeAiModel }),
        ("1.4.2", _) => Act(project, a => a with { SystemType = AiSystemType.NotAnAiSystem }),
        ("1.5", "Ja") => Act(project, a => a with { Exclusion = AiActExclusion.ScientificResearch }),
        ("1.5", "Nee") => project,
        ("1.6.1", "Ja") => project with { Technique = new Technique { AlgorithmType = AlgorithmType.RuleBased } },
        ("1.6.1", "Nee") or ("1.6.2", "Ja") => project,
        ("1.6.2", "Nee") or ("1.6.3", "Nee") => Act(project, a => a with { SystemType = AiSystemType.NotAnAiSystem }),
        ("1.6.3", "Ja") => project with { Technique = new Technique { AlgorithmType = AlgorithmType.MachineLearning } },
        ("2.1", "Ja") => Act(project, a => a with { Practices = [AiPractice.RealTimeRemoteBiometricIdentification] }),
        ("2.1", "Nee") or ("2.2", "Nee") or ("2.3", "Geen van beide") or ("2.6", "Nee") => project,
        ("2.2", "Ja") => Act(project, a => a with { ProhibitionException = ProhibitionException.TargetedSearchOrThreat }),
        ("2.3", _) => Act(project, a => a with { RiskGroup = AiActRiskGroup.HighRisk }),
        ("2.4", "Ja") => Act(project, a => a with { AnnexIIIArea = AnnexIIIArea.EssentialServices }),
        ("2.4", "Nee") => Act(project, a => a with { RiskGroup = AiActRiskGroup.NotHighRisk }),
        ("2.5", _) => project with { Risk = project.Risk! with { Factors = project.Risk.Factors! with { Profiling = answer == "Ja" } } },
        ("2.6", "Ja") => Act(project, a => a with { Exception = AnnexIIIException.PreparatoryTask }),
        ("2.8", _) => Act(project, a => a with { SystemicRisk = answer == "Ja" }),
        ("2.9", "Ja") => project,
        ("2.9", "Nee") or ("2.10", "Ja") => Act(project, a => a with { TransparencyObligation = false }),
        ("2.10", "Nee") => Act(project, a => a with { TransparencyObligation = true }),
        ("2.11", _) => Act(project, a => a with { OpenSource = answer == "Ja" }),
        _ => throw new InvalidOperationException($"No model answer for {question} '{answer}'"),
    };

    private static readonly Dictionary<string, AiActOrigin> Origins = new()
    {
        ["We ontwikkelen enkel"] = AiActOrigin.DevelopedOnly,
        ["We ontwikkelen, maar gebruiken het niet alleen zelf"] = AiActOrigin.DevelopedForOthersAndOwnUse,
        ["We ontwikkelen en gebruiken het zelf"] = AiActOrigin.DevelopedForOwnUse,
        ["We hebben opdracht gegeven om de toepassing te ontwikkelen"] = AiActOrigin.Commissioned,
        ["We gebruiken een extern ontwikkelde toepassing zonder aanpassingen"] = AiActOrigin.ExternalUnchanged,
        ["We gebruiken een extern ontwikkelde toepassing met aanpassingen"] = AiActOrigin.ExternalModified,
        ["We importeren van een leverancier buiten de EU"] = AiActOrigin.ImportedFromOutsideEu,
        ["We kopen van een leverancier binnen de EU en verkopen het"] = AiActOrigin.Resold,
        ["Geen van bovenstaande"] = AiActOrigin.NoneOfThese,
    };

    private static DataProject Act(DataProject project, Func<AiActProfile, AiActProfile> change) =>
        project with { Risk = project.Risk! with { AiAct = change(project.Risk.AiAct!) } };

    /// <summary>The questions, answers, labels, redirects and conclusions of decision-tree.yaml.</summary>
    private sealed class Tree
    {
        private readonly Dictionary<string, List<(string Text, List<string> Labels, string? Next, string? Conclusion, List<(string? Next, string? Conclusion, string If)> Redirects)>> questions = [];

        public Dictionary<string, (string Id, string Text, string Obligation)> Conclusions { get; } = [];

        public static Tree Load(string path)
        {
            var stream = new YamlStream();
            using (var reader = File.OpenText(path))
            {
                stream.Load(reader);
            }

            var tree = new Tree();
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            foreach (var question in ((YamlSequenceNode)root["questions"]).Cast<YamlMappingNode>())
            {
                tree.questions[Text(question, "questionId")] = ((YamlSequenceNode)question["answers"]).Cast<YamlMappingNode>().Select(a => (
                    Normalise(Text(a, "answer")),
                    a.Children.TryGetValue(new YamlScalarNode("labels"), out var labels) ? ((YamlSequenceNode)labels).Select(l => ((YamlScalarNode)l).Value ?? "").ToList() : [],
                    Optional(a, "nextQuestionId"),
                    Optional(a, "nextConclusionId"),
                    a.Children.TryGetValue(new YamlScalarNode("redirects"), out var redirects)
                        ? ((YamlSequenceNode)redirects).Cast<YamlMappingNode>().Select(r => (Optional(r, "nextQuestionId"), Optional(r, "nextConclusionId"), Text(r, "if"))).ToList()
                        : [])).ToList();
            }

            foreach (var conclusion in ((YamlSequenceNode)root["conclusions"]).Cast<YamlMappingNode>())
            {
                var id = Text(conclusion, "conclusionId");
                tree.Conclusions[id] = (id, Normalise(Text(conclusion, "conclusion")), Text(conclusion, "obligation"));
            }

            return tree;
        }

        /// <summary>Every path from the first question to a conclusion, with the conclusion's id.</summary>
        public IEnumerable<(List<(string Question, string Answer)> Path, string Conclusion)> Paths()
        {
            var pending = new Stack<(string Question, List<string> Labels, List<(string, string)> Path)>();
            pending.Push(("1.1", [], []));
            while (pending.Count > 0)
            {
                var (question, labels, path) = pending.Pop();
                foreach (var answer in questions[question])
                {
                    var now = labels.Concat(answer.Labels).ToList();
                    var steps = path.Append((question, answer.Text)).ToList();
                    var (next, conclusion) = answer.Redirects.Count == 0
                        ? (answer.Next, answer.Conclusion)
                        : answer.Redirects.Where(r => Jexl.Truthy(Jexl.Evaluate(r.If, name => name == "labels" ? now.Select(l => (object?)l).ToList() : throw new InvalidOperationException(name))))
                            .Select(r => (r.Next, r.Conclusion)).FirstOrDefault();
                    if (conclusion is not null)
                    {
                        yield return (steps, conclusion);
                    }
                    else if (next is not null)
                    {
                        pending.Push((next, now, steps));
                    }
                    else
                    {
                        throw new InvalidOperationException($"No redirect of {question} '{answer.Text}' holds for [{string.Join(", ", now)}]");
                    }
                }
            }
        }

        private static string Normalise(string text) => Regex.Replace(text, @"\s+", " ").Trim();

        private static string? Optional(YamlMappingNode node, string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

        private static string Text(YamlMappingNode node, string key) => Optional(node, key) ?? "";
    }
}
