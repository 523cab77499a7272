using System.Collections.Immutable;
using DataGrip.Core.Facts;
using DataGrip.Core.Model;

namespace DataGrip.Core.Risk;

/// <summary>
/// The Algoritmeregister publication category from the four triggers of "impactful" (Algoritmekader): A for a
/// high-risk AI system, B when another trigger holds or when a trigger is not answered ("impactful when in doubt"),
/// C otherwise.
/// </summary>
internal static class PublicationCategoryRules
{
    public static PublicationCategoryResult Derive(ProjectFacts facts, AiActResult aiAct, Reasons reasons)
    {
        var triggers = ImmutableArray.CreateBuilder<ImpactTrigger>(4);
        if (aiAct.Class is AiActClass.HighRisk or AiActClass.Prohibited)
        {
            Trigger(ImpactTrigger.HighRiskAi, "/risk/aiAct");
        }

        var doubt = 0;
        ImmutableArray<string>.Builder? deciding = null;
        Check(facts.LegalEffects, ImpactTrigger.LegalEffects, "/oversight/legalEffects");
        // Profiling classifies people whatever is stated; a stated "no" holds once profiling is ruled out.
        var stated = facts.Factors?.ClassifiesOrContactsPeople;
        var classifies = stated == true || facts.Profiling == true ? true : stated == false && facts.Profiling == false ? false : (bool?)null;
        Check(classifies, ImpactTrigger.ClassifiesOrContactsPeople, "/risk/factors/classifiesOrContactsPeople");
        Check(facts.Factors?.JudgedImpactful, ImpactTrigger.JudgedImpactful, "/risk/factors/judgedImpactful");

        var category = triggers.Count > 0 && triggers[0] == ImpactTrigger.HighRiskAi
            ? PublicationCategory.HighRiskAiSystem
            : triggers.Count > 0 || doubt > 0 ? PublicationCategory.ImpactfulAlgorithm : PublicationCategory.OtherAlgorithm;
        var inDoubt = triggers.Count == 0 && doubt > 0;

        // The range: the unanswered triggers all no (and the AI Act class at its lowest), or all yes (and at its highest).
        var least = aiAct.LowestClass is AiActClass.HighRisk or AiActClass.Prohibited ? PublicationCategory.HighRiskAiSystem
            : triggers.Count > (triggers.Count > 0 && triggers[0] == ImpactTrigger.HighRiskAi ? 1 : 0) ? PublicationCategory.ImpactfulAlgorithm
            : PublicationCategory.OtherAlgorithm;
        var strictest = aiAct.HighestClass is AiActClass.HighRisk or AiActClass.Prohibited ? PublicationCategory.HighRiskAiSystem
            : triggers.Count > 0 || doubt > 0 ? PublicationCategory.ImpactfulAlgorithm
            : PublicationCategory.OtherAlgorithm;
        if (least != strictest)
        {
            var bOrC = least == PublicationCategory.OtherAlgorithm;
            var aiDecides = strictest == PublicationCategory.HighRiskAiSystem;
            deciding ??= ImmutableArray.CreateBuilder<string>();
            if (!bOrC)
            {
                deciding.Clear();
            }

            if (aiDecides)
            {
                foreach (var pointer in aiAct.DecidingAnswers)
                {
                    // Whether the system is high-risk does not hang on its transparency obligation.
                    if (pointer != AiActRules.TransparencyPointer && !deciding.Contains(pointer))
                    {
                        deciding.Add(pointer);
                    }
                }
            }
        }
        else
        {
            deciding = null;
        }

        facts.SetDerivedCategory(category, triggers.Count > 0);
        reasons.Info(RiskCodes.PublicationCategoryDerived, "/risk/publicationCategory", 0, Letter(category), inDoubt ? "inDoubt" : triggers.Count == 0 ? "noTrigger" : Wire.Name(triggers[0]));
        if (facts.RegisteredCategoryMilder)
        {
            reasons.Add(RiskCodes.RegisteredCategoryTooLow, Severity.Warning, "/risk/publicationCategory", 0, Letter(facts.RegisteredCategory!.Value), Letter(category));
        }

        return new PublicationCategoryResult
        {
            Category = category, Triggers = triggers.ToImmutable(), InDoubt = inDoubt, LeastStrict = least, Strictest = strictest, DecidingAnswers = deciding is null ? [] : deciding.ToImmutable(),
        };

        void Trigger(ImpactTrigger trigger, string pointer)
        {
            triggers.Add(trigger);
            reasons.Info(RiskCodes.ImpactTriggerApplies, pointer, 0, Wire.Name(trigger));
        }

        void Check(bool? answer, ImpactTrigger trigger, string pointer)
        {
            if (answer == true)
            {
                Trigger(trigger, pointer);
            }
            else if (answer is null)
            {
                doubt++;
                (deciding ??= ImmutableArray.CreateBuilder<string>()).Add(pointer);
                reasons.Add(RiskCodes.ImpactfulInDoubt, Severity.Warning, pointer, 0, Wire.Name(trigger));
            }
        }
    }

    /// <summary>
    /// Derives the category into the facts when no assessment has (completeness on its own needs it): the AI Act
    /// class and the triggers, with the reasons thrown away.
    /// </summary>
    public static void EnsureDerived(ProjectFacts facts)
    {
        if (!facts.HasDerivedCategory)
        {
            var reasons = new Reasons(8);
            Derive(facts, AiActRules.Classify(facts, reasons), reasons);
        }
    }

    internal static string Letter(PublicationCategory category) => category switch
    {
        PublicationCategory.HighRiskAiSystem => "A",
        PublicationCategory.ImpactfulAlgorithm => "B",
        _ => "C",
    };
}
