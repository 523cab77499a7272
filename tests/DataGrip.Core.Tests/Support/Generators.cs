using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Model;
using FsCheck;
using FsCheck.Fluent;

namespace DataGrip.Core.Tests.Support;

/// <summary>FsCheck generators of valid projects and exports: every value the schema and the semantic checks accept.</summary>
public static class Generators
{
    private static readonly string[] Words =
    [
        "schuld", "vroegsignalering", "parkeren", "scanauto", "kentekenherkenning", "afval", "route", "bijstand",
        "Wmo", "jeugdzorg", "WOZ", "BRP", "wijk", "inwoners", "signalen", "dashboard", "energiearmoede", "verkeerslicht",
        "drukte", "subsidie", "controle", "anonimiseren", "Woo-verzoek", "zorg", "onderwijs", "leerlingenvervoer",
        "café", "coördinatie", "reïntegratie", "€ 1.250", "\"citaat\"", "pad\\naam", "<p>alinea</p>", "regel\nnieuw",
    ];

    private static readonly (string Code, string Name)[] Municipalities =
    [
        ("GM0344", "Gemeente Utrecht"), ("GM0363", "Gemeente Amsterdam"), ("GM0772", "Gemeente Eindhoven"),
        ("GM0855", "Gemeente Tilburg"), ("GM0193", "Gemeente Zwolle"), ("GM0599", "Gemeente Rotterdam"),
    ];

    public static Gen<string> Text(int minWords, int maxWords, int maxLength) =>
        from n in Gen.Choose(minWords, maxWords)
        from words in Gen.Elements(Words).ArrayOf(n)
        let text = string.Join(" ", words)
        select text.Length <= maxLength ? text : text.Substring(0, maxLength).TrimEnd('\\');

    private static Gen<string?> Maybe(Gen<string> gen) => Gen.Frequency((1, Gen.Constant<string?>(null)), (2, gen.Select(s => (string?)s)));

    private static Gen<T?> MaybeValue<T>(Gen<T> gen)
        where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<T?> MaybeRecord<T>(Gen<T> gen)
        where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<T> Enum<T>()
        where T : struct, System.Enum => Gen.Elements(System.Enum.GetValues<T>());

    private static Gen<ImmutableArray<T>> List<T>(Gen<T> gen, int max) =>
        from n in Gen.Choose(0, max)
        from items in gen.ArrayOf(n)
        select items.ToImmutableArray();

    private static Gen<ImmutableArray<T>> Distinct<T>(int max)
        where T : struct, System.Enum =>
        from items in Gen.SubListOf(System.Enum.GetValues<T>())
        select items.Take(max).ToImmutableArray();

    public static Gen<string> Link =>
        from host in Gen.Elements("wetten.overheid.nl", "www.utrecht.nl", "raad.amsterdam.nl", "algoritmes.overheid.nl")
        from path in Gen.Choose(1, 99999)
        select $"https://{host}/BWBR{path:D7}";

    public static Gen<PartialDate> Date =>
        from year in Gen.Choose(2015, 2030)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(0, DateTime.DaysInMonth(year, month))
        select day == 0 ? new PartialDate(year, month) : new PartialDate(year, month, day);

    public static Gen<DateTimeOffset> Timestamp =>
        from seconds in Gen.Choose(0, 400_000_000)
        from offset in Gen.Elements(0, 1, 2)
        select new DateTimeOffset(2014, 1, 1, 0, 0, 0, TimeSpan.FromHours(offset)).AddSeconds(seconds);

    public static Gen<IReadOnlyDictionary<string, JsonElement>> Extensions =>
        from n in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
        from values in Gen.Elements("1", "\"B1234\"", "true", "null", "[1,\"twee\",{\"drie\":3}]", "{\"zaaktype\":\"Z-01\",\"nested\":{\"a\":[]}}", "12345678901234567890.5").ArrayOf(n)
        select (IReadOnlyDictionary<string, JsonElement>)values.Select((v, i) => (Key: $"x-vendor-{i}", Value: JsonDocument.Parse(v).RootElement.Clone()))
            .ToDictionary(p => p.Key, p => p.Value);

