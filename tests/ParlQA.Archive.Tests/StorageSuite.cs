using ParlQA.Archive.Generation;
using ParlQA.Archive.Search;
using ParlQA.Archive.Versions;
using ParlQA.Model;

namespace ParlQA.Archive.Tests;

/// <summary>
/// One storage suite for every engine (as Dapper's tests run against each provider): a subclass says how to
/// open a fresh archive, or skips with a reason when its engine is not there.
/// </summary>
public abstract partial class StorageSuite : IDisposable
{
    private IArchive? _archive;

    /// <summary>A new, empty archive of the engine under test.</summary>
    protected abstract IArchive OpenEmpty();

    protected IArchive Archive => _archive ??= OpenEmpty();

    protected IArchive Filled()
    {
        Archive.Store(SampleDocuments.All);
        return Archive;
    }

    [Fact]
    public void Store_NewDocuments_AreNewAndCanBeFoundAgainUnchanged()
    {
        var outcomes = Archive.Store(SampleDocuments.All);

        Assert.All(outcomes, o => Assert.Equal(StoreOutcome.New, o));
        var again = Archive.Store(SampleDocuments.All);
        Assert.All(again, o => Assert.Equal(StoreOutcome.Unchanged, o));
        Assert.Equal(QaJson.Serialize(SampleDocuments.Seed), QaJson.Serialize(Archive.Find("kst-35207-34")!));
    }

    [Fact]
    public void Store_SameIdNewContent_ReplacesTheOldWhole()
    {
        Archive.Store([SampleDocuments.Seed]);
        var changed = SampleDocuments.Seed with
        {
            Source = SampleDocuments.Seed.Source! with { Sha256 = new string('0', 64) },
            Questions = SampleDocuments.Seed.Questions.Take(3).ToList(),
        };

        var outcome = Archive.Store([changed]);

        Assert.Equal([StoreOutcome.Updated], outcome);
        Assert.Equal(3, Archive.Find("kst-35207-34")!.Questions.Count);
        Assert.Equal(3, Archive.Search(QueryParser.Parse("dossier:35207")).Total);
    }

