using System;
using System.Collections.Generic;
using System.Linq;
using DataGrip.Core.Overlap;

namespace DataGrip.Overlap.Embeddings;

/// <summary>
/// Another <see cref="ITextSimilarity"/>'s embeddings less their mean over a corpus. An English-trained model puts
/// all Dutch texts close together (two unrelated Dutch sentences score about 0.5); taking the shared direction out
/// spreads them, so that the cosine measures what the texts do not share with every other Dutch text.
/// </summary>
public sealed class CentredTextSimilarity : ITextSimilarity
{
    private readonly ITextSimilarity inner;
    private readonly float[] mean;

    private CentredTextSimilarity(ITextSimilarity inner, float[] mean)
    {
        this.inner = inner;
        this.mean = mean;
    }

    /// <summary>Takes the mean of the unit embeddings of a corpus's texts (no labels: a vendor fits it on its own export).</summary>
    /// <param name="inner">The embeddings to centre.</param>
    /// <param name="texts">The corpus's texts, as the detector passes them to <see cref="ITextSimilarity.Embed"/>.</param>
    /// <returns>The centred similarity.</returns>
    public static CentredTextSimilarity Fit(ITextSimilarity inner, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(texts);
        double[]? sum = null;
        var count = 0;
        foreach (var vector in texts.Select(inner.Embed).Where(v => v.Length > 0))
        {
            sum ??= new double[vector.Length];
            var norm = Math.Sqrt(vector.Sum(x => (double)x * x));
            for (var i = 0; i < vector.Length && norm > 0; i++)
            {
                sum[i] += vector[i] / norm;
            }

            count++;
        }

        return new CentredTextSimilarity(inner, sum is null ? [] : [.. sum.Select(s => (float)(s / count))]);
    }

    /// <inheritdoc/>
    public float[] Embed(string text)
    {
        var vector = inner.Embed(text);
        if (vector.Length == 0 || mean.Length == 0)
        {
            return vector;
        }

        var norm = Math.Sqrt(vector.Sum(x => (double)x * x));
        return norm > 0 ? [.. vector.Select((x, i) => (float)((x / norm) - mean[i]))] : vector;
    }
}