    public static Gen<Organization> Organization =>
        from m in Gen.Elements(Municipalities)
        from shortName in Gen.Elements(true, false)
        from ext in Extensions
        select new Organization { Name = shortName ? m.Name.Substring("Gemeente ".Length) : m.Name, Code = m.Code, Type = OrganizationType.Gemeente, Extensions = ext };

    private static Gen<Role> Role =>
        from kind in Enum<RoleKind>()
        from function in Maybe(Text(1, 4, 200))
        from name in Maybe(Gen.Elements("Jan de Vries", "Fatima El Amrani", "Sanne Bakker"))
        from email in Maybe(Gen.Elements("j.devries@utrecht.nl", "f.elamrani@amsterdam.nl"))
        select new Role { Kind = kind, Function = function, Name = name, Email = email };

    private static Gen<Supplier> Supplier =>
        from name in Gen.Elements("Centric", "PinkRoccade", "Brickyard", "Xxllnc", "Intern ontwikkeld")
        from kvk in MaybeValue(Gen.Choose(10_000_000, 99_999_999))
        from role in MaybeValue(Enum<SupplierRole>())
        from product in Maybe(Text(1, 3, 200))
        from contract in Maybe(Gen.Elements("CT-2024-017", "VWO-88"))
        select new Supplier { Name = name, KvkNumber = kvk?.ToString(System.Globalization.CultureInfo.InvariantCulture), Role = role, Product = product, ContractReference = contract };

    /// <summary>Decision references the 1.1 generators draw from; every project's decisions carry all of them, so references resolve.</summary>
    private static readonly string[] DecisionReferences = ["B&W 2025-0412", "CDO-2024-07"];

    private static Gen<ImmutableArray<Decision>> Decisions =>
        from n in Gen.Choose(0, 2)
        from items in Gen.CollectToArray(DecisionReferences.Take(n).Select(reference =>
            from body in Enum<DecisionBody>()
            from subject in Enum<DecisionSubject>()
            from date in MaybeValue(Date)
            from outcome in MaybeValue(Enum<DecisionOutcome>())
            from summary in Maybe(Text(2, 12, 2000))
            from link in Maybe(Link)
            select new Decision { Body = body, Subject = subject, Date = date, Reference = reference, Outcome = outcome, Summary = summary, Link = link }))
        select items.ToImmutableArray();

    private static Gen<Lifecycle> Lifecycle(ImmutableArray<Decision> decisions) =>
        from phase in MaybeValue(Enum<Phase>())
        from begin in MaybeValue(Date)
        from months in Gen.Choose(0, 60)
        from hasEnd in Gen.Elements(true, false)
        from reviewed in MaybeValue(Date)
        from next in MaybeValue(Date)
        from reviewer in Maybe(Gen.Elements("CDO-office", "Privacyteam"))
        from history in List(from p in Enum<Phase>() from d in Date from r in Gen.Elements(decisions.Select(x => x.Reference).Append(null).ToArray()) select new PhaseEntry { Phase = p, Entered = d, DecisionReference = r }, 3)
        from pilot in MaybeRecord(
            from evaluation in MaybeValue(Date)
            from extra in Gen.Choose(0, 24)
            from decision in MaybeValue(Enum<ScaleDecision>())
            from lessons in Maybe(Text(2, 12, 2000))
            select new PilotTerms { EvaluationDate = evaluation, PlannedEnd = evaluation is { } e ? AddMonths(e, extra + 1) : null, ScaleDecision = decision, LessonsLearned = lessons })
        let ordered = history.OrderBy(h => h.Entered).ToImmutableArray()
        select new Lifecycle
        {
            Phase = ordered.IsEmpty ? phase : ordered[^1].Phase,
            BeginDate = begin,
            EndDate = hasEnd && begin is { } b ? AddMonths(b, months) : null,
            LastReviewed = reviewed,
            NextReview = next,
            Reviewer = reviewer,
            PhaseHistory = ordered,
            Pilot = pilot,
        };

