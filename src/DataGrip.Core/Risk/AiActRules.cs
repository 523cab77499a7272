using System.Collections.Immutable;
using DataGrip.Core.Facts;
using DataGrip.Core.Model;

namespace DataGrip.Core.Risk;

/// <summary>
/// The AI Act classification (after the government's decision aid, <c>MinBZK/ai-verordening-beslishulp</c>):
/// prohibited (Art. 5) wins, then high-risk (Annex III, with the Art. 6(3) exceptions that profiling voids), then
/// the Art. 50 transparency obligation, then minimal risk. A project that is not an AI system has no class above that.
/// </summary>
internal static class AiActRules
{
    internal const string TransparencyPointer = "/risk/aiAct/transparencyObligation";

    private static readonly ImmutableArray<AiActObligation> Prohibited = [AiActObligation.DoNotUse];

    private static readonly ImmutableArray<AiActObligation> DeployerHighRisk =
    [
        AiActObligation.FundamentalRightsImpactAssessment, AiActObligation.EuDatabaseRegistration, AiActObligation.HumanOversight,
        AiActObligation.UseAndMonitorAsInstructed, AiActObligation.KeepLogs, AiActObligation.InformAffectedPersons,
        AiActObligation.RepresentativeInputData, AiActObligation.InformWorkers, AiActObligation.InformProviderOfRisks,
    ];

    private static readonly ImmutableArray<AiActObligation> ProviderHighRisk =
    [
        AiActObligation.MeetHighRiskRequirements, AiActObligation.QualityManagementSystem, AiActObligation.KeepDocumentation,
        AiActObligation.KeepProviderLogs, AiActObligation.CorrectiveActions, AiActObligation.ConformityAssessment,
        AiActObligation.DeclarationOfConformity, AiActObligation.CeMarking, AiActObligation.ProviderRegistration,
    ];

    /// <summary>The articles of the AI Act each obligation comes from (the decision aid's conclusions cite them).</summary>
    internal static ImmutableArray<int> Articles(AiActObligation obligation) => obligation switch
    {
        AiActObligation.AiLiteracy => [4],
        AiActObligation.DiscloseAiUse or AiActObligation.DesignForTransparency => [50],
        AiActObligation.FundamentalRightsImpactAssessment => [27],
        AiActObligation.EuDatabaseRegistration => [49, 71],
        AiActObligation.UseAndMonitorAsInstructed => [13, 26],
        AiActObligation.HumanOversight or AiActObligation.KeepLogs or AiActObligation.InformAffectedPersons
            or AiActObligation.RepresentativeInputData or AiActObligation.InformWorkers => [26],
        AiActObligation.InformProviderOfRisks => [26, 72],
        AiActObligation.DoNotUse => [5],
        AiActObligation.MeetHighRiskRequirements => [16],
        AiActObligation.QualityManagementSystem => [17],
        AiActObligation.KeepDocumentation => [18],
        AiActObligation.KeepProviderLogs => [19],
        AiActObligation.CorrectiveActions => [20],
        AiActObligation.ConformityAssessment => [43],
        AiActObligation.DeclarationOfConformity => [47],
        AiActObligation.CeMarking => [48],
        AiActObligation.ProviderRegistration => [49],
        AiActObligation.ImporterDuties => [23],
        AiActObligation.ImporterHighRiskChecks => [11, 22, 43, 47],
        AiActObligation.DistributorDuties => [24],
        AiActObligation.DistributorHighRiskChecks => [16, 23],
        AiActObligation.ReportRiskToAuthorities => [79],
        _ => [],
    };

    /// <summary>
    /// The obligations of a class for a role, after the decision aid's conclusions (12.0.x provider, 13.0.x deployer,
    /// 14.0.x both, 15.0.x importer, 16.0.x distributor). An unstated role is read as deployer, as a municipality
    /// usually is.
    /// </summary>
    internal static ImmutableArray<AiActObligation> Obligations(AiActClass cls, AiActRole role, bool transparency)
    {
        var (c, r) = ((int)cls, (int)role);
        if ((uint)c > (uint)AiActClass.Prohibited || (uint)r > (uint)AiActRole.ProviderAndDeployer)
        {
            return Build(cls, role, transparency);
        }

        return ObligationTable[(((c * 5) + r) * 2) + (transparency ? 1 : 0)];
    }

    /// <summary>Every class, role and transparency, made once.</summary>
    private static readonly ImmutableArray<AiActObligation>[] ObligationTable = BuildTable();

