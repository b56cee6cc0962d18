using ParlQA.Relevance;

namespace ParlQA.Archive.Tests;

/// <summary>The floor check itself: a search that finds nothing falls below every floor, each named; one that finds
/// exactly the judged questions, best first, clears them all.</summary>
public sealed class QualityFloorTests
{
    private static readonly string Folder = JudgedSet.FindFolder(AppContext.BaseDirectory);
    private static readonly JudgedSet Set = JudgedSet.Load(Folder);

    private sealed class Fixed(Func<string, IReadOnlyList<HitId>> answer) : ISearchSystem
    {
        public string Name => "fixed";

        public IReadOnlyList<HitId> Search(string query, int limit) => answer(query);
    }

    [Fact]
    public void Shortfalls_SearchThatFindsNothing_FailsEveryFloorByName()
    {
        var report = QualityReport.Run(new Fixed(_ => []), Set);

        var shortfalls = QualityFloor.Shortfalls(report, QualityFloor.Sqlite, QualityFloor.Load(Folder));

        Assert.Contains("all: nDCG@10 0.000 is below the floor", string.Join('\n', shortfalls), StringComparison.Ordinal);
        Assert.Contains(shortfalls, s => s.StartsWith("misspelled: recall@100", StringComparison.Ordinal));
    }

    [Fact]
    public void Shortfalls_SearchThatRanksTheJudgmentsBestFirst_ClearsEveryFloor()
    {
        var byText = Set.Queries.ToDictionary(q => q.Text, q => q.Id, StringComparer.Ordinal);
        var ideal = new Fixed(text => [.. Set.GradesFor(byText[text]).Where(g => g.Value > 0).OrderByDescending(g => g.Value).Select(g => g.Key)]);

        var report = QualityReport.Run(ideal, Set);

        Assert.Equal(1.0, report.Overall.Ndcg10, 12);
        Assert.Empty(QualityFloor.Shortfalls(report, QualityFloor.PostgreSql, QualityFloor.Load(Folder)));
    }
}