    /// <summary>The seed with its text changed (a different file), as the altered copy an upload brought.</summary>
    private static QaDocument Altered(string marker) => SampleDocuments.Seed with
    {
        Source = SampleDocuments.Seed.Source! with { Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(marker))) },
        Questions = [SampleDocuments.Seed.Questions[0] with { Text = $"Hoeveel {marker} zijn er?" }, .. SampleDocuments.Seed.Questions.Skip(1)],
    };

    private static readonly Actor Ingest = Actor.Local("ingest"), Mallory = new("upload", "mallory"), Admin = new("restore", "admin");

    [Fact]
    public void Store_SameIdTwiceInOneBatch_OnlyTheLastCopyIsSearched()
    {
        // Two files of one document in one ingest batch: the earlier copy's questions are replaced before its index rows were written.
        var outcomes = Archive.Store([Altered("okapi"), Altered("narwal"), Altered("wombat")], Ingest);

        Assert.Equal([StoreOutcome.New, StoreOutcome.Updated, StoreOutcome.Updated], outcomes);
        Assert.Equal((0, 0, 1), (Archive.Search(QueryParser.Parse("okapi")).Total, Archive.Search(QueryParser.Parse("narwal")).Total,
            Archive.Search(QueryParser.Parse("wombat")).Total));
        Assert.Equal(SampleDocuments.Seed.Questions.Count, Archive.Search(QueryParser.Parse("dossier:35207")).Total);
    }

    [Fact]
    public void Store_RemovedDocumentAmongNewOnes_TakesItsNextVersionNumber()
    {
        Archive.Store([SampleDocuments.Seed], Ingest);
        Archive.Remove("kst-35207-34", Ingest);
        var others = SampleDocuments.All.Where(d => d.Id != SampleDocuments.Seed.Id).Take(2).ToList();

        var outcomes = Archive.Store([others[0], Altered("okapi"), others[1]], Mallory);

        Assert.Equal([StoreOutcome.New, StoreOutcome.New, StoreOutcome.New], outcomes);
        Assert.Equal([(1, VersionChange.Added), (2, VersionChange.Removed), (3, VersionChange.Added)],
            Archive.History("kst-35207-34").Select(v => (v.Number, v.Change)));
        Assert.Equal((Mallory, true), (Archive.History("kst-35207-34")[^1].By, Archive.History("kst-35207-34")[^1].Current));
        Assert.All(others, d => Assert.Equal(QaJson.Serialize(d), QaJson.Serialize(Archive.Find(d.Id)!)));
        Assert.Equal(1, Archive.Search(QueryParser.Parse("okapi")).Total);
    }

    [Fact]
    public void Store_BatchOfMoreQuestionsThanOneWrite_StoresEveryOneInOrder()
    {
        var documents = new CorpusGenerator(SampleDocuments.All).Generate(2_500).ToList();

        var outcomes = Archive.Store([.. documents, documents[0], documents[^1] with { Title = "Een nieuwe titel" }]);

        Assert.Equal([.. documents.Select(_ => StoreOutcome.New), StoreOutcome.Unchanged, StoreOutcome.Updated], outcomes);
        Assert.Equal(documents.Sum(d => d.Questions.Count), Archive.Stats().Questions);
        Assert.Equal(QaJson.Serialize(documents[0]), QaJson.Serialize(Archive.Find(documents[0].Id)!));
        Assert.Equal("Een nieuwe titel", Archive.Find(documents[^1].Id)!.Title);
    }

    [Fact]
    public void Store_SameIdNewContent_KeepsTheEarlierVersionWithWhoReplacedItAndWhen()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        Archive.Store([SampleDocuments.Seed], Ingest);

        Assert.Equal([StoreOutcome.Updated], Archive.Store([Altered("vervalste")], Mallory));

        var history = Archive.History("kst-35207-34");
        Assert.Equal([(1, VersionChange.Added, Ingest, false), (2, VersionChange.Replaced, Mallory, true)], history.Select(v => (v.Number, v.Change, v.By, v.Current)));
        Assert.All(history, v => Assert.InRange(v.At, before, DateTimeOffset.UtcNow.AddSeconds(1)));
        Assert.Equal(SampleDocuments.Seed.Source!.Sha256, history[0].Sha256);
        Assert.Equal(QaJson.Serialize(SampleDocuments.Seed), QaJson.Serialize(Archive.FindVersion("kst-35207-34", 1)!));
        Assert.Equal("Hoeveel vervalste zijn er?", Archive.Find("kst-35207-34")!.Questions[0].Text);
        Assert.Equal(QaJson.Serialize(Archive.Find("kst-35207-34")!), QaJson.Serialize(Archive.FindVersion("kst-35207-34", 2)!));
        Assert.Null(Archive.FindVersion("kst-35207-34", 3));
        Assert.Empty(Archive.History("kst-1-1"));
    }

    [Fact]
    public void Restore_AnEarlierVersion_IsCurrentAndSearchableAgain_AsANewVersion()
    {
        Archive.Store([SampleDocuments.Seed], Ingest);
        Archive.Store([Altered("vervalste")], Mallory);

        Assert.Equal(StoreOutcome.Updated, Archive.Restore("kst-35207-34", 1, Admin, "upload was an altered copy"));

        Assert.Equal(QaJson.Serialize(SampleDocuments.Seed), QaJson.Serialize(Archive.Find("kst-35207-34")!));
        var restored = Archive.History("kst-35207-34")[^1];
        Assert.Equal((3, VersionChange.Restored, 1, Admin, "upload was an altered copy", true), (restored.Number, restored.Change, restored.RestoredFrom, restored.By, restored.Reason, restored.Current));
        Assert.Equal(0, Archive.Search(QueryParser.Parse("vervalste")).Total);
        Assert.Contains(Archive.Search(QueryParser.Parse("\"Tibetaanse politieke gevangenen\"")).Hits, h => h.QuestionId == "q1");
        Assert.Equal(StoreOutcome.Unchanged, Archive.Restore("kst-35207-34", 1, Admin));
        Assert.Equal(3, Archive.History("kst-35207-34").Count);
        var error = Assert.Throws<ArchiveException>(() => Archive.Restore("kst-35207-34", 9, Admin));
        Assert.Equal("kst-35207-34 has no version 9 to restore (parlqa history kst-35207-34 lists them)", error.Message);
    }

    [Fact]
    public void Remove_TakesTheDocumentOut_KeepsItsVersions_AndItCanBeRestored()
    {
        Filled();
        Archive.Store([Altered("vervalste")], Mallory);
        int documents = Archive.Stats().Documents;

        Assert.True(Archive.Remove("kst-35207-34", Actor.Local("sync"), "deleted from the feed"));

        Assert.Null(Archive.Find("kst-35207-34"));
        Assert.Equal(documents - 1, Archive.Stats().Documents);
        Assert.DoesNotContain(Archive.Search(QueryParser.Parse("Tibet"), 1000).Hits, h => h.DocumentId == "kst-35207-34");
        Assert.DoesNotContain(Archive.Documents([], 1000).Items, d => d.Id == "kst-35207-34");
        Assert.DoesNotContain(Archive.Commitments(), c => c.DocumentId == "kst-35207-34");
        var removal = Archive.History("kst-35207-34")[^1];
        Assert.Equal((3, VersionChange.Removed, "deleted from the feed", false), (removal.Number, removal.Change, removal.Reason, removal.Current));
        Assert.DoesNotContain(Archive.History("kst-35207-34"), v => v.Current);
        Assert.Equal("Hoeveel vervalste zijn er?", Archive.FindVersion("kst-35207-34", 2)!.Questions[0].Text);
        Assert.Null(Archive.FindVersion("kst-35207-34", 3));
        Assert.False(Archive.Remove("kst-35207-34", Actor.Local("sync")));

        Assert.Equal(StoreOutcome.New, Archive.Restore("kst-35207-34", 1, Admin));
        Assert.Equal(QaJson.Serialize(SampleDocuments.Seed), QaJson.Serialize(Archive.Find("kst-35207-34")!));
        Assert.Equal(SampleDocuments.Seed.Commitments.Count, Archive.Commitments("Buitenlandse").Count(c => c.DocumentId == "kst-35207-34"));
    }

    [Fact]
    public void Store_SameFileNewMetadata_IsANewVersion_SameJsonIsUnchanged()
    {
        Archive.Store([SampleDocuments.Seed], Ingest);

        Assert.Equal([StoreOutcome.Unchanged], Archive.Store([SampleDocuments.Seed], Ingest));
        Assert.Equal([StoreOutcome.Updated], Archive.Store([SampleDocuments.Seed with { Title = "Lijst van vragen en antwoorden" }], Actor.Local("sync")));
        Assert.Equal([VersionChange.Added, VersionChange.Replaced], Archive.History("kst-35207-34").Select(v => v.Change));
    }

    [Fact]
    public void Store_ReplacedManyTimes_EveryVersionReadsBackAsStored()
    {
        var versions = Enumerable.Range(1, 6).Select(i => Altered($"versie{i}")).ToList();
        foreach (var version in versions)
            Archive.Store([version], Ingest);

        Assert.Equal(Enumerable.Range(1, 6), Archive.History("kst-35207-34").Select(v => v.Number));
        for (int i = 0; i < versions.Count; i++)
            Assert.Equal(QaJson.Serialize(versions[i]), QaJson.Serialize(Archive.FindVersion("kst-35207-34", i + 1)!));
    }

    [Fact]
    public void Store_NewVersion_KeepsTheCommitmentsMarkedFulfilled()
    {
        Filled();
        var najaar = Archive.Commitments("Buitenlandse").First(c => c.AnswerId == "a57");
        Archive.MarkFulfilled(najaar.Id, "kst-35207-99");

        Archive.Store([Altered("gewijzigde")], Ingest);

        Assert.Equal("kst-35207-99", Archive.Commitments("Buitenlandse").Single(c => c.AnswerId == "a57" && c.Text == najaar.Text).FulfilledBy);
    }

    [Fact]
    public void Store_SameFileNewRecord_IsUpdated()
    {
        Archive.Store([SampleDocuments.Seed]);
        var synced = SampleDocuments.Seed with { Official = new OfficialSource { Kind = "Lijst van vragen en antwoorden", DocumentNumber = "2020D23456" } };

        var outcomes = Archive.Store([synced]);

        Assert.Equal([StoreOutcome.Updated], outcomes);
        Assert.Equal("2020D23456", Archive.Find("kst-35207-34")!.Official!.DocumentNumber);
        Assert.Equal([StoreOutcome.Unchanged], Archive.Store([synced]));
    }

    [Fact]
    public void Search_CompoundPart_FindsTheCompound()
    {
        var page = Filled().Search(QueryParser.Parse("schending"));

        Assert.Contains(page.Hits, h => h.DocumentId == "kst-35207-34" && h.Snippet.Contains("**mensenrechtenschendingen**", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("geïnformeerd")]
    [InlineData("geinformeerd")]
    [InlineData("informeren")]
    public void Search_InflectedOrUnaccented_FindsTheSameCommitment(string word)
    {
        var page = Filled().Search(QueryParser.Parse($"{word} dossier:35207"));

        Assert.Contains(page.Hits, h => h.QuestionId == "q57");
    }

    [Fact]
    public void Search_Phrase_FindsItsQuestions()
    {
        var page = Filled().Search(QueryParser.Parse("\"Tashi Wangchuk\""));

        Assert.Equal(["q26", "q41", "q52"], page.Hits.Where(h => h.DocumentId == "kst-35207-34").Select(h => h.QuestionId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_Tibet_FindsTibetaanseWithQuestionsWeightedAboveAnswers()
    {
        var page = Filled().Search(QueryParser.Parse("Tibet"), limit: 5);

        Assert.Contains("Tibet", page.Hits[0].Question, StringComparison.OrdinalIgnoreCase);
        Assert.True(page.Total > 10);
    }

    [Fact]
    public void Search_NotAndFilters_Narrow()
    {
        var all = Filled().Search(QueryParser.Parse("Tibet"));
        var without = Archive.Search(QueryParser.Parse("Tibet -Xinjiang"));
        var letters = Archive.Search(QueryParser.Parse("kind:answer-letter"));

        Assert.True(without.Total < all.Total);
        Assert.NotEmpty(letters.Hits);
        Assert.All(letters.Hits, h => Assert.Equal(DocumentKind.AnswerLetter, Archive.Find(h.DocumentId)!.Kind));
    }

    [Fact]
    public void Similar_ArchivedQuestion_FindsTheOneItRefersTo()
    {
        var q40 = SampleDocuments.Seed.Questions.Single(q => q.Id == "q40");

        var hits = Filled().Similar(q40.Text, limit: 3, exclude: ("kst-35207-34", "q40"));

        Assert.Equal(("kst-35207-34", "q1"), (hits[0].DocumentId, hits[0].QuestionId));
        Assert.DoesNotContain(hits, h => h.QuestionId == "q40" && h.DocumentId == "kst-35207-34");
        Assert.NotNull(hits[0].Answer);
    }

    [Fact]
    public void Similar_OnlyFunctionWords_FindsNothing() =>
        Assert.Empty(Filled().Similar("Kunt u aangeven hoe dat is?"));

    [Fact]
    public void Commitments_Register_ListsFiltersAndMarksFulfilled()
    {
        var register = Filled().Commitments(ministry: "Buitenlandse");
        var najaar = register.First(c => c.AnswerId == "a57");

        // One entry per promise: the four answers promising "dit najaar" in the same words are one commitment.
        Assert.Equal(9, register.Count);
        Assert.Single(register, c => c.Text == najaar.Text);
        Assert.Equal("dit najaar", najaar.DueHint);
        Assert.Equal("overdue", najaar.Status(new DateOnly(2021, 1, 1)));
        Assert.Equal("open", najaar.Status(new DateOnly(2020, 7, 1)));
        Assert.True(Archive.MarkFulfilled(najaar.Id, "kst-35207-99"));
        Assert.Equal("fulfilled", Archive.Commitments("Buitenlandse").Single(c => c.Id == najaar.Id).Status(new DateOnly(2021, 1, 1)));
        Assert.False(Archive.MarkFulfilled(987654, "kst-35207-99"));
    }

    [Fact]
    public void Commitments_PromiseMadeInSeveralAnswers_KeepsEveryAnswer()
    {
        var made = SampleDocuments.Seed.Commitments.First(c => c.AnswerIds.Count > 1);

        var registered = Filled().Commitments("Buitenlandse").Single(c => c.Text == made.Text);

        Assert.Equal(made.AnswerIds, registered.AnswerIds);
        Assert.Equal(made.AnswerId, registered.AnswerId);
    }

    [Fact]
    public void MarkFulfilled_RecordsWhoWhenAndFromWhichStatus_OnceForTheSameDocument()
    {
        var najaar = Filled().Commitments("Buitenlandse").First(c => c.AnswerId == "a57");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        Assert.True(Archive.MarkFulfilled(najaar.Id, "kst-35207-99", new Actor("web", "u7")));
        Assert.True(Archive.MarkFulfilled(najaar.Id, "kst-35207-99", new Actor("web", "u8")));
        Assert.True(Archive.MarkFulfilled(najaar.Id, "kst-35207-34", new Actor("commitments fulfil", "os:root")));

        var history = Archive.CommitmentChanges(najaar.Id);
        Assert.Equal(2, history.Count);
        Assert.Equal(("overdue", "fulfilled", "kst-35207-99", new Actor("web", "u7")), (history[0].From, history[0].To, history[0].FulfilledBy, history[0].By));
        Assert.Equal(("fulfilled", "fulfilled", "kst-35207-34"), (history[1].From, history[1].To, history[1].FulfilledBy));
        Assert.InRange(history[0].At, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.All(history, h => Assert.Equal(najaar.Id, h.CommitmentId));
        Assert.Empty(Archive.CommitmentChanges(987654));
    }

    [Fact]
    public void CommitmentChanges_OfTheRegister_NewestFirst_AndOutliveANewVersion()
    {
        var register = Filled().Commitments("Buitenlandse");
        Archive.MarkFulfilled(register[0].Id, "kst-35207-99", new Actor("web", "u1"));
        Archive.MarkFulfilled(register[1].Id, "kst-35207-99", new Actor("web", "u2"));

        Archive.Store([Altered("gewijzigde")], Ingest);

        var changes = Archive.CommitmentChanges();
        Assert.Equal(["u2", "u1"], changes.Select(c => c.By.Account));
        var renewed = Archive.Commitments("Buitenlandse").Single(c => c.Text == register[0].Text);
        Assert.Equal("u1", Assert.Single(Archive.CommitmentChanges(renewed.Id)).By.Account);
        Assert.Single(Archive.CommitmentChanges(limit: 1));
    }

    [Fact]
    public void SameAnswers_AnswerGivenAgain_IsFoundBothWays()
    {
        Filled();

        var toQ59 = Links.SameAnswers.For(Archive, "kst-35207-34", "q59").Select(h => h.QuestionId);
        var toQ11 = Links.SameAnswers.For(Archive, "kst-35207-34", "q11").Select(h => h.QuestionId);

        Assert.Equal(["q57", "q60"], toQ59.Order(StringComparer.Ordinal));
        Assert.Equal(["q13", "q17", "q20"], toQ11.Order(StringComparer.Ordinal));
        Assert.Empty(Links.SameAnswers.For(Archive, "kst-35207-34", "q1"));
    }

    [Fact]
    public void CitedBy_ADocumentCitingTheSeed_IsFound()
    {
        var citing = new QaDocument
        {
            Id = "kst-35207-40",
            Kind = DocumentKind.QuestionList,
            Questions = [new Question { Id = "q1", Numbers = [1], Text = "Zie Kamerstuk 35 207, nr. 34?" }],
            Citations = [new Citation { Dossier = "35 207", Number = 34, Text = "Kamerstuk 35 207, nr. 34" }],
            Source = new SourceInfo { Format = "text", Sha256 = new string('1', 64) },
        };
        Filled().Store([citing]);

        Assert.Equal(["kst-35207-40"], Archive.CitedBy(SampleDocuments.Seed));
        Assert.Empty(Archive.CitedBy(citing));
    }

    [Fact]
    public void Search_Facets_CountTheMatchesPerKindYearAndAnswerer()
    {
        var page = Filled().Search(QueryParser.Parse("Tibet"));

        Assert.Contains(new Facet("kind", "question-list", page.Facets.Single(f => f.Name == "kind" && f.Value == "question-list").Count), page.Facets);
        Assert.True(page.Facets.Single(f => f.Name == "year" && f.Value == "2020").Count >= 10);
        Assert.Equal(page.Total, page.Facets.Where(f => f.Name == "answered").Sum(f => f.Count));
        Assert.Contains(page.Facets, f => f.Name == "committee" && f.Value == "vaste commissie voor Buitenlandse Zaken");
    }

    [Fact]
    public void Search_FacetsOfAPhrase_CountEveryMatchOnce()
    {
        var page = Filled().Search(QueryParser.Parse("\"Chinese autoriteiten\""), limit: 2);

        Assert.True(page.Total > 2, $"the phrase should match more than one page; it matched {page.Total}");
        Assert.Equal(page.Total, page.Facets.Where(f => f.Name == "answered").Sum(f => f.Count));
        Assert.Equal(page.Total, page.Facets.Where(f => f.Name == "kind").Sum(f => f.Count));
    }

    [Fact]
    public void Stats_CountTheArchive()
    {
        var stats = Filled().Stats();

        Assert.Equal(SampleDocuments.All.Count, stats.Documents);
        Assert.Equal(SampleDocuments.All.Sum(d => d.Questions.Count), stats.Questions);
        Assert.Equal(SampleDocuments.All.Sum(d => d.Commitments.Count), stats.Commitments);
        Assert.Contains(stats.ByAnswerer, a => a.AnsweredBy?.StartsWith("Minister Dijkgraaf", StringComparison.Ordinal) == true && a.MedianDays == 19);
        // The documents that name no answerer are one group whose name is not known (null), not a display string.
        Assert.Equal(SampleDocuments.All.Count(d => People.Answerer.Person(d.AnsweredBy) is null), stats.ByAnswerer.Single(a => a.AnsweredBy is null).Documents);
        Assert.DoesNotContain(stats.ByAnswerer, a => a.AnsweredBy is { Length: > 0 } name && name.StartsWith('('));
    }

    [Fact]
    public void Search_PagedAcrossWordsAndCompounds_GivesEveryMatchOnce()
    {
        var query = QueryParser.Parse("schending");
        var all = Filled().Search(query, 1000, facets: false);
        var paged = new List<SearchHit>();
        for (int offset = 0; offset < all.Total; offset += 3)
            paged.AddRange(Archive.Search(query, 3, offset, facets: false).Hits);

        Assert.Equal(all.Total, paged.Count);
        Assert.Equal(all.Hits.Select(h => (h.DocumentId, h.QuestionId)).Order(), paged.Select(h => (h.DocumentId, h.QuestionId)).Order());
    }

    [Fact]
    public void Search_PagesInBothOrders_CountEveryMatchAlsoPastTheLastHit()
    {
        foreach (var text in new[] { "schending", "schending sort:date", "Wat vindt de minister van de schending van mensenrechten in Tibet?" })
        {
            var query = QueryParser.Parse(text);
            var all = Filled().Search(query, 1000, facets: false);

            var last = Archive.Search(query, 2, all.Total - 1, facets: false);
            var past = Archive.Search(query, 5, all.Total + 3, facets: false);

            Assert.True(all.Total > 2, text);
            Assert.Equal((all.Total, all.Hits[^1].QuestionId), (last.Total, Assert.Single(last.Hits).QuestionId));
            Assert.Equal((all.Total, 0), (past.Total, past.Hits.Count));
        }
    }

    [Fact]
    public void Search_LargestQueryAllowed_RunsOnTheEngine()
    {
        var words = string.Join(" OR ", Enumerable.Repeat("Tibet*", QueryParser.MaxTerms - 1)) + " OR (((((((\"politieke gevangenen\")))))))";

        var page = Filled().Search(QueryParser.Parse(words), 5);

        Assert.NotEmpty(page.Hits);
    }

    [Fact]
    public void Stats_PerMonth_AddUpToAllQuestions()
    {
        var stats = Filled().Stats();

        Assert.Equal(SampleDocuments.All.Where(d => (d.AnsweredOn ?? d.SubmittedOn) is not null).Sum(d => d.Questions.Count), stats.PerMonth.Sum(m => m.Questions));
        Assert.Contains(new MonthFigures("2020-06", SampleDocuments.Seed.Questions.Count, null), stats.PerMonth);
        Assert.Equal(stats.PerMonth.Select(m => m.Month).Order(StringComparer.Ordinal), stats.PerMonth.Select(m => m.Month));
    }

    [Fact]
    public void Documents_PagedByCursor_NewestFirst_EachOnce()
    {
        Filled();
        var seen = new List<DocumentSummary>();
        string? cursor = null;
        do
        {
            var page = Archive.Documents([], 4, cursor);
            Assert.True(page.Items.Count <= 4);
            seen.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(SampleDocuments.All.Select(d => d.Id).Order(StringComparer.Ordinal), seen.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Equal(seen.Select(d => d.Date).OrderDescending(), seen.Select(d => d.Date));
        Assert.Equal(SampleDocuments.Seed.Questions.Count, seen.Single(d => d.Id == "kst-35207-34").Questions);
        Assert.Throws<InvalidCursorException>(() => Archive.Documents([], 4, "bm90IG91cnM"));
    }

    [Fact]
    public void Documents_Filtered_OnlyThoseThatPass()
    {
        var page = Filled().Documents(QueryParser.Parse("kind:question-list year:2020").Filters, 100);

        Assert.Equal(["kst-35207-34"], page.Items.Select(d => d.Id));
        Assert.Null(page.NextCursor);
    }

    [Fact]
    public void Resolve_ACitationOfAnArchivedDocument_GivesItsId()
    {
        Filled();

        Assert.Equal("kst-35207-34", Archive.Resolve(new Citation { Dossier = "35 207", Number = 34, Text = "Kamerstuk 35 207, nr. 34" }));
        Assert.Null(Archive.Resolve(new Citation { Dossier = "35 207", Number = 32, Text = "Kamerstuk 35 207, nr. 32" }));
        Assert.Null(Archive.Resolve(new Citation { Dossier = "35 207", Text = "Kamerstuk 35 207" }));
    }

    /// <summary>Removes what the engine made for the test (a schema, a file).</summary>
    protected virtual void Cleanup()
    {
    }

    public void Dispose()
    {
        _official?.Dispose();
        _archive?.Dispose();
        Cleanup();
        GC.SuppressFinalize(this);
    }
}
