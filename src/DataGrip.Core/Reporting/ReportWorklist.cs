using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DataGrip.Core.Model;

namespace DataGrip.Core.Reporting;

/// <summary>A list of projects that need work (stuck pilots, gaps, stale registrations, framework breaches…), each with why.</summary>
public sealed record ReportWorklist
{
    /// <summary>The stable key, such as <c>stuckPilots</c> or <c>frameworkBreaches</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The metric code the list belongs to.</summary>
    public required string MetricCode { get; init; }

    /// <summary>The title in Dutch.</summary>
    public required string TitleDutch { get; init; }

    /// <summary>The title in English.</summary>
    public required string TitleEnglish { get; init; }

    /// <summary>The items, ordered by organisation, department and project id.</summary>
    public ImmutableArray<ReportWorklistItem> Items { get; init; } = [];

    /// <summary>The title in the culture's language.</summary>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    /// <returns>The title.</returns>
    public string GetTitle(CultureInfo? culture = null) => ReportText.IsDutch(culture) ? TitleDutch : TitleEnglish;
}

/// <summary>One project on a worklist, with who owns it and why it is there.</summary>
public sealed record ReportWorklistItem
{
    private ReportReason reason = ReportReason.None;

    /// <summary>Makes an empty item; give its required members in the initializer.</summary>
    public ReportWorklistItem()
    {
    }

    /// <summary>An item of the builder's: the project's names and owners, and a reason written only when asked for.</summary>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // The reason texts are read from the reason given, never null.
    internal ReportWorklistItem(DataProject project, string? portfolioHolder, ReportReason reason)
#pragma warning restore CS8618
    {
        ProjectId = project.Id;
        ProjectName = project.Name ?? "";
        Organization = project.Organization?.Name;
        Department = project.Department;
        PortfolioHolder = portfolioHolder;
        this.reason = reason;
    }

    /// <summary>The reason as a text key and arguments, for the builder's order and for writing it in another catalog's words.</summary>
    internal ReportReason Reason => reason;

    /// <summary>The project's id.</summary>
    public required string ProjectId { get; init; }

    /// <summary>The project's name.</summary>
    public required string ProjectName { get; init; }

    /// <summary>The organisation responsible.</summary>
    public string? Organization { get; init; }

    /// <summary>The department or team that runs it.</summary>
    public string? Department { get; init; }

    /// <summary>The function of the portfolio holder (portefeuillehouder), for grouping; never a person's name.</summary>
    public string? PortfolioHolder { get; init; }

    /// <summary>The date that matters (a date passed, a date due), as <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public string? Date { get; init; }

    /// <summary>The other projects the item is about, by id: the projects an overlap pairs it with, the best match first.</summary>
    public ImmutableArray<string> OtherProjectIds { get; init; } = [];

    /// <summary>A link (the register publication).</summary>
    public string? Link { get; init; }

    /// <summary>Why the project is on the list, in Dutch.</summary>
    public required string ReasonDutch { get => reason.Dutch; init => reason = reason.WithDutch(value); }

    /// <summary>Why the project is on the list, in English.</summary>
    public required string ReasonEnglish { get => reason.English; init => reason = reason.WithEnglish(value); }

    /// <summary>The reason in the culture's language.</summary>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    /// <returns>The reason.</returns>
    public string GetReason(CultureInfo? culture = null) => ReportText.IsDutch(culture) ? ReasonDutch : ReasonEnglish;
}
