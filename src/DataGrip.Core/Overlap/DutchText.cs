using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DataGrip.Core.Internal;


namespace DataGrip.Core.Overlap;

/// <summary>
/// Dutch-aware text normalisation for overlap: case and diacritics folding, tokens, Dutch stop words, light
/// stemming, a small curated list of municipal synonyms and acronyms, and splitting of a few common compound parts.
/// </summary>
internal static class DutchText
{
    /// <summary>Dutch stop words (the Snowball list plus a few words every registration uses, such as "gemeente").</summary>
    private static readonly HashSet<string> StopWords = new(Split("""
        aan al alle alles als altijd andere ben bij binnen daar daarbij dan dat de der deze die dit doch doen door dus
        een eens en er ge geen geweest haar had heb hebben heeft hem het hier hierbij hij hoe hun iemand iets ik in is
        ja je kan kon kunnen maar me meer men met mij mijn na naar niet niets nog nu of om omdat onder ons onze ook op
        over per reeds te tegen toch toen tot u uit uw van veel via voor waar waarbij want waren was wat we welke
        wanneer werd wezen wie wij wil worden wordt zal ze zelf zich zij zijn zo zoals zonder zou
        gemeente gemeenten algoritme algoritmes algoritmen
        """), StringComparer.Ordinal);

    /// <summary>Words that mark English text (for the other-language finding).</summary>
    private static readonly HashSet<string> EnglishMarkers = new(Split("the and of to that with are this which from for be by it an or"), StringComparer.Ordinal);

    /// <summary>Words that mark Dutch text.</summary>
    private static readonly HashSet<string> DutchMarkers = new(Split("de het een en van dat die voor met zijn wordt te op niet ook"), StringComparer.Ordinal);

    /// <summary>Surface word → concept: acronyms and synonyms that municipalities use for the same thing.</summary>
    private static readonly (string Word, string Concept)[] SynonymSource =
    [
        ("gba", "brp"), ("burgerservicenummer", "bsn"), ("anpr", "kentekenherkenning"), ("scanauto", "kentekenherkenning"),
        ("scanwagen", "kentekenherkenning"), ("kentekencamera", "kentekenherkenning"), ("kentekenscanner", "kentekenherkenning"),
        ("nummerplaatherkenning", "kentekenherkenning"), ("kentekencamerahandhaving", "kentekenherkenning"),
        ("anonimiseren", "anonimiseren"), ("anonimisering", "anonimiseren"), ("pseudonimiseren", "anonimiseren"),
        ("pseudonimisering", "anonimiseren"), ("weglakken", "anonimiseren"), ("zwartlakken", "anonimiseren"), ("lakken", "anonimiseren"),
        ("participatiewet", "bijstand"), ("levensonderhoud", "bijstand"), ("jeugdzorg", "jeugdhulp"),
        ("huisvuil", "afval"), ("vuilnis", "afval"), ("zwerfafval", "afval"),
        ("prognose", "voorspellen"), ("prognosemodel", "voorspellen"), ("voorspelmodel", "voorspellen"), ("voorspelling", "voorspellen"),
        ("parkeercontrole", "parkeerhandhaving"), ("milieuzone", "milieuzone"), ("emissiezone", "milieuzone"),
        ("waardering", "woz"), ("taxatie", "woz"), ("taxatiemodel", "woz"),
        ("schuldhulpverlening", "schulden"), ("schuldhulp", "schulden"), ("vroegsignalering", "schulden"),
        ("ondermijning", "ondermijning"), ("drugscriminaliteit", "ondermijning"), ("witwassen", "ondermijning"),
        ("chatbot", "chatbot"), ("assistent", "chatbot"), ("mail", "email"), ("handelsregister", "hr"),
        ("orac", "container"), ("bijgeplaatst", "bijplaatsing"), ("crowdmonitoring", "drukte"), ("druktemeting", "drukte"),
        ("druktemeter", "drukte"), ("druktemonitor", "drukte"), ("drukste", "drukte"), ("wob", "woo"), ("openbaarmaking", "woo"),
        ("persoonsgegevens", "persoonsgegeven"), ("privacygevoelige", "persoonsgegeven"), ("betalingsachterstand", "schulden"),
        ("betalingsachterstanden", "schulden"), ("verkeersregelinstallatie", "verkeerslicht"), ("vri", "verkeerslicht"),
        ("verkeersregeling", "verkeerslicht"), ("inzamelen", "inzameling"), ("afvalinzameling", "inzameling"), ("vuilniswagen", "inzameling"),
        ("virtueel", "chatbot"), ("virtuele", "chatbot"), ("kentekenscanning", "kentekenherkenning"), ("kentekenscan", "kentekenherkenning"),
        ("bijstandsuitkering", "bijstand"), ("uitkeringsgerechtigde", "bijstand"), ("kadaster", "brk"), ("kvk", "hr"),
        ("bewonersparkeren", "parkeervergunning"), ("taxateur", "woz"), ("heronderzoek", "rechtmatigheid"),
    ];

