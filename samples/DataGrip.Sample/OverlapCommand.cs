using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using DataGrip.Core;
using DataGrip.Core.Overlap;
using DataGrip.Core.Serialization;

namespace DataGrip.Sample;

/// <summary>
/// <c>overlap &lt;file&gt;</c>: the pairs of projects in an export that do the same thing, with kind, score and
/// explanation; with a progress bar on standard error for large files, when that is a terminal.
/// </summary>
public static class OverlapCommand
{
    /// <summary>From this many projects on, the command shows a progress bar on standard error.</summary>
    public const int ProgressFrom = 2_000;

    public static int Run(string file, OverlapOptions options, bool json, CultureInfo culture, TextWriter output, TextWriter error)
    {
        var dutch = Cli.Dutch(culture);
        if (Cli.ReadExport(file, culture, error, out var failed) is not { } export)
        {
            return failed;
        }

        var projects = export.Projects;
        var bar = ProgressBar.For(error, projects.Length, culture);
        var result = new OverlapDetector(options).FindPairs(projects, bar);
        bar?.Finish();

        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                file,
                projects = result.ProjectCount,
                threshold = options.Threshold,
                maxPairsPerProject = options.MaxPairsPerProject,
                pairsAboveThreshold = result.PairsAboveThreshold,
                pairs = result.Pairs.Select(p => new
                {
                    first = new { id = p.FirstId, pointer = p.FirstPointer, name = projects[p.FirstIndex].Name },
                    second = new { id = p.SecondId, pointer = p.SecondPointer, name = projects[p.SecondIndex].Name },
                    score = p.Score,
                    kind = Cli.Camel(p.Kind),
                    explanation = p.GetExplanation(culture),
                    contributions = p.Contributions.Select(c => new { signal = Cli.Camel(c.Signal), similarity = Math.Round(c.Similarity, 4), weight = Math.Round(c.Weight, 4), shared = c.Shared }),
                }),
                groups = result.Groups.Select(g => new { ids = g.ProjectIds, maxScore = g.MaxScore }),
                findings = result.Findings.Select(f => Cli.FindingJson(f, culture)),
            }, Cli.JsonOutput));
            return Cli.Valid;
        }

        Cli.WriteFindings(output, result.Findings, culture);
        var header = dutch
            ? new[] { "Score", "Soort", "Project", "Lijkt op", "Waarom" }
            : new[] { "Score", "Kind", "Project", "Similar to", "Why" };
        Cli.WriteTable(output, header, [.. result.Pairs.Select(p => new[]
        {
            p.Score.ToString("0.00", culture),
            Labels.Get(p.Kind, culture),
            $"{projects[p.FirstIndex].Name} ({p.FirstId})",
            $"{projects[p.SecondIndex].Name} ({p.SecondId})",
            p.GetExplanation(culture),
        })]);
        output.WriteLine();
        output.WriteLine(dutch
            ? $"{Path.GetFileName(file)}: {Cli.Plural(result.ProjectCount, "project", "projecten", culture)}, {Cli.Plural(result.Pairs.Length, "paar", "paren", culture)} getoond ({result.PairsAboveThreshold.ToString(culture)} boven drempel {options.Threshold.ToString(culture)}), {Cli.Plural(result.Groups.Length, "groep", "groepen", culture)}."
            : $"{Path.GetFileName(file)}: {Cli.Plural(result.ProjectCount, "project", "projects", culture)}, {Cli.Plural(result.Pairs.Length, "pair", "pairs", culture)} shown ({result.PairsAboveThreshold.ToString(culture)} above threshold {options.Threshold.ToString(culture)}), {Cli.Plural(result.Groups.Length, "group", "groups", culture)}.");
        return Cli.Valid;
    }

    /// <summary>A one-line bar, redrawn with a carriage return whenever the percentage changes.</summary>
    internal sealed class ProgressBar(TextWriter writer, string label) : IProgress<OverlapProgress>
    {
        /// <summary>A bar for comparing this many projects: only for a person watching a terminal, and only for a large input (a log gets no frames).</summary>
        public static ProgressBar? For(TextWriter error, int projects, CultureInfo culture) =>
            projects >= ProgressFrom && ScreenWriter.IsInteractive(error)
                ? new ProgressBar(ScreenWriter.Raw(error), Cli.Dutch(culture) ? "vergelijken" : "comparing")
                : null;

        private readonly object gate = new();
        private int shown = -1;

        public void Report(OverlapProgress value)
        {
            var percent = value.Total == 0 ? 100 : (int)(100L * value.Done / value.Total);
            lock (gate)
            {
                if (percent <= shown)
                {
                    return;
                }

                shown = percent;
                var filled = percent / 5;
                writer.Write($"\r{label} [{new string('#', filled)}{new string(' ', 20 - filled)}] {percent,3}% ({value.Done}/{value.Total})");
                writer.Flush();
            }
        }

        public void Finish()
        {
            lock (gate)
            {
                writer.WriteLine();
            }
        }
    }
}
