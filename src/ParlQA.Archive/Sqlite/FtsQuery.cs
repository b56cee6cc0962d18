using System.Text;
using ParlQA.Archive.Search;

namespace ParlQA.Archive.Sqlite;

/// <summary>
/// Turns the text part of a query into SQL over the two full-text tables of the SQLite archive: <c>search</c>
/// (stems with positions, for words, their inflections and phrases) and <c>search_parts</c> (reversed stems,
/// without positions, for the last parts of compounds). A word matches in two tiers: exactly its stem, ranked
/// first; then, widely, any stem that starts with it or ends with it ("schending" finds
/// "mensenrechtenschendingen", "Tibet" finds "Tibetaanse"). A phrase matches stems in order, in both tiers.
/// MATCH expressions travel as parameters ($m0, $m1, …) collected in <see cref="Parameters"/>. Both tables hold
/// exactly the columns q and a, so no expression names columns: a column filter costs a position-list check per row.
/// </summary>
public sealed class FtsQuery
{
    private readonly List<(string Name, object? Value)> _parameters = [];

    /// <summary>The MATCH expressions the SQL of this instance refers to.</summary>
    public IReadOnlyList<(string Name, object? Value)> Parameters => _parameters;

    /// <summary>Ids (column <c>id</c>) of the questions matching every word exactly (a NOT leaves out the wide matches of its right side).</summary>
    public string ExactSet(QueryNode node) => node switch
    {
        _ when !HasNot(node) => Main(ExactMatch(node)),
        _ when SplitAtNots(node) is { } split => Main(split.Match) + NotIn(split.Excluded),
        AndNode a => Intersect(ExactSet(a.Left), ExactSet(a.Right)),
        OrNode o => Union(ExactSet(o.Left), ExactSet(o.Right)),
        NotNode n => Compound(ExactSet(n.Left), "EXCEPT", WideSet(n.Right)),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>Ids (column <c>id</c>) of the questions matching the words widely: their stems as the start or the end of a stem.</summary>
    public string WideSet(QueryNode node) => node switch
    {
        TermNode t => Union(Main(Quote(DutchTerms.Stem(t.Word)) + "*"), Parts(Quote(DutchTerms.Reverse(DutchTerms.Stem(t.Word))) + "*")),
        PhraseNode p => Main(Phrase(p)),
        AndNode a => Intersect(WideSet(a.Left), WideSet(a.Right)),
        OrNode o => Union(WideSet(o.Left), WideSet(o.Right)),
        NotNode n => Compound(WideSet(n.Left), "EXCEPT", WideSet(n.Right)),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>
    /// The first tier ranked: rowid and BM25 score (question text weighted three times the answer) of the exact
    /// matches. The ranking MATCH is the query without its NOT parts; the NOT parts then filter by rowid.
    /// </summary>
    public string RankedExact(QueryNode node)
    {
        const string Ranked = "SELECT rowid AS id, bm25(search, 3.0, 1.0) AS score FROM search WHERE search MATCH ";
        if (!HasNot(node))
            return Ranked + Parameter(ExactMatch(node));
        // "+rowid": offered to FTS5 as a rowid constraint, the set would re-run the full-text query once per row.
        return SplitAtNots(node) is { } split ? Ranked + Parameter(split.Match) + NotIn(split.Excluded)
            : $"{Ranked}{Parameter(ExactMatch(Positive(node)))} AND +rowid IN ({ExactSet(node)})";
    }

    /// <summary>
    /// The second tier ranked, over the rowids in <paramref name="candidates"/> (a table of ids), by BM25 in
    /// <c>search</c> over the stems each word starts and the stems it ends (<paramref name="endings"/>: the index
    /// of reversed stems has no positions, so no term frequencies to rank by). A row found only through an ending
    /// left out of that list still comes, after the scored ones.
    /// </summary>
    public string RankedWide(QueryNode node, string candidates, Func<string, IReadOnlyList<string>> endings)
    {
        ArgumentNullException.ThrowIfNull(endings);
        var positive = Positive(node);
        var words = QueryTree.Leaves(positive).SelectMany(l => l is TermNode t
            ? [Quote(DutchTerms.Stem(t.Word)) + "*", .. endings(DutchTerms.Stem(t.Word)).Select(Quote)]
            : new[] { Phrase((PhraseNode)l) });
        var match = Parameter("(" + string.Join(" OR ", words) + ")");
        return $"""
            SELECT id, MIN(score) AS score FROM (
              SELECT rowid AS id, bm25(search, 3.0, 1.0) AS score FROM search WHERE search MATCH {match} AND +rowid IN {candidates}
              UNION ALL SELECT id, 0.0 FROM {candidates})
            GROUP BY id
            """;
    }

    /// <summary>Whether the wide match can find more than the exact one: a word can widen, a phrase cannot.</summary>
    public static bool Widens(QueryNode node) => QueryTree.Leaves(node).Any(l => l is TermNode);

    /// <summary>
    /// When every NOT of the query is reached through ANDs alone, the query is its positive part less the rows its
    /// NOTs match widely. A word's or phrase's rows in the main table are left out by FTS5's own NOT in the match;
    /// the rest (compounds a word ends, from the reversed table; NOTs of several words) is one set of rows
    /// streamed past (<see cref="NotIn"/>) rather than subtracted from a materialized match. Null when a NOT
    /// sits inside an OR.
    /// </summary>
    private (string Match, string? Excluded)? SplitAtNots(QueryNode node)
    {
        var excluded = new List<QueryNode>();
        if (!CollectNots(node, excluded))
            return null;
        var match = ExactMatch(Positive(node));
        var sets = new List<string>();
        foreach (var not in excluded)
        {
            switch (not)
            {
                case TermNode t:
                    match = $"({match}) NOT ({Quote(DutchTerms.Stem(t.Word))}*)";
                    sets.Add(Parts(Quote(DutchTerms.Reverse(DutchTerms.Stem(t.Word))) + "*"));
                    break;
                case PhraseNode p:
                    match = $"({match}) NOT ({Phrase(p)})";
                    break;
                default:
                    sets.Add(WideSet(not));
                    break;
            }
        }
        return (match, sets.Count == 0 ? null : string.Join(" UNION ", sets.Select(set => $"SELECT id FROM ({set})")));
    }

    private static string NotIn(string? excluded) => excluded is null ? "" : $" AND +rowid NOT IN ({excluded})";

    private static bool CollectNots(QueryNode node, List<QueryNode> excluded)
    {
        switch (node)
        {
            case NotNode n:
                excluded.Add(n.Right);
                return CollectNots(n.Left, excluded);
            case AndNode a:
                return CollectNots(a.Left, excluded) && CollectNots(a.Right, excluded);
            default:
                return !HasNot(node);
        }
    }

    private static bool HasNot(QueryNode node) => node switch
    {
        NotNode => true,
        AndNode a => HasNot(a.Left) || HasNot(a.Right),
        OrNode o => HasNot(o.Left) || HasNot(o.Right),
        _ => false,
    };

    /// <summary>The query with every NOT's right side left out: what a matching row must have.</summary>
    private static QueryNode Positive(QueryNode node) => node switch
    {
        NotNode n => Positive(n.Left),
        AndNode a => new AndNode(Positive(a.Left), Positive(a.Right)),
        OrNode o => new OrNode(Positive(o.Left), Positive(o.Right)),
        _ => node,
    };

    /// <summary>One MATCH expression over <c>search</c> for a query without NOT, every word matching its own stem.</summary>
    private static string ExactMatch(QueryNode node) => node switch
    {
        TermNode t => Quote(DutchTerms.Stem(t.Word)) + (t.Prefix ? "*" : ""),
        PhraseNode p => Phrase(p),
        AndNode a => $"({ExactMatch(a.Left)}) AND ({ExactMatch(a.Right)})",
        OrNode o => $"({ExactMatch(o.Left)}) OR ({ExactMatch(o.Right)})",
        _ => throw new ArgumentOutOfRangeException(nameof(node), "a NOT is matched as a set, not in one expression"),
    };

    private static string Phrase(PhraseNode phrase) => Quote(string.Join(' ', phrase.Words.Select(DutchTerms.Stem)));

    private string Main(string match) => "SELECT rowid AS id FROM search WHERE search MATCH " + Parameter(match);

    private string Parts(string match) => "SELECT rowid AS id FROM search_parts WHERE search_parts MATCH " + Parameter(match);

    private string Parameter(string value)
    {
        var name = "$m" + _parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _parameters.Add((name, value));
        return name;
    }

    private static string Union(string left, string right) => Compound(left, "UNION", right);

    private static string Intersect(string left, string right) => Compound(left, "INTERSECT", right);

    /// <summary>Two row sets combined; each side wrapped, since SQLite reads a chain of compounds left to right.</summary>
    private static string Compound(string left, string op, string right) =>
        $"SELECT id FROM ({left}) {op} SELECT id FROM ({right})";

    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (char c in text)
            quoted.Append(c == '"' ? "\"\"" : c.ToString());
        return quoted.Append('"').ToString();
    }
}
