using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using DataGrip.Core.Completeness;
using DataGrip.Core.Facts;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;
using DataGrip.Core.Risk;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Analysis;

/// <summary>
/// One analysis of a project: completeness, publishability, risk, overlap neighbours and, optionally, validation, in
/// one call, for every project of an export or for one project against a corpus (a vendor's "check this registration
/// now"). Each project's facts (personal data, impactful, legal effects, phase) are read once and shared by the parts,
/// and each part equals what its own service gives: <see cref="CompletenessScorer"/>, <see cref="RegisterPublishability"/>,
/// <see cref="RiskAssessor"/>, <see cref="OverlapDetector"/>, <see cref="ExportValidator"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; make one (or take it from <c>AddDataGrip()</c>) and share it.</remarks>
public sealed class ProjectAnalyzer
{
    private readonly ExportValidator validator;
    private readonly CompletenessScorer scorer;
    private readonly RiskAssessor assessor;
    private readonly OverlapDetector detector;

    /// <summary>Makes an analyzer whose parts use the given options.</summary>
    /// <param name="options">The options of the parts; <see cref="DataGripOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every problem.</exception>
    public ProjectAnalyzer(DataGripOptions? options = null)
    {
        var checkedOptions = options ?? DataGripOptions.Default;
        checkedOptions.Validate();
        validator = new ExportValidator(checkedOptions.Validation);
        scorer = new CompletenessScorer(checkedOptions.Completeness);
        assessor = new RiskAssessor(checkedOptions.Risk);
        detector = new OverlapDetector(checkedOptions.Overlap);
    }

    /// <summary>Makes an analyzer from the services a container registered, so that it uses exactly their options.</summary>
    internal ProjectAnalyzer(ExportValidator validator, CompletenessScorer scorer, RiskAssessor assessor, OverlapDetector detector)
    {
        this.validator = validator;
        this.scorer = scorer;
        this.assessor = assessor;
        this.detector = detector;
    }

    /// <summary>Analyses every project of an export.</summary>
    /// <param name="export">The export.</param>
    /// <param name="options">What to compute; <see cref="AnalysisOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the work between projects (and inside the overlap detection).</param>
    /// <returns>One analysis per project in the export's order, and the figures over the export.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="export"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or the export's projects contain null.</exception>
    /// <exception cref="OperationCanceledException">The work was cancelled.</exception>
    public ExportAnalysis Analyze(ProjectExport export, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(export);

        var asked = Checked(options);
        var projects = export.Projects;
        foreach (var project in projects)
        {
            if (project is null)
            {
                throw new ArgumentException("The export's projects contain null.", nameof(export));
            }
        }

        var validation = asked.Validation ? validator.Validate(export) : null;
        var overlap = asked.OverlapNeighbours > 0 ? NeighbourDetector(asked).FindPairs(export, null, cancellationToken) : null;
        var exportFindings = Distribute(validation?.Findings ?? [], projects.Length, out var validationOf)
            .AddRange(Distribute(overlap?.Findings ?? [], projects.Length, out var overlapOf));
        var neighboursOf = Neighbours(overlap, projects.Length, asked.OverlapNeighbours);

        var context = asked.Completeness ? scorer.CreateContext() : null;
        var results = ImmutableArray.CreateBuilder<ProjectAnalysis>(projects.Length);
        for (var i = 0; i < projects.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(AnalyzeOne(projects[i], JsonPointer.Project(i), asked, context, neighboursOf?[i] ?? [], validationOf?[i] ?? [], overlapOf?[i] ?? []));
        }

        var analyses = results.MoveToImmutable();
        PortfolioCompleteness? portfolio = null;
        if (asked.Completeness)
        {
            var scores = ImmutableArray.CreateBuilder<CompletenessResult>(analyses.Length);
            foreach (var analysis in analyses)
            {
                scores.Add(analysis.Completeness!);
            }

            portfolio = new PortfolioCompleteness(scores.MoveToImmutable());
        }

        return new ExportAnalysis(analyses, portfolio, overlap, validation, exportFindings);
    }

