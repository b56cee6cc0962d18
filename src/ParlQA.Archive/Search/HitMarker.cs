namespace ParlQA.Archive.Search;

/// <summary>
/// Which words of a text a query found, to mark them in snippets: the same reach as the search (the word as
/// written, its other forms, words that start like it, compounds that end in it), for every word and phrase the
/// query looks for (not those it excludes).
/// </summary>
public sealed class HitMarker
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];
    private readonly List<string> _endings = [];

    /// <summary>Marks nothing: a search of filters only.</summary>
    public static readonly HitMarker None = new();

    public bool IsEmpty => _words.Count == 0 && _stems.Count == 0 && _prefixes.Count == 0 && _endings.Count == 0;

    /// <summary>The marker of a query's text part.</summary>
    public static HitMarker For(QueryNode? node)
    {
        var marker = new HitMarker();
        foreach (var leaf in node is null ? [] : QueryTree.Leaves(QueryTree.Positive(node)))
        {
            switch (leaf)
            {
                case TermNode { Prefix: true } t:
                    marker._prefixes.Add(t.Word);
                    break;
                case TermNode t:
                    var stem = DutchTerms.Stem(t.Word);
                    marker._words.Add(t.Word);
                    marker._stems.Add(stem);
                    marker._prefixes.Add(t.Word.StartsWith(stem, StringComparison.Ordinal) ? stem : t.Word);
                    marker._endings.Add(stem);
                    break;
                case PhraseNode p:
                    marker._words.UnionWith(p.Words);
                    break;
            }
        }
        return marker;
    }

    /// <summary>The marker of similar questions: words starting or ending like the telling stems.</summary>
    public static HitMarker ForStems(IEnumerable<string> stems)
    {
        var marker = new HitMarker();
        foreach (var stem in stems)
        {
            marker._stems.Add(stem);
            marker._prefixes.Add(stem);
            marker._endings.Add(stem);
        }
        return marker;
    }

    /// <summary>Whether the folded word <paramref name="word"/> is one the query found.</summary>
    public bool Matches(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Matches(word.AsSpan());
    }

    /// <summary>Whether the folded word is one the query found; no string is made for it (this runs for every word of a hit's texts).</summary>
    public bool Matches(ReadOnlySpan<char> word)
    {
        if (_words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return true;
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.CopyTo(buffer);
        ReadOnlySpan<char> stem = DutchStemmer.Stem(buffer);
        if (_stems.GetAlternateLookup<ReadOnlySpan<char>>().Contains(stem))
            return true;
        foreach (var prefix in _prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
                return true;
        }
        foreach (var ending in _endings)
        {
            if (stem.EndsWith(ending, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
