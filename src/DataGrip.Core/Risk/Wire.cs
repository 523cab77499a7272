using System;
using System.Collections.Generic;
using System.Text.Json;

namespace DataGrip.Core.Risk;

/// <summary>The wire name (camelCase) of an enum value, made once per value.</summary>
internal static class Wire
{
    public static string Name<T>(T value)
        where T : struct, Enum => Names<T>.Map.TryGetValue(value, out var name) ? name : value.ToString();

    public static string Name(ImpactLevel level) => level switch
    {
        ImpactLevel.I => "I",
        ImpactLevel.II => "II",
        ImpactLevel.III => "III",
        _ => "IV",
    };

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> Map = Build();

        private static Dictionary<T, string> Build()
        {
            var map = new Dictionary<T, string>();
            foreach (T value in Enum.GetValues(typeof(T)))
            {
                map[value] = JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
            }

            return map;
        }
    }
}

/// <summary>Collects the reasons of one assessment.</summary>
internal sealed class Reasons
{
    private readonly System.Collections.Immutable.ImmutableArray<RiskReason>.Builder items = System.Collections.Immutable.ImmutableArray.CreateBuilder<RiskReason>(48);

    public void Add(string code, Severity severity, string pointer, int points = 0, string subject = "", string detail = "") =>
        items.Add(new RiskReason(code, severity, pointer, points, subject, detail));

    public void Info(string code, string pointer, int points = 0, string subject = "", string detail = "") =>
        Add(code, Severity.Info, pointer, points, subject, detail);

    public System.Collections.Immutable.ImmutableArray<RiskReason> ToImmutable() => items.ToImmutable();
}
