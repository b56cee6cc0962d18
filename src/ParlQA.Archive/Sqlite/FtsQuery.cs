using System.Text;
using ParlQA.Archive.Search;

namespace ParlQA.Archive.Sqlite;

/// <summary>
/// Turns the text part of a query into SQL over the full-text tables of the SQLite archive: <c>search</c>
/// (folded words with positions: exact forms, the forms of a word, phrases) and <c>search_parts</c> (reversed
/// stems without positions: the last parts of compounds). Each level of <see cref="MatchLevel"/> is a set of
/// rows and a ranking; the search takes its tiers from them, best level first. A phrase matches its words
/// exactly, in order, at every level. A NOT leaves out what its right side matches at the widest level.
/// MATCH expressions travel as parameters ($m0, $m1, …) collected in <see cref="Parameters"/>. Both tables hold
/// exactly the columns q and a, so no expression names columns: a column filter costs a position-list check per row.
/// </summary>
public sealed class FtsQuery(Func<string, IReadOnlyList<string>> forms)
{
    /// <summary>BM25 of a row: question words weigh three times answer words.</summary>
    private const string Bm25 = "bm25(search, 3.0, 1.0)";

    private readonly List<(string Name, object? Value)> _parameters = [];
    private readonly Dictionary<(TermNode, MatchLevel), TermMatch> _matches = [];

    /// <summary>The MATCH expressions the SQL of this instance refers to.</summary>
    public IReadOnlyList<(string Name, object? Value)> Parameters => _parameters;

