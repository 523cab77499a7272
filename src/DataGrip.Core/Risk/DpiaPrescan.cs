using System.Collections.Immutable;
using System.Globalization;
using DataGrip.Core.Facts;
using DataGrip.Core.Model;

namespace DataGrip.Core.Risk;

/// <summary>
/// The Pre-scan DPIA v2.0 (<c>MinBZK/par-dpia-form: sources/prescan.yaml</c>): risk points per answer, and a DPIA
/// required for new legislation, a sum above 4, any AP-list category or two EDPB criteria; recommended for one
/// EDPB criterion. A missing answer is listed and counted at 0 for the mildest outcome and at its maximum for the
/// strictest; when the two differ, the outcome is <see cref="DpiaOutcome.Undetermined"/> with the answers that decide it.
/// </summary>
internal static class DpiaPrescan
{
    public static DpiaPrescanResult Assess(ProjectFacts facts, bool impactful, AiActResult aiAct, Reasons reasons)
    {
        var project = facts.Project;
        var data = project.Data;
        var missing = ImmutableArray.CreateBuilder<string>();
        var transfer = data?.InternationalTransfer;
        var (dtia, dtiaDetermined) = Dtia(data, reasons);
        var service = facts.Factors?.DigitalService;
        var kia = service == DigitalService.PrimarilyForMinors;
        var iama = aiAct.Class == AiActClass.HighRisk || impactful;
        if (kia)
        {
            reasons.Info(RiskCodes.KiaRecommended, "/risk/factors/digitalService");
        }

        if (iama)
        {
            reasons.Info(RiskCodes.IamaRecommended, aiAct.Class == AiActClass.HighRisk ? "/risk/aiAct" : "/risk/publicationCategory", 0, aiAct.Class == AiActClass.HighRisk ? "highRiskAi" : "impactful");
        }

        var legislation = facts.Factors?.NewLegislation;
        var statedApList = facts.Factors?.ApList ?? [];
        if (facts.PersonalData == false)
        {
            reasons.Info(RiskCodes.NoPersonalData, "/data/sources");

            // The reference's "required" rule has no personal-data condition: stated new legislation or a stated
            // AP-list category still require a DPIA, and contradict "no personal data".
            if (legislation == true || !statedApList.IsEmpty)
            {
                if (legislation == true)
                {
                    reasons.Info(RiskCodes.PrescanNewLegislation, "/risk/factors/newLegislation");
                }

                var stated = ApList(facts, reasons);
                reasons.Add(RiskCodes.NoPersonalDataContradiction, Severity.Warning, "/data/sources", 0, legislation == true ? "newLegislation" : "apList");
                reasons.Info(RiskCodes.DpiaRequired, "", 0, Number(stated.Length), "0");
                return new DpiaPrescanResult
                {
                    Outcome = DpiaOutcome.Required, LowestOutcome = DpiaOutcome.Required, HighestOutcome = DpiaOutcome.Required, RiskScore = 0, WorstCaseRiskScore = 0,
                    ApList = stated, DtiaRequired = dtia, DtiaDetermined = dtiaDetermined, KiaRecommended = kia, IamaRecommended = iama,
                };
            }

            reasons.Info(RiskCodes.DpiaNotRequired, "", 0);
            return new DpiaPrescanResult
            {
                Outcome = DpiaOutcome.NotRequired, LowestOutcome = DpiaOutcome.NotRequired, HighestOutcome = DpiaOutcome.NotRequired, RiskScore = 0, WorstCaseRiskScore = 0,
                DtiaRequired = dtia, DtiaDetermined = dtiaDetermined, KiaRecommended = kia, IamaRecommended = iama,
            };
        }

        if (facts.PersonalData is null)
        {
            Missing("persoonsgegevens", "/data/sources");
        }

        // The open parts: each a pointer with the risk points, EDPB criteria, AP-list and legislation it can still add.
        var open = Open.Rent();
        var score = 0;
        var worst = 0;
        var categoriesPointer = "/data/sources";
        Count(RiskCodes.PrescanOrdinaryData, "gewone_persoonsgegeven", categoriesPointer, facts.CategoriesKnown ? (facts.OrdinaryCount >= 6 ? 1 : 0) : -1, 1, Number(facts.OrdinaryCount));
        // Question 1.2.2 has one option for sex life and sexual orientation together.
        var special = facts.SpecialCount - (facts.HasSpecial(SpecialCategory.SexLife) && facts.HasSpecial(SpecialCategory.SexualOrientation) ? 1 : 0);
        Count(RiskCodes.PrescanSpecialData, "bijzonder_persoonsgegeven", categoriesPointer, facts.CategoriesKnown ? Band(special) : -1, 2, Number(special));

        // Question 1.3.2 lists criminal-law data among the sensitive categories.
        // It also has one option for communication and location data together.
        var sensitive = facts.SensitiveCount + (facts.Criminal == true ? 1 : 0)
            - (facts.HasSensitive(SensitiveCategory.Communication) && facts.HasSensitive(SensitiveCategory.Location) ? 1 : 0);
        if (facts.CategoriesKnown && facts.Criminal is not null)
        {
            Count(RiskCodes.PrescanSensitiveData, "gevoelig_persoonsgegeven", categoriesPointer, Band(sensitive), 2, Number(sensitive));
        }
        else if (facts.CategoriesKnown)
        {
            Range(RiskCodes.PrescanSensitiveData, "gevoelig_persoonsgegeven", categoriesPointer, Band(sensitive), Band(sensitive + 1), Number(sensitive));
        }
        else if (sensitive > 0)
        {
            Range(RiskCodes.PrescanSensitiveData, "gevoelig_persoonsgegeven", categoriesPointer, Band(sensitive), 2, Number(sensitive));
        }
        else
        {
            Count(RiskCodes.PrescanSensitiveData, "gevoelig_persoonsgegeven", categoriesPointer, -1, 2, Number(sensitive));
        }

        var weighted = Weighted(facts);
        Count(RiskCodes.PrescanSubjects, "betrokkenen", "/data/subjects", facts.SubjectsKnown ? (weighted <= 2 ? 0 : weighted == 3 ? 1 : 2) : -1, 2, Number(weighted));
        Count(RiskCodes.PrescanScale, "aantal_betrokkenen", "/data/atLeast10000Subjects", data?.AtLeast10000Subjects switch { null => -1, true => 1, false => 0 }, 1, data?.AtLeast10000Subjects == true ? "yes" : "no");
        Count(RiskCodes.PrescanFrequency, "frequentie_verwerking", "/data/processingFrequency", data?.ProcessingFrequency switch
        {
            null => -1,
            ProcessingFrequency.Once or ProcessingFrequency.Irregular or ProcessingFrequency.AtLeastYearly => 0,
            _ => 1,
        }, 1, data?.ProcessingFrequency is { } frequency ? Wire.Name(frequency) : "");
        Count(RiskCodes.PrescanRetention, "bewaartermijn", "/data/retention", data?.Retention switch
        {
            null => -1,
            RetentionPeriod.OneYear or RetentionPeriod.SeveralYears => 1,
            _ => 0,
        }, 1, data?.Retention is { } retention ? Wire.Name(retention) : "");

        // Question 2.1: only a transfer outside the EEA counts (2.1.1); 2 points when it includes special categories
        // (2.1.8, read from the project's special categories), else 1.
        switch (transfer)
        {
            case null:
                Count(RiskCodes.PrescanTransfer, "internationale_doorgifte", "/data/internationalTransfer", -1, 2, "");
                break;
            case InternationalTransfer.OutsideEea when facts.Special == 0 && !facts.CategoriesKnown:
                Count(RiskCodes.PrescanTransfer, "internationale_doorgifte", "/data/internationalTransfer", 1, 1, "outsideEea");
                Range(RiskCodes.PrescanTransfer, "internationale_doorgifte", categoriesPointer, 0, 1, "outsideEea");
                break;
            default:
                Count(RiskCodes.PrescanTransfer, "internationale_doorgifte", "/data/internationalTransfer", transfer == InternationalTransfer.OutsideEea ? (facts.Special != 0 ? 2 : 1) : 0, 2, Wire.Name(transfer.Value));
                break;
        }

        Count(RiskCodes.PrescanBaseRegistries, "basisregistratie", "/data/sources", facts.PersonalRegistry switch { null => -1, true => 1, false => 0 }, 1, facts.PersonalRegistry == true ? "personalRegistry" : "none");
        Count(RiskCodes.PrescanDigitalService, "digitaledienst_minderjarig", "/risk/factors/digitalService", service switch
        {
            null => -1,
            DigitalService.None or DigitalService.MinorsKeptOut => 0,
            DigitalService.General => 1,
            _ => 2,
        }, 2, service is { } s ? Wire.Name(s) : "");

        if (legislation == true)
        {
            reasons.Info(RiskCodes.PrescanNewLegislation, "/risk/factors/newLegislation");
        }
        else if (legislation is null)
        {
            Missing("wetgeving", "/risk/factors/newLegislation");
            open.Add(("/risk/factors/newLegislation", 0, 0, false, true));
        }

        var apList = ApList(facts, reasons);
        if (facts.Factors is null)
        {
            Missing("aplist", "/risk/factors/apList");
            open.Add(("/risk/factors/apList", 0, 0, true, false));
        }

        var (edpb, edpbUnknown) = Edpb(facts, reasons, open);
        var required = legislation == true || score > 4 || apList.Length > 0 || edpb.Length >= 2;
        var lowest = Evaluate(legislation == true, score, apList.Length > 0, edpb.Length);
        var highest = Evaluate(legislation != false, worst, apList.Length > 0 || facts.Factors is null, edpb.Length + edpbUnknown);
        var withPersonal = lowest;
        if (facts.PersonalData is null)
        {
            // Were there no personal data, only stated legislation or a stated AP-list category would require a DPIA.
            lowest = legislation == true || !statedApList.IsEmpty ? DpiaOutcome.Required : DpiaOutcome.NotRequired;
        }

        var outcome = lowest == highest ? lowest : DpiaOutcome.Undetermined;
        var deciding = ImmutableArray<string>.Empty;
        if (outcome == DpiaOutcome.Undetermined)
        {
            var builder = ImmutableArray.CreateBuilder<string>();
            if (facts.PersonalData is null && withPersonal != lowest)
            {
                builder.Add("/data/sources");
            }

            foreach (var group in open)
            {
                if (builder.Contains(group.Pointer))
                {
                    continue;
                }

                var (points, criteria, ap, law) = Sum(group.Pointer);
                var up = Evaluate(legislation == true || law, score + points, apList.Length > 0 || ap, edpb.Length + criteria);
                var down = Evaluate(legislation == true || (legislation is null && !law), worst - points, apList.Length > 0 || (facts.Factors is null && !ap), edpb.Length + edpbUnknown - criteria);
                if (up != withPersonal || down != highest)
                {
                    builder.Add(group.Pointer);
                }
            }

            if (builder.Count == 0)
            {
                // No answer changes the outcome on its own: they decide it together.
                foreach (var group in open)
                {
                    if (!builder.Contains(group.Pointer))
                    {
                        builder.Add(group.Pointer);
                    }
                }
            }

            deciding = builder.ToImmutable();
        }

        switch (outcome)
        {
            case DpiaOutcome.Required:
                reasons.Info(RiskCodes.DpiaRequired, "", score, Number(apList.Length), Number(edpb.Length));
                break;
            case DpiaOutcome.Undetermined:
                reasons.Add(RiskCodes.DpiaUndetermined, Severity.Warning, "", score, Number(missing.Count + edpbUnknown));
                break;
            case DpiaOutcome.Recommended:
                reasons.Info(RiskCodes.DpiaRecommended, "", score);
                break;
            default:
                reasons.Info(RiskCodes.DpiaNotRequired, "", score);
                break;
        }

        _ = required;
        Open.Return(open);
        return new DpiaPrescanResult
        {
            Outcome = outcome,
            LowestOutcome = lowest,
            HighestOutcome = highest,
            DecidingAnswers = deciding,
            RiskScore = score,
            WorstCaseRiskScore = worst,
            ApList = apList,
            EdpbCriteria = edpb,
            MissingAnswers = missing.ToImmutable(),
            DtiaRequired = dtia,
            DtiaDetermined = dtiaDetermined,
            KiaRecommended = kia,
            IamaRecommended = iama,
        };

        (int Points, int Edpb, bool Ap, bool Legislation) Sum(string pointer)
        {
            var result = (0, 0, false, false);
            foreach (var part in open)
            {
                if (part.Pointer == pointer)
                {
                    result = (result.Item1 + part.Points, result.Item2 + part.Edpb, result.Item3 || part.Ap, result.Item4 || part.Legislation);
                }
            }

            return result;
        }

        void Count(string code, string key, string pointer, int points, int max, string detail)
        {
            if (points < 0)
            {
                worst += max;
                open.Add((pointer, max, 0, false, false));
                Missing(key, pointer);
                return;
            }

            score += points;
            worst += points;
            if (points > 0)
            {
                reasons.Info(code, pointer, points, key, detail);
            }
        }

        void Range(string code, string key, string pointer, int low, int high, string detail)
        {
            score += low;
            worst += high;
            if (high > low)
            {
                open.Add((pointer, high - low, 0, false, false));
                Missing(key, pointer);
            }

            if (low > 0)
            {
                reasons.Info(code, pointer, low, key, detail);
            }
        }

        void Missing(string key, string pointer)
        {
            if (!missing.Contains(pointer))
            {
                missing.Add(pointer);
            }

            reasons.Add(RiskCodes.PrescanMissingAnswer, Severity.Warning, pointer, 0, key);
        }
    }