    /// <summary>Phrases (surface words) → concept.</summary>
    private static readonly (string Phrase, string Concept)[] PhraseSource =
    [
        ("basisregistratie personen", "brp"), ("gemeentelijke basisadministratie", "brp"), ("basisregistratie adressen", "bag"),
        ("adressen en gebouwen", "bag"), ("basisregistratie kadaster", "brk"),
        ("maatschappelijke ondersteuning", "wmo"), ("waardering onroerende", "woz"), ("onroerende zaken", "woz"),
        ("zero emissie", "milieuzone"), ("automatic number", "kentekenherkenning"), ("number plate", "kentekenherkenning"),
        ("kentekens scannen", "kentekenherkenning"), ("kentekens automatisch", "kentekenherkenning"),
        ("nationaal parkeerregister", "npr"), ("nationaal parkeer", "npr"), ("kamer koophandel", "hr"), ("openbare ruimte", "openbareruimte"),
        ("plate recognition", "kentekenherkenning"),
    ];

    /// <summary>Compound parts worth splitting off ("kentekencamerahandhaving" → kenteken, camera, handhaving).</summary>
    private static readonly string[] CompoundParts = Split("""
        kenteken camera handhaving herkenning parkeer voorspel verkeer afval geluid belasting uitkering bijstand jeugd
        woning fraude risico schuld armoede inzamel container document privacy vergunning melding toezicht inbraak
        drukte beeld subsidie taxatie criminaliteit ondermijning anonimi persoonsgegevens
        """);

