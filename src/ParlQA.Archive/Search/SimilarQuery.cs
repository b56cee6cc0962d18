namespace ParlQA.Archive.Search;

/// <summary>
/// "More like this" for a question: its content words (Dutch function words left out), the rarest of them
/// looked for in the questions of the archive (each engine writes its own query), so the questions that share
/// the most and the rarest words come first.
/// </summary>
public static class SimilarQuery
{
    /// <summary>Dutch function words and the words every written question uses.</summary>
    private static readonly HashSet<string> StopWords =
    [
        "de", "het", "een", "en", "of", "van", "in", "op", "te", "dat", "die", "dit", "deze", "is", "zijn", "er", "aan",
        "met", "voor", "om", "bij", "door", "naar", "over", "als", "ook", "niet", "wel", "nog", "wat", "welke", "hoe",
        "hoeveel", "waarom", "wanneer", "u", "uw", "kunt", "kan", "bent", "heeft", "hebben", "wordt", "worden", "zo",
        "ja", "nee", "zou", "zal", "zullen", "kunnen", "moeten", "wilt", "bereid", "mening", "klopt", "deelt", "bekend",
        "momenteel", "dan", "tot", "uit", "nu", "al", "geen", "meer", "ze", "zij", "hij", "we", "wij", "ik", "hun",
        "aangeven", "toelichten", "geven", "laten", "weten", "graag", "wel", "mogelijk", "sprake", "waarin", "waarop",
    ];

    /// <summary>At most this many words go into the query: the longest, which are the most telling.</summary>
    private const int MaxTerms = 12;

    /// <summary>Questions one word may be in before it is too common to tell similar questions apart: BM25 gives it
    /// little weight anyway, and ranking every question that has it is most of the cost in a large archive.</summary>
    public static int TooCommon(long questions) => (int)Math.Max(500, questions / 20);

    /// <summary>
    /// The stems worth looking for, given how many questions hold each (<paramref name="documentFrequency"/>): those
    /// not <see cref="TooCommon"/>, the rarest first, at most <see cref="MaxPruned"/>; if every one is too common, the two rarest.
    /// </summary>
    public static IReadOnlyList<string> Rarest(IReadOnlyList<string> stems, Func<string, long> documentFrequency, long questions)
    {
        ArgumentNullException.ThrowIfNull(stems);
        ArgumentNullException.ThrowIfNull(documentFrequency);
        var counted = stems.Select(s => (Stem: s, Count: documentFrequency(s))).OrderBy(s => s.Count).ToList();
        var telling = counted.Where(s => s.Count <= TooCommon(questions)).Take(MaxPruned).Select(s => s.Stem).ToList();
        return telling.Count > 0 ? telling : counted.Take(2).Select(s => s.Stem).ToList();
    }

    /// <summary>At most this many of the rarest stems go into the query of a large archive.</summary>
    private const int MaxPruned = 8;

    /// <summary>The stems of the text's content words, longest (most telling) first.</summary>
    public static IReadOnlyList<string> TellingStems(string text) =>
        DutchTerms.Words(text)
            .Where(w => w.Length > 2 && !StopWords.Contains(w) && !w.All(char.IsAsciiDigit))
            .Select(DutchTerms.Stem).Distinct()
            .OrderByDescending(s => s.Length).Take(MaxTerms).ToList();

    /// <summary>A query for questions with any of these stems: "more like this" as a search.</summary>
    public static QueryNode AnyOf(IEnumerable<string> stems) =>
        stems.Select(s => (QueryNode)new TermNode(s, false)).Aggregate((a, b) => new OrNode(a, b));

    public static IReadOnlyList<string> Stems(string text) =>
        DutchTerms.Words(text).Where(w => w.Length > 2 && !StopWords.Contains(w)).Select(DutchTerms.Stem).Distinct().ToList();
}