    /// <summary>
    /// Analyses one project on its own or against a corpus, as a vendor checks a registration while it is written:
    /// the pointers are relative to the project, the neighbours are the most similar projects of the corpus, and the
    /// validation (when asked) is the checks that need no other project.
    /// </summary>
    /// <param name="project">The project.</param>
    /// <param name="corpus">The projects to find neighbours in (such as the municipality's export); null or empty finds none.</param>
    /// <param name="options">What to compute; <see cref="AnalysisOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the overlap detection.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public ProjectAnalysis Analyze(DataProject project, ProjectExport? corpus = null, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(project);

        var asked = Checked(options);
        var neighbours = asked.OverlapNeighbours > 0 && corpus is { Projects.IsEmpty: false }
            ? detector.FindSimilar(project, corpus, asked.OverlapNeighbours, cancellationToken)
            : [];
        var validation = asked.Validation ? validator.Validate(project).Findings : [];
        return AnalyzeOne(project, string.Empty, asked, asked.Completeness ? scorer.CreateContext() : null, neighbours, validation, []);
    }

    private static AnalysisOptions Checked(AnalysisOptions? options)
    {
        var asked = options ?? AnalysisOptions.Default;
        asked.Validate();
        return asked;
    }

    private ProjectAnalysis AnalyzeOne(DataProject project, string pointer, AnalysisOptions asked, IndicatorContext? context, ImmutableArray<OverlapPair> neighbours, ImmutableArray<Finding> validation, ImmutableArray<Finding> overlapFindings)
    {
        // One set of facts for both analyses; risk runs first, so the category it derives is there for completeness.
        ProjectFacts? facts = asked.Risk ? assessor.FactsOf(project) : null;
        var risk = facts is null ? null : assessor.Assess(project, pointer, facts);
        CompletenessResult? completeness = null;
        if (context is not null)
        {
            var shared = facts is not null && context.InferAnswers == assessor.Options.InferAnswers ? facts : CompletenessScorer.FactsOf(project, context);
            completeness = scorer.Score(project, pointer, context, shared);
        }

        var publishability = asked.Publishability ? RegisterPublishability.Check(project, pointer) : null;
        return new ProjectAnalysis(project.Id, pointer, completeness, publishability, risk, neighbours, validation, overlapFindings);
    }

    private OverlapDetector NeighbourDetector(AnalysisOptions asked) =>
        asked.OverlapNeighbours == detector.Options.MaxPairsPerProject ? detector : new OverlapDetector(detector.Options with { MaxPairsPerProject = asked.OverlapNeighbours });

    /// <summary>
    /// The best <paramref name="k"/> reported pairs of each project, in the result's order (best first); null without
    /// overlap detection. A project can be in more reported pairs than k (a pair is kept when it is among the best of
    /// either project), so its neighbours are cut to its own best k.
    /// </summary>
    private static ImmutableArray<OverlapPair>[]? Neighbours(OverlapResult? overlap, int count, int k)
    {
        if (overlap is null)
        {
            return null; // an array per project would be a large-object allocation for nothing
        }

        var lists = new List<OverlapPair>?[count];
        foreach (var pair in overlap.Pairs)
        {
            Keep(pair.FirstIndex, pair);
            Keep(pair.SecondIndex, pair);
        }

        void Keep(int index, OverlapPair pair)
        {
            var list = lists[index] ??= [];
            if (list.Count < k)
            {
                list.Add(pair);
            }
        }

        var result = new ImmutableArray<OverlapPair>[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = lists[i] is { } list ? [.. list] : [];
        }

        return result;
    }

    /// <summary>
    /// Hands each finding of a whole-export analysis to the project its pointer is in (in order; null when there are
    /// no findings); returns those about the export itself.
    /// </summary>
    private static ImmutableArray<Finding> Distribute(ImmutableArray<Finding> findings, int count, out ImmutableArray<Finding>[]? perProject)
    {
        if (findings.IsEmpty)
        {
            perProject = null;
            return [];
        }

        var lists = new List<Finding>?[count];
        var rest = ImmutableArray.CreateBuilder<Finding>();
        foreach (var finding in findings)
        {
            var index = JsonPointer.ProjectIndex(finding.Pointer);
            if (index >= 0 && index < count)
            {
                (lists[index] ??= []).Add(finding);
            }
            else
            {
                rest.Add(finding);
            }
        }

        perProject = new ImmutableArray<Finding>[count];
        for (var i = 0; i < count; i++)
        {
            perProject[i] = lists[i] is { } list ? [.. list] : [];
        }

        return rest.ToImmutable();
    }
}
