using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using DataGrip.Core.Model;
using DataGrip.Core.Risk;
using DataGrip.Core.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace DataGrip.Core.Tests.Risk;

/// <summary>
/// The Pre-scan DPIA against its own rule text: <c>Official/prescan.yaml</c> (MinBZK/par-dpia-form) is read, its
/// jexl rules are evaluated (<see cref="Jexl"/>) on the answers a project gives, and the product must give the same
/// points per question and the same outcome for DPIA, DTIA, KIA and IAMA. Every scored question and every rule of the
/// <c>assessments</c> block is covered; where the model leaves a question of a rule open, the product must give the
/// strictest outcome its answers allow, and say whether the answers settle it.
/// </summary>
public sealed class PrescanReferenceTests
{
    private static readonly Prescan Reference = Prescan.Load(Path.Combine(AppContext.BaseDirectory, "Risk", "Official", "prescan.yaml"));
    private static readonly RiskAssessor Assessor = new(new RiskOptions { InferAnswers = false });

    /// <summary>The questions whose score counts in the reference's sum, with the product's code for each.</summary>
    private static readonly Dictionary<string, string> Codes = new()
    {
        ["gewone_persoonsgegeven"] = RiskCodes.PrescanOrdinaryData,
        ["bijzonder_persoonsgegeven"] = RiskCodes.PrescanSpecialData,
        ["gevoelig_persoonsgegeven"] = RiskCodes.PrescanSensitiveData,
        ["betrokkenen"] = RiskCodes.PrescanSubjects,
        ["aantal_betrokkenen"] = RiskCodes.PrescanScale,
        ["frequentie_verwerking"] = RiskCodes.PrescanFrequency,
        ["bewaartermijn"] = RiskCodes.PrescanRetention,
        ["internationale_doorgifte"] = RiskCodes.PrescanTransfer,
        ["basisregistratie"] = RiskCodes.PrescanBaseRegistries,
        ["digitaledienst_minderjarig"] = RiskCodes.PrescanDigitalService,
    };

    /// <summary>The model's values for the reference's answer options, by option text (after the category prefix).</summary>
    private static readonly Dictionary<string, SpecialCategory[]> Special = new()
    {
        ["Biometrische gegevens met het oog op de unieke identificatie van een persoon"] = [SpecialCategory.Biometric],
        ["Gegevens met betrekking tot iemands seksueel gedrag of seksuele gerichtheid"] = [SpecialCategory.SexLife, SpecialCategory.SexualOrientation],
        ["Gegevens over gezondheid"] = [SpecialCategory.Health],
        ["Genetische gegevens"] = [SpecialCategory.Genetic],
        ["Persoonsgegevens waaruit het lidmaatschap van een vakbond blijkt"] = [SpecialCategory.TradeUnionMembership],
        ["Persoonsgegevens waaruit politieke opvattingen blijken"] = [SpecialCategory.PoliticalOpinions],
        ["Persoonsgegevens waaruit ras of etnische afkomst blijkt"] = [SpecialCategory.RacialOrEthnicOrigin],
        ["Persoonsgegevens waaruit religieuze of levensbeschouwelijke overtuigingen blijken"] = [SpecialCategory.ReligiousOrPhilosophicalBeliefs],
    };

    /// <summary>The model's sensitive categories for the options of question 1.3.2 (criminal-law data is its own flag: null).</summary>
    private static readonly Dictionary<string, SensitiveCategory[]?> Sensitive = new()
    {
        ["Surfgedrag"] = [SensitiveCategory.BrowsingBehaviour],
        ["Gegevens over de financiële situatie van de betrokkene"] = [SensitiveCategory.Financial],
        ["Gegevens die kunnen worden gebruikt voor (identiteits)fraude"] = [SensitiveCategory.IdentityFraudData],
        ["Gegevens die betrekking hebben op kwetsbare groepen"] = [SensitiveCategory.VulnerablePeople],
        ["Gebruikersnamen, wachtwoorden en andere inloggegevens"] = [SensitiveCategory.LoginData],
        ["Communicatie- en locatiegegevens"] = [SensitiveCategory.Communication, SensitiveCategory.Location],
        ["Nationale identificatienummers (bijv. BSN)"] = [SensitiveCategory.Bsn],
        ["Strafrechtelijke gegevens"] = null,
        ["Andere gegevens die kunnen leiden tot stigmatisering of uitsluiting van de betrokkene"] = [SensitiveCategory.Other],
    };

    private static readonly Dictionary<string, DataSubjectGroup> Subjects = new()
    {
        ["Medewerkers/bewindspersonen"] = DataSubjectGroup.Employees,
        ["Burgers over wie gegevens worden verwerkt in het proces/systeem/applicatie"] = DataSubjectGroup.Citizens,
        ["Kinderen jonger dan 16 jaar"] = DataSubjectGroup.ChildrenUnder16,
        ["Andere kwetsbare groepen (gehandicapten, minderheden, etc.)"] = DataSubjectGroup.OtherVulnerableGroups,
    };

