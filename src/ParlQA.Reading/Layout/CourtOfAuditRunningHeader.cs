using System.Text.RegularExpressions;

namespace ParlQA.Reading.Layout;

/// <summary>
/// The Court of Audit prints a running header on every page of its answers — "Antwoorden Algemene Rekenkamer op
/// vragen over rapport X (Tweede Kamer, vergaderjaar 2011-2012, 31 839, nr. 1)" — and in a flattened text each
/// copy stands where its page broke, often mid-sentence inside an answer. The header's words are those its copies
/// share, position by position (OCR spoils a word here and there); every copy after the first question is taken out,
/// those right before the next "Vraag N" too.
/// </summary>
internal static partial class CourtOfAuditRunningHeader
{
    [GeneratedRegex(@"\bAntwoord(?:en)?\s+(?:van\s+de\s+)?Algemene\s+Rekenkamer\s+(?:op|bij)\s")]
    private static partial Regex Start();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();

    /// <summary>A header is no longer than this many words after its start.</summary>
    private const int MaxWords = 40;

    /// <summary>How far (in words) a copy's end may sit from the shared length, where OCR split or added a word.</summary>
    private const int Slack = 2;

    /// <param name="text">The flattened text.</param>
    /// <param name="bodyStart">Where the first question starts: copies before it are the document's own title.</param>
    public static string Remove(string text, int bodyStart)
    {
        var starts = Start().Matches(text).ToList();
        if (starts.Count < 2)
            return text;
        var copies = starts.Select(s => Token().Matches(text, s.Index + s.Length).Take(MaxWords).ToList()).ToList();
        var shared = SharedWords(copies);
        if (shared.Count == 0)
            return text;

        var result = new System.Text.StringBuilder(text.Length);
        int last = 0;
        for (int i = 0; i < starts.Count; i++)
        {
            if (starts[i].Index < bodyStart || starts[i].Index < last)
                continue;
            int end = EndOfCopy(copies[i], shared);
            int from = StartWithLeadingSpecks(text, starts[i].Index, last);
            result.Append(text.AsSpan(last, from - last).TrimEnd()).Append(' ');
            last = end;
            while (last < text.Length && char.IsWhiteSpace(text[last]))
                last++;
        }
        result.Append(text, last, text.Length - last);
        return result.ToString();
    }

    /// <summary>The header's words after its start: each position's commonest word while at least half the copies (and two) agree.</summary>
    private static List<string> SharedWords(List<List<Match>> copies)
    {
        var shared = new List<string>();
        int needed = Math.Max(2, (copies.Count + 1) / 2);
        for (int k = 0; k < MaxWords; k++)
        {
            var common = Commonest(copies, k);
            if (common is not { } word || IsQuestionHeading(copies, k))
                break;
            // Copies that disagree end the header, unless the scans spoiled a word or two and the copies agree again after them.
            if (word.Count < needed && !AgreeAgain(copies, k, needed))
                break;
            shared.Add(word.Word);
        }
        return shared;
    }

    private static bool AgreeAgain(List<List<Match>> copies, int k, int needed) =>
        Enumerable.Range(k + 1, Slack).Any(j => Commonest(copies, j) is { } next && next.Count >= needed && !IsQuestionHeading(copies, j));

    private static (string Word, int Count)? Commonest(List<List<Match>> copies, int k) =>
        copies.Where(c => k < c.Count).GroupBy(c => Normal(c[k].Value)).MaxBy(g => g.Count()) is { } g ? (g.Key, g.Count()) : null;

    /// <summary>
    /// Where a copy ends: after as many words as the header has, or a word or two either side where its last word
    /// stands there; a bracket the header opened ("(Tweede Kamer, … nr. 158)") closes within it, however OCR spelt the end.
    /// </summary>
    private static int EndOfCopy(List<Match> copy, List<string> shared)
    {
        int n = Math.Min(shared.Count, copy.Count), end = n;
        for (int d = Slack; d >= 0; d--)
        {
            foreach (int at in new[] { n - d, n + d })
            {
                if (at >= 1 && at <= copy.Count && Normal(copy[at - 1].Value) == shared[^1])
                    end = at;
            }
        }
        int open = copy.Take(end).Sum(t => t.Value.Count(c => c == '(') - t.Value.Count(c => c == ')'));
        for (int j = end; open > 0 && j < Math.Min(copy.Count, end + 2 * Slack + 2); j++)
        {
            if (Normal(copy[j].Value) is "vraag" or "vragen")
                break;
            if (copy[j].Value.Contains(')', StringComparison.Ordinal))
            {
                end = j + 1;
                break;
            }
        }
        return copy[end - 1].Index + copy[end - 1].Length;
    }

    /// <summary>Scanning specks just before a copy (".., ", "•., ") go with it.</summary>
    private static int StartWithLeadingSpecks(string text, int start, int floor)
    {
        int from = start;
        while (from > floor)
        {
            int end = from;
            while (end > floor && char.IsWhiteSpace(text[end - 1]))
                end--;
            int begin = end;
            while (begin > floor && !char.IsWhiteSpace(text[begin - 1]))
                begin--;
            if (begin == end || text.AsSpan(begin, end - begin).ContainsAnyExcept(Specks))
                break;
            from = begin;
        }
        return from;
    }

    private static readonly System.Buffers.SearchValues<char> Specks = System.Buffers.SearchValues.Create(".,•·'’`");

    /// <summary>Copies go on alike with "Vraag 2", "Vraag 10": the next question's heading, never part of the header.</summary>
    private static bool IsQuestionHeading(List<List<Match>> copies, int k) =>
        copies.Any(c => k + 1 < c.Count && Normal(c[k].Value) is "vraag" or "vragen" && char.IsDigit(c[k + 1].Value[0]));

    private static string Normal(string word) => word.ToLowerInvariant();
}
