namespace DataGrip.Core.Model;

// How a project works. On the wire each value is its camelCase name (Theme.SocialSecurity is "socialSecurity"); these
// names are stable. The verbatim Dutch labels of the Algoritmeregister are available through RegisterLabels.

/// <summary>The kind of algorithm.</summary>
public enum AlgorithmType
{
    /// <summary>No algorithm: plain data processing or reporting.</summary>
    None,

    /// <summary>Rule-based (regelgebaseerd, "Op regels gebaseerd").</summary>
    RuleBased,

    /// <summary>Machine learning (zelflerend).</summary>
    MachineLearning,

    /// <summary>Partly rule-based, partly machine learning (hybride).</summary>
    Hybrid,

    /// <summary>Generative AI (large language models, image generation).</summary>
    GenerativeAi,
}

/// <summary>What the output of a project is used for.</summary>
public enum UseType
{
    /// <summary>Describes what happened (descriptief).</summary>
    Descriptive,

    /// <summary>Explains why it happened (diagnostisch).</summary>
    Diagnostic,

    /// <summary>Predicts what will happen (voorspellend).</summary>
    Predictive,

    /// <summary>Recommends what to do (prescriptief).</summary>
    Prescriptive,
}

/// <summary>How far decisions are automated.</summary>
public enum AutomationLevel
{
    /// <summary>No automated decisions: information only.</summary>
    None,

    /// <summary>The output supports a person who decides.</summary>
    DecisionSupport,

    /// <summary>Some decisions are taken automatically, others by a person.</summary>
    Partial,

    /// <summary>Decisions are taken automatically.</summary>
    Full,
}

/// <summary>The AI Act notion of what the system is.</summary>
public enum AiSystemType
{
    /// <summary>Not an AI system in the sense of Art. 3(1) (geen AI-systeem).</summary>
    NotAnAiSystem,

    /// <summary>An AI system (AI-systeem).</summary>
    AiSystem,

    /// <summary>A general-purpose AI system (AI-systeem voor algemene doeleinden).</summary>
    GeneralPurposeAiSystem,

    /// <summary>A general-purpose AI model (AI-model voor algemene doeleinden).</summary>
    GeneralPurposeAiModel,
}