    private static readonly Dictionary<string, ProcessingFrequency> Frequencies = new()
    {
        ["Continu"] = ProcessingFrequency.Continuous,
        ["Vaker dan maandelijks"] = ProcessingFrequency.MoreThanMonthly,
        ["Minstens maandelijks"] = ProcessingFrequency.AtLeastMonthly,
        ["Minstens jaarlijks"] = ProcessingFrequency.AtLeastYearly,
        ["Onregelmatig"] = ProcessingFrequency.Irregular,
        ["Eenmalig"] = ProcessingFrequency.Once,
    };

    /// <summary>The model's storage locations for the options of question 2.1.3.</summary>
    private static readonly Dictionary<string, StorageLocation> Storages = new()
    {
        ["On premise"] = StorageLocation.OnPremise,
        ["Datacenter EER"] = StorageLocation.EeaDataCentre,
        ["Buiten EER"] = StorageLocation.OutsideEea,
    };

    /// <summary>The model's transfer mechanisms for the options of question 2.1.6.</summary>
    private static readonly Dictionary<string, TransferMechanism> Mechanisms = new()
    {
        ["Adequaatheidsbesluit"] = TransferMechanism.AdequacyDecision,
        ["Standaard contractsbepaling (SCC)"] = TransferMechanism.StandardContractualClauses,
        ["binding corporate rules/bindend bedrijfsvoorschrift (bcr)"] = TransferMechanism.BindingCorporateRules,
        ["Goedgekeurde certificeringsmechanisme"] = TransferMechanism.Certification,
        ["Goedgekeurde gedragscode"] = TransferMechanism.CodeOfConduct,
        ["Juridisch bindend en afdwingbaar instrument"] = TransferMechanism.LegallyBindingInstrument,
        ["uitzondering artikel 49 avg"] = TransferMechanism.Article49Derogation,
        ["Overig mechanisme"] = TransferMechanism.Other,
    };

    /// <summary>The model's stated EDPB criteria for the options of question 4.1.</summary>
    private static readonly Dictionary<string, Func<EdpbCriteria, bool, EdpbCriteria>> Edpb = new()
    {
        ["Bijzondere persoonsgegevens of zeer gevoelige persoonsgegevens"] = (c, v) => c with { SensitiveData = v },
        ["Blokkering van een dienst, recht of contract"] = (c, v) => c with { PreventsRightOrService = v },
        ["Geautomatiseerde besluitvorming"] = (c, v) => c with { AutomatedDecisionWithLegalEffect = v },
        ["Gebruik van nieuwe technologieën"] = (c, v) => c with { InnovativeTechnology = v },
        ["Grootschalige gegevensverwerkingen"] = (c, v) => c with { LargeScale = v },
        ["Koppelen van datasets"] = (c, v) => c with { CombinedDataSets = v },
        ["Mensen beoordelen met persoonskenmerken (evaluatie of scoring)"] = (c, v) => c with { EvaluationOrScoring = v },
        ["Stelselmatige en grootschalige monitoring"] = (c, v) => c with { SystematicMonitoring = v },
        ["Verwerking van persoonsgegevens over kwetsbare groepen of personen"] = (c, v) => c with { VulnerableSubjects = v },
    };

    private static readonly Dictionary<string, RetentionPeriod> Retentions = new()
    {
        ["Aantal jaren"] = RetentionPeriod.SeveralYears,
        ["Jaar"] = RetentionPeriod.OneYear,
        ["Minder dan 1 maand"] = RetentionPeriod.LessThanOneMonth,
        ["Minder dan 1 week"] = RetentionPeriod.LessThanOneWeek,
        ["Minder dan 24 uur"] = RetentionPeriod.LessThanOneDay,
    };

    [Fact]
    public void TheReference_HasTheScoredQuestionsAndRulesTheseTestsCover()
    {
        Assert.Equal(Codes.Keys.OrderBy(k => k), Reference.SummedScoreKeys.OrderBy(k => k));
        Assert.Equal(["DPIA", "DTIA", "IAMA", "KIA"], Reference.Assessments.Keys.OrderBy(k => k));

        // Every option of the mapped questions has a model value (or is named as one the model cannot hold).
        Assert.All(Reference.Options("1.2.2"), o => Assert.True(Special.ContainsKey(Strip(o)), o));
        Assert.All(Reference.Options("1.3.2"), o => Assert.True(Sensitive.ContainsKey(Strip(o)), o));

        // And every model category stands for an option.
        Assert.Equal(Enum.GetValues<SensitiveCategory>().Order(), Sensitive.Values.OfType<SensitiveCategory[]>().SelectMany(v => v).Order());
        Assert.Equal(Enum.GetValues<SpecialCategory>().Order(), Special.Values.SelectMany(v => v).Order());
        Assert.All(Reference.Options("1.5.3"), o => Assert.True(Frequencies.ContainsKey(o), o));
        Assert.All(Reference.Options("1.5.4"), o => Assert.True(Retentions.ContainsKey(o), o));
        Assert.All(Reference.Options("1.4.1"), o => Assert.True(Subjects.ContainsKey(Strip(o)) || Strip(o).StartsWith("Specificatie", StringComparison.Ordinal), o));
        Assert.Equal(Reference.Options("2.1.3").Order(), Storages.Keys.Order());
        Assert.Equal(Reference.Options("2.1.6").Order(), Mechanisms.Keys.Order());
        Assert.Equal(Enum.GetValues<TransferMechanism>().Order(), Mechanisms.Values.Order());
        Assert.Equal(Reference.Options("4.1").Select(Strip).Order(), Edpb.Keys.Order());
    }