    private static PartialDate AddMonths(PartialDate date, int months)
    {
        var start = new DateTime(date.Year, date.Month, 1).AddMonths(months);
        return new PartialDate(start.Year, start.Month);
    }

    private static Gen<Kpi> Kpi =>
        from indicator in Text(1, 6, 500)
        from unit in Maybe(Gen.Elements("%", "huishoudens", "meldingen"))
        from baseline in MaybeValue(Gen.Choose(-1000, 100000).Select(v => v / 10m))
        from target in MaybeValue(Gen.Choose(0, 100000).Select(v => (decimal)v))
        from measured in MaybeValue(Gen.Choose(0, 100000).Select(v => v / 100m))
        from measuredOn in MaybeValue(Date)
        from measurements in List(from d in Date from v in Gen.Choose(0, 100000) from source in Maybe(Gen.Elements("CBS Statline", "jaarverslag 2025")) select new KpiMeasurement { Date = d, Value = v / 10m, Source = source }, 3)
        from programme in Maybe(Gen.Elements("Programma 4 Werk en inkomen", "Programma 7 Mobiliteit"))
        from policyGoal in Maybe(Text(2, 8, 500))
        select new Kpi
        {
            Indicator = indicator, Unit = unit, Baseline = baseline, Target = target, Measured = measured, MeasuredOn = measuredOn,
            Measurements = measurements, Programme = programme, PolicyGoal = policyGoal,
        };

    private static Gen<Purpose> Purpose =>
        from problem in Maybe(Text(3, 30, 2000))
        from goal in Maybe(Text(3, 30, 2000))
        from values in List(Text(1, 2, 200), 3)
        from objectives in List(from o in Text(1, 5, 500) from l in Maybe(Link) select new StrategyLink { Objective = o, Link = l }, 2)
        from goals in List(from g in Text(2, 8, 500) from k in List(Kpi, 3) select new SocietalGoal { Goal = g, Kpis = k }, 2)
        from proportionality in Maybe(Text(3, 20, 2000))
        from alternatives in Maybe(Text(3, 20, 2000))
        select new Purpose
        {
            ProblemStatement = problem, GoalAndImpact = goal, PublicValues = values, StrategyObjectives = objectives,
            SocietalGoals = goals, Proportionality = proportionality, AlternativesConsidered = alternatives,
        };

    private static Gen<LegalBasis> Legal =>
        from basis in Maybe(Text(3, 20, 2000))
        from refs in List(from t in Text(1, 5, 200) from l in Maybe(Link) select new LegalReference { Title = t, Link = l }, 3)
        from ground in MaybeValue(Enum<GdprLegalGround>())
        from register in Maybe(Link)
        select new LegalBasis { LawfulBasis = basis, References = refs, GdprGround = ground, ProcessingRegisterUrl = register };

    private static Gen<DataSource> Source =>
        from title in Text(1, 5, 500)
        from link in Maybe(Link)
        from registry in MaybeValue(Enum<BaseRegistry>())
        from holder in Maybe(Text(1, 3, 200))
        from level in MaybeValue(Enum<PersonalDataLevel>())
        from categories in MaybeRecord(
            from ordinary in List(Gen.Elements("naam", "adres", "geboortedatum", "telefoonnummer"), 4)
            from special in Distinct<SpecialCategory>(3)
            from sensitive in Distinct<SensitiveCategory>(3)
            from criminal in MaybeValue(Gen.Elements(true, false))
            select new DataCategories { Ordinary = ordinary, Special = special, Sensitive = sensitive, Criminal = criminal })
        from ext in Extensions
        select new DataSource { Title = title, Link = link, BaseRegistry = registry, Holder = holder, PersonalData = level, Categories = categories, Extensions = ext };

