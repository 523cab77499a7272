namespace DataGrip.Core.Model;

// Assessments and their outcomes. On the wire each value is its camelCase name (Theme.SocialSecurity is "socialSecurity"); these
// names are stable. The verbatim Dutch labels of the Algoritmeregister are available through RegisterLabels.

/// <summary>A kind of impact assessment.</summary>
public enum AssessmentType
{
    /// <summary>Data Protection Impact Assessment (DPIA, GDPR Art. 35).</summary>
    Dpia,

    /// <summary>The government's Pre-scan DPIA.</summary>
    PrescanDpia,

    /// <summary>Impact Assessment Mensenrechten en Algoritmes (IAMA; in English FRAIA).</summary>
    Iama,

    /// <summary>AI Impact Assessment (AIIA).</summary>
    Aiia,

    /// <summary>De Ethische Data Assistent (DEDA).</summary>
    Deda,

    /// <summary>Kinderrechten-impactassessment (KIA).</summary>
    Kia,

    /// <summary>Data Transfer Impact Assessment (DTIA).</summary>
    Dtia,

    /// <summary>Fundamental Rights Impact Assessment under AI Act Art. 27 (FRIA).</summary>
    Fria,

    /// <summary>Another assessment; name it in the title.</summary>
    Other,
}

/// <summary>Where an assessment stands.</summary>
public enum AssessmentStatus
{
    /// <summary>Not required for this project (give the reason).</summary>
    NotRequired,

    /// <summary>Planned.</summary>
    Planned,

    /// <summary>In progress.</summary>
    InProgress,

    /// <summary>Done.</summary>
    Done,
}

/// <summary>How far the effects of a project on people can be undone.</summary>
public enum Reversibility
{
    /// <summary>Easily undone.</summary>
    Reversible,

    /// <summary>Undone only with effort, such as an objection procedure.</summary>
    HardToReverse,

    /// <summary>Cannot be undone.</summary>
    Irreversible,
}
