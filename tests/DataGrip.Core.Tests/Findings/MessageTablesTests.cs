using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using DataGrip.Core.Completeness;
using DataGrip.Core.Interop;
using DataGrip.Core.Overlap;
using DataGrip.Core.Risk;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Findings;

/// <summary>One test over every message table of the library: codes, variants, terms and labels.</summary>
public sealed class MessageTablesTests
{
    private static readonly Type[] CodeClasses =
        [typeof(SchemaCodes), typeof(CompletenessCodes), typeof(PublishabilityCodes), typeof(RiskCodes), typeof(InteropCodes), typeof(OverlapCodes), typeof(Core.Reporting.ReportCodes)];

    public static TheoryData<string> Areas() => [.. Messages.Tables().Select(t => t.Area)];

    /// <summary>Every template of every table, with its area.</summary>
    public static TheoryData<string, string> Entries()
    {
        var data = new TheoryData<string, string>();
        foreach (var (area, table) in Messages.Tables())
        {
            foreach (var key in table.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                data.Add(area, key);
            }
        }

        return data;
    }

    private static Messages.Template Template(string area, string key) => Messages.Tables().Single(t => t.Area == area).Table[key];

    [Theory]
    [MemberData(nameof(Entries))]
    public void EveryEntry_HasBothLanguages_WithTheSamePlaceholders(string area, string key)
    {
        var template = Template(area, key);

        Assert.False(string.IsNullOrWhiteSpace(template.English), $"{area} {key}: no English.");
        Assert.False(string.IsNullOrWhiteSpace(template.Dutch), $"{area} {key}: no Dutch.");
        Assert.True(Placeholders(template.English).SequenceEqual(Placeholders(template.Dutch)),
            $"{area} {key}: '{template.English}' and '{template.Dutch}' use different placeholders.");
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void EveryEntry_RenderedWithSampleArguments_IsDutchInDutchAndEnglishInEnglish(string area, string key)
    {
        var template = Template(area, key);
        foreach (var count in new[] { "1", "2" })
        {
            var dutch = Messages.Dutch(template.Dutch, SampleArguments(template.Dutch, count));
            var english = Messages.English(template.English, SampleArguments(template.English, count));

            Assert.True(Language.NotDutch(dutch).Count == 0, $"{area} {key}: '{dutch}' has {string.Join(", ", Language.NotDutch(dutch))}.");
            // A KPI's status "met" / "not met" is English that happens to be a Dutch word too.
            var notEnglish = Language.NotEnglish(english).Where(w => !(key.StartsWith("report:kpiStatus.", StringComparison.Ordinal) && w == "met")).ToList();
            Assert.True(notEnglish.Count == 0, $"{area} {key}: '{english}' has {string.Join(", ", notEnglish)}.");
            Assert.DoesNotContain("{", dutch, StringComparison.Ordinal);
            Assert.DoesNotContain("{", english, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryCodeConstant_HasATemplate_AndEveryCodeTemplate_HasAConstant()
    {
        var constants = CodeClasses.SelectMany(c => c.GetFields(BindingFlags.Public | BindingFlags.Static)).Select(f => (string)f.GetRawConstantValue()!)
            .Concat(RiskAssessor.Factors.Select(f => f.Code)).ToHashSet(StringComparer.Ordinal);
        var codeKeys = Messages.All.Keys.Where(k => Regex.IsMatch(k, "^DG-[A-Z]\\d{3}")).ToList();

        Assert.All(constants, code => Assert.True(Messages.All.ContainsKey(code), $"{code} has no template."));
        Assert.All(codeKeys, key => Assert.True(constants.Contains(key.Split('.')[0]), $"The template {key} is of no code constant."));
        Assert.Equal(constants.Count, constants.Distinct().Count());
    }

    [Fact]
    public void EveryTermPlaceholder_NamesAGroupThatExists()
    {
        foreach (var (key, template) in Messages.All)
        {
            foreach (Match m in Regex.Matches(template.English + template.Dutch, "\\{([A-Za-z@]+):([^}|]+)\\}"))
            {
                var group = m.Groups[2].Value;
                Assert.True(group == "number" || Messages.All.Keys.Any(k => k.StartsWith(group + ":", StringComparison.Ordinal)), $"{key} names the term group '{group}', which has no terms.");
            }
        }
    }

    [Fact]
    public void NoMessageTemplate_IsTheSameInBothLanguages()
    {
        foreach (var (area, table) in Messages.Tables().Where(t => !t.Area.Contains("terms", StringComparison.Ordinal) && t.Area != "labels"))
        {
            Assert.All(table, pair => Assert.True(pair.Value.English != pair.Value.Dutch, $"{area} {pair.Key} is not translated."));
        }
    }

    /// <summary>A value for every placeholder: a term of its group, a number, or a neutral code.</summary>
    private static Dictionary<string, string> SampleArguments(string template, string count)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Regex.Matches(template, "\\{([A-Za-z]+)(?::([^}]*))?\\}"))
        {
            var name = m.Groups[1].Value;
            var spec = m.Groups[2].Success ? m.Groups[2].Value : null;
            var value = spec switch
            {
                null => "GM0344",
                "number" => "0.95",
                _ when spec.Contains('|', StringComparison.Ordinal) => count,
                _ => Messages.All.Keys.Where(k => k.StartsWith(spec + ":", StringComparison.Ordinal)).OrderBy(k => k, StringComparer.Ordinal).First().Substring(spec.Length + 1),
            };
            args.TryAdd(name, value);
        }

        // A term may name the other arguments of its finding.
        foreach (var name in new[] { "Pattern", "MinItems", "MaxItems", "Count", "Length", "MaxLength" })
        {
            args.TryAdd(name, count);
        }

        return args;
    }

    private static string[] Placeholders(string template) =>
        [.. Regex.Matches(template, "\\{([A-Za-z@]+)(?::[^}]*)?\\}").Select(m => m.Groups[1].Value).Distinct().OrderBy(p => p, StringComparer.Ordinal)];
}