    [Fact]
    public void EveryStatedEdpbSubset_CountsAsTheReferenceCountsIt()
    {
        // Question 4.1 as ticked, every subset of its nine options, the rest stated as not applying, on a project whose
        // other answers derive none: the outcome is the reference's rule for that many selected options.
        foreach (var chosen in Subsets(Reference.Options("4.1").ToList()))
        {
            var stated = Reference.Options("4.1").Aggregate(new EdpbCriteria(), (c, o) => Edpb[Strip(o)](c, chosen.Contains(o)));
            var project = Quiet() with { Risk = new RiskProfile { Factors = Quiet().Risk!.Factors! with { EdpbCriteria = stated } } };
            var result = Assessor.Assess(project);
            Assert.True(result.Dpia.IsDetermined, string.Join(", ", result.Dpia.DecidingAnswers));
            Assert.Equal(chosen.Count, result.Dpia.EdpbCriteria.Length);
            Assert.Equal(Outcome(Reference.DpiaLevel(false, result.Dpia.RiskScore, 0, chosen.Count)), result.Dpia.Outcome);
        }

        // Unstated, the two judgements (large scale, new technology) stay open where 10,000 subjects or machine
        // learning suggest them (fewer subjects or a rule-based technique rule them out); each one stated settles it.
        var open = Assessor.Assess(Quiet() with
        {
            Data = Quiet().Data! with { AtLeast10000Subjects = true },
            Technique = new Technique { AlgorithmType = AlgorithmType.MachineLearning },
            Risk = new RiskProfile { Factors = Quiet().Risk!.Factors! with { EdpbCriteria = null } },
        });
        Assert.False(open.Dpia.IsDetermined);
        Assert.Equal(DpiaOutcome.NotRequired, open.Dpia.LowestOutcome);
        Assert.Equal(DpiaOutcome.Required, open.Dpia.HighestOutcome);
        Assert.Contains("/risk/factors/edpbCriteria/largeScale", open.Dpia.DecidingAnswers);
        Assert.Contains("/risk/factors/edpbCriteria/innovativeTechnology", open.Dpia.DecidingAnswers);
        var ruledOut = Assessor.Assess(Quiet() with { Risk = new RiskProfile { Factors = Quiet().Risk!.Factors! with { EdpbCriteria = null } } });
        Assert.Equal(DpiaOutcome.NotRequired, ruledOut.Dpia.Outcome);

        // A stated answer wins over what the other answers derive, with a warning when it contradicts them.
        var contradicting = Quiet() with { Risk = new RiskProfile { Factors = Quiet().Risk!.Factors! with { Profiling = true, EdpbCriteria = Quiet().Risk!.Factors!.EdpbCriteria! with { EvaluationOrScoring = false } } } };
        var result2 = Assessor.Assess(contradicting);
        Assert.DoesNotContain(EdpbCriterion.EvaluationOrScoring, result2.Dpia.EdpbCriteria);
        Assert.Contains(result2.Reasons, r => r.Code == RiskCodes.EdpbStatedDiffers && r.Severity == Severity.Warning && r.Pointer == "/risk/factors/edpbCriteria/evaluationOrScoring");
    }

    [Fact]
    public void EveryCountedCategoryQuestion_GivesTheReferencesPoints()
    {
        // 1.1.2: ordinary categories, 0 to 9.
        for (var n = 0; n <= 9; n++)
        {
            var project = WithSource(new DataCategories { Ordinary = [.. Enumerable.Range(0, n).Select(i => "categorie " + i)], Criminal = false });
            Assert.Equal(Reference.Points("gewone_persoonsgegeven", Select("1.1.2", n)), Points(project, RiskCodes.PrescanOrdinaryData));
        }

        // 1.2.2: every number of the reference's options, with the model's categories behind them.
        var special = Reference.Options("1.2.2");
        for (var n = 0; n <= special.Count; n++)
        {
            var chosen = special.Take(n).ToList();
            var project = WithSource(new DataCategories { Special = [.. chosen.SelectMany(o => Special[Strip(o)])], Criminal = false });
            Assert.Equal(Reference.Points("bijzonder_persoonsgegeven", chosen), Points(project, RiskCodes.PrescanSpecialData));
        }

        // 1.3.2: every subset of its nine options (criminal-law data among them).
        var sensitive = Reference.Options("1.3.2").ToList();
        foreach (var chosen in Subsets(sensitive))
        {
            var categories = new DataCategories
            {
                Sensitive = [.. chosen.Select(o => Sensitive[Strip(o)]).OfType<SensitiveCategory[]>().SelectMany(v => v)],
                Criminal = chosen.Any(o => Sensitive[Strip(o)] is null),
            };
            Assert.Equal(Reference.Points("gevoelig_persoonsgegeven", chosen), Points(WithSource(categories), RiskCodes.PrescanSensitiveData));
        }
    }

