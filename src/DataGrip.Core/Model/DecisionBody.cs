namespace DataGrip.Core.Model;

/// <summary>Who takes a decision about a project.</summary>
public enum DecisionBody
{
    /// <summary>The project team and its manager (team).</summary>
    Team,

    /// <summary>The CDO office or the data governance board (CDO-office).</summary>
    CdoOffice,

    /// <summary>The management of the organisation (directie, concernstaf).</summary>
    Management,

    /// <summary>The college of mayor and aldermen (college van B&amp;W).</summary>
    College,

    /// <summary>The municipal council (gemeenteraad).</summary>
    Council,
}
