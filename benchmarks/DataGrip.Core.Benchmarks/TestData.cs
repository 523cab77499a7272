using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Text;
using DataGrip.Core.Model;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Benchmarks;

/// <summary>The documents the benchmarks run on, made once per process.</summary>
public static class TestData
{
    public const int Seed = 20_260_101;

    private static readonly ConcurrentDictionary<int, (ProjectExport Export, byte[] Utf8)> Cache = new();
    private static readonly Lazy<bool> GeneratorChecked = new(CheckGenerator);

    /// <summary>The export of <paramref name="count"/> projects.</summary>
    public static ProjectExport Export(int count) => Get(count).Export;

    /// <summary>The export of <paramref name="count"/> projects as written by <see cref="DataGripJson.WriteExport(ProjectExport, Stream, JsonWriteOptions?)"/> (indented UTF-8).</summary>
    public static byte[] Utf8(int count) => Get(count).Utf8;

    private static (ProjectExport Export, byte[] Utf8) Get(int count)
    {
        _ = GeneratorChecked.Value;
        return Cache.GetOrAdd(count, static n =>
        {
            var export = SyntheticExport.Create(n, Seed);
            using var stream = new MemoryStream();
            DataGripJson.WriteExport(export, stream);
            return (export, stream.ToArray());
        });
    }

    /// <summary>
    /// Throws when the generator makes a document with any finding, error or warning: benchmarks of invalid data
    /// measure the wrong paths, and a warning (such as a municipality name that does not match its code) means the
    /// generator is not realistic.
    /// </summary>
    private static bool CheckGenerator()
    {
        var export = SyntheticExport.Create(1_000, Seed);
        var json = DataGripJson.WriteExport(export);
        var report = new ExportValidator().Validate(json);
        if (report.Findings.Length > 0 || report.ProjectCount != 1_000)
        {
            var first = string.Join(Environment.NewLine, report.Findings.Take(10).Select(f => "  " + f));
            throw new InvalidOperationException(
                $"SyntheticExport made a document with findings ({report.ErrorCount} errors, {report.WarningCount} warnings, {report.ProjectCount} projects); first findings:{Environment.NewLine}{first}");
        }

        var read = DataGripJson.ReadExport(json);
        if (!read.Success || read.Value!.Projects.Length != 1_000)
        {
            throw new InvalidOperationException("SyntheticExport made a document the reader rejects:" + Environment.NewLine + string.Join(Environment.NewLine, read.Findings.Take(10)));
        }

        return true;
    }

    /// <summary>The size of a document, for logs.</summary>
    public static string Size(long bytes) => bytes >= 1 << 20 ? $"{bytes / (1024.0 * 1024):F1} MiB" : $"{bytes / 1024.0:F1} KiB";

    /// <summary>Decodes UTF-8 strictly.</summary>
    public static string Text(byte[] utf8) => new UTF8Encoding(false, true).GetString(utf8);
}
