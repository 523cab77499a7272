using System;
using System.Globalization;
using System.Linq;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;

namespace DataGrip.Overlap.Embeddings;

/// <summary>
/// <c>check</c>: that the model loads and runs on this machine (the native ONNX Runtime library), and that it scores a
/// paraphrase above an unrelated sentence, in English and in Dutch, both as a plain cosine and as the detector's text
/// signal. The project is not in the solution, so this is its test: exit code 1 when a paraphrase loses.
/// </summary>
internal static class Check
{
    private static readonly (string Language, string Text, string Paraphrase, string Unrelated)[] Cases =
    [
        ("English", "A car that scans licence plates to check whether parking was paid", "Parking enforcement with a vehicle reading number plates", "Predicting which households will need debt counselling"),
        ("Dutch", "Een auto die kentekens scant om te controleren of er voor parkeren is betaald", "Handhaving van betaald parkeren met een voertuig dat nummerborden leest", "Voorspellen welke huishoudens schuldhulpverlening nodig hebben"),
    ];

    public static int Run()
    {
        using var similarity = new MiniLmTextSimilarity();
        var detector = new OverlapDetector(OverlapOptions.Default with { TextSimilarity = similarity });
        var failed = 0;
        foreach (var (language, text, paraphrase, unrelated) in Cases)
        {
            var near = Cosine(similarity.Embed(text), similarity.Embed(paraphrase));
            var far = Cosine(similarity.Embed(text), similarity.Embed(unrelated));
            var nearText = TextOf(detector.Compare(Project("a", text), Project("b", paraphrase)));
            var farText = TextOf(detector.Compare(Project("a", text), Project("c", unrelated)));
            var ok = near > far && nearText > farText;
            failed += ok ? 0 : 1;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{language}: cosine paraphrase {near:0.000}, unrelated {far:0.000}; detector's text signal {nearText:0.000} against {farText:0.000}: {(ok ? "ok" : "FAILED")}"));
        }

        return failed == 0 ? 0 : 1;
    }

    private static DataProject Project(string id, string name) =>
        new() { Id = id, Name = name, Organization = new Organization { Name = "Gemeente " + id } };

    private static double TextOf(OverlapPair pair) => pair.Contributions.Single(c => c.Signal == OverlapSignal.Text).Similarity;

    internal static double Cosine(float[] x, float[] y)
    {
        double dot = 0, xx = 0, yy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            dot += (double)x[i] * y[i];
            xx += (double)x[i] * x[i];
            yy += (double)y[i] * y[i];
        }

        return xx > 0 && yy > 0 ? dot / Math.Sqrt(xx * yy) : 0;
    }
}