    /// <summary>Ids (column <c>id</c>) of the questions the query matches at <paramref name="level"/>.</summary>
    public string Set(QueryNode node, MatchLevel level) => node switch
    {
        AtLeastNode least => AtLeast(least, level),
        _ when level != MatchLevel.Wide && !HasNot(node) => Main(Expression(node, level)),
        _ when SplitAtNots(node, level) is { } split => Main(split.Match) + NotIn(split.Excluded),
        TermNode t => TermSet(t, level),
        PhraseNode p => Main(Phrase(p)),
        AndNode a => Intersect(Set(a.Left, level), Set(a.Right, level)),
        OrNode o => Union(Set(o.Left, level), Set(o.Right, level)),
        NotNode n => Compound(Set(n.Left, level), "EXCEPT", Set(n.Right, MatchLevel.Wide)),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>
    /// The first tier ranked: rowid and score (lower is better). For words, phrases and operators the exact level by
    /// BM25, the ranking MATCH without the NOT parts, which then filter by rowid. For a question in plain words
    /// (<see cref="AtLeastNode"/>) the widest level, by how many of its words a row holds (a thousand per word off
    /// the score) and then BM25 over them. Given <paramref name="endings"/> (a tier of few rows), the rows with the
    /// word as written are ranked by all they hold of it: its other forms, longer words and compounds too — the
    /// questions about organs say "orgaan", "orgaanhandel" and "orgaantransplantaties", the one about the Centraal
    /// Orgaan opvang Asielzoekers says "Orgaan" once — as PostgreSQL ranks its tiers.
    /// </summary>
    public string RankedFirst(QueryNode node, Func<string, IReadOnlyList<string>>? endings = null)
    {
        const string Ranked = $"SELECT rowid AS id, {Bm25} AS score FROM search WHERE search MATCH ";
        if (node is AtLeastNode least)
        {
            return $"""
                SELECT c.id, COALESCE(r.score, 0.0) - {WordWeight} * c.words AS score
                FROM ({Counted(least, MatchLevel.Wide)}) c
                LEFT JOIN ({Ranked}{Parameter(AnyOf(least, MatchLevel.Wide))}) r ON r.id = c.id
                """;
        }
        if (!HasNot(node))
            return Ranked + Parameter(endings is null ? Expression(node, MatchLevel.Exact) : RankingExpression(node, endings));
        // "+rowid": offered to FTS5 as a rowid constraint, the set would re-run the full-text query once per row.
        return SplitAtNots(node, MatchLevel.Exact) is { } split ? Ranked + Parameter(split.Match) + NotIn(split.Excluded)
            : $"{Ranked}{Parameter(Expression(QueryTree.Positive(node), MatchLevel.Exact))} AND +rowid IN ({Set(node, MatchLevel.Exact)})";
    }

    /// <summary>What one word of a plain question a row holds weighs in its score: more than any BM25.</summary>
    public const double WordWeight = 1000.0;

    /// <summary>The levels a query is ranked in, best first: one for a question in plain words (ranked by its words),
    /// one for a query that cannot widen, else every level.</summary>
    public static IReadOnlyList<MatchLevel> Levels(QueryNode node) =>
        node is AtLeastNode ? [MatchLevel.Wide] : Widens(node) ? [MatchLevel.Exact, MatchLevel.Forms, MatchLevel.Wide] : [MatchLevel.Exact];

    /// <summary>
    /// A wider tier ranked, over the rowids in <paramref name="candidates"/> (a table of ids): BM25 in <c>search</c> over
    /// the words of the level and, for the widest, the words that start like each word and the words of the stems
    /// it ends (<paramref name="endings"/>: the index of reversed stems has no positions, so no term frequencies to
    /// rank by). A row found only through an ending left out of that list still comes, after the scored ones.
    /// </summary>
    public string RankedTier(QueryNode node, MatchLevel level, string candidates, Func<string, IReadOnlyList<string>> endings)
    {
        ArgumentNullException.ThrowIfNull(endings);
        var leaves = node is AtLeastNode least ? least.Terms : QueryTree.Leaves(QueryTree.Positive(node));
        var words = leaves.Select(l => l switch
        {
            TermNode t when level == MatchLevel.Wide && TermMatch.Widens(t) => AllOf(t, endings),
            TermNode t => Words(Match(t, level)),
            _ => Phrase((PhraseNode)l),
        });
        var match = Parameter(Or(words));
        return $"""
            SELECT id, MIN(score) AS score FROM (
              SELECT rowid AS id, {Bm25} AS score FROM search WHERE search MATCH {match} AND +rowid IN {candidates}
              UNION ALL SELECT id, 0.0 FROM {candidates})
            GROUP BY id
            """;
    }

    /// <summary>Everything a word finds at the widest level, as words of <c>search</c> (which has term frequencies to rank
    /// by): its forms, the longer words it starts and the compounds of the stems it ends (<paramref name="endings"/>).</summary>
    private string AllOf(TermNode term, Func<string, IReadOnlyList<string>> endings) =>
        Or([Words(Match(term, MatchLevel.Wide)), .. endings(DutchTerms.Stem(term.Word)).SelectMany(forms).Select(Quote)]);

    /// <summary>The exact level's expression whose BM25 counts all a row holds of each word: a word is its form as
    /// written AND everything it finds at the widest level, which holds that form, so the rows are the exact level's.</summary>
    private string RankingExpression(QueryNode node, Func<string, IReadOnlyList<string>> endings) => node switch
    {
        TermNode t when TermMatch.Widens(t) => $"({Words(Match(t, MatchLevel.Exact))}) AND ({AllOf(t, endings)})",
        AndNode a => $"({RankingExpression(a.Left, endings)}) AND ({RankingExpression(a.Right, endings)})",
        OrNode o => $"({RankingExpression(o.Left, endings)}) OR ({RankingExpression(o.Right, endings)})",
        _ => Expression(node, MatchLevel.Exact),
    };

    /// <summary>Whether a level can find more than the one before it: a word can widen, a phrase or "word*" cannot.</summary>
    public static bool Widens(QueryNode node) => QueryTree.Leaves(node).Any(l => l is TermNode t && TermMatch.Widens(t));

    private TermMatch Match(TermNode term, MatchLevel level)
    {
        if (!_matches.TryGetValue((term, level), out var match))
            _matches[(term, level)] = match = TermMatch.For(term, level, forms);
        return match;
    }

    /// <summary>The rows of a word at a level: its words in <c>search</c>, and at the widest the compounds it ends in <c>search_parts</c>.</summary>
    private string TermSet(TermNode term, MatchLevel level)
    {
        var match = Match(term, level);
        var main = Main(Words(match));
        return match.ReversedPrefixes.Count == 0 ? main : Union(main, Parts(Or(match.ReversedPrefixes.Select(r => Quote(r) + "*"))));
    }

    /// <summary>Rows with at least the minimum of the words at a level.</summary>
    private string AtLeast(AtLeastNode least, MatchLevel level) => $"SELECT id FROM ({Counted(least, level)})";

    /// <summary>Rows with at least the minimum of the words at a level, and how many they hold (column <c>words</c>).</summary>
    private string Counted(AtLeastNode least, MatchLevel level) =>
        $"SELECT id, COUNT(*) AS words FROM ({string.Join(" UNION ALL ", least.Terms.Select(t => $"SELECT id FROM ({TermSet(t, level)})"))}) GROUP BY id HAVING COUNT(*) >= {least.Minimum}";

    /// <summary>One expression with any of the words at a level: what ranks the rows of <see cref="AtLeast"/>.</summary>
    private string AnyOf(AtLeastNode least, MatchLevel level) => Or(least.Terms.Select(t => Words(Match(t, level))));

    /// <summary>
    /// When every NOT of the query is reached through ANDs alone, the query is its positive part less the rows its
    /// NOTs match widely. A word's or phrase's rows in the main table are left out by FTS5's own NOT in the match;
    /// the rest (compounds a word ends, from the reversed table; NOTs of several words) is one set of rows
    /// streamed past (<see cref="NotIn"/>) rather than subtracted from a materialized match. Null when a NOT
    /// sits inside an OR, or the positive part needs the reversed table (the widest level).
    /// </summary>
    private (string Match, string? Excluded)? SplitAtNots(QueryNode node, MatchLevel level)
    {
        var excluded = new List<QueryNode>();
        if (!CollectNots(node, excluded) || (level == MatchLevel.Wide && Widens(QueryTree.Positive(node))))
            return null;
        var match = Expression(QueryTree.Positive(node), level);
        var sets = new List<string>();
        foreach (var not in excluded)
        {
            switch (not)
            {
                case TermNode t:
                    var wide = Match(t, MatchLevel.Wide);
                    match = $"({match}) NOT ({Words(wide)})";
                    if (wide.ReversedPrefixes.Count > 0)
                        sets.Add(Parts(Or(wide.ReversedPrefixes.Select(r => Quote(r) + "*"))));
                    break;
                case PhraseNode p:
                    match = $"({match}) NOT ({Phrase(p)})";
                    break;
                default:
                    sets.Add(Set(not, MatchLevel.Wide));
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

    /// <summary>One MATCH expression over <c>search</c> for a query without NOT, at a level that needs no reversed stems.</summary>
    private string Expression(QueryNode node, MatchLevel level) => node switch
    {
        TermNode t => Words(Match(t, level)),
        PhraseNode p => Phrase(p),
        AndNode a => $"({Expression(a.Left, level)}) AND ({Expression(a.Right, level)})",
        OrNode o => $"({Expression(o.Left, level)}) OR ({Expression(o.Right, level)})",
        _ => throw new ArgumentOutOfRangeException(nameof(node), "a NOT is matched as a set, not in one expression"),
    };

    /// <summary>The words and word starts of a match, as one expression over <c>search</c>.</summary>
    private static string Words(TermMatch match) => Or([.. match.Words.Select(Quote), .. match.Prefixes.Select(p => Quote(p) + "*")]);

    private static string Or(IEnumerable<string> expressions)
    {
        var list = expressions.ToList();
        return list.Count == 1 ? list[0] : "(" + string.Join(" OR ", list) + ")";
    }

    private static string Phrase(PhraseNode phrase) => Quote(string.Join(' ', phrase.Words));

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