    /// <summary>One list of open parts per thread, reused (an assessment on a thread never nests another).</summary>
    private static class Open
    {
        [System.ThreadStatic]
        private static System.Collections.Generic.List<(string Pointer, int Points, int Edpb, bool Ap, bool Legislation)>? cached;

        public static System.Collections.Generic.List<(string Pointer, int Points, int Edpb, bool Ap, bool Legislation)> Rent()
        {
            var list = cached ?? new(24);
            cached = null;
            return list;
        }

        public static void Return(System.Collections.Generic.List<(string Pointer, int Points, int Edpb, bool Ap, bool Legislation)> list)
        {
            list.Clear();
            cached = list;
        }
    }

    /// <summary>The rules of the reference's <c>assessments</c> block: required for new legislation, a sum above 4, an AP-list category or two EDPB criteria; recommended for exactly one.</summary>
    internal static DpiaOutcome Evaluate(bool newLegislation, int riskScore, bool apList, int edpbCriteria) =>
        newLegislation || riskScore > 4 || apList || edpbCriteria >= 2 ? DpiaOutcome.Required
        : edpbCriteria == 1 ? DpiaOutcome.Recommended
        : DpiaOutcome.NotRequired;

    private static int Band(int count) => count == 0 ? 0 : count <= 6 ? 1 : 2;

