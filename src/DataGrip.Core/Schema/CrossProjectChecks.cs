using System;
using System.Collections.Generic;

namespace DataGrip.Core.Schema;

/// <summary>The checks across the projects of one export: unique ids and related projects that resolve.</summary>
internal sealed class CrossProjectChecks
{
    private readonly Dictionary<string, string> idPointers = new(StringComparer.Ordinal);
    private readonly List<(string ProjectId, string Pointer, string Target, long? Line)> relations = [];

    /// <summary>Remembers a project's id, and reports it when an earlier project has it.</summary>
    public void Id(string id, string pointer, long? line, Action<Finding> report)
    {
        if (idPointers.TryGetValue(id, out var first))
        {
            report(Messages.Create(SchemaCodes.DuplicateProjectId, pointer + "/id", line, null, ("Value", id), ("Other", first)));
        }
        else
        {
            idPointers[id] = pointer;
        }
    }

    /// <summary>Remembers a relation, checked when every id is known.</summary>
    public void Relation(string projectId, string pointer, string target, long? line) => relations.Add((projectId, pointer, target, line));

    /// <summary>Reports the relations to the project itself or to an id no project has.</summary>
    public void Finish(Action<Finding> report)
    {
        foreach (var (projectId, pointer, target, line) in relations)
        {
            if (target == projectId)
            {
                report(Messages.Create(SchemaCodes.RelatedToSelf, pointer, line, null));
            }
            else if (!idPointers.ContainsKey(target))
            {
                report(Messages.Create(SchemaCodes.UnresolvedRelatedProject, pointer, line, null, ("Value", target)));
            }
        }
    }
}
