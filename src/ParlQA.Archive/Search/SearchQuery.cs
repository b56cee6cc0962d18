namespace ParlQA.Archive.Search;

/// <summary>A parsed search: the text part as a tree, the filters, and the order of the results.</summary>
public sealed record SearchQuery(QueryNode? Text, IReadOnlyList<QueryFilter> Filters)
{
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
}

/// <summary>The order of search results: best match first, or newest first ("sort:date").</summary>
public enum SearchSort
{
    Relevance,
    Date,
}

/// <summary>A node of the text part of a query.</summary>
public abstract record QueryNode;

/// <summary>A word; <see cref="Prefix"/> when written "word*".</summary>
public sealed record TermNode(string Word, bool Prefix) : QueryNode;

/// <summary>Words that must stand together, in order: "Tashi Wangchuk"; not <see cref="Quoted"/> when typed as one
/// word with a hyphen (niet-noodnummer), which a question in plain words takes as its words.</summary>
public sealed record PhraseNode(IReadOnlyList<string> Words) : QueryNode
{
    public bool Quoted { get; init; } = true;
}

public sealed record AndNode(QueryNode Left, QueryNode Right) : QueryNode;

public sealed record OrNode(QueryNode Left, QueryNode Right) : QueryNode;

/// <summary>Results of <see cref="Left"/> without those of <see cref="Right"/> ("a NOT b", "a -b").</summary>
public sealed record NotNode(QueryNode Left, QueryNode Right) : QueryNode;

/// <summary>At least <see cref="Minimum"/> of the words: a question in plain words whose words do not all match
/// (see <see cref="PlainQuery"/>). Ranked by how many of the words a question has, then by BM25 over them.</summary>
public sealed record AtLeastNode(IReadOnlyList<TermNode> Terms, int Minimum) : QueryNode;

/// <summary>"kind:question-list", "year:2020", "dossier:35207", "answered:yes", …</summary>
public sealed record QueryFilter(string Key, string Value);