    [Fact]
    public void SubjectsScaleFrequencyRetentionAndRegistries_GiveTheReferencesPoints()
    {
        foreach (var chosen in Subsets(Reference.Options("1.4.1").Where(o => Subjects.ContainsKey(Strip(o))).ToList()))
        {
            var project = WithSource(new DataCategories { Criminal = false }) is var p ? p with { Data = p.Data! with { Subjects = [.. chosen.Select(o => Subjects[Strip(o)])] } } : null!;
            Assert.Equal(Reference.Points("betrokkenen", chosen), Points(project, RiskCodes.PrescanSubjects));
        }

        foreach (var answer in new[] { true, false })
        {
            var project = WithSource(new DataCategories { Criminal = false }) is var p ? p with { Data = p.Data! with { AtLeast10000Subjects = answer } } : null!;
            Assert.Equal(Reference.Points("aantal_betrokkenen", answer), Points(project, RiskCodes.PrescanScale));
        }

        foreach (var option in Reference.Options("1.5.3"))
        {
            var project = WithSource(new DataCategories { Criminal = false }) is var p ? p with { Data = p.Data! with { ProcessingFrequency = Frequencies[option] } } : null!;
            Assert.Equal(Reference.Points("frequentie_verwerking", option), Points(project, RiskCodes.PrescanFrequency));
        }

        foreach (var option in Reference.Options("1.5.4"))
        {
            var project = WithSource(new DataCategories { Criminal = false }) is var p ? p with { Data = p.Data! with { Retention = Retentions[option] } } : null!;
            Assert.Equal(Reference.Points("bewaartermijn", option), Points(project, RiskCodes.PrescanRetention));
        }

        // 5.1.2: each registry the model holds, one at a time and all together (BRO and BRT are not in the model).
        var registries = Reference.Options("5.1.2").Select(o => (Option: o, Registry: RegistryOf(o))).Where(r => r.Registry is not null).ToList();
        foreach (var chosen in registries.Select(r => new[] { r }).Append([.. registries]))
        {
            var sources = chosen.Select(r => new DataSource { Title = r.Option, BaseRegistry = r.Registry, PersonalData = PersonalDataLevel.Identified, Categories = new DataCategories { Criminal = false } });
            var project = Project() with { Data = new DataProfile { Sources = [.. sources] } };
            var answers = new Dictionary<string, object?> { ["5.1.1"] = true, ["5.1.2"] = chosen.Select(r => (object?)r.Option).ToList() };
            Assert.Equal(Reference.Points("basisregistratie", answers), Points(project, RiskCodes.PrescanBaseRegistries));
        }
    }

    [Fact]
    public void TheDtia_IsTheReferencesRule_OrItsStrictestCompletion()
    {
        // Every answer (and no answer) to 2.1.1, 2.1.3, 2.1.4 and 2.1.6: answered, the product gives the reference's
        // rule; unanswered, the strictest outcome any answer would give, and says it is not settled.
        var storages = new List<string?> { null }.Concat(Reference.Options("2.1.3")).ToList();
        var supports = new List<string?> { null }.Concat(Reference.Options("2.1.4")).ToList();
        var mechanisms = new List<string?> { null }.Concat(Reference.Options("2.1.6")).ToList();
        var checkedCount = 0;
        foreach (var transfer in Enum.GetValues<InternationalTransfer>())
        {
            foreach (var storage in storages)
            {
                foreach (var support in supports)
                {
                    foreach (var mechanism in mechanisms)
                    {
                        var project = WithSource(new DataCategories { Criminal = false }) is var p
                            ? p with
                            {
                                Data = p.Data! with
                                {
                                    InternationalTransfer = transfer,
                                    Storage = storage is null ? null : Storages[storage],
                                    SupportOutsideEea = support is null ? null : support == "Buiten EER",
                                    TransferMechanism = mechanism is null ? null : Mechanisms[mechanism],
                                },
                            }
                            : null!;
                        var completions = (from st in storage is null ? Reference.Options("2.1.3") : [storage]
                                           from su in support is null ? Reference.Options("2.1.4") : [support]
                                           from me in mechanism is null ? Reference.Options("2.1.6") : [mechanism]
                                           select Reference.Level("DTIA", new Dictionary<string, object?>
                                           {
                                               ["2.1.1"] = transfer == InternationalTransfer.OutsideEea, ["2.1.3"] = st, ["2.1.4"] = su, ["2.1.6"] = me,
                                           }) == "required").ToList();
                        var result = Assessor.Assess(project).Dpia;
                        Assert.Equal(completions.Any(c => c), result.DtiaRequired);
                        Assert.Equal(completions.All(c => c) || completions.All(c => !c), result.DtiaDetermined);
                        checkedCount++;
                    }
                }
            }
        }

        Assert.Equal(3 * 4 * 3 * 9, checkedCount);
    }

