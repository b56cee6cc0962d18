using ParlQA.Archive.Search;

namespace ParlQA.Archive.Postgres;

/// <summary>
/// The same search as the SQLite archive's FtsQuery, for PostgreSQL's tsquery over one tsvector per question whose
/// weights say where a stem stands: A question, B answer, C and D the reversed stems of both.
/// </summary>
public static class TsQuery
{
    public static string Build(QueryNode node) => node switch
    {
        TermNode t => Term(t.Word),
        PhraseNode p => "(" + string.Join(" <-> ", p.Words.Select(w => Lexeme(DutchTerms.Stem(w)) + ":AB")) + ")",
        AndNode a => $"({Build(a.Left)}) & ({Build(a.Right)})",
        OrNode o => $"({Build(o.Left)}) | ({Build(o.Right)})",
        NotNode n => $"({Build(n.Left)}) & !({Build(n.Right)})",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>Any of <paramref name="stems"/> as a word start in the question: the "similar questions" query.</summary>
    public static string AnyInQuestion(IEnumerable<string> stems) => string.Join(" | ", stems.Select(s => Lexeme(s) + ":*A"));

    private static string Term(string word)
    {
        var stem = DutchTerms.Stem(word);
        return $"({Lexeme(stem)}:*AB | {Lexeme(DutchTerms.Reverse(stem))}:*CD)";
    }

    /// <summary>A quoted lexeme; stems hold letters and digits only, and quotes are doubled all the same.</summary>
    private static string Lexeme(string stem) => "'" + stem.Replace("'", "''", StringComparison.Ordinal) + "'";
}
