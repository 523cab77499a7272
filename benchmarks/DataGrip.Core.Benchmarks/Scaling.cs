using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// <c>scaling</c>: the time of the inputs that used to grow worse than linearly, at n, 2n and 4n in one run — a
/// project whose <c>tags</c> hold n wrong values (the validator), and n projects that are not objects (the reader).
/// Each time is the best of three; the ratios are what counts (linear: about 2 and 4). Exit code 1 when 4n takes more
/// than 6 times n.
/// </summary>
public static class Scaling
{
    public static int Run(int n = 40_000)
    {
        var validator = new ExportValidator();
        var cases = new (string Name, Func<int, Action> Make)[]
        {
            ("validate: one project, n wrong tags", size =>
            {
                var json = "{\"schemaVersion\":\"1.0\",\"projects\":[{\"id\":\"a\",\"name\":\"A\",\"organization\":{\"name\":\"Gemeente Utrecht\"},\"tags\":["
                    + string.Join(",", Enumerable.Repeat("0", size)) + "]}]}";
                return () => validator.Validate(json);
            }),
            ("read: n projects that are not objects", size =>
            {
                var json = "{\"schemaVersion\":\"1.0\",\"projects\":[" + string.Join(",", Enumerable.Repeat("1", size * 10)) + "]}";
                return () => DataGripJson.ReadExport(json);
            }),
            ("validate: n projects that are not objects", size =>
            {
                var json = "{\"schemaVersion\":\"1.0\",\"projects\":[" + string.Join(",", Enumerable.Repeat("1", size)) + "]}";
                return () => validator.Validate(json);
            }),
        };

        var worst = 0.0;
        Console.WriteLine($"| Input | n = {n:N0} | 2n / n | 4n / n |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, make) in cases)
        {
            var times = new[] { 1, 2, 4 }.Select(k => Best(make(n * k))).ToArray();
            var ratio2 = times[1] / times[0];
            var ratio4 = times[2] / times[0];
            worst = Math.Max(worst, ratio4);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {times[0]:0.0} ms | {ratio2:0.00} | {ratio4:0.00} |"));
        }

        Console.WriteLine(worst <= 6 ? "SCALING OK (linear: 4n takes at most 6 times n)" : $"SCALING MISSED: 4n takes {worst:0.0} times n");
        return worst <= 6 ? 0 : 1;
    }

    private static double Best(Action action)
    {
        action();
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