    private static int Weighted(ProjectFacts facts) =>
        (facts.HasSubject(DataSubjectGroup.Employees) ? 1 : 0)
        + (facts.HasSubject(DataSubjectGroup.Citizens) ? 1 : 0)
        + (facts.HasSubject(DataSubjectGroup.ChildrenUnder16) ? 3 : 0)
        + (facts.HasSubject(DataSubjectGroup.OtherVulnerableGroups) ? 3 : 0);

    private static ImmutableArray<ApListCategory> ApList(ProjectFacts facts, Reasons reasons)
    {
        var found = 0;
        foreach (var category in facts.Factors?.ApList ?? [])
        {
            Add(category, "stated");
        }

        if (facts.Profiling == true)
        {
            Add(ApListCategory.Profiling, "profiling");
        }

        if (facts.HasSubject(DataSubjectGroup.Employees) && facts.Factors?.SystematicMonitoring == true)
        {
            Add(ApListCategory.EmployeeMonitoring, "employeesMonitored");
        }

        if (facts.HasSpecial(SpecialCategory.Biometric))
        {
            Add(ApListCategory.BiometricData, "biometricData");
        }

        if (facts.HasSpecial(SpecialCategory.Genetic))
        {
            Add(ApListCategory.GeneticData, "geneticData");
        }

        if (found == 0)
        {
            return [];
        }

        var list = ImmutableArray.CreateBuilder<ApListCategory>();
        for (var i = 0; i < 32; i++)
        {
            if ((found & (1 << i)) != 0)
            {
                list.Add((ApListCategory)i);
            }
        }

        return list.ToImmutable();

        void Add(ApListCategory category, string basis)
        {
            var bit = 1 << (int)category;
            if ((found & bit) == 0)
            {
                found |= bit;
                reasons.Info(RiskCodes.PrescanApList, basis == "stated" ? "/risk/factors/apList" : "/risk/factors", 0, Wire.Name(category), basis);
            }
        }
    }