    /// <summary>
    /// Concept groups of the municipal domain: words that different organisations use for the same activity or object
    /// ("toezicht", "controle" and "handhaving"; "detectie" and "herkenning"; "fijnstof" and "luchtkwaliteit"), and
    /// what a product's own words say it does ("redaction", "lakregels" → anonymising). Read with
    /// <see cref="OverlapReading.ConceptGroups"/>.
    /// </summary>
    private static readonly (string Word, string Concept)[] ConceptGroupSource =
    [
        ("toezicht", "handhaving"), ("controle", "handhaving"), ("controleren", "handhaving"), ("handhaven", "handhaving"),
        ("naleving", "handhaving"), ("inspectie", "handhaving"), ("handhaver", "handhaving"), ("boa", "handhaving"),
        ("detectie", "herkenning"), ("detecteren", "herkenning"), ("herkennen", "herkenning"), ("herkent", "herkenning"),
        ("beeldherkenning", "herkenning"), ("objectherkenning", "herkenning"),
        ("parkeervergunning", "parkeren"), ("parkeerrecht", "parkeren"), ("parkeerplaats", "parkeren"), ("parkeerhandhaving", "parkeren"),
        ("parkeerbeheer", "parkeren"), ("parkeer", "parkeren"),
        ("redaction", "anonimiseren"), ("redigeren", "anonimiseren"), ("geanonimiseerd", "anonimiseren"), ("anonimiseert", "anonimiseren"),
        ("lakregel", "anonimiseren"), ("lakproces", "anonimiseren"), ("onherkenbaar", "anonimiseren"), ("uitfilteren", "anonimiseren"),
        ("forecast", "voorspellen"), ("voorspellend", "voorspellen"), ("voorspelt", "voorspellen"), ("prognoses", "voorspellen"),
        ("fijnstof", "luchtkwaliteit"), ("stikstofdioxide", "luchtkwaliteit"), ("no2", "luchtkwaliteit"), ("luchtvervuiling", "luchtkwaliteit"),
        ("luchtmeetnet", "luchtkwaliteit"), ("luchtkwaliteitsmodel", "luchtkwaliteit"), ("luchtkwaliteitsmeting", "luchtkwaliteit"),
        ("woonbouw", "woningbouw"), ("woningbouwlocatie", "woningbouw"), ("bouwlocatie", "woningbouw"), ("nieuwbouw", "woningbouw"),
        ("geluidsoverlast", "geluid"), ("lawaai", "geluid"), ("geluidsmeting", "geluid"),
        ("passanten", "drukte"), ("bezoekersaantallen", "drukte"), ("passantentelling", "drukte"), ("personentelling", "drukte"),
        ("misbruik", "fraude"), ("oneigenlijk", "fraude"), ("fraudesignalering", "fraude"),
        ("vacature", "werk"), ("vacatures", "werk"), ("werkzoekende", "werk"), ("werkzoekenden", "werk"), ("arbeidsmarkt", "werk"),
        ("tekstanalyse", "tekst"), ("taaltechnologie", "tekst"), ("tekstherkenning", "tekst"), ("textmining", "tekst"),
    ];

    /// <summary>
    /// A second set of concept groups, listed from knowledge of municipal work rather than from the labelled
    /// registrations' misses: enforcement and its sanctions, identity documents and biometrics, income support, care,
    /// debts, waste, traffic, climate adaptation, crowds, and the names of a few products for what they do. Read with
    /// <see cref="OverlapReading.DomainVocabulary"/> (docs/overlap.md measures it).
    /// </summary>
    private static readonly (string Word, string Concept)[] DomainGroupSource =
    [
        ("overtreding", "handhaving"), ("overtreder", "handhaving"), ("overtreden", "handhaving"), ("handhavingsverzoek", "handhaving"),
        ("boete", "sanctie"), ("naheffing", "sanctie"), ("naheffingsaanslag", "sanctie"), ("dwangsom", "sanctie"),
        ("bestuursdwang", "sanctie"), ("strafbeschikking", "sanctie"), ("sancties", "sanctie"),
        ("beeldanalyse", "herkenning"), ("videoanalyse", "herkenning"), ("ocr", "herkenning"),
        ("paspoort", "reisdocument"), ("identiteitskaart", "reisdocument"), ("identiteitsbewijs", "reisdocument"),
        ("identiteitsdocument", "reisdocument"), ("reisdocumenten", "reisdocument"),
        ("vingerafdruk", "biometrie"), ("gezichtsopname", "biometrie"), ("pasfoto", "biometrie"), ("biometrisch", "biometrie"),
        ("gezichtsherkenning", "biometrie"),
        ("inkomensondersteuning", "bijstand"), ("inkomensvoorziening", "bijstand"), ("bbz", "bijstand"), ("ioaw", "bijstand"),
        ("ioaz", "bijstand"), ("minimaregeling", "minima"), ("armoederegeling", "minima"), ("stadspas", "minima"), ("kindpakket", "minima"),
        ("keukentafelgesprek", "wmo"), ("maatwerkvoorziening", "wmo"), ("huishoudelijke", "wmo"),
        ("jeugdbescherming", "jeugdhulp"), ("jeugdreclassering", "jeugdhulp"), ("jeugdwet", "jeugdhulp"),
        ("geldzorgen", "schulden"), ("huurachterstand", "schulden"), ("schuldenaar", "schulden"),
        ("onrechtmatig", "rechtmatigheid"), ("onrechtmatigheid", "rechtmatigheid"),
        ("arbeidsbemiddeling", "werk"), ("arbeidstoeleiding", "werk"),
        ("restafval", "afval"), ("gft", "afval"), ("grofvuil", "afval"), ("minicontainer", "container"), ("verzamelcontainer", "container"),
        ("vullingsgraad", "vulgraad"), ("inzamelroute", "inzameling"), ("ophaalroute", "inzameling"),
        ("kruising", "kruispunt"), ("verkeersafwikkeling", "doorstroming"), ("groentijd", "verkeerslicht"),
        ("hittegolf", "hitte"), ("hittestress", "hitte"), ("gevoelstemperatuur", "hitte"),
        ("wateroverlast", "water"), ("hemelwater", "water"), ("regenwater", "water"), ("neerslag", "water"),
        ("menigte", "drukte"), ("mensenmassa", "drukte"), ("bezoekersstromen", "drukte"), ("crowd", "drukte"),
        ("informatieverzoek", "woo"), ("chat", "chatbot"), ("livechat", "chatbot"), ("chatfunctie", "chatbot"),
        ("sia", "melding"), ("key2waarderen", "woz"), ("4woz", "woz"), ("iburgerzaken", "burgerzaken"), ("key2burgerzaken", "burgerzaken"),
    ];

