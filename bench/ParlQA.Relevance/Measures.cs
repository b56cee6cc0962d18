namespace ParlQA.Relevance;

/// <summary>
/// The measures of one ranked list against graded judgments (unjudged = grade 0): nDCG with gain 2^grade − 1 and
/// a log2 discount (Järvelin and Kekäläinen), the ideal list made of every judged grade; recall and reciprocal
/// rank count a question as relevant from <see cref="JudgedSet.RelevantFrom"/>.
/// </summary>
public static class Measures
{
    public static double NdcgAt(int k, IReadOnlyList<HitId> ranked, IReadOnlyDictionary<HitId, int> grades)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(grades);
        double ideal = Dcg(grades.Values.OrderDescending().Take(k));
        return ideal == 0 ? 0 : Dcg(ranked.Take(k).Select(h => grades.GetValueOrDefault(h))) / ideal;
    }

    /// <summary>The share of the relevant questions found in the first <paramref name="k"/>; 0 when none is relevant.</summary>
    public static double RecallAt(int k, IReadOnlyList<HitId> ranked, IReadOnlyDictionary<HitId, int> grades)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(grades);
        int relevant = grades.Values.Count(g => g >= JudgedSet.RelevantFrom);
        return relevant == 0 ? 0 : (double)ranked.Take(k).Distinct().Count(h => grades.GetValueOrDefault(h) >= JudgedSet.RelevantFrom) / relevant;
    }

    /// <summary>1 / the rank of the first relevant question; 0 when none is listed.</summary>
    public static double ReciprocalRank(IReadOnlyList<HitId> ranked, IReadOnlyDictionary<HitId, int> grades)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(grades);
        for (int i = 0; i < ranked.Count; i++)
        {
            if (grades.GetValueOrDefault(ranked[i]) >= JudgedSet.RelevantFrom)
                return 1.0 / (i + 1);
        }
        return 0;
    }

    private static double Dcg(IEnumerable<int> grades) =>
        grades.Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
}