    private static ImmutableArray<AiActObligation>[] BuildTable()
    {
        var table = new ImmutableArray<AiActObligation>[5 * 5 * 2];
        for (var c = 0; c < 5; c++)
        {
            for (var r = 0; r < 5; r++)
            {
                table[(((c * 5) + r) * 2) + 0] = Build((AiActClass)c, (AiActRole)r, false);
                table[(((c * 5) + r) * 2) + 1] = Build((AiActClass)c, (AiActRole)r, true);
            }
        }

        return table;
    }

    private static ImmutableArray<AiActObligation> Build(AiActClass cls, AiActRole role, bool transparency)
    {
        if (cls == AiActClass.Prohibited)
        {
            return Prohibited;
        }

        if (cls == AiActClass.NotAnAiSystem)
        {
            return [];
        }

        var provider = role is AiActRole.Provider or AiActRole.ProviderAndDeployer;
        var deployer = role is AiActRole.Deployer or AiActRole.ProviderAndDeployer;
        var high = cls == AiActClass.HighRisk;
        var builder = ImmutableArray.CreateBuilder<AiActObligation>();
        if (provider || deployer)
        {
            builder.Add(AiActObligation.AiLiteracy);
            if (transparency && deployer)
            {
                builder.Add(AiActObligation.DiscloseAiUse);
            }

            if (transparency && provider)
            {
                builder.Add(AiActObligation.DesignForTransparency);
            }

            if (high && provider)
            {
                builder.AddRange(ProviderHighRisk);
            }

            if (high && deployer)
            {
                builder.AddRange(DeployerHighRisk);
            }
        }
        else if (role == AiActRole.Importer)
        {
            builder.Add(AiActObligation.ImporterDuties);
            if (high)
            {
                builder.Add(AiActObligation.ImporterHighRiskChecks);
                builder.Add(AiActObligation.ReportRiskToAuthorities);
            }
        }
        else
        {
            builder.Add(AiActObligation.DistributorDuties);
            if (high)
            {
                builder.Add(AiActObligation.DistributorHighRiskChecks);
                builder.Add(AiActObligation.ReportRiskToAuthorities);
            }
        }

        return builder.ToImmutable();
    }

