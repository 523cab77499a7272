using System.Globalization;
using System.Text;

namespace DataGrip.Core.Internal;

/// <summary>Case and diacritics folding, shared by overlap detection and the register import ("Coördinatie" → "coordinatie").</summary>
internal static class TextFolding
{
    /// <summary>Lower case without accents; plain ASCII text is only lower-cased.</summary>
    public static string Fold(string text)
    {
        var ascii = true;
        foreach (var c in text)
        {
            if (c > 127)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return text.ToLowerInvariant();
        }

        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
