using System.Collections.Generic;
using System.Collections.Immutable;

namespace DataGrip.Core.Overlap;

/// <summary>The English and Dutch message templates of the <see cref="OverlapCodes"/>.</summary>
internal static class OverlapMessages
{
    internal static readonly ImmutableDictionary<string, Messages.Template> Templates = new Dictionary<string, Messages.Template>
    {
        [OverlapCodes.NoText] = new(Severity.Warning,
            "Project '{Id}' has no name, short description or goal to compare; it is compared on its other signals only.",
            "Project '{Id}' heeft geen naam, korte omschrijving of doel om te vergelijken; het wordt alleen op de andere signalen vergeleken."),
        [OverlapCodes.OnlyStopWords] = new(Severity.Warning,
            "The text of project '{Id}' consists only of stop words ('{Text}'); it is compared on its other signals only.",
            "De tekst van project '{Id}' bestaat alleen uit stopwoorden ('{Text}'); het wordt alleen op de andere signalen vergeleken."),
        [OverlapCodes.DuplicateId] = new(Severity.Warning,
            "The id '{Id}' is also used by the project at {Other}; both are compared, tell them apart by their position.",
            "Het id '{Id}' wordt ook gebruikt door het project op {Other}; beide worden vergeleken, onderscheid ze op hun positie."),
        [OverlapCodes.OtherLanguage] = new(Severity.Info,
            "The text of project '{Id}' looks like another language than Dutch ({Language}); it is compared with the Dutch rules, so its text similarity may be low.",
            "De tekst van project '{Id}' lijkt in een andere taal dan het Nederlands ({Language}); hij wordt met de Nederlandse regels vergeleken, dus de tekstovereenkomst kan laag uitvallen."),
        [OverlapCodes.CorpusTooSmall] = new(Severity.Info,
            "There are {Count} projects to compare; overlap needs at least two.",
            "Er zijn {Count} projecten om te vergelijken; voor overlap zijn er minstens twee nodig."),
        [OverlapCodes.NothingToCompare] = new(Severity.Warning,
            "Project '{Id}' has nothing to compare (no text, data sources, suppliers, themes, legal references, technique or data subjects); it cannot be in a pair.",
            "Project '{Id}' heeft niets om te vergelijken (geen tekst, gegevensbronnen, leveranciers, thema's, wettelijke grondslagen, techniek of betrokkenen); het kan in geen paar voorkomen."),
        [OverlapCodes.NullProject] = new(Severity.Error,
            "The entry is null; it is skipped.",
            "Het element is null; het wordt overgeslagen."),
    }.ToImmutableDictionary();

    internal static Finding Create(string code, string pointer, params (string Name, object? Value)[] arguments) =>
        Messages.Create(Templates[code], code, pointer, null, null, arguments);
}