    private static (ImmutableArray<EdpbCriterion> Criteria, int Unknown) Edpb(ProjectFacts facts, Reasons reasons, System.Collections.Generic.List<(string Pointer, int Points, int Edpb, bool Ap, bool Legislation)> open)
    {
        var project = facts.Project;
        var found = ImmutableArray.CreateBuilder<EdpbCriterion>(9);
        var unknown = 0;
        var stated = facts.Factors?.EdpbCriteria;
        Check(EdpbCriterion.EvaluationOrScoring, facts.Profiling, stated?.EvaluationOrScoring, "/risk/factors/profiling", "/risk/factors/edpbCriteria/evaluationOrScoring");
        var automation = project.Oversight?.AutomationLevel;
        var legal = facts.LegalEffects;
        Check(EdpbCriterion.AutomatedDecisionWithLegalEffect,
            automation is { } a && a != AutomationLevel.Full || legal == false ? false : automation == AutomationLevel.Full && legal == true ? true : null,
            stated?.AutomatedDecisionWithLegalEffect, "/oversight", "/risk/factors/edpbCriteria/automatedDecisionWithLegalEffect");
        Check(EdpbCriterion.SystematicMonitoring, facts.Factors?.SystematicMonitoring, stated?.SystematicMonitoring, "/risk/factors/systematicMonitoring", "/risk/factors/edpbCriteria/systematicMonitoring");
        Check(EdpbCriterion.SensitiveData, facts.Special != 0 || facts.Sensitive != 0 || facts.Criminal == true ? true : facts.CategoriesKnown && facts.Criminal == false ? false : null,
            stated?.SensitiveData, "/data/sources", "/risk/factors/edpbCriteria/sensitiveData");
        // Large scale and new technology are judgements the pre-scan leaves to the user. Unstated, the derivation
        // applies: fewer than 10,000 subjects or a technique that does not learn rule them out; 10,000 or more, machine
        // learning or no answer leave them open (the strictest outcome counts them, the mildest does not).
        Judgement(EdpbCriterion.LargeScale, project.Data?.AtLeast10000Subjects, stated?.LargeScale, "/risk/factors/edpbCriteria/largeScale");
        Check(EdpbCriterion.CombinedDataSets, facts.CombinesDataSets, stated?.CombinedDataSets, "/risk/factors/combinesDataSets", "/risk/factors/edpbCriteria/combinedDataSets");
        Check(EdpbCriterion.VulnerableSubjects, facts.Vulnerable, stated?.VulnerableSubjects, "/data/subjects", "/risk/factors/edpbCriteria/vulnerableSubjects");
        Judgement(EdpbCriterion.InnovativeTechnology, facts.Learning, stated?.InnovativeTechnology, "/risk/factors/edpbCriteria/innovativeTechnology");
        Check(EdpbCriterion.PreventsRightOrService, facts.Factors?.RestrictsRightsOrServices, stated?.PreventsRightOrService, "/risk/factors/restrictsRightsOrServices", "/risk/factors/edpbCriteria/preventsRightOrService");
        return (found.ToImmutable(), unknown);

        void Judgement(EdpbCriterion criterion, bool? suggested, bool? answer, string pointer) =>
            Check(criterion, answer is null && suggested == false ? false : null, answer, pointer, pointer, judgement: true);

        void Check(EdpbCriterion criterion, bool? derived, bool? answer, string pointer, string statedPointer, bool judgement = false)
        {
            var applies = derived;
            if (answer is { } given)
            {
                // A stated answer wins; one that contradicts what the other answers settle is shown (a judgement is the user's own).
                if (!judgement && derived is { } other && other != given)
                {
                    reasons.Add(RiskCodes.EdpbStatedDiffers, Severity.Warning, statedPointer, 0, Wire.Name(criterion), given ? "yes" : "no");
                }

                applies = given;
                pointer = statedPointer;
            }

            if (applies == true)
            {
                found.Add(criterion);
                reasons.Info(RiskCodes.PrescanEdpbCriterion, pointer, 0, Wire.Name(criterion), answer is null ? "derived" : "stated");
            }
            else if (applies is null)
            {
                unknown++;
                open.Add((pointer, 0, 1, false, false));
            }
        }
    }

