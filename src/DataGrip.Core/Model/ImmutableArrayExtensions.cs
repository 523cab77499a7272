using System.Collections.Immutable;

namespace DataGrip.Core.Model;

internal static class ImmutableArrayExtensions
{
    /// <summary>Turns a default (uninitialised) array into an empty one, so the model never holds a default array.</summary>
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> value) => value.IsDefault ? ImmutableArray<T>.Empty : value;
}
