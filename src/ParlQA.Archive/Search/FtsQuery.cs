using System.Text;

namespace ParlQA.Archive.Search;

/// <summary>
/// Turns the text part of a query into an FTS5 MATCH expression over the stem columns: a word matches a stem
/// that starts with its own stem (q, a) or a stem that ends with it (qr, ar: the reversed stems), so
/// "schending" finds "mensenrechtenschendingen" and "Tibet" finds "Tibetaanse"; a phrase matches stems in order.
/// </summary>
public static class FtsQuery
{
    public static string Build(QueryNode node) => node switch
    {
        TermNode t => Term(t.Word),
        PhraseNode p => "{q a} : " + Quote(string.Join(' ', p.Words.Select(DutchTerms.Stem))),
        AndNode a => $"({Build(a.Left)}) AND ({Build(a.Right)})",
        OrNode o => $"({Build(o.Left)}) OR ({Build(o.Right)})",
        NotNode n => $"({Build(n.Left)}) NOT ({Build(n.Right)})",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>
    /// The same query with every word matching its own stem only (inflections, not compounds): the narrower
    /// set that is ranked first, because ranking the wider one costs a pass over every compound's entries.
    /// A NOT still leaves out everything the wider query of its right side matches.
    /// </summary>
    public static string BuildExact(QueryNode node) => node switch
    {
        TermNode t => "{q a} : " + Quote(DutchTerms.Stem(t.Word)) + (t.Prefix ? "*" : ""),
        PhraseNode => Build(node),
        AndNode a => $"({BuildExact(a.Left)}) AND ({BuildExact(a.Right)})",
        OrNode o => $"({BuildExact(o.Left)}) OR ({BuildExact(o.Right)})",
        NotNode n => $"({BuildExact(n.Left)}) NOT ({Build(n.Right)})",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>The stems a query looks for, to mark them in snippets.</summary>
    public static IEnumerable<string> Stems(QueryNode? node) => node switch
    {
        TermNode t => [DutchTerms.Stem(t.Word)],
        PhraseNode p => p.Words.Select(DutchTerms.Stem),
        AndNode a => Stems(a.Left).Concat(Stems(a.Right)),
        OrNode o => Stems(o.Left).Concat(Stems(o.Right)),
        NotNode n => Stems(n.Left),
        _ => [],
    };

    private static string Term(string word)
    {
        var stem = DutchTerms.Stem(word);
        return $"{{q a}} : {Quote(stem)}* OR {{qr ar}} : {Quote(DutchTerms.Reverse(stem))}*";
    }

    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (char c in text)
            quoted.Append(c == '"' ? "\"\"" : c.ToString());
        return quoted.Append('"').ToString();
    }
}
