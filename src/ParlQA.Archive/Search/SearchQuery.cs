namespace ParlQA.Archive.Search;

/// <summary>A parsed search: the text part as a tree, and the filters.</summary>
public sealed record SearchQuery(QueryNode? Text, IReadOnlyList<QueryFilter> Filters);

/// <summary>A node of the text part of a query.</summary>
public abstract record QueryNode;

/// <summary>A word; <see cref="Prefix"/> when written "word*".</summary>
public sealed record TermNode(string Word, bool Prefix) : QueryNode;

/// <summary>Words that must stand together, in order: "Tashi Wangchuk".</summary>
public sealed record PhraseNode(IReadOnlyList<string> Words) : QueryNode;

public sealed record AndNode(QueryNode Left, QueryNode Right) : QueryNode;

public sealed record OrNode(QueryNode Left, QueryNode Right) : QueryNode;

/// <summary>Results of <see cref="Left"/> without those of <see cref="Right"/> ("a NOT b", "a -b").</summary>
public sealed record NotNode(QueryNode Left, QueryNode Right) : QueryNode;

/// <summary>"kind:question-list", "year:2020", "dossier:35207", "answered:yes", …</summary>
public sealed record QueryFilter(string Key, string Value);
