using System.Collections.Immutable;
using DataGrip.Core.Facts;
using DataGrip.Core.Model;

namespace DataGrip.Core.Risk;

/// <summary>
/// The AI Act classification (after the government's decision aid, <c>MinBZK/ai-verordening-beslishulp</c>): the role
/// from how the system came about (question 1.2) or as stated; out of scope for no role or an Art. 2 exclusion; then a
/// prohibited practice (Art. 5, unless an exception of Art. 5(1)(h) lifts it) wins; a general-purpose AI model has
/// its own obligations (Art. 53–56); then high-risk (Annex III, with the Art. 6(3) exceptions that profiling voids),
/// then the Art. 50 transparency obligation, then minimal risk, or out of scope for an open-source system that is
/// neither. A project that is not an AI system has no class above that.
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
        AiActObligation.ModelProviderDuties or AiActObligation.OpenSourceModelDuties => [53, 54],
        AiActObligation.SystemicRiskDuties => [55],
        AiActObligation.CodesOfPractice => [56],
        _ => [],
    };

    /// <summary>The role the decision aid's question 1.2 gives for how the system came about; null for "none of these".</summary>
    internal static AiActRole? RoleOf(AiActOrigin origin) => origin switch
    {
        AiActOrigin.DevelopedOnly or AiActOrigin.Commissioned => AiActRole.Provider,
        AiActOrigin.DevelopedForOthersAndOwnUse or AiActOrigin.DevelopedForOwnUse or AiActOrigin.ExternalModified => AiActRole.ProviderAndDeployer,
        AiActOrigin.ExternalUnchanged => AiActRole.Deployer,
        AiActOrigin.ImportedFromOutsideEu => AiActRole.Importer,
        AiActOrigin.Resold => AiActRole.Distributor,
        _ => null,
    };

    /// <summary>What a general-purpose AI model obliges: the decision aid's conclusions x.2.x.</summary>
    internal enum ModelKind
    {
        /// <summary>Not a general-purpose AI model.</summary>
        None,

        /// <summary>A general-purpose AI model with systemic risk (or not ruled out).</summary>
        SystemicRisk,

        /// <summary>An open-source general-purpose AI model without systemic risk.</summary>
        OpenSource,

        /// <summary>Any other general-purpose AI model.</summary>
        Plain,
    }

    /// <summary>
    /// The obligations of a class for a role, after the decision aid's conclusions (12.x provider, 13.x deployer,
    /// 14.x both, 15.x importer, 16.x distributor; x.0 an AI system, x.1 a general-purpose AI system, x.2 a
    /// general-purpose AI model). An unstated role is read as deployer, as a municipality usually is.
    /// </summary>
    internal static ImmutableArray<AiActObligation> Obligations(AiActClass cls, AiActRole role, bool transparency, bool generalPurposeSystem = false, ModelKind model = ModelKind.None)
    {
        var (c, r) = ((int)cls, (int)role);
        if ((uint)c >= Classes || (uint)r >= Roles)
        {
            return Build(cls, role, transparency, generalPurposeSystem, model);
        }

        if (cls == AiActClass.GeneralPurposeModel)
        {
            return ModelTable[(r * 4) + (int)(model == ModelKind.None ? ModelKind.SystemicRisk : model)];
        }

        return ObligationTable[(((((c * Roles) + r) * 2) + (transparency ? 1 : 0)) * 2) + (generalPurposeSystem ? 1 : 0)];
    }

    private const int Classes = (int)AiActClass.GeneralPurposeModel + 1;
    private const int Roles = (int)AiActRole.ProviderAndDeployer + 1;

    /// <summary>Every class, role, transparency and kind of system, made once.</summary>
    private static readonly ImmutableArray<AiActObligation>[] ObligationTable = BuildTable();

    /// <summary>Every role and kind of general-purpose AI model, made once.</summary>
    private static readonly ImmutableArray<AiActObligation>[] ModelTable = BuildModelTable();

    private static ImmutableArray<AiActObligation>[] BuildTable()
    {
        var table = new ImmutableArray<AiActObligation>[Classes * Roles * 4];
        for (var c = 0; c < Classes; c++)
        {
            for (var r = 0; r < Roles; r++)
            {
                for (var t = 0; t < 2; t++)
                {
                    for (var g = 0; g < 2; g++)
                    {
                        table[(((((c * Roles) + r) * 2) + t) * 2) + g] = Build((AiActClass)c, (AiActRole)r, t == 1, g == 1, ModelKind.SystemicRisk);
                    }
                }
            }
        }

        return table;
    }

    private static ImmutableArray<AiActObligation>[] BuildModelTable()
    {
        var table = new ImmutableArray<AiActObligation>[Roles * 4];
        for (var r = 0; r < Roles; r++)
        {
            for (var m = 0; m < 4; m++)
            {
                table[(r * 4) + m] = Build(AiActClass.GeneralPurposeModel, (AiActRole)r, false, false, (ModelKind)m);
            }
        }

        return table;
    }

    private static ImmutableArray<AiActObligation> Build(AiActClass cls, AiActRole role, bool transparency, bool generalPurposeSystem, ModelKind model)
    {
        if (cls == AiActClass.Prohibited)
        {
            return Prohibited;
        }

        if (cls is AiActClass.NotAnAiSystem or AiActClass.OutOfScope)
        {
            return [];
        }

        var provider = role is AiActRole.Provider or AiActRole.ProviderAndDeployer;
        var deployer = role is AiActRole.Deployer or AiActRole.ProviderAndDeployer;
        var builder = ImmutableArray.CreateBuilder<AiActObligation>();
        if (cls == AiActClass.GeneralPurposeModel)
        {
            // Conclusions x.2.x: the model's provider has Art. 53–56 (no AI literacy: that is for systems); its deployer only
            // the codes of practice; an importer or a distributor its general duties.
            if (provider)
            {
                builder.Add(model == ModelKind.OpenSource ? AiActObligation.OpenSourceModelDuties : AiActObligation.ModelProviderDuties);
                if (model is ModelKind.SystemicRisk or ModelKind.None)
                {
                    builder.Add(AiActObligation.SystemicRiskDuties);
                }

                builder.Add(AiActObligation.CodesOfPractice);
            }
            else if (deployer)
            {
                builder.Add(AiActObligation.CodesOfPractice);
            }
            else
            {
                builder.Add(role == AiActRole.Importer ? AiActObligation.ImporterDuties : AiActObligation.DistributorDuties);
            }

            return builder.ToImmutable();
        }

        var high = cls == AiActClass.HighRisk;
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

            // Conclusions 12.1.x and 14.1.x: the provider of a general-purpose AI system also has the model provider's duties.
            if (generalPurposeSystem && provider)
            {
                builder.Add(AiActObligation.ModelProviderDuties);
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

        // Question 1.2: how the system came about decides the role; "none of these" leaves the AI Act out.
        var role = act?.Role ?? AiActRole.Deployer;
        if (act?.Origin is { } origin)
        {
            if (RoleOf(origin) is not { } derived)
            {
                reasons.Info(RiskCodes.AiActOutOfScope, "/risk/aiAct/origin", 0, "noRole", Wire.Name(origin));
                return Result(facts, reasons, AiActClass.OutOfScope, null, false, "noRole", AiActClass.OutOfScope, AiActClass.OutOfScope, [], role);
            }

            reasons.Info(RiskCodes.RoleFromOrigin, "/risk/aiAct/origin", 0, Wire.Name(derived), Wire.Name(origin));
            if (act.Role is { } stated && stated != derived)
            {
                reasons.Add(RiskCodes.StatedRoleDiffers, Severity.Warning, "/risk/aiAct/role", 0, Wire.Name(stated), Wire.Name(derived));
            }

            role = derived;
        }

        // Question 1.5: an Art. 2 exclusion leaves the AI Act out, whatever the system is.
        if (act?.Exclusion is { } exclusion)
        {
            reasons.Info(RiskCodes.AiActOutOfScope, "/risk/aiAct/exclusion", 0, "exclusion", Wire.Name(exclusion));
            return Result(facts, reasons, AiActClass.OutOfScope, null, false, "exclusion", AiActClass.OutOfScope, AiActClass.OutOfScope, [], role);
        }

        var practices = act?.Practices ?? [];
        var prohibited = false;
        var excepted = false;
        var transparency = act?.TransparencyObligation == true;
        foreach (var practice in practices)
        {
            if (practice == AiPractice.RealTimeRemoteBiometricIdentification && act!.ProhibitionException is { } lifted)
            {
                // Question 2.2: the two exceptions of Art. 5(1)(h) lift only that prohibition.
                excepted = true;
                reasons.Info(RiskCodes.ProhibitionExcepted, "/risk/aiAct/prohibitionException", 0, Wire.Name(lifted), Wire.Name(practice));
            }
            else if (practice <= AiPractice.RealTimeRemoteBiometricIdentification)
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
            return Result(facts, reasons, AiActClass.Prohibited, null, transparency, "art5", AiActClass.Prohibited, AiActClass.Prohibited, [], role);
        }

        // Without a stated obligation or practice, a transparency obligation is not ruled out.
        var transparencyOpen = !transparency && act?.TransparencyObligation is null;
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
            return Result(facts, reasons, AiActClass.NotAnAiSystem, null, false, basis, AiActClass.NotAnAiSystem, AiActClass.NotAnAiSystem, [], role);
        }

        if (systemType == AiSystemType.GeneralPurposeAiModel)
        {
            // Question 2.8, then 2.11 for a provider: a model has no risk group and no transparency question.
            var model = act!.SystemicRisk != false ? ModelKind.SystemicRisk : act.OpenSource == true ? ModelKind.OpenSource : ModelKind.Plain;
            reasons.Info(RiskCodes.GeneralPurposeModel, "/risk/aiAct/systemicRisk", 0, model == ModelKind.SystemicRisk ? "systemicRisk" : model == ModelKind.OpenSource ? "openSourceModel" : "noSystemicRisk", act.SystemicRisk is null ? "notStated" : "stated");
            return Result(facts, reasons, AiActClass.GeneralPurposeModel, null, false, basis, AiActClass.GeneralPurposeModel, AiActClass.GeneralPurposeModel, [], role, model: model);
        }

        var generalPurpose = systemType == AiSystemType.GeneralPurposeAiSystem;
        var low = transparency ? AiActClass.Transparency : AiActClass.Minimal;
        var high = transparency || transparencyOpen ? AiActClass.Transparency : AiActClass.Minimal;
        if (assumed)
        {
            low = AiActClass.NotAnAiSystem;
        }

        if (excepted && role is AiActRole.Importer or AiActRole.Distributor)
        {
            // Question 2.2 for an importer or a distributor: an excepted prohibited system is high-risk.
            reasons.Info(RiskCodes.HighRiskArea, "/risk/aiAct/prohibitionException", 0, "notStated", "prohibitionException");
            return Result(facts, reasons, AiActClass.HighRisk, null, transparency, "art5 exception", assumed ? low : AiActClass.HighRisk, AiActClass.HighRisk, assumed ? deciding.ToImmutable() : [], role, generalPurpose);
        }

        // Question 2.11: an open-source system that is neither high-risk nor under a transparency obligation is excluded
        // (Art. 2(12)); the decision aid asks it of providers and deployers only.
        var openSource = act?.OpenSource == true && role is not (AiActRole.Importer or AiActRole.Distributor);
        if (openSource && !transparency)
        {
            low = AiActClass.OutOfScope;
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
                    return NotHighRisk(area, high, Open(deciding, transparencyOpen));
                }

                reasons.Info(RiskCodes.ProfilingVoidsException, "/risk/factors/profiling", 0, Wire.Name(exception), profiling == true ? "yes" : "notRuledOut");
                if (profiling is null)
                {
                    deciding.Add("/risk/factors/profiling");
                    if (transparencyOpen)
                    {
                        deciding.Add(TransparencyPointer);
                    }

                    return Result(facts, reasons, AiActClass.HighRisk, area, transparency, "annexIII " + areaName, low, AiActClass.HighRisk, deciding.ToImmutable(), role, generalPurpose);
                }
            }
            else
            {
                reasons.Info(RiskCodes.HighRiskArea, "/risk/aiAct/annexIIIArea", 0, areaName, facts.Profiling == true ? "profiling" : "annexIII");
            }

            return Result(facts, reasons, AiActClass.HighRisk, area, transparency, "annexIII " + areaName, assumed ? AiActClass.NotAnAiSystem : AiActClass.HighRisk, AiActClass.HighRisk, assumed ? deciding.ToImmutable() : [], role, generalPurpose);
        }

        if (act?.RiskGroup == AiActRiskGroup.HighRisk)
        {
            reasons.Info(RiskCodes.HighRiskArea, "/risk/aiAct/riskGroup", 0, "notStated", "declared");
            return Result(facts, reasons, AiActClass.HighRisk, null, transparency, "declared", assumed ? AiActClass.NotAnAiSystem : AiActClass.HighRisk, AiActClass.HighRisk, assumed ? deciding.ToImmutable() : [], role, generalPurpose);
        }

        if (act?.RiskGroup is null)
        {
            reasons.Add(RiskCodes.AnnexAreaNotStated, Severity.Warning, "/risk/aiAct/annexIIIArea");
            high = AiActClass.HighRisk;
            deciding.Add("/risk/aiAct/annexIIIArea");
        }

        return NotHighRisk(null, high, Open(deciding, transparencyOpen));

        AiActResult NotHighRisk(AnnexIIIArea? area, AiActClass highest, ImmutableArray<string> open)
        {
            if (openSource && !transparency)
            {
                // With the transparency obligation not stated, the exclusion is the mildest reading, not the class.
                reasons.Info(RiskCodes.AiActOutOfScope, "/risk/aiAct/openSource", 0, "openSource", transparencyOpen ? "notRuledOut" : "stated");
            }

            var cls = transparency ? AiActClass.Transparency : openSource ? AiActClass.OutOfScope : AiActClass.Minimal;
            return Result(facts, reasons, cls, area, transparency, transparency ? "art50" : openSource ? "openSource" : basis, low, highest, open, role, generalPurpose);
        }
    }
    private static ImmutableArray<string> Open(ImmutableArray<string>.Builder deciding, bool transparencyOpen)
    {
        if (transparencyOpen)
        {
            deciding.Add(TransparencyPointer);
        }

        return deciding.ToImmutable();
    }

    private static AiActResult Result(ProjectFacts facts, Reasons reasons, AiActClass cls, AnnexIIIArea? area, bool transparency, string basis, AiActClass lowest, AiActClass highest, ImmutableArray<string> deciding, AiActRole role, bool generalPurposeSystem = false, ModelKind model = ModelKind.None)
    {
        reasons.Info(RiskCodes.AiActClassified, "/risk/aiAct", 0, Wire.Name(cls), basis);
        if (facts.AiAct?.RiskGroup is { } declared && Expected(cls) is { } expected && declared != expected)
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
            Role = role,
            Obligations = Obligations(cls, role, transparency, generalPurposeSystem, model),
        };
    }

    private static AiActRiskGroup? Expected(AiActClass cls) => cls switch
    {
        AiActClass.Prohibited => AiActRiskGroup.Prohibited,
        AiActClass.HighRisk => AiActRiskGroup.HighRisk,
        AiActClass.OutOfScope or AiActClass.GeneralPurposeModel => null,
        _ => AiActRiskGroup.NotHighRisk,
    };
}
