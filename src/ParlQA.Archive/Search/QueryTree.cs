namespace ParlQA.Archive.Search;

/// <summary>Walks over a query's tree that every engine needs: its words and phrases, and the stems to mark in snippets.</summary>
public static class QueryTree
{
    /// <summary>The stems a query looks for, to mark them in snippets.</summary>
    public static IEnumerable<string> Stems(QueryNode? node) => node switch
    {
        TermNode t => [DutchTerms.Stem(t.Word)],
        PhraseNode p => p.Words.Select(DutchTerms.Stem),
        AndNode a => Stems(a.Left).Concat(Stems(a.Right)),
        OrNode o => Stems(o.Left).Concat(Stems(o.Right)),
        NotNode n => Stems(n.Left),
        AtLeastNode l => l.Terms.Select(t => DutchTerms.Stem(t.Word)),
        _ => [],
    };

    /// <summary>The words and phrases of a query tree.</summary>
    public static IEnumerable<QueryNode> Leaves(QueryNode node) => node switch
    {
        AndNode a => Leaves(a.Left).Concat(Leaves(a.Right)),
        OrNode o => Leaves(o.Left).Concat(Leaves(o.Right)),
        NotNode n => Leaves(n.Left).Concat(Leaves(n.Right)),
        AtLeastNode l => l.Terms,
        _ => [node],
    };

    /// <summary>The query with every NOT's right side left out: what a matching row must have.</summary>
    public static QueryNode Positive(QueryNode node) => node switch
    {
        NotNode n => Positive(n.Left),
        AndNode a => new AndNode(Positive(a.Left), Positive(a.Right)),
        OrNode o => new OrNode(Positive(o.Left), Positive(o.Right)),
        _ => node,
    };
}
