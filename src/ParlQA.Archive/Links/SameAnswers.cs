using System.Text.RegularExpressions;
using ParlQA.Archive.Search;

namespace ParlQA.Archive.Links;

/// <summary>
/// Answers given more than once, word for word or nearly: candidates come from a search for the answer's most
/// telling words, and are kept when most three-word runs of the shorter text stand in the other too (the overlap
/// coefficient on shingles), or when the two share a passage of <see cref="MinPassage"/> words or more ("Uit de
/// berichtgeving komt een zeer verontrustend beeld naar voren, dat helaas …" given four times). Two things never make
/// answers the same: a reference ("Zie het antwoord op vraag 1") or a referral to another answerer, which is no answer
/// of its own; and page furniture a document repeats in its answers (a running title, a note on every page). Both
/// figures were chosen on the hand-marked pairs in samples/same-answers.tsv (SameAnswerKeyTests prints them all).
/// </summary>
public static partial class SameAnswers
{
    /// <summary>Share of the shorter answer's three-word runs found in the other, from which they are the same answer.</summary>
    public const double Threshold = 0.8;

    /// <summary>Words in a row two answers must share to count as the same answer given again.</summary>
    public const int MinPassage = 25;

    /// <summary>Words an answer needs besides its references and furniture to be an answer of its own.</summary>
    public const int MinOwnWords = 4;

    /// <summary>Three-word runs in a row that make furniture, when each stands in many answers of the document.</summary>
    private const int FurnitureRun = 5;

    private const int Candidates = 50;

    /// <summary>A sentence that sends the reader elsewhere: to another answer, another document or another answerer.</summary>
    [GeneratedRegex(@"\b[Zz]ie\b[^.]*?\b(?:antwoord|antwoorden|vraag|vragen)\b|\bverwijs\w*\b|\bverwijz\w*\b|\bligt op de weg van\b|\bvoor(?:leggen|legt)\b|\b[Hh]et is aan de\b[^.]*\bminister")]
    private static partial Regex Referral();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    /// <summary>The three-word runs found in at least three answers and a tenth of the answers of one document: where
    /// they stand five or more in a row, they are its furniture.</summary>
    public static IReadOnlySet<string> CommonRuns(IEnumerable<string> answersOfOneDocument)
    {
        ArgumentNullException.ThrowIfNull(answersOfOneDocument);
        var answers = answersOfOneDocument.ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            foreach (var shingle in Shingles(Words(answer)).Distinct())
                counts[shingle] = counts.GetValueOrDefault(shingle) + 1;
        }
        var least = Math.Max(3, answers.Count / 10.0);
        return counts.Where(c => c.Value >= least).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>True for an answer that only refers elsewhere ("Zie het antwoord op vraag 1", "Voor het antwoord op deze
    /// vraag verwijzen we u naar de minister van Financiën"): fewer than <see cref="MinOwnWords"/> words of its own.</summary>
    public static bool IsReference(string answer, IReadOnlySet<string>? common = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return SentenceEnd().Split(answer).Where(s => !Referral().IsMatch(s)).Sum(s => OwnWords(s, common).Count) < MinOwnWords;
    }

    /// <summary>The overlap coefficient of the two answers' three-word runs, furniture left out (0 to 1).</summary>
    public static double Similarity(string a, string b, IReadOnlySet<string>? commonA = null, IReadOnlySet<string>? commonB = null) =>
        Overlap(Shingles(OwnWords(a, commonA)).ToHashSet(StringComparer.Ordinal), Shingles(OwnWords(b, commonB)).ToHashSet(StringComparer.Ordinal));

    /// <summary>The same answer given again: neither is a reference, and they overlap enough or share a long passage.</summary>
    public static bool Same(string a, string b, IReadOnlySet<string>? commonA = null, IReadOnlySet<string>? commonB = null,
        double threshold = Threshold, int minPassage = MinPassage)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (IsReference(a, commonA) || IsReference(b, commonB))
            return false;
        var (mine, theirs) = (OwnWords(a, commonA), OwnWords(b, commonB));
        var theirShingles = Shingles(theirs).ToHashSet(StringComparer.Ordinal);
        return Overlap(Shingles(mine).ToHashSet(StringComparer.Ordinal), theirShingles) >= threshold
            || LongestSharedPassage(mine, theirShingles) >= minPassage;
    }

    public static IReadOnlyList<(string DocumentId, string QuestionId, double Similarity)> For(IArchive archive, string documentId, string questionId)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var document = archive.Find(documentId);
        var question = document?.Questions.FirstOrDefault(q => q.Id == questionId);
        var answer = document?.Answers.FirstOrDefault(a => a.Id == question?.AnswerId);
        if (document is null || answer is null || SimilarQuery.TellingStems(answer.Text) is not { Count: > 0 } stems)
            return [];
        var furniture = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal) { [documentId] = CommonRuns(document.Answers.Select(a => a.Text)) };
        IReadOnlySet<string> CommonOf(string id) =>
            furniture.TryGetValue(id, out var common) ? common
                : furniture[id] = CommonRuns(archive.Find(id)?.Answers.Select(a => a.Text) ?? []);
        var mine = furniture[documentId];
        if (IsReference(answer.Text, mine))
            return [];
        var query = SimilarQuery.AnyOf(stems.Take(6));
        return archive.Search(new SearchQuery(query, []), Candidates, facets: false).Hits
            .Where(h => h.Answer is not null && !(h.DocumentId == documentId && answer.QuestionIds.Contains(h.QuestionId)))
            .Where(h => Same(answer.Text, h.Answer!, mine, CommonOf(h.DocumentId)))
            .Select(h => (h.DocumentId, h.QuestionId, Similarity: Math.Round(Similarity(answer.Text, h.Answer!, mine, CommonOf(h.DocumentId)), 2)))
            .OrderByDescending(h => h.Similarity).ThenBy(h => h.DocumentId, StringComparer.Ordinal).ThenBy(h => h.QuestionId, StringComparer.Ordinal)
            .ToList();
    }

    private static List<string> Words(string text) => [.. DutchTerms.Words(text)];

    private static IEnumerable<string> Shingles(List<string> words)
    {
        for (int i = 0; i + 2 < words.Count; i++)
            yield return words[i] + " " + words[i + 1] + " " + words[i + 2];
    }

    /// <summary>The text's words without its document's furniture: runs of <see cref="FurnitureRun"/> or more common shingles.</summary>
    private static List<string> OwnWords(string text, IReadOnlySet<string>? common)
    {
        var words = Words(text);
        if (common is not { Count: > 0 })
            return words;
        var shingles = Shingles(words).ToList();
        var furniture = new bool[words.Count];
        for (int start = 0; start < shingles.Count;)
        {
            int end = start;
            while (end < shingles.Count && common.Contains(shingles[end]))
                end++;
            if (end - start >= FurnitureRun)
                Array.Fill(furniture, true, start, end - start + 2);
            start = Math.Max(end, start + 1);
        }
        return [.. words.Where((_, i) => !furniture[i])];
    }

    /// <summary>Words in the longest run of <paramref name="words"/> whose three-word runs all stand in <paramref name="other"/>.</summary>
    private static int LongestSharedPassage(List<string> words, HashSet<string> other)
    {
        int best = 0, run = 0;
        foreach (var shingle in Shingles(words))
        {
            run = other.Contains(shingle) ? run + 1 : 0;
            best = Math.Max(best, run == 0 ? 0 : run + 2);
        }
        return best;
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return 0;
        return (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);
    }
}
