using System;
using System.Collections.Generic;
using DataGrip.Core.Model;

namespace DataGrip.Core.Interop;

/// <summary>
/// Reads the register's <c>type</c>: "Regelgebaseerd"/"Op regels gebaseerd"/"Rule based", "Zelflerend", the v0.4
/// question "zelflerend?" answered "Ja"/"Nee", mixed forms ("deels op regels gebaseerd, deels zelflerend"), and
/// values that name a type of use instead ("Voorspellend").
/// </summary>
internal static class AlgorithmTypeNormaliser
{
    private static readonly Dictionary<string, AlgorithmType> Types = new(StringComparer.Ordinal)
    {
        ["regelgebaseerd"] = AlgorithmType.RuleBased,
        ["op regels gebaseerd"] = AlgorithmType.RuleBased,
        ["rule based"] = AlgorithmType.RuleBased,
        ["rule-based"] = AlgorithmType.RuleBased,
        ["rules based"] = AlgorithmType.RuleBased,
        ["beslisregels"] = AlgorithmType.RuleBased,
        ["nee"] = AlgorithmType.RuleBased,
        ["zelflerend"] = AlgorithmType.MachineLearning,
        ["lerend"] = AlgorithmType.MachineLearning,
        ["machine learning"] = AlgorithmType.MachineLearning,
        ["self-learning"] = AlgorithmType.MachineLearning,
        ["ja"] = AlgorithmType.MachineLearning,
        ["hybride"] = AlgorithmType.Hybrid,
        ["hybrid"] = AlgorithmType.Hybrid,
        ["generatieve ai"] = AlgorithmType.GenerativeAi,
        ["generative ai"] = AlgorithmType.GenerativeAi,
    };

    private static readonly Dictionary<string, UseType> UseTypes = new(StringComparer.Ordinal)
    {
        ["voorspellend"] = UseType.Predictive,
        ["voorspellend algoritme"] = UseType.Predictive,
        ["beschrijvend"] = UseType.Descriptive,
        ["descriptief"] = UseType.Descriptive,
        ["diagnostisch"] = UseType.Diagnostic,
        ["voorschrijvend"] = UseType.Prescriptive,
        ["voorschrijvend algoritme"] = UseType.Prescriptive,
        ["prescriptief"] = UseType.Prescriptive,
    };

    /// <summary>Reads a type: either an algorithm type or (when the value names one) a type of use.</summary>
    public static bool TryRead(string text, out AlgorithmType? type, out UseType? use)
    {
        type = null;
        use = null;
        var key = TextKey.Of(text);
        if (Types.TryGetValue(key, out var t))
        {
            type = t;
            return true;
        }

        if (UseTypes.TryGetValue(key, out var u))
        {
            use = u;
            return true;
        }

        var rules = key.Contains("regel") || key.Contains("rule");
        var learning = key.Contains("zelflerend") || key.Contains("machine learning");
        if (rules && learning)
        {
            type = AlgorithmType.Hybrid;
            return true;
        }

        return false;
    }
}
