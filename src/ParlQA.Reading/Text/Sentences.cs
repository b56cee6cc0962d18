using System.Text.RegularExpressions;

namespace ParlQA.Reading.Text;

/// <summary>Splits running Dutch text into sentences, respecting abbreviations ("nr.", "o.a.") and initials.</summary>
internal static partial class Sentences
{
    [GeneratedRegex(@"(?<=[.!?][»”’""')]*)\s+(?=[\p{Lu}«„“""(0-9•])|\n+")]
    private static partial Regex Boundary();

    public static IEnumerable<string> Split(string text)
    {
        var pending = "";
        foreach (var part in Boundary().Split(text))
        {
            var piece = part.Trim();
            if (piece.Length == 0)
                continue;
            pending = pending.Length == 0 ? piece : pending + " " + piece;
            if (Punctuation.EndsSentence(pending) || !pending.EndsWith('.'))
            {
                yield return pending;
                pending = "";
            }
        }
        if (pending.Length > 0)
            yield return pending;
    }
}
