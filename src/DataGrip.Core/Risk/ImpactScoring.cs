using System.Collections.Immutable;
using System.Globalization;
using DataGrip.Core.Facts;

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
        var openMitigation = 0;
        var unknown = 0L;
        var index = -1;
        foreach (var factor in ImpactFactors.All)
        {
            index++;
            var (points, detail) = factor.Evaluate(facts);
            if (points == ImpactFactor.Unknown && factor.IsMitigation)
            {
                // A mitigation whose answer is missing gives nothing to the level acted on, and all it can to the lowest.
                unknown |= 1L << index;
                openMitigation += factor.MaxPoints;
                continue;
            }

            if (points == ImpactFactor.Unknown)
            {
                unknown |= 1L << index;
                unknownPoints += factor.MaxPoints;
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
        var deduction = Deducts(mitigation);
        var score = deduction ? Deduct(raw) : raw;
        if (deduction)
        {
            reasons.Info(RiskCodes.MitigationDeduction, "", score, "", raw.ToString(CultureInfo.InvariantCulture));
        }

        var level = LevelOf(score, max);
        unknownFactors = unknown;
        var lowRaw = raw - unknownPoints;
        var lowMitigation = mitigation + openMitigation;
        var lowScore = Final(lowRaw, lowMitigation);
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

                // From the lowest, this answer at its riskiest; from the highest, at its safest.
                var pointer = ImpactFactors.All[i].Pointer;
                var (risk, mitigating) = OpenAt(pointer, unknown);
                var up = LevelOf(Final(lowRaw + risk, lowMitigation - mitigating), max);
                var down = LevelOf(Final(raw - risk, mitigation + mitigating), max);
                if ((up != lowest || down != level) && !builder.Contains(pointer))
                {
                    builder.Add(pointer);
                }
            }

            if (builder.Count == 0)
            {
                // No answer changes the level on its own: they decide it together.
                for (var i = 0; i < ImpactFactors.All.Length; i++)
                {
                    if ((unknown & (1L << i)) != 0 && !builder.Contains(ImpactFactors.All[i].Pointer))
                    {
                        builder.Add(ImpactFactors.All[i].Pointer);
                    }
                }
            }

            deciding = builder.ToImmutable();
        }

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
            UnknownFactors = unknown,
        };
    }

    private static bool Deducts(int mitigation) => mitigation * 5 >= ImpactFactors.MaxMitigation * 4;

    private static int Final(int raw, int mitigation) => Deducts(mitigation) ? Deduct(raw) : raw;

    /// <summary>The open risk points and open mitigation points of the factors that read the pointer.</summary>
    private static (int Risk, int Mitigation) OpenAt(string pointer, long unknown)
    {
        var risk = 0;
        var mitigation = 0;
        for (var i = 0; i < ImpactFactors.All.Length; i++)
        {
            var factor = ImpactFactors.All[i];
            if ((unknown & (1L << i)) != 0 && factor.Pointer == pointer)
            {
                if (factor.IsMitigation)
                {
                    mitigation += factor.MaxPoints;
                }
                else
                {
                    risk += factor.MaxPoints;
                }
            }
        }

        return (risk, mitigation);
    }

    /// <summary>The most points the unknown factors that read the pointer can give together.</summary>
    internal static int PointsAt(string pointer, long unknown)
    {
        var points = 0;
        for (var i = 0; i < ImpactFactors.All.Length; i++)
        {
            if ((unknown & (1L << i)) != 0 && ImpactFactors.All[i].Pointer == pointer && !ImpactFactors.All[i].IsMitigation)
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
