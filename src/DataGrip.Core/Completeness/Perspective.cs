namespace DataGrip.Core.Completeness;

/// <summary>The perspective of grip an indicator serves.</summary>
public enum Perspective
{
    /// <summary>The basics every registration needs: name, descriptions, themes, organisation, contact.</summary>
    Basics,

    /// <summary>Steering: purpose, goals and KPIs, the link to the data strategy, sponsor, council decision.</summary>
    Steering,

    /// <summary>Organising: owner roles, suppliers, data sources, lifecycle.</summary>
    Organising,

    /// <summary>Transparency: what the public can read — legal basis, register publication, public page, workings, risks.</summary>
    Transparency,

    /// <summary>Supervision: assessments, audits, evaluations, monitoring, human oversight, reviews.</summary>
    Supervision,
}