    [Fact]
    public void TransfersAndDigitalServices_GiveTheReferencesPoints()
    {
        // 2.1: the model says where the data go and (through the categories) whether special categories are among them;
        // where storage and support are (2.1.3, 2.1.4) the rule reads only with a question 0.4.1 the form does not have.
        foreach (var transfer in Enum.GetValues<InternationalTransfer>())
        {
            foreach (var special in new[] { false, true })
            {
                var project = WithSource(new DataCategories { Special = special ? [SpecialCategory.Health] : [], Criminal = false }) is var p
                    ? p with { Data = p.Data! with { InternationalTransfer = transfer } }
                    : null!;
                var outside = transfer == InternationalTransfer.OutsideEea;
                var answers = new Dictionary<string, object?> { ["2.1.1"] = outside, ["2.1.8"] = outside && special };
                Assert.Equal(Reference.Points("internationale_doorgifte", answers), Points(project, RiskCodes.PrescanTransfer));
            }
        }

        // 7.1: the model's digital service answers 7.1.1, 7.1.2 and 7.1.3 (minors demonstrably kept out).
        foreach (var service in Enum.GetValues<DigitalService>())
        {
            var project = WithSource(new DataCategories { Criminal = false }) is var p ? p with { Risk = new RiskProfile { Factors = new RiskFactors { DigitalService = service } } } : null!;
            var answers = DigitalAnswers(service);
            Assert.Equal(Reference.Points("digitaledienst_minderjarig", answers), Points(project, RiskCodes.PrescanDigitalService));
            Assert.Equal(Reference.Level("KIA", answers) == "recommended", Assessor.Assess(project).Dpia.KiaRecommended);
        }
    }

    [Fact]
    public void TheDpiaOutcome_IsTheReferencesRule_ForEveryCombinationOfItsCriteria()
    {
        // Every combination of the four criteria around their thresholds, through the reference's own expressions.
        foreach (var legislation in new[] { false, true })
        {
            for (var score = 0; score <= 7; score++)
            {
                for (var ap = 0; ap <= 2; ap++)
                {
                    for (var edpb = 0; edpb <= 3; edpb++)
                    {
                        var expected = Reference.DpiaLevel(legislation, score, ap, edpb) switch
                        {
                            "required" => DpiaOutcome.Required,
                            "recommended" => DpiaOutcome.Recommended,
                            _ => DpiaOutcome.NotRequired,
                        };
                        Assert.Equal(expected, DpiaPrescan.Evaluate(legislation, score, ap > 0, edpb));
                    }
                }
            }
        }
    }

    [Fact]
    public void FullyAnsweredProjects_GetTheReferencesSumAndOutcome()
    {
        // Seeded projects that answer every pre-scan question the model holds; the reference's sum and rule are
        // evaluated on the same answers (the AP list and EDPB criteria as the product finds them, since the model
        // derives some of them).
        var random = new Random(1101);
        var outcomes = new HashSet<DpiaOutcome>();
        for (var i = 0; i < 400; i++)
        {
            var (project, answers) = Answered(random);
            var result = Assessor.Assess(project);
            answers["3.1"] = result.Dpia.ApList.Select(a => (object?)a.ToString()).ToList();
            answers["4.1"] = result.Dpia.EdpbCriteria.Select(c => (object?)c.ToString()).ToList();

            Assert.True(result.Dpia.IsDetermined, project.Id);
            Assert.Equal(Reference.Sum(answers), result.Dpia.RiskScore);
            var expected = Reference.Level("DPIA", answers) switch
            {
                "required" => DpiaOutcome.Required,
                "recommended" => DpiaOutcome.Recommended,
                _ => DpiaOutcome.NotRequired,
            };
            Assert.Equal(expected, result.Dpia.Outcome);
            outcomes.Add(result.Dpia.Outcome);

            // IAMA: recommended for a high-risk AI system (6.1.2) or another impactful algorithm (6.1.3).
            var iama = new Dictionary<string, object?>
            {
                ["6.1.2"] = result.AiAct.Class == AiActClass.HighRisk,
                ["6.1.3"] = result.PublicationCategory.Category != PublicationCategory.OtherAlgorithm,
            };
            Assert.Equal(Reference.Level("IAMA", iama) == "recommended", result.Dpia.IamaRecommended);

            // DTIA: the reference's rule on the same answers to 2.1.1, 2.1.3, 2.1.4 and 2.1.6.
            Assert.Equal(Reference.Level("DTIA", answers) == "required", result.Dpia.DtiaRequired);
            Assert.True(result.Dpia.DtiaDetermined);
        }

        Assert.Equal(3, outcomes.Count);
    }

