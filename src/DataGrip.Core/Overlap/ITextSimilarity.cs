namespace DataGrip.Core.Overlap;

/// <summary>
/// A text similarity to plug into the <see cref="OverlapDetector"/> instead of the built-in TF-IDF cosine, for
/// example sentence embeddings of a vendor's model; this library takes no ML dependency itself.
/// </summary>
/// <remarks>
/// The detector calls <see cref="Embed"/> once per project with the project's name, short description and goal
/// joined by newlines, and uses the cosine of two embeddings (below 0 counts as 0) as the text similarity.
/// Implementations must be thread-safe and deterministic.
/// </remarks>
public interface ITextSimilarity
{
    /// <summary>Turns a project's text into a vector; every vector must have the same length.</summary>
    /// <param name="text">Name, short description and goal, joined by newlines; never null, possibly empty.</param>
    /// <returns>The embedding; an empty or all-zero vector means "no text".</returns>
    float[] Embed(string text);
}