    /// <summary>Compound parts of the concept groups, found inside longer words as <see cref="CompoundParts"/> are.</summary>
    private static readonly string[] ConceptParts = Split("""
        luchtkwaliteit woningbouw woonbouw controle detectie toezicht tekst vacature
        """);

    /// <summary>The word lists as one stemmer, one way of splitting compounds and one set of concept groups see them.</summary>
    internal sealed class Lexicon
    {
        private static readonly Lexicon[] Known =
            [.. Enumerable.Range(0, 16).Select(k => new Lexicon((k & 4) != 0, (k & 2) != 0, (k & 1) != 0, (k & 8) != 0))];

        private readonly string[] compoundParts;

        private Lexicon(bool snowball, bool compounds, bool concepts, bool domain)
        {
            Snowball = snowball;
            Compounds = compounds;
            compoundParts = concepts ? [.. CompoundParts, .. ConceptParts] : CompoundParts;
            Synonyms = SynonymSource.Concat(concepts ? ConceptGroupSource : []).Concat(domain ? DomainGroupSource : [])
                .GroupBy(s => Stem(s.Word), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => Stem(g.First().Concept), StringComparer.Ordinal);
            Phrases = PhraseSource
                .GroupBy(p => string.Join(" ", Split(p.Phrase).Where(w => !StopWords.Contains(w)).Select(Stem)), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => Stem(g.First().Concept), StringComparer.Ordinal);
            PhraseStarts = new(Phrases.Keys.Select(k => k.Substring(0, k.IndexOf(' '))), StringComparer.Ordinal);
        }

        /// <summary>As <see cref="OverlapReading.Default"/> reads.</summary>
        public static Lexicon Default => For(OverlapReading.Default);

        /// <summary>The Snowball stemmer (<see cref="DutchStemmer"/>), or else the light one (<see cref="LightStem"/>).</summary>
        public bool Snowball { get; }

        /// <summary>Compounds split with the word list (<see cref="DutchCompounds"/>), or else a few known parts found anywhere in a word.</summary>
        public bool Compounds { get; }

        /// <summary>Stem → concept.</summary>
        public Dictionary<string, string> Synonyms { get; }

        /// <summary>Two stems (stop words left out, as in the text) → concept.</summary>
        public Dictionary<string, string> Phrases { get; }

