using System;
using System.Collections.Generic;

namespace DataGrip.Core.Interop;

/// <summary>An answer to "was a DPIA / IAMA done?" in the register's older versions.</summary>
internal enum AssessmentAnswer
{
    /// <summary>No answer ("-", "?").</summary>
    None,

    /// <summary>Done ("Ja", "Uitgevoerd").</summary>
    Yes,

    /// <summary>Not done ("Nee", "niet aanwezig").</summary>
    No,

    /// <summary>Not needed ("n.v.t.", "niet van toepassing").</summary>
    NotApplicable,

    /// <summary>Planned ("gepland").</summary>
    Planned,

    /// <summary>Under way ("in uitvoering").</summary>
    InProgress,
}

/// <summary>
/// Reads DPIA/IAMA answers: "Ja", "Nee", "-", "niet aanwezig", "n.v.t.", "gepland", and prose that starts with a
/// clear answer ("Ja, zie …", "Nee, want …"). Other prose is no answer this normaliser is sure of.
/// </summary>
internal static class AssessmentAnswerNormaliser
{
    private static readonly Dictionary<string, AssessmentAnswer> Known = new(StringComparer.Ordinal)
    {
        [string.Empty] = AssessmentAnswer.None,
        ["?"] = AssessmentAnswer.None,
        ["onbekend"] = AssessmentAnswer.None,
        ["ja"] = AssessmentAnswer.Yes,
        ["yes"] = AssessmentAnswer.Yes,
        ["uitgevoerd"] = AssessmentAnswer.Yes,
        ["aanwezig"] = AssessmentAnswer.Yes,
        ["nee"] = AssessmentAnswer.No,
        ["no"] = AssessmentAnswer.No,
        ["niet aanwezig"] = AssessmentAnswer.No,
        ["niet uitgevoerd"] = AssessmentAnswer.No,
        ["geen"] = AssessmentAnswer.No,
        ["n.v.t"] = AssessmentAnswer.NotApplicable,
        ["nvt"] = AssessmentAnswer.NotApplicable,
        ["niet van toepassing"] = AssessmentAnswer.NotApplicable,
        ["niet nodig"] = AssessmentAnswer.NotApplicable,
        ["gepland"] = AssessmentAnswer.Planned,
        ["in voorbereiding"] = AssessmentAnswer.Planned,
        ["in uitvoering"] = AssessmentAnswer.InProgress,
        ["loopt"] = AssessmentAnswer.InProgress,
        ["wordt uitgevoerd"] = AssessmentAnswer.InProgress,
    };

    /// <summary>Reads an answer; false for prose that gives none surely.</summary>
    public static bool TryRead(string text, out AssessmentAnswer answer)
    {
        var key = TextKey.Of(text);
        if (Known.TryGetValue(key, out answer))
        {
            return true;
        }

        // "Ja, zie de DPIA op …" / "Nee, er worden geen persoonsgegevens verwerkt."
        foreach (var lead in new[] { "ja", "nee" })
        {
            if (key.Length > lead.Length + 1 && key.StartsWith(lead, StringComparison.Ordinal) && key[lead.Length] is ',' or '.' or ';' or ':' or ' ' && key[lead.Length + 1] is ' ' or ',')
            {
                answer = lead == "ja" ? AssessmentAnswer.Yes : AssessmentAnswer.No;
                return true;
            }
        }

        return false;
    }
}
