using System.Text;

namespace DataGrip.Core.Overlap;

/// <summary>
/// The Snowball Dutch stemmer (https://snowballstem.org/algorithms/dutch/stemmer.html), written out by hand: on a
/// folded word (lower case, no diacritics) it removes plural and inflection endings and the suffixes -heid, -end, -ing,
/// -ig, -lijk, -baar and -bar where the word is long enough (regions R1 and R2).
/// </summary>
internal static class DutchStemmer
{
    public static string Stem(string word)
    {
        if (word.Length < 3)
        {
            return word;
        }

        var w = new StringBuilder(word);

        // Initial y, y after a vowel, and i between vowels are consonants here (upper case until the end).
        for (var i = 0; i < w.Length; i++)
        {
            if (w[i] == 'y' && (i == 0 || IsVowel(w[i - 1])))
            {
                w[i] = 'Y';
            }
            else if (w[i] == 'i' && i > 0 && i + 1 < w.Length && IsVowel(w[i - 1]) && IsVowel(w[i + 1]))
            {
                w[i] = 'I';
            }
        }

        var r1 = Region(w, 0);
        if (r1 < 3)
        {
            r1 = 3;
        }

        var r2 = Region(w, r1);

        // Step 1: -heden, -en/-ene, -s/-se.
        if (EndsWith(w, "heden"))
        {
            if (w.Length - 5 >= r1)
            {
                w.Length -= 5;
                w.Append("heid");
            }
        }
        else if (EndsWith(w, "ene") || EndsWith(w, "en"))
        {
            DeleteEn(w, EndsWith(w, "ene") ? 3 : 2, r1);
        }
        else if (EndsWith(w, "se") || EndsWith(w, "s"))
        {
            var n = EndsWith(w, "se") ? 2 : 1;
            var at = w.Length - n;
            if (at >= r1 && at > 0 && !IsVowel(w[at - 1]) && w[at - 1] != 'j')
            {
                w.Length = at;
            }
        }

        // Step 2: a final -e after a consonant.
        var eFound = StepE(w, r1);

        // Step 3a: -heid, then an -en before it.
        if (EndsWith(w, "heid") && w.Length - 4 >= r2 && (w.Length < 5 || w[w.Length - 5] != 'c'))
        {
            w.Length -= 4;
            if (EndsWith(w, "en"))
            {
                DeleteEn(w, 2, r1);
            }
        }

        // Step 3b: derivational suffixes.
        if (EndsWith(w, "end") || EndsWith(w, "ing"))
        {
            if (w.Length - 3 >= r2)
            {
                w.Length -= 3;
                if (EndsWith(w, "ig") && w.Length - 2 >= r2 && (w.Length < 3 || w[w.Length - 3] != 'e'))
                {
                    w.Length -= 2;
                }
                else
                {
                    Undouble(w);
                }
            }
        }
        else if (EndsWith(w, "ig"))
        {
            if (w.Length - 2 >= r2 && (w.Length < 3 || w[w.Length - 3] != 'e'))
            {
                w.Length -= 2;
            }
        }
        else if (EndsWith(w, "lijk"))
        {
            if (w.Length - 4 >= r2)
            {
                w.Length -= 4;
                StepE(w, r1);
            }
        }
        else if (EndsWith(w, "baar"))
        {
            if (w.Length - 4 >= r2)
            {
                w.Length -= 4;
            }
        }
        else if (EndsWith(w, "bar") && w.Length - 3 >= r2 && eFound)
        {
            w.Length -= 3;
        }

        // Step 4: undouble a vowel before a final consonant ("maan" → "man").
        var len = w.Length;
        if (len >= 4 && !IsVowel(w[len - 4]) && w[len - 3] == w[len - 2] && w[len - 3] is 'a' or 'e' or 'o' or 'u'
            && !IsVowel(w[len - 1]) && w[len - 1] != 'I')
        {
            w.Remove(len - 2, 1);
        }

        return w.ToString().Replace('Y', 'y').Replace('I', 'i');
    }

    private static void DeleteEn(StringBuilder w, int length, int r1)
    {
        var at = w.Length - length;
        if (at >= r1 && at > 0 && !IsVowel(w[at - 1]) && !(at >= 3 && w[at - 3] == 'g' && w[at - 2] == 'e' && w[at - 1] == 'm'))
        {
            w.Length = at;
            Undouble(w);
        }
    }

    private static bool StepE(StringBuilder w, int r1)
    {
        var at = w.Length - 1;
        if (at >= r1 && at > 0 && w[at] == 'e' && !IsVowel(w[at - 1]))
        {
            w.Length = at;
            Undouble(w);
            return true;
        }

        return false;
    }

    private static void Undouble(StringBuilder w)
    {
        var n = w.Length;
        if (n >= 2 && w[n - 1] == w[n - 2] && w[n - 1] is 'k' or 'd' or 't')
        {
            w.Length = n - 1;
        }
    }

    /// <summary>The start of the region after the first consonant that follows a vowel, from <paramref name="from"/> on.</summary>
    private static int Region(StringBuilder w, int from)
    {
        for (var i = from + 1; i < w.Length; i++)
        {
            if (!IsVowel(w[i]) && IsVowel(w[i - 1]))
            {
                return i + 1;
            }
        }

        return w.Length;
    }

    private static bool EndsWith(StringBuilder w, string suffix)
    {
        if (w.Length < suffix.Length)
        {
            return false;
        }

        for (var k = 0; k < suffix.Length; k++)
        {
            if (w[w.Length - suffix.Length + k] != suffix[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'è';
}
