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
            "There {Count:is|are} {Count} {Count:project|projects} to compare; overlap needs at least two.",
            "Er {Count:is|zijn} {Count} {Count:project|projecten} om te vergelijken; voor overlap zijn er minstens twee nodig."),
        [OverlapCodes.NothingToCompare] = new(Severity.Warning,
            "Project '{Id}' has nothing to compare (no text, data sources, suppliers, themes, legal references, technique or data subjects); it cannot be in a pair.",
            "Project '{Id}' heeft niets om te vergelijken (geen tekst, gegevensbronnen, leveranciers, thema's, wettelijke grondslagen, techniek of betrokkenen); het kan in geen paar voorkomen."),
        [OverlapCodes.NullProject] = new(Severity.Error,
            "The entry is null; it is skipped.",
            "Het element is null; het wordt overgeslagen."),
    }.ToImmutableDictionary();

    /// <summary>The parts of a pair's explanation: one per signal, the list and the count of shared features marked internal.</summary>
    internal static readonly ImmutableDictionary<string, Messages.Template> Explanations = new Dictionary<string, Messages.Template>
    {
        ["overlap:kind.SameName"] = Messages.Term("{Organization} registered two projects with the same name", "{Organization} heeft twee projecten met dezelfde naam geregistreerd"),
        ["overlap:kind.TwoDepartments"] = Messages.Term(
            "two departments of {Organization} ({First} and {Second}) may be doing the same",
            "twee afdelingen van {Organization} ({First} en {Second}) doen mogelijk hetzelfde"),
        ["overlap:kind.TwoDepartmentsUnnamed"] = Messages.Term("two departments of {Organization} may be doing the same", "twee afdelingen van {Organization} doen mogelijk hetzelfde"),
        ["overlap:kind.NearlyAlike"] = Messages.Term("{Organization} may have registered the same project twice", "{Organization} heeft mogelijk hetzelfde project twee keer geregistreerd"),
        ["overlap:kind.OneDepartment"] = Messages.Term("related projects of one department of {Organization} ({Department})", "verwante projecten van één afdeling van {Organization} ({Department})"),
        ["overlap:kind.OneDepartmentUnnamed"] = Messages.Term("related projects of one department of {Organization}", "verwante projecten van één afdeling van {Organization}"),
        ["overlap:kind.OneOrganization"] = Messages.Term("related projects of {Organization}", "verwante projecten van {Organization}"),
        ["overlap:kind.SameSupplier"] = Messages.Term("{First} and {Second} use the same supplier", "{First} en {Second} gebruiken dezelfde leverancier"),
        ["overlap:kind.TwoOrganizations"] = Messages.Term("{First} and {Second} could reuse each other's work", "{First} en {Second} kunnen elkaars werk hergebruiken"),
        ["overlap:kind.SameSupplierUnnamed"] = Messages.Term("two organisations use the same supplier", "twee organisaties gebruiken dezelfde leverancier"),
        ["overlap:kind.TwoOrganizationsUnnamed"] = Messages.Term("two organisations could reuse each other's work", "twee organisaties kunnen elkaars werk hergebruiken"),
        ["overlap:organization.one"] = Messages.Term("one organisation", "één organisatie"),
        ["overlap:organization.unnamed"] = Messages.Term("an organisation not named", "een niet genoemde organisatie"),
        ["overlap:nothing"] = Messages.Term("nothing shared", "geen gedeelde kenmerken"),
        ["overlap:textAlike"] = Messages.Term("the texts are alike ({Similarity:number})", "de teksten lijken op elkaar ({Similarity:number})"),
        ["overlap:list"] = Messages.Term("{First} and {Last}", "{First} en {Last}"),
        ["overlap:Text"] = Messages.Term("the texts share {Items}", "de teksten delen {Items}"),
        ["overlap:Data"] = Messages.Term("both use {Items}", "beide gebruiken {Items}"),
        ["overlap:Supplier"] = Messages.Term("same supplier or product: {Items}", "zelfde leverancier of product: {Items}"),
        ["overlap:Legal"] = Messages.Term("same legal basis: {Items}", "zelfde wettelijke grondslag: {Items}"),
        ["overlap:Themes"] = Messages.Term("same theme: {Items}", "zelfde thema: {Items}"),
        ["overlap:Technique"] = Messages.Term("same technique: {Items}", "zelfde techniek: {Items}"),
        ["overlap:Subjects"] = Messages.Term("same data subjects: {Items}", "zelfde betrokkenen: {Items}"),
        ["overlap:hidden.Text"] = Messages.Term(
            "{Count} {Count:word from a field|words from fields} marked internal",
            "{Count} {Count:woord uit een veld dat als intern is gemarkeerd|woorden uit velden die als intern zijn gemarkeerd}"),
        ["overlap:hidden.Data"] = Messages.Term(
            "{Count} {Count:data source|data sources} marked internal",
            "{Count} {Count:gegevensbron die als intern is gemarkeerd|gegevensbronnen die als intern zijn gemarkeerd}"),
        ["overlap:hidden.Supplier"] = Messages.Term(
            "{Count} {Count:supplier or product|suppliers or products} marked internal",
            "{Count} {Count:leverancier of product dat als intern is gemarkeerd|leveranciers of producten die als intern zijn gemarkeerd}"),
        ["overlap:hidden.Legal"] = Messages.Term(
            "{Count} {Count:legal reference|legal references} marked internal",
            "{Count} {Count:wettelijke grondslag die als intern is gemarkeerd|wettelijke grondslagen die als intern zijn gemarkeerd}"),
        ["overlap:hidden.Themes"] = Messages.Term(
            "{Count} {Count:theme|themes} marked internal",
            "{Count} {Count:thema dat als intern is gemarkeerd|thema's die als intern zijn gemarkeerd}"),
        ["overlap:hidden.Technique"] = Messages.Term(
            "{Count} {Count:technique|techniques} marked internal",
            "{Count} {Count:techniek die als intern is gemarkeerd|technieken die als intern zijn gemarkeerd}"),
        ["overlap:hidden.Subjects"] = Messages.Term(
            "{Count} {Count:group of data subjects|groups of data subjects} marked internal",
            "{Count} {Count:groep betrokkenen die als intern is gemarkeerd|groepen betrokkenen die als intern zijn gemarkeerd}"),
    }.ToImmutableDictionary();

    internal static Finding Create(string code, string pointer, params (string Name, object? Value)[] arguments) =>
        Messages.Create(Templates[code], code, pointer, null, null, arguments);
}
