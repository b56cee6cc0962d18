using System.Text;
using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Text;

/// <summary>
/// Joins the lines of one paragraph: a space between words, nothing inside a URL broken over lines,
/// and a line-end hyphen removed or kept as <see cref="Dehyphenator"/> decides.
/// </summary>
internal static class LineJoiner
{
    /// <summary>Suspended hyphens: "wet- en regelgeving", "in- of uitvoer".</summary>
    private static readonly string[] SuspensionWords = ["en ", "of ", "tot ", "en/of ", "noch "];

    public static void Append(StringBuilder text, SourceLine previous, string next, WordEvidence evidence)
    {
        if (text.Length == 0)
        {
            text.Append(next);
            return;
        }
        var lastToken = LastToken(text);
        var firstToken = Punctuation.FirstWord(next);

        // A line that ended in a space ended its web address there.
        if (!previous.TrailingSpace && Urls.ContinuesOnNextLine(lastToken, firstToken))
        {
            text.Append(next);
            return;
        }
        if (text[^1] == '-' && lastToken.Length > 1)
        {
            bool suspended = previous.TrailingSpace || SuspensionWords.Any(w => next.StartsWith(w, StringComparison.Ordinal));
            if (suspended)
                text.Append(' ');
            else if (!Dehyphenator.KeepHyphen(lastToken[..^1], firstToken, evidence))
                text.Length--;
            text.Append(next);
            return;
        }
        text.Append(' ').Append(next);
    }

    private static string LastToken(StringBuilder text)
    {
        int end = text.Length;
        int start = end;
        while (start > 0 && text[start - 1] != ' ')
            start--;
        return text.ToString(start, end - start);
    }
}