        /// <summary>The first stems of the phrases: only after one of these is a phrase looked up.</summary>
        public HashSet<string> PhraseStarts { get; }

        public static Lexicon For(bool snowball, bool compounds, bool concepts = false, bool domain = false) =>
            Known[(domain ? 8 : 0) + (snowball ? 4 : 0) + (compounds ? 2 : 0) + (concepts ? 1 : 0)];

        /// <summary>As <paramref name="reading"/> reads.</summary>
        public static Lexicon For(OverlapReading reading) => For(reading.Snowball, reading.Compounds, reading.ConceptGroups, reading.DomainVocabulary);

        public string Stem(string word) => Snowball ? DutchStemmer.Stem(word) : LightStem(word);

        /// <summary>The terms of one folded content word: its stem first, then its concept and its compound parts (and theirs).</summary>
        public string[] TermsOf(string word)
        {
            var terms = new List<string>();
            AddTerm(Stem(word), terms);
            if (Compounds)
            {
                foreach (var part in DutchCompounds.Split(word))
                {
                    AddTerm(Stem(part), terms);
                }
            }
            else
            {
                foreach (var part in compoundParts)
                {
                    if (word.Length >= part.Length + 3 && word.IndexOf(part, StringComparison.Ordinal) >= 0)
                    {
                        AddTerm(Stem(part), terms);
                    }
                }
            }

            return [.. terms.Distinct(StringComparer.Ordinal)];
        }

        private void AddTerm(string stem, List<string> terms)
        {
            terms.Add(stem);
            if (Synonyms.TryGetValue(stem, out var concept) && concept != stem)
            {
                terms.Add(concept);
            }
        }
    }

    /// <summary>What the analysis of one text found.</summary>
    internal struct Counts
    {
        public int Words;
        public int StopWords;
        public int English;
        public int Dutch;
    }

    /// <summary>What one folded word is: a stop word or not, a language marker or not, and its terms.</summary>
    internal sealed class Word
    {
        public bool Stop;
        public bool English;
        public bool Dutch;
        public string Stem = string.Empty;

        /// <summary>The word as written (folded), for explanations.</summary>
        public string Surface = string.Empty;

        /// <summary>The stem first, then concept and compound parts.</summary>
        public string[] Terms = [];

        /// <summary>The terms as one thread's overlap caches know them (set by them, on first use).</summary>
        public ProjectFeatures.Term[]? Resolved;
    }

    /// <summary>The analysed words seen so far (one cache per thread).</summary>
    internal sealed class Cache(Lexicon? lexicon = null)
    {
        public Lexicon Lexicon { get; } = lexicon ?? Lexicon.Default;

