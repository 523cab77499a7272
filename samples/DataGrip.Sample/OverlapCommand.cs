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
/// explanation; with a progress bar on standard error for large files.
/// </summary>
public static class OverlapCommand
{
    /// <summary>From this many projects on, the command shows a progress bar on standard error.</summary>
    public const int ProgressFrom = 2_000;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? file = null;
        var culture = new CultureInfo("nl-NL");
        var json = false;
        var options = OverlapOptions.Default;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--lang" when i + 1 < args.Length && args[i + 1] is "nl" or "en":
                    culture = new CultureInfo(args[++i] == "nl" ? "nl-NL" : "en-GB");
                    break;
                case "--lang":
                    return Cli.Fail(error, "--lang takes 'nl' or 'en'.");
                case "--format" when i + 1 < args.Length && args[i + 1] is "text" or "json":
                    json = args[++i] == "json";
                    break;
                case "--format":
                    return Cli.Fail(error, "--format takes 'text' or 'json'.");
                case "--threshold" when i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) && threshold is >= 0.01 and <= 1:
                    options = options with { Threshold = threshold };
                    i++;
                    break;
                case "--threshold":
                    return Cli.Fail(error, "--threshold takes a number from 0.01 to 1, such as 0.25.");
                case "--top" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top is >= 1 and <= 1000:
                    options = options with { MaxPairsPerProject = top };
                    i++;
                    break;
                case "--top":
                    return Cli.Fail(error, "--top takes a whole number from 1 to 1000: the most pairs per project.");
                case { } option when option.StartsWith("--", StringComparison.Ordinal):
                    return Cli.Fail(error, $"Unknown option '{option}'.");
                case { } path when file is null:
                    file = path;
                    break;
                default:
                    return Cli.Fail(error, $"Unexpected argument '{args[i]}'.");
            }
        }

        if (file is null)
        {
            return Cli.Fail(error, "overlap needs a file.");
        }

        var dutch = Cli.Dutch(culture);
        DataGrip.Core.Model.ProjectExport? export;
        try
        {
            using var stream = Cli.Open(file);
            export = Cli.ReadExport(stream, file, culture, error);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine(Cli.CannotRead(file, ex, culture));
            return Cli.UsageOrIo;
        }

        if (export is null)
        {
            return Cli.Invalid;
        }

        var projects = export.Projects;
        var bar = projects.Length >= ProgressFrom ? new ProgressBar(error, dutch ? "vergelijken" : "comparing") : null;
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
