using System;
using System.Collections.Generic;
using System.Linq;
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

    /// <summary>The value whose wire name this is.</summary>
    public static bool TryParse<T>(string name, out T value)
        where T : struct, Enum => Names<T>.Reverse.TryGetValue(name, out value);

    /// <summary>Every wire name of the enum, in declaration order.</summary>
    public static IEnumerable<string> All<T>()
        where T : struct, Enum => Names<T>.Map.Values;

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> Map = Build();

        public static readonly Dictionary<string, T> Reverse = Map.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

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
