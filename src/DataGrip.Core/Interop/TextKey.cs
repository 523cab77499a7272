using System.Text;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Interop;

/// <summary>A comparison key for free-text labels: lower case, no accents, single spaces, no outer punctuation.</summary>
internal static class TextKey
{
    public static string Of(string text)
    {
        var key = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in TextFolding.Fold(text))
        {
            if (char.IsWhiteSpace(c) || c == '_')
            {
                space = key.Length > 0;
                continue;
            }

            if (space)
            {
                key.Append(' ');
                space = false;
            }

            key.Append(c);
        }

        var start = 0;
        var end = key.Length;
        while (start < end && IsOuterPunctuation(key[start]))
        {
            start++;
        }

        while (end > start && IsOuterPunctuation(key[end - 1]))
        {
            end--;
        }

        return key.ToString(start, end - start).Trim();
    }

    private static bool IsOuterPunctuation(char c) => c is '.' or ',' or ';' or ':' or '!' or '"' or '\'' or '(' or ')' or '[' or ']' or '{' or '}' or ' ' or '*' or '-';
}
