using ParlQA.Archive.Sqlite;
using ParlQA.Model;

namespace ParlQA.Archive.Tests;

/// <summary>The storage suite on SQLite, in a fresh file per test.</summary>
public sealed class SqliteStorageTests : StorageSuite
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"parlqa-test-{Guid.NewGuid():N}.db");

    protected override IArchive OpenEmpty() => SqliteArchive.Open(_path);

    protected override Official.IOfficialRecord OpenOfficial()
    {
        _ = Archive;
        return ArchiveOpener.OpenOfficial(_path);
    }

    protected override ArchiveDatabase OpenDatabase()
    {
        _ = Archive;
        return ArchiveDatabase.For(_path);
    }

    protected override void Cleanup()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            File.Delete(file);
    }

    /// <summary>Closes the archive and changes its file behind its back (an older or newer schema, as another parlqa left it).</summary>
    private void ChangeClosedArchive(string sql)
    {
        Archive.Dispose();
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Open_ArchiveOfANewerSchema_IsRefusedClearly()
    {
        ChangeClosedArchive("INSERT INTO schema_version (version) VALUES (99)");

        var error = Assert.Throws<ArchiveException>(() => SqliteArchive.Open(_path));

        Assert.Contains("schema version 99, newer than this parlqa knows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ArchiveOfSchema9_GetsEveryAnswerOfItsCommitmentsFromTheirDocuments()
    {
        Archive.Store(SampleDocuments.All);
        ChangeClosedArchive("DROP TABLE commitment_changes; ALTER TABLE commitments DROP COLUMN answer_ids; DELETE FROM schema_version WHERE version >= 10;");

        using var reopened = SqliteArchive.Open(_path);

        var made = SampleDocuments.Seed.Commitments.First(c => c.AnswerIds.Count > 1);
        Assert.Equal(made.AnswerIds, reopened.Commitments().Single(c => c.Text == made.Text).AnswerIds);
        Assert.Empty(reopened.CommitmentChanges());
    }

    [Fact]
    public void Open_ArchiveWithTheOneTableIndexOfSchema3_IsReindexedFromItsTexts()
    {
        Archive.Store(SampleDocuments.All);
        ChangeClosedArchive("""
                DROP TABLE search; DROP TABLE search_parts; DROP TABLE search_rebuild; DROP INDEX questions_facts; DROP INDEX documents_facts;
                DROP TABLE word_forms; ALTER TABLE documents DROP COLUMN title;
                DROP TABLE commitment_changes; ALTER TABLE commitments DROP COLUMN answer_ids;
                CREATE VIRTUAL TABLE search USING fts5 (q, a, qr, ar, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
                CREATE INDEX questions_document ON questions (document_id);
                DELETE FROM schema_version WHERE version >= 4;
                """);

        using var reopened = SqliteArchive.Open(_path);

        Assert.Contains(reopened.Search(Search.QueryParser.Parse("schending")).Hits, h => h.DocumentId == "kst-35207-34");
        Assert.Equal(3, reopened.Search(Search.QueryParser.Parse("\"Tashi Wangchuk\" dossier:35207")).Total);
    }

    [Fact]
    public void Search_CompoundsOnly_RankedByBm25WithTheQuestionAboveTheAnswer()
    {
        Archive.Store([new QaDocument
        {
            Id = "doc-compounds",
            Kind = DocumentKind.WrittenQuestions,
            Questions =
            [
                new Question { Id = "q1", Numbers = [1], Text = "Wat heeft de minister daarover gezegd?", AnswerId = "a1" },
                new Question { Id = "q2", Numbers = [2], Text = "Hoeveel mensenrechtenschendingen zijn gemeld?", AnswerId = "a2" },
            ],
            Answers =
            [
                new Answer { Id = "a1", QuestionIds = ["q1"], Text = "Hij sprak over mensenrechtenschendingen." },
                new Answer { Id = "a2", QuestionIds = ["q2"], Text = "Dat is niet bekend." },
            ],
            Source = new SourceInfo { Format = "text", Sha256 = new string('5', 64) },
        }]);

        var hits = Archive.Search(Search.QueryParser.Parse("schending"), 10, facets: false).Hits;

        Assert.Equal(["q2", "q1"], hits.Select(h => h.QuestionId));
        Assert.All(hits, h => Assert.True(h.Score > 0, $"{h.QuestionId} has no score"));
    }

    /// <summary>Stores a small document of numbered questions q1, q2, … without answers.</summary>
    [Fact]
    public void Search_RankedInTwoHalvesAtOnce_GivesTheSameHitsAsInOne()
    {
        var archive = (SqliteArchive)Archive;
        foreach (var batch in new Generation.CorpusGenerator(SampleDocuments.All).Generate(4_000).Chunk(200))
            archive.Store(batch);
        string[] queries = ["mensenrechten", "kabinet", "onderzoek", "China -Tibet", "\"Uw Kamer\"", "mensenrecht*", "onderzoek kind:written-questions", "kabinet answered:yes", "Tibet OR Xinjiang"];

        List<(string, string, double)> Hits(string query, int offset, long splitFrom)
        {
            archive.SplitRankingFrom = splitFrom;
            var page = archive.Search(Search.QueryParser.Parse(query), 10, offset, facets: true);
            return [.. page.Hits.Select(h => (h.DocumentId, h.QuestionId, h.Score))];
        }

        foreach (var query in queries)
        {
            foreach (var offset in new[] { 0, 25 })
            {
                var whole = Hits(query, offset, long.MaxValue);
                Assert.True(whole.Count > 0, $"{query} should match the generated archive");
                Assert.Equal(whole, Hits(query, offset, 0));
            }
        }

        // A filter few matches pass: the page is the best of the whole ranking that pass it.
        var year = archive.Search(Search.QueryParser.Parse("onderzoek"), 10).Facets.Where(f => f.Name == "year").MinBy(f => f.Count)!;
        var all = archive.Search(Search.QueryParser.Parse("onderzoek"), 5_000, 0, facets: false).Hits;
        var expected = all.Where(h => (archive.Find(h.DocumentId)!.AnsweredOn ?? archive.Find(h.DocumentId)!.SubmittedOn)?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == year.Value)
            .Take(10).Select(h => (h.DocumentId, h.QuestionId)).ToList();
        var filtered = archive.Search(Search.QueryParser.Parse($"onderzoek year:{year.Value}"), 10, 0, facets: false).Hits;
        Assert.NotEmpty(expected);
        Assert.Equal(expected, filtered.Select(h => (h.DocumentId, h.QuestionId)));
    }
}
