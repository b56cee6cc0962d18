using System.Text;

namespace ParlQA.Archive.Search;

/// <summary>A short piece of a text around the first word that matches, matched words marked **so**.</summary>
public static class Snippets
{
    private const int Width = 160;

    public static string Make(string text, IReadOnlyCollection<string> stems)
    {
        var matches = new List<(int Start, int Length)>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
                i++;
            var stem = DutchTerms.Stem(DutchTerms.Fold(text[start..i]));
            if (stems.Any(s => s.Length > 0 && (stem.StartsWith(s, StringComparison.Ordinal) || stem.EndsWith(s, StringComparison.Ordinal))))
                matches.Add((start, i - start));
        }
        int from = matches.Count == 0 ? 0 : Math.Max(0, matches[0].Start - Width / 3);
        int to = Math.Min(text.Length, from + Width);
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
}
