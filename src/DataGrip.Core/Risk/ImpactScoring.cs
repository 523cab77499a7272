using System.Collections.Immutable;
using System.Globalization;

namespace DataGrip.Core.Risk;

/// <summary>
/// The impact level as Canada's AIA computes it (<c>calculateFinalScore</c>): raw risk points, less 15 % when the
/// mitigation reaches 80 % of its maximum, and levels at 25, 50 and 75 % of the highest raw score.
/// </summary>
internal static class ImpactScoring
{
    public static ImpactResult Score(ProjectFacts facts, Reasons reasons) => Score(facts, reasons, out _);

    public static ImpactResult Score(ProjectFacts facts, Reasons reasons, out long unknownFactors)
    {
        var raw = 0;
        var mitigation = 0;
        var unknownPoints = 0;
        var unknown = 0L;
        var index = -1;
        foreach (var factor in ImpactFactors.All)
        {
            index++;
            var (points, detail) = factor.Evaluate(facts);
            if (points == ImpactFactor.Unknown)
            {
                unknown |= 1L << index;
                unknownPoints += factor.MaxPoints;
                // Only risk factors can be unknown; a mitigation that is not there gives nothing.
                points = factor.MaxPoints;
                reasons.Add(RiskCodes.RiskFactorUnknown, Severity.Warning, factor.Pointer, points, factor.Key);
            }
            else if (points > 0)
            {
                reasons.Info(factor.Code, factor.Pointer, points, factor.Key, detail);
            }

            if (factor.IsMitigation)
            {
                mitigation += points;
            }
            else
            {
                raw += points;
            }
        }

        var max = ImpactFactors.MaxRaw;
        var deduction = mitigation * 5 >= ImpactFactors.MaxMitigation * 4;
        var score = deduction ? Deduct(raw) : raw;
        if (deduction)
        {
            reasons.Info(RiskCodes.MitigationDeduction, "", score, "", raw.ToString(CultureInfo.InvariantCulture));
        }

        var level = LevelOf(score, max);
        unknownFactors = unknown;
        var lowRaw = raw - unknownPoints;
        var lowScore = deduction ? Deduct(lowRaw) : lowRaw;
        var lowest = LevelOf(lowScore, max);
        var deciding = ImmutableArray<string>.Empty;
        if (lowest != level)
        {
            var builder = ImmutableArray.CreateBuilder<string>();
            for (var i = 0; i < ImpactFactors.All.Length; i++)
            {
                if ((unknown & (1L << i)) == 0)
                {
                    continue;
                }

                var factor = ImpactFactors.All[i];
                var points = PointsAt(factor.Pointer, unknown);
                var up = lowRaw + points;
                var down = raw - points;
                if ((LevelOf(deduction ? Deduct(up) : up, max) != lowest || LevelOf(deduction ? Deduct(down) : down, max) != level) && !builder.Contains(factor.Pointer))
                {
                    builder.Add(factor.Pointer);
                }
            }

            deciding = builder.ToImmutable();
        }

        reasons.Info(RiskCodes.ImpactLevelComputed, "", score, Wire.Name(level), max.ToString(CultureInfo.InvariantCulture));
        return new ImpactResult
        {
            Level = level,
            RawScore = raw,
            MaxRawScore = max,
            MitigationScore = mitigation,
            MaxMitigationScore = ImpactFactors.MaxMitigation,
            DeductionApplied = deduction,
            Score = score,
            LowestLevel = lowest,
            LowestScore = lowScore,
            DecidingAnswers = deciding,
        };
    }

    /// <summary>The most points the unknown factors that read the pointer can give together.</summary>
    internal static int PointsAt(string pointer, long unknown)
    {
        var points = 0;
        for (var i = 0; i < ImpactFactors.All.Length; i++)
        {
            if ((unknown & (1L << i)) != 0 && ImpactFactors.All[i].Pointer == pointer)
            {
                points += ImpactFactors.All[i].MaxPoints;
            }
        }

        return points;
    }

    /// <summary>15 % off, rounded half up as JavaScript's <c>Math.round</c> does.</summary>
    internal static int Deduct(int raw) => ((raw * 85) + 50) / 100;

    /// <summary>I up to 25 % of the maximum, II up to 50 %, III up to 75 %, IV above.</summary>
    internal static ImpactLevel LevelOf(int score, int max) =>
        score * 4 <= max ? ImpactLevel.I
        : score * 2 <= max ? ImpactLevel.II
        : score * 4 <= max * 3 ? ImpactLevel.III
        : ImpactLevel.IV;
}
