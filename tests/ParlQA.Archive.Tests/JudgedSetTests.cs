using ParlQA.Relevance;

namespace ParlQA.Archive.Tests;

/// <summary>The judged query set is whole: enough queries of every class, the issue's examples among them, every
/// judgment naming a query and a question that exist, every query with something relevant to find, floors for all.</summary>
public sealed class JudgedSetTests
{
    private static readonly string Folder = JudgedSet.FindFolder(AppContext.BaseDirectory);
    private static readonly JudgedSet Set = JudgedSet.Load(Folder);

    [Fact]
    public void Queries_SixtyOrMoreInEveryClassWithUniqueIds()
    {
        Assert.True(Set.Queries.Count >= 60, $"{Set.Queries.Count} queries");
        Assert.Equal(Set.Queries.Count, Set.Queries.Select(q => q.Id).Distinct().Count());
        Assert.All(Set.Queries, q => Assert.Contains(q.Class, JudgedSet.Classes));
        Assert.All(JudgedSet.Classes, c => Assert.True(Set.Queries.Count(q => q.Class == c) >= 8, $"class {c}"));
    }

    [Theory]
    [InlineData("geïnformeerd")]
    [InlineData("geinformeerd")]
    [InlineData("\"geïnformeerd\"")]
    [InlineData("Wat zegt de minister over de Oeigoeren in Xinjiang?")]
    public void Queries_HoldTheIssuesExamples(string text) =>
        Assert.Contains(Set.Queries, q => q.Text == text);

    [Fact]
    public void Judgments_NameKnownQueriesAndQuestionsOfTheSamples()
    {
        var questions = SampleDocuments.All.SelectMany(d => d.Questions.Select(q => new HitId(d.Id, q.Id))).ToHashSet();
        var queries = Set.Queries.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(Set.Judgments, j => Assert.Contains(j.QueryId, queries));
        Assert.All(Set.Judgments, j => Assert.True(questions.Contains(j.Hit), $"{j.QueryId}: no question {j.Hit} in the samples"));
        Assert.Equal(Set.Judgments.Count, Set.Judgments.Select(j => (j.QueryId, j.Hit)).Distinct().Count());
    }

    [Fact]
    public void Judgments_GiveEveryQuerySomethingRelevant() =>
        Assert.All(Set.Queries, q => Assert.Contains(Set.GradesFor(q.Id).Values, g => g >= JudgedSet.RelevantFrom));

    [Fact]
    public void Floors_CoverEveryClassAndAllOnBothEngines()
    {
        var floors = QualityFloor.Load(Folder);

        foreach (var engine in new[] { QualityFloor.Sqlite, QualityFloor.PostgreSql })
        {
            foreach (var @class in JudgedSet.Classes.Append(QualityReport.AllClasses))
                Assert.Single(floors, f => f.Engine == engine && f.Class == @class);
        }
    }
}
