using System.Text;

namespace ParlQA.Archive.Search;

/// <summary>A piece of a text around the first word a query found, found words marked **so**.</summary>
public static class Snippets
{
    /// <summary>Characters shown of a question: most questions whole.</summary>
    public const int QuestionWidth = 320;

    /// <summary>Characters shown of an answer's matching passage.</summary>
    public const int AnswerWidth = 240;

    /// <summary>The text around its first found word, at most <paramref name="width"/> characters, found words marked.</summary>
    public static string Make(string text, HitMarker marker, int width = QuestionWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marker);
        return Make(text, Matches(text, marker), width);
    }

    /// <summary>The text's passage around its first found word, marked; null when the query found no word of it.</summary>
    public static string? Passage(string text, HitMarker marker, int width = AnswerWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marker);
        var matches = Matches(text, marker);
        return matches.Count == 0 ? null : Make(text, matches, width);
    }

    private static string Make(string text, List<(int Start, int Length)> matches, int width)
    {
        int from = matches.Count == 0 || matches[0].Start + matches[0].Length <= width * 2 / 3 ? 0 : SentenceOrWordStart(text, matches[0].Start, width / 3);
        int to = Math.Min(text.Length, from + width);
        if (to < text.Length)
            to = WordEnd(text, to);
        var snippet = new StringBuilder(from > 0 ? "…" : "");
        int at = from;
        foreach (var (start, length) in matches.Where(m => m.Start >= from && m.Start + m.Length <= to))
        {
            snippet.Append(text, at, start - at).Append("**").Append(text, start, length).Append("**");
            at = start + length;
        }
        snippet.Append(text, at, to - at);
        if (to < text.Length)
            snippet.Append('…');
        return snippet.ToString().Replace('\n', ' ');
    }

    /// <summary>Where the words the query found stand in the text (an apostrophe between letters is part of a word).
    /// A word of ASCII letters is folded in a buffer; only one with other letters is normalised.</summary>
    private static List<(int Start, int Length)> Matches(string text, HitMarker marker)
    {
        var matches = new List<(int, int)>();
        if (marker.IsEmpty)
            return matches;
        Span<char> folded = stackalloc char[64];
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            bool ascii = true;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark
                || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                ascii &= text[i] < 128;
                i++;
            }
            var word = text.AsSpan(start, i - start);
            bool found;
            if (ascii && word.Length <= folded.Length)
            {
                int length = 0;
                foreach (char c in word)
                {
                    if (c != '\'')
                        folded[length++] = char.ToLowerInvariant(c);
                }
                found = marker.Matches(folded[..length]);
            }
            else
            {
                found = marker.Matches(DutchTerms.Fold(word.ToString()));
            }
            if (found)
                matches.Add((start, i - start));
        }
        return matches;
    }

    /// <summary>A start at most <paramref name="before"/> characters before <paramref name="at"/>: a sentence's start if one is near, else a word's.</summary>
    private static int SentenceOrWordStart(string text, int at, int before)
    {
        int earliest = Math.Max(0, at - before);
        for (int i = at - 1; i > earliest; i--)
        {
            if (text[i - 1] is '.' or '?' or '!' or ';' && char.IsWhiteSpace(text[i]))
                return i + 1;
        }
        int start = earliest;
        while (start > 0 && start < at && !char.IsWhiteSpace(text[start - 1]))
            start++;
        return start;
    }

    /// <summary>The end of the word that <paramref name="at"/> falls in (at most 20 characters on).</summary>
    private static int WordEnd(string text, int at)
    {
        int end = at;
        while (end < text.Length && end < at + 20 && !char.IsWhiteSpace(text[end]))
            end++;
        return end;
    }
}
