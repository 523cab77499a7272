using System.Globalization;

namespace DataGrip.Core.Risk;

/// <summary>
/// One step of a risk assessment: a point given, a rule that fired, a class or category chosen, an answer that is
/// missing, a clause of the framework that is broken. Small and cheap; make a full <see cref="Finding"/> with
/// messages in English and Dutch with <see cref="ToFinding(string)"/>.
/// </summary>
public readonly record struct RiskReason
{
    internal RiskReason(string code, Severity severity, string pointer, int points, string subject, string detail)
    {
        Code = code;
        Severity = severity;
        Pointer = pointer;
        Points = points;
        Subject = subject;
        Detail = detail;
    }

    /// <summary>The stable code (<c>DG-R###</c>, see <see cref="RiskCodes"/>).</summary>
    public string Code { get; }

    /// <summary>Info for an explanation; Warning or Error for something to act on.</summary>
    public Severity Severity { get; }

    /// <summary>The JSON Pointer of the field that produced it, relative to the project (empty for the project itself).</summary>
    public string Pointer { get; }

    /// <summary>The points it contributes or counts (risk points, mitigation points, a score), or 0.</summary>
    public int Points { get; }

    /// <summary>What it is about, as a stable wire name (a factor, a category, a class, an assessment type).</summary>
    public string Subject { get; }

    /// <summary>A second stable value: the answer found, a framework clause (a JSON Pointer into the framework file), a limit.</summary>
    public string Detail { get; }

    /// <summary>Makes a finding with messages in English and Dutch.</summary>
    /// <param name="projectPointer">The project's own pointer in its export (such as <c>/projects/3</c>), put before <see cref="Pointer"/>.</param>
    /// <returns>The finding.</returns>
    public Finding ToFinding(string projectPointer = "") =>
        Messages.Create(RiskMessages.Templates[Code], Code, projectPointer + Pointer, null, null,
            ("Subject", Subject), ("Detail", Detail), ("Points", Points.ToString(CultureInfo.InvariantCulture))) with { Severity = Severity };

    /// <summary>The message in the culture's language (Dutch for any Dutch culture, otherwise English).</summary>
    /// <param name="culture">The culture; null for the current UI culture.</param>
    /// <returns>The message.</returns>
    public string GetMessage(CultureInfo? culture = null) => ToFinding().GetMessage(culture);
}