    private static Gen<DataProfile> Data =>
        from sources in List(Source, 3)
        from subjects in Distinct<DataSubjectGroup>(3)
        from many in MaybeValue(Gen.Elements(true, false))
        from frequency in MaybeValue(Enum<ProcessingFrequency>())
        from retention in MaybeValue(Enum<RetentionPeriod>())
        from transfer in MaybeValue(Enum<InternationalTransfer>())
        from storage in MaybeValue(Enum<StorageLocation>())
        from support in MaybeBool
        from telemetry in MaybeBool
        from mechanism in MaybeValue(Enum<TransferMechanism>())
        select new DataProfile
        {
            Sources = sources, Subjects = subjects, AtLeast10000Subjects = many, ProcessingFrequency = frequency, Retention = retention, InternationalTransfer = transfer,
            Storage = storage, SupportOutsideEea = support, TelemetryOutsideEea = telemetry, TransferMechanism = mechanism,
        };

    private static Gen<RiskProfile> Risk =>
        from category in MaybeValue(Enum<PublicationCategory>())
        from ai in MaybeRecord(
            from type in MaybeValue(Enum<AiSystemType>())
            from role in MaybeValue(Enum<AiActRole>())
            from riskGroup in MaybeValue(Enum<AiActRiskGroup>())
            from area in MaybeValue(Enum<AnnexIIIArea>())
            from transparency in MaybeValue(Gen.Elements(true, false))
            from practices in Gen.Frequency((3, Gen.Constant(ImmutableArray<AiPractice>.Empty)), (1, Distinct<AiPractice>(2)))
            from exception in MaybeValue(Enum<AnnexIIIException>())
            from origin in MaybeValue(Enum<AiActOrigin>())
            from exclusion in Rarely(Enum<AiActExclusion>())
            from lifted in Rarely(Enum<ProhibitionException>())
            from openSource in MaybeBool
            from systemic in MaybeBool
            select new AiActProfile
            {
                SystemType = type, Role = role, RiskGroup = riskGroup, AnnexIIIArea = area, TransparencyObligation = transparency, Practices = practices, Exception = exception,
                Origin = origin, Exclusion = exclusion, ProhibitionException = lifted, OpenSource = openSource, SystemicRisk = systemic,
            })
        from assessments in List(
            from type in Enum<AssessmentType>()
            from status in Enum<AssessmentStatus>()
            from title in Maybe(Text(1, 4, 200))
            from date in MaybeValue(Date)
            from outcome in Maybe(Text(2, 10, 2000))
            from link in Maybe(Link)
            from reason in Maybe(Text(2, 10, 2000))
            select new Assessment { Type = type, Status = status, Title = title, Date = date, Outcome = outcome, Link = link, ReasonNotDone = reason }, 3)
        from risks in List(
            from name in Text(1, 4, 200)
            from description in Maybe(Text(2, 10, 2000))
            from mitigation in Maybe(Text(2, 10, 2000))
            from owner in Maybe(Text(1, 2, 200))
            select new IdentifiedRisk { Name = name, Description = description, Mitigation = mitigation, Owner = owner }, 2)
        from factors in MaybeRecord(Factors)
        select new RiskProfile { PublicationCategory = category, AiAct = ai, Assessments = assessments, Risks = risks, Factors = factors };

    private static Gen<bool?> MaybeBool => MaybeValue(Gen.Elements(true, false));

    /// <summary>Mostly null: an answer that, when given, settles everything (an exclusion), so it must not hide the rest.</summary>
    private static Gen<T?> Rarely<T>(Gen<T> gen)
        where T : struct => Gen.Frequency((5, Gen.Constant<T?>(null)), (1, gen.Select(v => (T?)v)));

    /// <summary>The EDPB criteria as ticked: each null, yes or no.</summary>
    private static Gen<EdpbCriteria> Edpb =>
        from evaluation in MaybeBool
        from automated in MaybeBool
        from monitoring in MaybeBool
        from sensitive in MaybeBool
        from large in MaybeBool
        from combined in MaybeBool
        from vulnerable in MaybeBool
        from innovative in MaybeBool
        from prevents in MaybeBool
        select new EdpbCriteria
        {
            EvaluationOrScoring = evaluation, AutomatedDecisionWithLegalEffect = automated, SystematicMonitoring = monitoring, SensitiveData = sensitive,
            LargeScale = large, CombinedDataSets = combined, VulnerableSubjects = vulnerable, InnovativeTechnology = innovative, PreventsRightOrService = prevents,
        };

