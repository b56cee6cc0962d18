using ParlQA.Archive.Search;

namespace ParlQA.Archive.Links;

/// <summary>
/// Answers given more than once, word for word or nearly: candidates come from a search for the answer's most
/// telling words, and are kept when most three-word runs of the shorter text stand in the other too (the
/// overlap coefficient on shingles), or when the two share a passage of <see cref="MinPassage"/> words or more
/// ("Uit de berichtgeving komt een zeer verontrustend beeld naar voren, dat helaas …" given four times).
/// </summary>
public static class SameAnswers
{
    /// <summary>Share of the shorter answer's three-word runs found in the other, above which they are the same answer.</summary>
    public const double Threshold = 0.6;

    /// <summary>Words in a row two answers must share to count as the same answer given again.</summary>
    public const int MinPassage = 20;

    private const int Candidates = 50;

    public static IReadOnlyList<(string DocumentId, string QuestionId, double Similarity)> For(IArchive archive, string documentId, string questionId)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var document = archive.Find(documentId);
        var question = document?.Questions.FirstOrDefault(q => q.Id == questionId);
        var answer = document?.Answers.FirstOrDefault(a => a.Id == question?.AnswerId);
        if (answer is null || SimilarQuery.TellingStems(answer.Text) is not { Count: > 0 } stems)
            return [];
        var query = SimilarQuery.AnyOf(stems.Take(6));
        var mine = Shingles(answer.Text);
        var myWords = DutchTerms.Words(answer.Text).ToList();
        return archive.Search(new SearchQuery(query, []), Candidates, facets: false).Hits
            .Where(h => h.Answer is not null && !(h.DocumentId == documentId && answer.QuestionIds.Contains(h.QuestionId)))
            .Select(h => (h.DocumentId, h.QuestionId, Theirs: Shingles(h.Answer!)))
            .Where(h => Overlap(mine, h.Theirs) >= Threshold || LongestSharedPassage(myWords, h.Theirs) >= MinPassage)
            .Select(h => (h.DocumentId, h.QuestionId, Similarity: Math.Round(Overlap(mine, h.Theirs), 2)))
            .OrderByDescending(h => h.Similarity).ThenBy(h => h.DocumentId, StringComparer.Ordinal).ThenBy(h => h.QuestionId, StringComparer.Ordinal)
            .ToList();
    }

    private static HashSet<string> Shingles(string text)
    {
        var words = DutchTerms.Words(text).ToList();
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 2 < words.Count; i++)
            shingles.Add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
        return shingles;
    }

    /// <summary>Words in the longest run of <paramref name="words"/> whose three-word runs all stand in <paramref name="other"/>.</summary>
    private static int LongestSharedPassage(List<string> words, HashSet<string> other)
    {
        int best = 0, run = 0;
        for (int i = 0; i + 2 < words.Count; i++)
        {
            run = other.Contains(words[i] + " " + words[i + 1] + " " + words[i + 2]) ? run + 1 : 0;
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