    private static (DataProject Project, Dictionary<string, object?> Answers) Answered(Random random)
    {
        // Each project has its own share of risky answers, so every outcome occurs.
        var share = random.NextDouble() * 0.4;
        bool Risky() => random.NextDouble() < share;
        var ordinary = random.Next(0, 9);
        var special = Reference.Options("1.2.2").Where(_ => Risky()).ToList();
        var sensitive = Reference.Options("1.3.2").Where(o => Sensitive.ContainsKey(Strip(o)) && Risky()).ToList();
        var subjects = Reference.Options("1.4.1").Where(o => Subjects.ContainsKey(Strip(o)) && (Strip(o).StartsWith("Burgers", StringComparison.Ordinal) || Risky())).ToList();
        var large = Risky();
        var frequency = Reference.Options("1.5.3")[random.Next(Reference.Options("1.5.3").Count)];
        var retention = Reference.Options("1.5.4")[random.Next(Reference.Options("1.5.4").Count)];
        var transfer = Risky() ? Enum.GetValues<InternationalTransfer>()[random.Next(3)] : InternationalTransfer.None;
        var registries = Reference.Options("5.1.2").Where(o => RegistryOf(o) is not null && Risky()).ToList();
        var service = Risky() ? Enum.GetValues<DigitalService>()[random.Next(Enum.GetValues<DigitalService>().Length)] : DigitalService.None;
        var storage = Reference.Options("2.1.3")[random.Next(3)];
        var support = Reference.Options("2.1.4")[random.Next(2)];
        var mechanism = Reference.Options("2.1.6")[random.Next(Reference.Options("2.1.6").Count)];
        var largeScale = Risky();
        var newTechnology = Risky();
        var legislation = Risky() && Risky();
        var categories = new DataCategories
        {
            Ordinary = [.. Enumerable.Range(0, ordinary).Select(i => "categorie " + i)],
            Special = [.. special.SelectMany(o => Special[Strip(o)])],
            Sensitive = [.. sensitive.Select(o => Sensitive[Strip(o)]).OfType<SensitiveCategory[]>().SelectMany(v => v)],
            Criminal = sensitive.Any(o => Sensitive[Strip(o)] is null),
        };
        var sources = registries.Count == 0
            ? [new DataSource { Title = "Eigen bron", PersonalData = PersonalDataLevel.Identified, Categories = categories }]
            : registries.Select((o, i) => new DataSource { Title = o, BaseRegistry = RegistryOf(o), PersonalData = PersonalDataLevel.Identified, Categories = i == 0 ? categories : new DataCategories { Criminal = false } }).ToList();
        var project = Project() with
        {
            Id = "p" + random.Next(),
            Data = new DataProfile
            {
                Sources = [.. sources],
                Subjects = [.. subjects.Select(o => Subjects[Strip(o)])],
                AtLeast10000Subjects = large,
                ProcessingFrequency = Frequencies[frequency],
                Retention = Retentions[retention],
                InternationalTransfer = transfer,
                Storage = Storages[storage],
                SupportOutsideEea = support == "Buiten EER",
                TransferMechanism = Mechanisms[mechanism],
            },
            Technique = new Technique { AlgorithmType = Risky() ? AlgorithmType.MachineLearning : AlgorithmType.RuleBased },
            Oversight = new Oversight { AutomationLevel = Enum.GetValues<AutomationLevel>()[random.Next(Enum.GetValues<AutomationLevel>().Length)], LegalEffects = Risky() },
            Risk = new RiskProfile
            {
                Factors = new RiskFactors
                {
                    NewLegislation = legislation, DigitalService = service, Profiling = Risky(), SystematicMonitoring = Risky(),
                    CombinesDataSets = Risky(), RestrictsRightsOrServices = Risky(),
                    EdpbCriteria = new EdpbCriteria { LargeScale = largeScale, InnovativeTechnology = newTechnology },
                },
            },
        };
        var answers = new Dictionary<string, object?>
        {
            ["0.1"] = legislation,
            ["1.1.1"] = ordinary > 0,
            ["1.1.2"] = Select("1.1.2", ordinary),
            ["1.2.1"] = special.Count > 0,
            ["1.2.2"] = special.Select(o => (object?)o).ToList(),
            ["1.3.1"] = sensitive.Count > 0,
            ["1.3.2"] = sensitive.Select(o => (object?)o).ToList(),
            ["1.4.1"] = subjects.Select(o => (object?)o).ToList(),
            ["1.5.1"] = large,
            ["1.5.3"] = frequency,
            ["1.5.4"] = retention,
            ["2.1.1"] = transfer == InternationalTransfer.OutsideEea,
            ["2.1.3"] = storage,
            ["2.1.4"] = support,
            ["2.1.6"] = mechanism,
            ["2.1.8"] = transfer == InternationalTransfer.OutsideEea && special.Count > 0,
            ["5.1.1"] = registries.Count > 0,
            ["5.1.2"] = registries.Select(o => (object?)o).ToList(),
        };
        foreach (var (id, value) in DigitalAnswers(service))
        {
            answers[id] = value;
        }

        return (project, answers);
    }

    private static Dictionary<string, object?> DigitalAnswers(DigitalService service) => new()
    {
        ["7.1.1"] = service != DigitalService.None,
        ["7.1.2"] = service == DigitalService.PrimarilyForMinors,
        ["7.1.3"] = service == DigitalService.MinorsKeptOut,
    };

