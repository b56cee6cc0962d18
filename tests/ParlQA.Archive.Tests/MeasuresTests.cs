using ParlQA.Relevance;

namespace ParlQA.Archive.Tests;

/// <summary>The measures against figures worked out by hand.</summary>
public sealed class MeasuresTests
{
    private static readonly HitId A = new("d", "a"), B = new("d", "b"), C = new("d", "c"), D = new("d", "d"), X = new("d", "x");

    /// <summary>a: 3, b: 2, c: 1, d: 0 (judged, not relevant); x is not judged.</summary>
    private static readonly Dictionary<HitId, int> Grades = new() { [A] = 3, [B] = 2, [C] = 1, [D] = 0 };

    [Fact]
    public void Ndcg_IdealOrder_IsOne() =>
        Assert.Equal(1.0, Measures.NdcgAt(10, [A, B, C, D], Grades), 12);

    [Fact]
    public void Ndcg_WorseOrder_IsTheRatioToTheIdealDcg()
    {
        // DCG of c, a, x: 1/log2(2) + 7/log2(3) + 0 = 1 + 4.4165; ideal a, b, c: 7 + 3/log2(3) + 1/log2(4) = 7 + 1.8928 + 0.5.
        double expected = (1 + 7 / Math.Log2(3)) / (7 + 3 / Math.Log2(3) + 0.5);

        Assert.Equal(expected, Measures.NdcgAt(10, [C, A, X], Grades), 12);
    }

    [Fact]
    public void Ndcg_CutAtK_CountsOnlyTheFirstK() =>
        Assert.Equal(0.0, Measures.NdcgAt(1, [X, A], Grades), 12);

    [Fact]
    public void Recall_CountsRelevantFromGradeTwo()
    {
        Assert.Equal(0.5, Measures.RecallAt(100, [C, B, D, X], Grades), 12);
        Assert.Equal(1.0, Measures.RecallAt(100, [B, A], Grades), 12);
        Assert.Equal(0.0, Measures.RecallAt(1, [C, A], Grades), 12);
    }

    [Fact]
    public void ReciprocalRank_IsOneOverTheFirstRelevantRank()
    {
        Assert.Equal(1.0 / 3, Measures.ReciprocalRank([C, X, B, A], Grades), 12);
        Assert.Equal(0.0, Measures.ReciprocalRank([C, D, X], Grades), 12);
        Assert.Equal(0.0, Measures.ReciprocalRank([], Grades), 12);
    }

    [Fact]
    public void Measures_NothingJudgedRelevant_AreZero()
    {
        var none = new Dictionary<HitId, int> { [A] = 0 };

        Assert.Equal(0.0, Measures.NdcgAt(10, [A], none));
        Assert.Equal(0.0, Measures.RecallAt(100, [A], none));
    }
}
