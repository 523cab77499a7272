using System;

namespace DataGrip.Core.Overlap;

/// <summary>
/// One feature of a project on one signal: a text term (a stem such as "kenteken", a concept, a compound part), a
/// data source ("BRP"), a supplier ("centric"), a legal reference, a theme, a technique or a data subject group.
/// One vocabulary holds every signal's features; it numbers them in this type's order (signal, then name ordinally),
/// so that the numbering, and with it the order in which a score adds its terms, does not depend on the order of
/// the projects.
/// </summary>
/// <param name="Signal">The signal the feature belongs to.</param>
/// <param name="Name">The feature within its signal, normalised (folded, stemmed or collapsed).</param>
internal readonly record struct FeatureKey(OverlapSignal Signal, string Name) : IComparable<FeatureKey>
{
    /// <summary>A term of the text signal.</summary>
    public static FeatureKey Text(string term) => new(OverlapSignal.Text, term);

    public int CompareTo(FeatureKey other) =>
        Signal != other.Signal ? ((int)Signal).CompareTo((int)other.Signal) : string.CompareOrdinal(Name, other.Name);
}