        public Dictionary<string, Word> Words { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// Adds the normalised terms of a text to <paramref name="terms"/>: stemmed content
    /// words, concepts, compound parts and phrases ("basisregistratie personen" → brp).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="terms">Gets the terms; with <paramref name="words"/>, only those of phrases.</param>
    /// <param name="counts">Counts words, stop words and language markers.</param>
    /// <param name="cache">The thread's analysed words.</param>
    /// <param name="words">When given, gets each word that is not a stop word (its terms are then not added to <paramref name="terms"/>).</param>
    internal static void Analyze(string? text, List<string> terms, ref Counts counts, Cache cache, List<Word>? words = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        string? previous = null;
        foreach (var folded in Words(Fold(text!)))
        {
            if (!cache.Words.TryGetValue(folded, out var word))
            {
                word = Analyze(folded, cache);
                cache.Words[folded] = word;
            }

            counts.Words++;
            counts.English += word.English ? 1 : 0;
            counts.Dutch += word.Dutch ? 1 : 0;
            if (word.Stop)
            {
                counts.StopWords++;
                continue;
            }

            if (previous is not null && cache.Lexicon.PhraseStarts.Contains(previous) && cache.Lexicon.Phrases.TryGetValue(previous + " " + word.Stem, out var phrase))
            {
                terms.Add(phrase);
            }

            previous = word.Stem;
            if (words is null)
            {
                terms.AddRange(word.Terms);
            }
            else
            {
                words.Add(word);
            }
        }
    }

    private static Word Analyze(string folded, Cache cache)
    {
        var word = new Word
        {
            Stop = StopWords.Contains(folded),
            English = EnglishMarkers.Contains(folded),
            Dutch = DutchMarkers.Contains(folded),
            Surface = folded,
        };
        if (!word.Stop)
        {
            var terms = cache.Lexicon.TermsOf(folded);
            word.Stem = terms[0];
            word.Terms = terms;
        }

        return word;
    }

    /// <summary>Lower case without diacritics: "Coördinatie" → "coordinatie".</summary>
    internal static string Fold(string text) => TextFolding.Fold(text);

    /// <summary>The words of a folded text: runs of letters and digits of at least two characters ("scanauto's" → "scanauto").</summary>
    internal static IEnumerable<string> Words(string folded)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (i - start >= 2)
                {
                    yield return folded.Substring(start, i - start);
                }

                start = -1;
            }
        }
    }

    /// <summary>The default stemmer's stem of a folded word (Snowball).</summary>
    internal static string Stem(string word) => DutchStemmer.Stem(word);

    /// <summary>
    /// Fills in <paramref name="forms"/> (stem → the word as written, or null while not yet seen) from a text: each
    /// word whose stem is wanted and not yet found gives its lower-case form; with <paramref name="part"/>, a word that
    /// holds the wanted term as a part of a compound ("inzamel" in "afvalinzameling"). Returns how many it found.
    /// </summary>
    internal static int SurfaceForms(string? text, Dictionary<string, string?> forms, bool part = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var found = 0;
        var start = -1;
        for (var i = 0; i <= text!.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text.Substring(start, i - start);
                start = -1;
                if (word.Length < 2)
                {
                    continue;
                }

                var folded = Fold(word);
                if (StopWords.Contains(folded) || folded.IndexOf(' ') >= 0)
                {
                    continue;
                }

                var stem = part ? forms.FirstOrDefault(f => f.Value is null && folded.IndexOf(f.Key, StringComparison.Ordinal) >= 0).Key : Stem(folded);
                if (stem is not null && forms.TryGetValue(stem, out var known) && known is null)
                {
                    forms[stem] = word.ToLowerInvariant();
                    found++;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// A light Dutch stemmer: plural -s, -en (with "parkeren" → "parkeer", "kennissen" → "kennis") and a final -e,
    /// so that singular and plural, and the inflected adjective, meet.
    /// </summary>
    internal static string LightStem(string word)
    {
        var s = word;
        if (s.Length >= 5 && s[s.Length - 1] == 's' && s[s.Length - 2] != 's' && (s[s.Length - 2] is not ('a' or 'i' or 'o' or 'u' or 'y'))
            && (s[s.Length - 2] != 'e' || s.Length >= 7))
        {
            s = s.Substring(0, s.Length - 1);
        }

        if (s.Length >= 6 && s.EndsWith("en", StringComparison.Ordinal))
        {
            s = s.Substring(0, s.Length - 2);
            var n = s.Length;
            if (n >= 2 && s[n - 1] == s[n - 2] && !IsVowel(s[n - 1]))
            {
                s = s.Substring(0, n - 1);
            }
            else if (n >= 3 && !IsVowel(s[n - 1]) && s[n - 2] is ('a' or 'e' or 'o' or 'u') && !IsVowel(s[n - 3]))
            {
                s = s.Substring(0, n - 1) + s[n - 2] + s[n - 1];
            }
        }

        if (s.Length >= 6 && s[s.Length - 1] == 'e' && !IsVowel(s[s.Length - 2]))
        {
            s = s.Substring(0, s.Length - 1);
        }

        return s;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static string[] Split(string words) => words.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
}
