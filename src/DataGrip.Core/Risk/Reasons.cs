namespace DataGrip.Core.Risk;

/// <summary>Collects the reasons of one assessment.</summary>
internal sealed class Reasons
{
    private readonly System.Collections.Immutable.ImmutableArray<RiskReason>.Builder items;

    public Reasons(int capacity = 48) => items = System.Collections.Immutable.ImmutableArray.CreateBuilder<RiskReason>(capacity);

    public void Add(string code, Severity severity, string pointer, int points = 0, string subject = "", string detail = "") =>
        items.Add(new RiskReason(code, severity, pointer, points, subject, detail));

    public void Info(string code, string pointer, int points = 0, string subject = "", string detail = "") =>
        Add(code, Severity.Info, pointer, points, subject, detail);

    public System.Collections.Immutable.ImmutableArray<RiskReason> ToImmutable() => items.ToImmutable();
}
