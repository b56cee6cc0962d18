namespace ParlQA.Archive.Search;

/// <summary>How far a word of a query reaches: the tiers of a search, best first.</summary>
public enum MatchLevel
{
    /// <summary>The word as written (accents and case folded): "geïnformeerd" finds "geinformeerd", "Geïnformeerd".</summary>
    Exact,

    /// <summary>Every form of the word: "geïnformeerd" finds "informeren", "informeert" too.</summary>
    Forms,

    /// <summary>Also longer words and compounds: "schending" finds "schendingszaak" and "mensenrechtenschendingen".</summary>
    Wide,
}

/// <summary>
/// What one word of a query matches at a level: whole words of the index, words starting with a prefix, and
/// (reversed) stems a compound ends with. The same for every engine; each writes it in its own syntax.
/// </summary>
public sealed record TermMatch(IReadOnlyList<string> Words, IReadOnlyList<string> Prefixes, IReadOnlyList<string> ReversedPrefixes)
{
    /// <summary>
    /// What <paramref name="term"/> matches at <paramref name="level"/>; <paramref name="forms"/> gives the forms the
    /// index holds of a stem. "word*" matches words starting with it at every level.
    /// </summary>
    public static TermMatch For(TermNode term, MatchLevel level, Func<string, IReadOnlyList<string>> forms)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(forms);
        if (term.Prefix)
            return new TermMatch([], [term.Word], []);
        if (level == MatchLevel.Exact)
            return new TermMatch([term.Word], [], []);
        var stem = DutchTerms.Stem(term.Word);
        IReadOnlyList<string> all = [term.Word, .. forms(stem).Where(f => f != term.Word)];
        return level == MatchLevel.Forms ? new TermMatch(all, [], []) : new TermMatch(all, [WidePrefix(term.Word, stem)], [DutchTerms.Reverse(stem)]);
    }

    /// <summary>Whether a word reaches further at the next level (a "word*" does not).</summary>
    public static bool Widens(TermNode term) => !term.Prefix;

    /// <summary>
    /// The start that longer words share with <paramref name="word"/>: its stem where the word starts with it
    /// ("schendingen" → "schending": "schendingszaak"), else the word ("geïnformeerd" → "geinformeerde", not the
    /// "informer" of "informering"; "maak", not the "mak" of "makkelijk").
    /// </summary>
    private static string WidePrefix(string word, string stem) => word.StartsWith(stem, StringComparison.Ordinal) ? stem : word;
}