    public static AiActResult Classify(ProjectFacts facts, Reasons reasons)
    {
        var act = facts.AiAct;
        var practices = act?.Practices ?? [];
        var prohibited = false;
        var transparency = act?.TransparencyObligation == true;
        foreach (var practice in practices)
        {
            if (practice <= AiPractice.RealTimeRemoteBiometricIdentification)
            {
                prohibited = true;
                reasons.Add(RiskCodes.ProhibitedPractice, Severity.Error, "/risk/aiAct/practices", 0, Wire.Name(practice));
            }
            else
            {
                transparency = true;
                reasons.Info(RiskCodes.TransparencyObligation, "/risk/aiAct/practices", 0, Wire.Name(practice));
            }
        }

        if (act?.TransparencyObligation == true)
        {
            reasons.Info(RiskCodes.TransparencyObligation, "/risk/aiAct/transparencyObligation", 0, "transparencyObligation");
        }

        if (prohibited)
        {
            return Result(facts, reasons, AiActClass.Prohibited, null, transparency, "art5", AiActClass.Prohibited, AiActClass.Prohibited, []);
        }

        // Without a stated obligation or practice, a transparency obligation is not ruled out.
        var transparencyOpen = !transparency && act?.TransparencyObligation is null;
        var low = transparency ? AiActClass.Transparency : AiActClass.Minimal;
        var high = transparency || transparencyOpen ? AiActClass.Transparency : AiActClass.Minimal;
        var deciding = ImmutableArray.CreateBuilder<string>();
        var assumed = false;
        var systemType = act?.SystemType;
        string basis;
        if (systemType is null)
        {
            if (facts.Learning is { } learning)
            {
                systemType = learning ? AiSystemType.AiSystem : AiSystemType.NotAnAiSystem;
                basis = "algorithmType " + Wire.Name(facts.AlgorithmType!.Value);
            }
            else
            {
                systemType = AiSystemType.AiSystem;
                basis = "assumed";
                assumed = true;
                deciding.Add("/technique/algorithmType");
                reasons.Add(RiskCodes.AiSystemAssumed, Severity.Warning, "/risk/aiAct/systemType");
            }
        }
        else
        {
            basis = "systemType " + Wire.Name(systemType.Value);
        }

        if (systemType == AiSystemType.NotAnAiSystem)
        {
            return Result(facts, reasons, AiActClass.NotAnAiSystem, null, false, basis, AiActClass.NotAnAiSystem, AiActClass.NotAnAiSystem, []);
        }

        if (assumed)
        {
            low = AiActClass.NotAnAiSystem;
        }

        if (act?.AnnexIIIArea is { } area)
        {
            var areaName = Wire.Name(area);
            if (act.Exception is { } exception)
            {
                var profiling = facts.Profiling;
                if (profiling == false)
                {
                    reasons.Info(RiskCodes.Article6Exception, "/risk/aiAct/exception", 0, Wire.Name(exception), areaName);
                    return Result(facts, reasons, transparency ? AiActClass.Transparency : AiActClass.Minimal, area, transparency, "art6(3)", low, high, Open(deciding, transparencyOpen));
                }

                reasons.Info(RiskCodes.ProfilingVoidsException, "/risk/factors/profiling", 0, Wire.Name(exception), profiling == true ? "yes" : "notRuledOut");
                if (profiling is null)
                {
                    deciding.Add("/risk/factors/profiling");
                    if (transparencyOpen)
                    {
                        deciding.Add(TransparencyPointer);
                    }

                    return Result(facts, reasons, AiActClass.HighRisk, area, transparency, "annexIII " + areaName, low, AiActClass.HighRisk, deciding.ToImmutable());
                }
            }
            else
            {
                reasons.Info(RiskCodes.HighRiskArea, "/risk/aiAct/annexIIIArea", 0, areaName, facts.Profiling == true ? "profiling" : "annexIII");
            }

            return Result(facts, reasons, AiActClass.HighRisk, area, transparency, "annexIII " + areaName, assumed ? low : AiActClass.HighRisk, AiActClass.HighRisk, assumed ? deciding.ToImmutable() : []);
        }

        if (act?.RiskGroup == AiActRiskGroup.HighRisk)
        {
            reasons.Info(RiskCodes.HighRiskArea, "/risk/aiAct/riskGroup", 0, "notStated", "declared");
            return Result(facts, reasons, AiActClass.HighRisk, null, transparency, "declared", assumed ? low : AiActClass.HighRisk, AiActClass.HighRisk, assumed ? deciding.ToImmutable() : []);
        }

        if (act?.RiskGroup is null)
        {
            reasons.Add(RiskCodes.AnnexAreaNotStated, Severity.Warning, "/risk/aiAct/annexIIIArea");
            high = AiActClass.HighRisk;
            deciding.Add("/risk/aiAct/annexIIIArea");
        }

        return Result(facts, reasons, transparency ? AiActClass.Transparency : AiActClass.Minimal, null, transparency, transparency ? "art50" : basis, low, high, Open(deciding, transparencyOpen));
    }

    private static ImmutableArray<string> Open(ImmutableArray<string>.Builder deciding, bool transparencyOpen)
    {
        if (transparencyOpen)
        {
            deciding.Add(TransparencyPointer);
        }

        return deciding.ToImmutable();
    }

    private static AiActResult Result(ProjectFacts facts, Reasons reasons, AiActClass cls, AnnexIIIArea? area, bool transparency, string basis, AiActClass lowest, AiActClass highest, ImmutableArray<string> deciding)
    {
        reasons.Info(RiskCodes.AiActClassified, "/risk/aiAct", 0, Wire.Name(cls), basis);
        if (facts.AiAct?.RiskGroup is { } declared && declared != Expected(cls))
        {
            reasons.Add(RiskCodes.DeclaredRiskGroupDiffers, Severity.Warning, "/risk/aiAct/riskGroup", 0, Wire.Name(declared), Wire.Name(cls));
        }

        return new AiActResult
        {
            Class = cls,
            Area = area,
            TransparencyObligation = transparency,
            LowestClass = lowest,
            HighestClass = highest,
            DecidingAnswers = lowest == highest ? [] : deciding,
            Role = facts.AiAct?.Role ?? AiActRole.Deployer,
            Obligations = Obligations(cls, facts.AiAct?.Role ?? AiActRole.Deployer, transparency),
        };
    }

    private static AiActRiskGroup Expected(AiActClass cls) => cls switch
    {
        AiActClass.Prohibited => AiActRiskGroup.Prohibited,
        AiActClass.HighRisk => AiActRiskGroup.HighRisk,
        _ => AiActRiskGroup.NotHighRisk,
    };
}