    /// <summary>The risk factors: every answer null, yes or no.</summary>
    public static Gen<RiskFactors> Factors =>
        from profiling in MaybeBool
        from monitoring in MaybeBool
        from combines in MaybeBool
        from restricts in MaybeBool
        from legislation in MaybeBool
        from service in MaybeValue(Enum<DigitalService>())
        from apList in Gen.Frequency((3, Gen.Constant(ImmutableArray<ApListCategory>.Empty)), (1, Distinct<ApListCategory>(2)))
        from reversibility in MaybeValue(Enum<Reversibility>())
        from learning in MaybeBool
        from hard in MaybeBool
        from bias in MaybeBool
        from classifies in MaybeBool
        from judged in MaybeBool
        from edpb in MaybeRecord(Edpb)
        select new RiskFactors
        {
            EdpbCriteria = edpb,
            Profiling = profiling, SystematicMonitoring = monitoring, CombinesDataSets = combines, RestrictsRightsOrServices = restricts,
            NewLegislation = legislation, DigitalService = service, ApList = apList, Reversibility = reversibility, ContinuesLearning = learning,
            HardToExplain = hard, BiasTested = bias, ClassifiesOrContactsPeople = classifies, JudgedImpactful = judged,
        };

    private static Gen<Transparency> Transparency =>
        from register in MaybeRecord(from id in Maybe(Gen.Elements("21356826", "ab12-cd")) from link in Maybe(Link) from publishedOn in MaybeValue(Date) select new RegisterPublication { RegisterId = id, Link = link, PublishedOn = publishedOn })
        from page in Maybe(Link)
        from informed in MaybeRecord(from d in MaybeValue(Date) from r in Maybe(Text(1, 3, 200)) from l in Maybe(Link) select new CouncilInformation { Date = d, Reference = r, Link = l })
        from audits in List(from auditor in Text(1, 3, 200) from d in MaybeValue(Date) from o in Maybe(Text(2, 8, 2000)) from l in Maybe(Link) select new Audit { By = auditor, Date = d, Outcome = o, Link = l }, 2)
        from evaluations in List(from d in MaybeValue(Date) from evaluator in Maybe(Text(1, 3, 200)) from s in Maybe(Text(2, 8, 2000)) from l in Maybe(Link) select new Evaluation { Date = d, By = evaluator, Summary = s, Link = l }, 2)
        from incidents in List(from d in MaybeValue(Date) from text in Text(2, 8, 2000) from m in Maybe(Text(2, 8, 2000)) select new Incident { Date = d, Description = text, Measures = m }, 2)
        select new Transparency { Register = register, PublicPage = page, CouncilInformed = informed, Audits = audits, Evaluations = evaluations, Incidents = incidents };

    private static Gen<RecordInfo> Record =>
        from created in MaybeValue(Timestamp)
        from updated in MaybeValue(Timestamp)
        from provenance in MaybeValue(Enum<Provenance>())
        from source in Maybe(Text(1, 3, 500))
        from internalRisks in Gen.Elements(true, false)
        select new RecordInfo
        {
            Created = created, Updated = updated, Provenance = provenance, Source = source,
            Visibility = internalRisks
                ? ImmutableDictionary<string, FieldVisibility>.Empty.Add("/risk/risks", FieldVisibility.Internal).Add("/roles/0/name", FieldVisibility.Public)
                : ImmutableDictionary<string, FieldVisibility>.Empty,
        };

