using ParlQA.Archive.Sqlite;
using ParlQA.Relevance;

namespace ParlQA.Archive.Tests;

/// <summary>
/// The judged query set (bench/judged) against each engine's search over the samples: every class must stay at or
/// above its floor in floors.tsv. The full table, with plain FTS5 and Lucene.Net beside it, comes from
/// <c>dotnet run -c Release --project bench/ParlQA.Bench -- quality</c>.
/// </summary>
public abstract partial class StorageSuite
{
    [Fact]
    public void Search_JudgedQueries_StayAboveTheQualityFloors()
    {
        var folder = JudgedSet.FindFolder(AppContext.BaseDirectory);
        var engine = Filled() is SqliteArchive ? QualityFloor.Sqlite : QualityFloor.PostgreSql;

        var report = QualityReport.Run(new ParlQaSystem(Archive, engine), JudgedSet.Load(folder));

        TestContext.Current.TestOutputHelper?.WriteLine(ReportTable.Markdown([report]));
        Assert.Empty(QualityFloor.Shortfalls(report, engine, QualityFloor.Load(folder)));
    }
}
