using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using DataGrip.Core.Model;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Tests.Reliability;

/// <summary>
/// Puts nulls where the model's types allow them (a reference-typed property, an item of a list of records or
/// texts), whatever the nullable annotations say, as a caller who builds a project in code may.
/// </summary>
internal static class NullTolerance
{
    /// <summary>A copy of the project (read again from its wire form) with about <paramref name="count"/> nulls put in at random.</summary>
    public static DataProject WithNulls(DataProject project, int seed, int count)
    {
        var copy = DataGripJson.ReadProject(DataGripJson.WriteProject(project)).GetValueOrThrow();
        var random = new Random(seed);
        var slots = new List<(object Owner, PropertyInfo Property, int Item)>();
        Collect(copy, slots, depth: 0);
        for (var k = 0; k < count && slots.Count > 0; k++)
        {
            var (owner, property, item) = slots[random.Next(slots.Count)];
            if (item < 0)
            {
                property.SetValue(owner, null);
            }
            else
            {
                var list = property.GetValue(owner)!;
                var setItem = list.GetType().GetMethod("SetItem")!;
                property.SetValue(owner, setItem.Invoke(list, [item, null]));
            }
        }

        return copy;
    }

    private static void Collect(object record, List<(object, PropertyInfo, int)> slots, int depth)
    {
        if (depth > 6)
        {
            return;
        }

        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is null || property.GetIndexParameters().Length > 0 || property.Name == nameof(ExtensibleRecord.Extensions))
            {
                continue;
            }

            var type = property.PropertyType;
            var value = property.GetValue(record);
            if (type == typeof(string) || typeof(ExtensibleRecord).IsAssignableFrom(type))
            {
                slots.Add((record, property, -1));
                if (value is ExtensibleRecord child)
                {
                    Collect(child, slots, depth + 1);
                }
            }
            else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
                && !type.GetGenericArguments()[0].IsValueType && value is IList list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    slots.Add((record, property, i));
                    if (list[i] is ExtensibleRecord item)
                    {
                        Collect(item, slots, depth + 1);
                    }
                }
            }
        }
    }
}