    private static DpiaOutcome Outcome(string? level) => level switch
    {
        "required" => DpiaOutcome.Required,
        "recommended" => DpiaOutcome.Recommended,
        _ => DpiaOutcome.NotRequired,
    };

    /// <summary>A project with personal data that answers every pre-scan question with the mildest answer, EDPB criteria stated as not applying.</summary>
    private static DataProject Quiet() => WithSource(new DataCategories { Criminal = false }) is var p
        ? p with
        {
            Data = p.Data! with
            {
                Subjects = [DataSubjectGroup.Citizens], AtLeast10000Subjects = false, ProcessingFrequency = ProcessingFrequency.Once,
                Retention = RetentionPeriod.LessThanOneDay, InternationalTransfer = InternationalTransfer.None,
            },
            Technique = new Technique { AlgorithmType = AlgorithmType.RuleBased },
            Oversight = new Oversight { AutomationLevel = AutomationLevel.DecisionSupport, LegalEffects = false },
            Risk = new RiskProfile
            {
                Factors = new RiskFactors
                {
                    NewLegislation = false, DigitalService = DigitalService.None, Profiling = false, SystematicMonitoring = false, CombinesDataSets = false,
                    RestrictsRightsOrServices = false,
                    EdpbCriteria = new EdpbCriteria { LargeScale = false, InnovativeTechnology = false },
                },
            },
        }
        : null!;

    private static BaseRegistry? RegistryOf(string option)
    {
        var open = option.LastIndexOf('(');
        var code = option[(open + 1)..option.LastIndexOf(')')];
        return Wire.TryParse<BaseRegistry>(code.ToLowerInvariant(), out var registry) ? registry : null;
    }

    private static List<object?> Select(string question, int count) => Enumerable.Range(0, count).Select(i => (object?)("optie " + i)).ToList();

    private static IEnumerable<List<string>> Subsets(List<string> options)
    {
        for (var mask = 0; mask < 1 << options.Count; mask++)
        {
            yield return options.Where((_, i) => (mask & (1 << i)) != 0).ToList();
        }
    }

    private static string Strip(string option) => option.Contains(": ", StringComparison.Ordinal) ? option[(option.IndexOf(": ", StringComparison.Ordinal) + 2)..] : option;

    private static DataProject Project() => new()
    {
        Id = "p",
        Name = "Pre-scan",
        Organization = new Organization { Name = "Gemeente Utrecht", Type = OrganizationType.Gemeente },
    };

    private static DataProject WithSource(DataCategories categories) =>
        Project() with { Data = new DataProfile { Sources = [new DataSource { Title = "Bron", PersonalData = PersonalDataLevel.Identified, Categories = categories }] } };

    /// <summary>The points the product gives for one question (0 when it gives none).</summary>
    private static int Points(DataProject project, string code) =>
        Assessor.Assess(project).Reasons.Where(r => r.Code == code).Sum(r => r.Points);

    /// <summary>The parts of prescan.yaml the tests read.</summary>
    private sealed class Prescan
    {
        private readonly Dictionary<string, (string Task, string Expression, List<(string When, int Value)> Rules)> calculations = [];
        private readonly Dictionary<string, List<string>> options = [];

        public Dictionary<string, Dictionary<string, (string Expression, Dictionary<string, string> Criteria)>> Assessments { get; } = [];

        public string SumExpression { get; private set; } = "";

        public List<string> SummedScoreKeys { get; } = [];

        public static Prescan Load(string path)
        {
            var stream = new YamlStream();
            using (var reader = File.OpenText(path))
            {
                stream.Load(reader);
            }

            var prescan = new Prescan();
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            prescan.Walk(root["tasks"], null);
            foreach (var assessment in ((YamlSequenceNode)root["assessments"]).Cast<YamlMappingNode>())
            {
                var levels = new Dictionary<string, (string, Dictionary<string, string>)>();
                foreach (var level in ((YamlSequenceNode)assessment["levels"]).Cast<YamlMappingNode>())
                {
                    var criteria = ((YamlSequenceNode)level["criteria"]).Cast<YamlMappingNode>().ToDictionary(c => Scalar(c["id"]), c => Scalar(c["expression"]));
                    levels[Scalar(level["level"])] = (Scalar(level["expression"]), criteria);
                }

                prescan.Assessments[Scalar(assessment["id"])] = levels;
            }

            prescan.SumExpression = prescan.Assessments["DPIA"]["required"].Criteria["riskscore"];
            foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(prescan.SumExpression, @"scores\.(\w+)"))
            {
                prescan.SummedScoreKeys.Add(match.Groups[1].Value);
            }

            return prescan;
        }

        public List<string> Options(string task) => options[task];

