using ParlQA.Archive.Search;

namespace ParlQA.Archive.Postgres;

/// <summary>
/// The same search as the SQLite archive's FtsQuery, for PostgreSQL's tsquery over one tsvector per question: the
/// words folded as written, and the reversed stems of the words marked with <see cref="PostgresIndex.PartMarker"/>
/// (the last parts of compounds). Lexemes name no weights (A question, B answer, C and D their reversed stems): those
/// only weigh in the ranking, and a GIN index answers an unweighted query without reading the rows. One expression
/// per <see cref="MatchLevel"/>; a NOT leaves out what its right side matches at the widest level.
/// </summary>
public sealed class TsQuery(Func<string, IReadOnlyList<string>> forms)
{
    /// <summary>Most combinations written out for "at least m of k words": beyond, the rarest words are kept.</summary>
    private const int MaxCombinations = 70;

    public string Build(QueryNode node, MatchLevel level) => node switch
    {
        TermNode t => Term(TermMatch.For(t, level, forms)),
        PhraseNode p => "(" + string.Join(" <-> ", p.Words.Select(Lexeme)) + ")",
        AndNode a => $"({Build(a.Left, level)}) & ({Build(a.Right, level)})",
        OrNode o => $"({Build(o.Left, level)}) | ({Build(o.Right, level)})",
        NotNode n => $"({Build(n.Left, level)}) & !({Build(n.Right, MatchLevel.Wide)})",
        AtLeastNode l => AtLeast(l, level),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>Any of the words and phrases the query looks for, at the widest level: what ranks a match.</summary>
    public string AnyWord(QueryNode node) =>
        string.Join(" | ", QueryTree.Leaves(QueryTree.Positive(node)).Select(l => Build(l, MatchLevel.Wide)));

    /// <summary>Any of <paramref name="stems"/> as a word start in the question: the "similar questions" query.</summary>
    public static string AnyInQuestion(IEnumerable<string> stems) => string.Join(" | ", stems.Select(s => Lexeme(s) + ":*A"));

    private static string Term(TermMatch match) => "(" + string.Join(" | ", [
        .. match.Words.Select(Lexeme),
        .. match.Prefixes.Select(p => Lexeme(p) + ":*"),
        .. match.ReversedPrefixes.Select(r => Lexeme(PostgresIndex.PartMarker + r) + ":*")]) + ")";

    /// <summary>At least m of the words: every combination of m of them, each all together.</summary>
    private string AtLeast(AtLeastNode least, MatchLevel level)
    {
        var terms = least.Terms.Select(t => Build(t, level)).ToList();
        var combinations = Combinations(terms.Count, least.Minimum).Take(MaxCombinations);
        return string.Join(" | ", combinations.Select(c => "(" + string.Join(" & ", c.Select(i => terms[i])) + ")"));
    }

    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        var indices = Enumerable.Range(0, k).ToArray();
        while (true)
        {
            yield return [.. indices];
            int i = k - 1;
            while (i >= 0 && indices[i] == n - k + i)
                i--;
            if (i < 0)
                yield break;
            indices[i]++;
            for (int j = i + 1; j < k; j++)
                indices[j] = indices[j - 1] + 1;
        }
    }

    /// <summary>A quoted lexeme; words hold letters and digits only, and quotes are doubled all the same.</summary>
    private static string Lexeme(string word) => "'" + word.Replace("'", "''", StringComparison.Ordinal) + "'";
}
