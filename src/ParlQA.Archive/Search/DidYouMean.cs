using System.Text;

namespace ParlQA.Archive.Search;

/// <summary>
/// "Did you mean": for a word the archive does not hold, the nearest word it does hold (Damerau–Levenshtein
/// distance, at most one edit for short words and two for longer), the most common of the nearest.
/// </summary>
public static class DidYouMean
{
    /// <summary>Edits allowed between a word and a suggestion: one for words of up to four letters, else two.</summary>
    public static int MaxDistance(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length <= 4 ? 1 : 2;
    }

    /// <summary>
    /// For each word of a query's text that the archive holds in no form (<paramref name="known"/>, given the word),
    /// the nearest word it does hold (<paramref name="near"/> gives the candidates, <paramref name="frequencies"/> how
    /// common they are). Numbers and words of two letters get no suggestion.
    /// </summary>
    public static List<Suggestion> For(QueryNode text, Func<TermNode, bool> known, Func<string, IReadOnlyList<string>> near,
        Func<IReadOnlyCollection<string>, IReadOnlyDictionary<string, long>> frequencies)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(near);
        var suggestions = new List<Suggestion>();
        foreach (var term in QueryTree.Leaves(text).OfType<TermNode>().Where(t => !t.Prefix && t.Word.Length > 2 && !t.Word.Any(char.IsAsciiDigit)).DistinctBy(t => t.Word))
        {
            if (!known(term) && Nearest(term.Word, near(term.Word), frequencies) is { } nearest)
                suggestions.Add(new Suggestion(term.Word, nearest));
        }
        return suggestions;
    }

    /// <summary>The nearest of <paramref name="candidates"/> to <paramref name="word"/>, the most frequent among equals; null when none is near enough.</summary>
    public static string? Nearest(string word, IEnumerable<string> candidates, Func<IReadOnlyCollection<string>, IReadOnlyDictionary<string, long>> frequencies)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(frequencies);
        int max = MaxDistance(word);
        var near = candidates.Where(c => c != word).Select(c => (Word: c, Distance: Distance(word, c, max))).Where(c => c.Distance <= max).ToList();
        if (near.Count == 0)
            return null;
        int best = near.Min(c => c.Distance);
        var nearest = near.Where(c => c.Distance == best).Select(c => c.Word).ToList();
        var counts = frequencies(nearest);
        return nearest.OrderByDescending(w => counts.GetValueOrDefault(w)).ThenBy(w => w, StringComparer.Ordinal).First();
    }

    /// <summary>The edits (insert, delete, replace, swap of neighbours) from <paramref name="a"/> to <paramref name="b"/>; more than <paramref name="max"/> as max + 1.</summary>
    public static int Distance(string a, string b, int max)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > max)
            return max + 1;
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowBest = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                rowBest = Math.Min(rowBest, current[j]);
            }
            if (rowBest > max)
                return max + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return Math.Min(previous[b.Length], max + 1);
    }

    /// <summary>The query with each suggested word in place of the word it corrects: what is searched for when the
    /// query as typed finds nothing.</summary>
    public static QueryNode Correct(QueryNode node, IReadOnlyList<Suggestion> suggestions) => node switch
    {
        TermNode t when !t.Prefix && suggestions.FirstOrDefault(s => s.Word == t.Word) is { } s => t with { Word = s.Suggested },
        AndNode a => new AndNode(Correct(a.Left, suggestions), Correct(a.Right, suggestions)),
        OrNode o => new OrNode(Correct(o.Left, suggestions), Correct(o.Right, suggestions)),
        NotNode n => new NotNode(Correct(n.Left, suggestions), n.Right),
        AtLeastNode l => l with { Terms = l.Terms.Select(t => (TermNode)Correct(t, suggestions)).ToList() },
        _ => node,
    };

    /// <summary>The query as typed with each suggested word in place of the word it corrects: "Oigoeren Xinjang?" → "Oeigoeren Xinjiang?".</summary>
    public static string Apply(string query, IReadOnlyList<Suggestion> suggestions)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(suggestions);
        var result = new StringBuilder(query.Length);
        int i = 0;
        while (i < query.Length)
        {
            if (!char.IsLetterOrDigit(query[i]))
            {
                result.Append(query[i++]);
                continue;
            }
            int start = i;
            while (i < query.Length && (char.IsLetterOrDigit(query[i]) || char.GetUnicodeCategory(query[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
                i++;
            var word = query[start..i];
            bool filterKey = i < query.Length && query[i] == ':';
            var suggestion = filterKey ? null : suggestions.FirstOrDefault(s => s.Word == DutchTerms.Fold(word));
            result.Append(suggestion?.Suggested ?? word);
        }
        return result.ToString();
    }
}
