using ParlQA.Archive.Search;

namespace ParlQA.Rounds.Domain;

/// <summary>A suggested duplicate: the later question, the earlier one it repeats, and how alike they are (0–1).</summary>
public sealed record DuplicateSuggestion(string QuestionId, string LikeQuestionId, double Similarity);

/// <summary>
/// Questions of a round that ask the same thing, for the clerk to merge: the share of telling word stems two
/// questions have in common (Jaccard over stems, stop words left out), above <see cref="Threshold"/>.
/// </summary>
public static class Duplicates
{
    public const double Threshold = 0.5;

    public static IReadOnlyList<DuplicateSuggestion> Suggest(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var standing = round.Standing.Select(q => (q.Id, Stems: SimilarQuery.TellingStems(q.Text).ToHashSet(StringComparer.Ordinal))).ToList();
        var suggestions = new List<DuplicateSuggestion>();
        for (int later = 1; later < standing.Count; later++)
        {
            var best = standing.Take(later)
                .Select(earlier => (earlier.Id, Score: Jaccard(standing[later].Stems, earlier.Stems)))
                .MaxBy(x => x.Score);
            if (best.Score >= Threshold)
                suggestions.Add(new DuplicateSuggestion(standing[later].Id, best.Id, Math.Round(best.Score, 2)));
        }
        return suggestions;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / a.Union(b).Count();
}