        /// <summary>The points of one question for an answer: the calculation's expression, then its riskScore rules.</summary>
        public int Points(string scoreKey, object? answer)
        {
            var (task, expression, rules) = calculations[scoreKey];
            var answers = answer as Dictionary<string, object?> ?? new Dictionary<string, object?> { [task] = answer is List<string> list ? list.Select(o => (object?)o).ToList() : answer };
            var value = Jexl.Evaluate(expression, name => Resolve(answers, null, name));
            foreach (var (when, points) in rules)
            {
                if (Jexl.Truthy(Jexl.Evaluate(when, name => name == scoreKey ? value : Resolve(answers, null, name))))
                {
                    return points;
                }
            }

            throw new InvalidOperationException($"No riskScore rule of {scoreKey} holds for {value}.");
        }

        /// <summary>The sum the reference's "riskscore" criterion compares with 4 (the comparison left off).</summary>
        public int Sum(Dictionary<string, object?> answers)
        {
            var scores = SummedScoreKeys.ToDictionary(k => k, k => (object?)(double)Points(k, answers));
            var sum = SumExpression.Trim();
            sum = sum[..sum.LastIndexOf('>')];
            return (int)Jexl.Number(Jexl.Evaluate(sum, name => Resolve(answers, scores, name)));
        }

        /// <summary>The first level of an assessment whose rule holds ("required", "recommended"), or null.</summary>
        public string? Level(string assessment, Dictionary<string, object?> answers)
        {
            var scores = assessment == "DPIA" ? SummedScoreKeys.ToDictionary(k => k, k => (object?)(double)Points(k, answers)) : null;
            foreach (var (level, (expression, criteria)) in Assessments[assessment])
            {
                var values = criteria.ToDictionary(c => c.Key, c => Jexl.Evaluate(c.Value, name => Resolve(answers, scores, name)));
                if (Jexl.Truthy(Jexl.Evaluate(expression, name => name.StartsWith("criteria:", StringComparison.Ordinal) ? values[name[9..]] : Resolve(answers, scores, name))))
                {
                    return level;
                }
            }

            return null;
        }

        /// <summary>The DPIA level for given criteria: the sum, the number of AP-list items and of EDPB criteria as such.</summary>
        public string? DpiaLevel(bool legislation, int score, int ap, int edpb)
        {
            var (_, requiredCriteria) = Assessments["DPIA"]["required"];
            var answers = new Dictionary<string, object?>
            {
                ["0.1"] = legislation,
                ["3.1"] = Enumerable.Range(0, ap).Select(i => (object?)("ap " + i)).ToList(),
                ["4.1"] = Enumerable.Range(0, edpb).Select(i => (object?)("edpb " + i)).ToList(),
            };
            foreach (var (level, (expression, criteria)) in Assessments["DPIA"])
            {
                var values = criteria.ToDictionary(c => c.Key, c => c.Key == "riskscore" ? score > Threshold(c.Value) : Jexl.Evaluate(c.Value, name => Resolve(answers, null, name)));
                if (Jexl.Truthy(Jexl.Evaluate(expression, name => name.StartsWith("criteria:", StringComparison.Ordinal) ? values[name[9..]] : Resolve(answers, null, name))))
                {
                    return level;
                }
            }

            return null;

            static double Threshold(string sum) => double.Parse(sum[(sum.LastIndexOf('>') + 1)..].Trim().TrimEnd('"'), System.Globalization.CultureInfo.InvariantCulture);
        }

        private static object? Resolve(Dictionary<string, object?> answers, Dictionary<string, object?>? scores, string name) =>
            name.StartsWith("answers:", StringComparison.Ordinal) ? answers.GetValueOrDefault(name[8..])
            : name.StartsWith("scores:", StringComparison.Ordinal) ? scores?.GetValueOrDefault(name[7..])
            : throw new InvalidOperationException("Unknown name " + name);

        private void Walk(YamlNode node, string? task)
        {
            if (node is YamlSequenceNode sequence)
            {
                foreach (var item in sequence)
                {
                    Walk(item, task);
                }

                return;
            }

            if (node is not YamlMappingNode map)
            {
                return;
            }

            // A task has an id and a task name; a calculation belongs to the nearest task above it.
            var id = map.Children.ContainsKey(new YamlScalarNode("task")) && map.Children.TryGetValue(new YamlScalarNode("id"), out var idNode) ? Scalar(idNode) : task;
            if (id is not null && map.Children.TryGetValue(new YamlScalarNode("options"), out var optionNode) && optionNode is YamlSequenceNode optionList)
            {
                options[id] = optionList.Cast<YamlMappingNode>().Select(o => Scalar(o["value"])).ToList();
            }

            if (id is not null && map.Children.TryGetValue(new YamlScalarNode("calculation"), out var calculation))
            {
                var c = (YamlMappingNode)calculation;
                var rules = ((YamlSequenceNode)c["riskScore"]).Cast<YamlMappingNode>().Select(r => (Scalar(r["when"]), int.Parse(Scalar(r["value"]), System.Globalization.CultureInfo.InvariantCulture))).ToList();
                calculations[Scalar(c["scoreKey"])] = (id, Scalar(c["expression"]), rules);
            }

            foreach (var child in map.Children.Values)
            {
                Walk(child, id);
            }
        }

        private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? "";
    }
}