    /// <summary>
    /// The DTIA rule of the pre-scan: a transfer outside the EEA (2.1.1) with storage or support outside the EEA
    /// (2.1.3, 2.1.4) under standard contractual clauses or another mechanism (2.1.6). Unanswered, those count as
    /// requiring one (the strictest answer); the second value tells whether the answers settle it.
    /// </summary>
    private static (bool Required, bool Determined) Dtia(DataProfile? data, Reasons reasons)
    {
        if (data?.InternationalTransfer != InternationalTransfer.OutsideEea)
        {
            return (false, true);
        }

        bool? outside = data.Storage == StorageLocation.OutsideEea || data.SupportOutsideEea == true ? true
            : data.Storage is not null && data.SupportOutsideEea == false ? false
            : null;
        bool? mechanism = data.TransferMechanism switch
        {
            null => null,
            TransferMechanism.StandardContractualClauses or TransferMechanism.Other => true,
            _ => false,
        };
        if (outside == false || mechanism == false)
        {
            reasons.Info(RiskCodes.DtiaNotRequired, outside == false ? "/data/storage" : "/data/transferMechanism", 0, outside == false ? "storageAndSupportInEea" : "mechanismNeedsNoDtia");
            return (false, true);
        }

        reasons.Info(RiskCodes.DtiaRequired, "/data/internationalTransfer");
        if (outside is null)
        {
            if (data.Storage is null)
            {
                reasons.Add(RiskCodes.DtiaAnswersMissing, Severity.Warning, "/data/storage", 0, "storage");
            }

            if (data.SupportOutsideEea is null)
            {
                reasons.Add(RiskCodes.DtiaAnswersMissing, Severity.Warning, "/data/supportOutsideEea", 0, "support");
            }
        }

        if (mechanism is null)
        {
            reasons.Add(RiskCodes.DtiaAnswersMissing, Severity.Warning, "/data/transferMechanism", 0, "transferMechanism");
        }

        return (true, outside == true && mechanism == true);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
