namespace ParlQA.Archive.Search;

/// <summary>
/// A query of words side by side, as people type a question ("Wat zegt de minister over de Oeigoeren in
/// Xinjiang?"): its function words left out, then every word that is left if the archive has enough questions with
/// them all, else at least most of the telling ones (a minimum that should match, lowered until something does), so
/// that a question whose words match somewhere never gives nothing.
/// </summary>
public static class PlainQuery
{
    /// <summary>Dutch function words, the verbs that frame a question ("wat zegt", "wat vindt") and whom it is put to ("de
    /// minister", "het kabinet": every answer in the archive is theirs, so they tell no question from another): left out of a plain query.</summary>
    public static readonly IReadOnlySet<string> FunctionWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "de", "het", "een", "en", "of", "maar", "want", "dus", "van", "in", "op", "te", "ten", "ter", "dat", "die", "dit", "deze", "der",
        "des", "is", "zijn", "was", "waren", "ben", "bent", "er", "daar", "hier", "aan", "met", "voor", "om", "bij", "door", "naar",
        "over", "als", "ook", "niet", "nog", "wel", "al", "wat", "welke", "welk", "wie", "waar", "hoe", "hoeveel", "waarom", "wanneer",
        "waardoor", "waarmee", "waarover", "u", "uw", "je", "jij", "jullie", "ik", "mij", "me", "mijn", "wij", "we", "ons", "onze",
        "zij", "ze", "hij", "hem", "haar", "hun", "hen", "zich", "zo", "dan", "tot", "uit", "nu", "geen", "kan", "kunt", "kunnen",
        "zal", "zullen", "zou", "zouden", "wil", "wilt", "willen", "moet", "moeten", "mag", "mogen", "heeft", "hebben", "heb", "had",
        "hadden", "wordt", "worden", "werd", "werden", "tegen", "tussen", "na", "sinds", "tijdens", "zonder", "per", "via",
        "zegt", "zeggen", "vindt", "vinden", "denkt", "doet", "gaat",
        "minister", "ministers", "staatssecretaris", "kabinet", "regering",
    };

    /// <summary>Questions with every word that are enough for a question typed as a sentence (three words or more, or
    /// function words): a page. With fewer, the questions with most of the words will do. Two words typed as search
    /// terms must both match, unless no question has both.</summary>
    public const int EnoughMatches = 20;

    /// <summary>The words of a query of words side by side (no operators, quoted phrases or "word*"; a hyphenated word
    /// counts as its words); null for any other query.</summary>
    public static IReadOnlyList<TermNode>? Words(QueryNode? node)
    {
        var words = new List<TermNode>();
        return node is not null && Collect(node, words) ? words : null;
    }

    private static bool Collect(QueryNode node, List<TermNode> words)
    {
        switch (node)
        {
            case TermNode { Prefix: false } t:
                words.Add(t);
                return true;
            case PhraseNode { Quoted: false } p:
                words.AddRange(p.Words.Select(w => new TermNode(w, false)));
                return true;
            case AndNode a:
                return Collect(a.Left, words) && Collect(a.Right, words);
            default:
                return false;
        }
    }

    /// <summary>The words without function words, when any other word is left (a query of function words alone keeps them).</summary>
    public static IReadOnlyList<TermNode> ContentWords(IReadOnlyList<TermNode> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var content = words.Where(w => !FunctionWords.Contains(w.Word)).DistinctBy(w => w.Word).ToList();
        return content.Count > 0 ? content : words;
    }

    /// <summary>Every word must match.</summary>
    public static QueryNode All(IReadOnlyList<TermNode> words) => words.Cast<QueryNode>().Aggregate((a, b) => new AndNode(a, b));

    /// <summary>
    /// What to search for a plain query: all its content words when enough questions have them all (see
    /// <see cref="EnoughMatches"/>; <paramref name="count"/> counts a query's matches); else at least a minimum of its
    /// telling words (those no more common than <see cref="SimilarQuery.TooCommon"/> by <paramref name="frequency"/>;
    /// all of them if none is), the highest minimum that gives enough questions, down to one: the questions with the
    /// most of them come first (see <see cref="AtLeastNode"/>). Nothing relaxed gives fewer questions than every word.
    /// <paramref name="questions"/> (how many the archive holds) is asked only when a query is relaxed.
    /// </summary>
    public static PlainPlan Plan(IReadOnlyList<TermNode> words, Func<QueryNode, int> count, Func<IReadOnlyList<TermNode>, IReadOnlyDictionary<string, long>> frequency, Func<long> questions)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(count);
        ArgumentNullException.ThrowIfNull(frequency);
        var content = ContentWords(words);
        var all = All(content);
        if (content.Count < 2)
            return new PlainPlan(all, [], 0);
        bool sentence = content.Count >= 3 || content.Count < words.Count;
        int enough = sentence ? EnoughMatches : 1;
        int matchingAll = count(all);
        if (matchingAll >= enough)
            return new PlainPlan(all, [], 0);
        var counts = frequency(content);
        long tooCommon = SimilarQuery.TooCommon(questions());
        var telling = content.Where(w => counts.GetValueOrDefault(w.Word) <= tooCommon).ToList();
        var among = telling.Count > 0 ? telling : content;
        AtLeastNode? best = null;
        for (int minimum = among.Count == content.Count ? among.Count - 1 : among.Count; minimum >= 1; minimum--)
        {
            var relaxed = new AtLeastNode(among, minimum);
            int matching = count(relaxed);
            if (matching > matchingAll)
                best = relaxed;
            if (matching >= enough)
                break;
        }
        return best is null ? new PlainPlan(all, [], 0) : new PlainPlan(best, among.Select(w => w.Word).ToList(), best.Minimum);
    }
}

/// <summary>What a plain query searches for, and the words it needed only some of (with how many).</summary>
public sealed record PlainPlan(QueryNode Query, IReadOnlyList<string> RelaxedWords, int RelaxedTo);