    /// <summary>A valid project with the given id; related projects point at <paramref name="otherIds"/>.</summary>
    public static Gen<DataProject> Project(string id, IReadOnlyList<string> otherIds) =>
        from name in Text(1, 8, 100)
        from shortDescription in Maybe(Text(3, 40, 400))
        from description in Maybe(Text(5, 80, 5000))
        from kind in MaybeValue(Enum<ProjectKind>())
        from themes in Distinct<Theme>(3)
        from tags in List(Gen.Elements("schulden", "parkeren", "afval", "AI"), 3)
        from language in MaybeValue(Enum<ContentLanguage>())
        from organization in Organization
        from department in Maybe(Text(1, 3, 200))
        from contact in Maybe(Gen.Elements("data@utrecht.nl", "https://www.amsterdam.nl/contact"))
        from roles in List(Role, 3)
        from suppliers in List(Supplier, 2)
        from partners in List(from n in Text(1, 3, 200) from m in Gen.Elements(Municipalities) from c in Maybe(Text(1, 4, 200)) select new Partner { Name = n, Code = m.Code, Contribution = c }, 2)
        from council in MaybeRecord(from r in Gen.Elements("RB 2024-117", "2023/45") from d in MaybeValue(Date) from l in Maybe(Link) select new CouncilDecision { Reference = r, Date = d, Link = l })
        from related in otherIds.Count == 0
            ? Gen.Constant(ImmutableArray<RelatedProject>.Empty)
            : List(from target in Gen.Elements(otherIds.ToArray()) from relation in Enum<RelationKind>() from note in Maybe(Text(1, 5, 1000)) select new RelatedProject { ProjectId = target, Relation = relation, Note = note }, 2)
        from decisions in Decisions
        from lifecycle in MaybeRecord(Lifecycle(decisions))
        from purpose in MaybeRecord(Purpose)
        from legal in MaybeRecord(Legal)
        from data in MaybeRecord(Data)
        from technique in MaybeRecord(
            from type in MaybeValue(Enum<AlgorithmType>())
            from use in MaybeValue(Enum<UseType>())
            from methods in Maybe(Text(2, 30, 5000))
            from performance in Maybe(Text(2, 10, 2000))
            from code in Maybe(Link)
            select new Technique { AlgorithmType = type, UseType = use, MethodsAndModels = methods, Performance = performance, PublicCodeUrl = code })
        from oversight in MaybeRecord(
            from level in MaybeValue(Enum<AutomationLevel>())
            from effects in MaybeValue(Gen.Elements(true, false))
            from human in Maybe(Text(2, 10, 2000))
            from objection in Maybe(Text(2, 10, 2000))
            from monitoring in Maybe(Text(2, 10, 2000))
            select new Oversight { AutomationLevel = level, LegalEffects = effects, HumanIntervention = human, ObjectionProcedure = objection, Monitoring = monitoring })
        from risk in MaybeRecord(Risk)
        from transparency in MaybeRecord(Transparency)
        from record in MaybeRecord(Record)
        from ext in Extensions
        select new DataProject
        {
            Id = id, Name = name, ShortDescription = shortDescription, Description = description, Kind = kind, Themes = themes,
            Tags = tags, Language = language, Organization = organization, Department = department, Contact = contact,
            Roles = roles, Suppliers = suppliers, Partners = partners, CouncilDecision = council, RelatedProjects = related, Decisions = decisions,
            Lifecycle = lifecycle, Purpose = purpose, Legal = legal, Data = data, Technique = technique, Oversight = oversight,
            Risk = risk, Transparency = transparency, Record = record, Extensions = ext,
        };

    /// <summary>A valid export of 0–6 projects with unique ids.</summary>
    public static Gen<ProjectExport> Export =>
        from count in Gen.Choose(0, 6)
        let ids = Enumerable.Range(0, count).Select(i => $"gm-project-{i:D3}").ToArray()
        from projects in Gen.CollectToArray(ids.Select(id => Project(id, ids.Where(other => other != id).ToArray())))
        from generatedAt in MaybeValue(Timestamp)
        from publisher in MaybeRecord(Organization)
        from ext in Extensions
        select new ProjectExport { GeneratedAt = generatedAt, Publisher = publisher, Projects = projects.ToImmutableArray(), Extensions = ext };

    public static Arbitrary<ProjectExport> ExportArbitrary() => Export.ToArbitrary();
}

/// <summary>The arbitraries the property tests use.</summary>
public static class Arbitraries
{
    public static Arbitrary<ProjectExport> Exports() => Generators.Export.ToArbitrary();
}
