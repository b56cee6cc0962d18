using ParlQA.Cli.Commands;
using ParlQA.Sync;

namespace ParlQA.Cli.Tests;

/// <summary>Counts in the CLI's lines read as English: "1 document", and a sync's progress "of N" where N is known.</summary>
public sealed class CountedTextTests
{
    [Theory]
    [InlineData(0, "0 documents")]
    [InlineData(1, "1 document")]
    [InlineData(12345, "12,345 documents")]
    public void Counted_OneIsSingular(long count, string expected) => Assert.Equal(expected, CliMessages.Counted(count, "document"));

    [Theory]
    [InlineData(1, 1, "Zaak                   1 page          1 entity")]
    [InlineData(4, 1234, "Zaak                   4 pages     1,234 entities")]
    public void SyncSummary_CategoryLine_OneIsSingular_CountsStayInColumns(int pages, int entities, string expected) =>
        Assert.Equal(expected, SyncCommand.CategoryLine(new CategoryResult("Zaak", pages, entities, null)));

    [Fact]
    public void SyncProgress_ReadingTheFeed_CountsPagesWithoutATotal() =>
        Assert.Equal("feed: 1 page, 1 entity; files: 0 read, 0 failed  ", SyncCommand.Progress(new SyncProgress(1, 1, 0, 0, 0, 0, null, "feed")));

    [Fact]
    public void SyncProgress_BuildingDocuments_SaysOfHowMany() =>
        Assert.Equal("feed: 42 pages, 10,321 entities; documents: 320 of 3,400 handled, 300 stored; files: 120 read, 2 failed  ",
            SyncCommand.Progress(new SyncProgress(42, 10321, 120, 2, 300, 320, 3400, "documents")));

    [Fact]
    public void SyncProgress_BuildingDocumentsSinceADay_HasNoTotalItDoesNotKnow() =>
        Assert.Equal("feed: 42 pages, 10,321 entities; documents: 64 handled, 60 stored; files: 61 read, 0 failed  ",
            SyncCommand.Progress(new SyncProgress(42, 10321, 61, 0, 60, 64, null, "documents")));
}
