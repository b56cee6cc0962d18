using ParlQA.Model;

namespace ParlQA.Web.Tests;

/// <summary>A document page links its official publication and file; a cited Kamerstuk links to its page in the archive, else to its official publication.</summary>
public sealed class DocumentLinkTests : IDisposable
{
    private readonly OwnArchive _archive = new();
    private readonly WebFactory _factory;

    public DocumentLinkTests()
    {
        using (var stored = ParlQA.Archive.ArchiveOpener.Open(_archive.Db))
            stored.Store([Cited, Citing]);
        _factory = new WebFactory(_archive.Db);
    }

    [Fact]
    public async Task Document_LinksItsOfficialPublicationAndPdf_FromItsIdentity()
    {
        var html = await _factory.PageThere("/d/doc-citing");

        Assert.Contains("<a href=\"https://zoek.officielebekendmakingen.nl/kst-36410-7.html\" rel=\"external\">Officiële publicatie</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://zoek.officielebekendmakingen.nl/kst-36410-7.pdf\" rel=\"external\">PDF (officieel)</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CitedKamerstuk_InTheArchive_LinksToItsPage_ElseToItsOfficialPublication()
    {
        var html = await _factory.PageThere("/d/doc-citing");

        Assert.Contains("<a class=\"citation\" href=\"/d/kst-35207-34\">Kamerstuk 35 207, nr. 34</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"citation\" href=\"https://zoek.officielebekendmakingen.nl/kst-35207-99.html\" rel=\"external\">Kamerstuk 35 207, nr. 99</a>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"citation\">Handelingen II 2019/20, nr. 80</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CitedBy_NamesTheCitingDocumentBySubject()
    {
        var html = await _factory.PageThere("/d/kst-35207-34");

        Assert.Contains("<a href=\"/d/doc-citing\" lang=\"nl\">Vragen over de brief</a>", html, StringComparison.Ordinal);
    }

    private static QaDocument Cited { get; } = new()
    {
        Id = "kst-35207-34",
        Kind = DocumentKind.QuestionList,
        Dossier = "35 207",
        Number = 34,
        Subject = "Mensenrechten in China",
        Questions = [new Question { Id = "q1", Label = "1", Numbers = [1], Text = "Wat is de stand?" }],
        Answers = [],
        Source = new SourceInfo { Format = "text", Sha256 = new string('d', 64) },
    };

    private static QaDocument Citing { get; } = new()
    {
        Id = "doc-citing",
        Kind = DocumentKind.QuestionList,
        Dossier = "36 410",
        Number = 7,
        Subject = "Vragen over de brief",
        Questions = [new Question { Id = "q1", Label = "1", Numbers = [1], Text = "Zie Kamerstuk 35 207, nr. 34 en nr. 99?" }],
        Answers = [],
        Citations =
        [
            new Citation { Dossier = "35 207", Number = 34, Text = "Kamerstuk 35 207, nr. 34" },
            new Citation { Dossier = "35 207", Number = 99, Text = "Kamerstuk 35 207, nr. 99" },
            new Citation { Kind = CitationKind.Handelingen, Session = "2019–2020", Number = 80, Text = "Handelingen II 2019/20, nr. 80" },
        ],
        Source = new SourceInfo { Format = "text", Sha256 = new string('e', 64) },
    };

    public void Dispose()
    {
        _factory.Dispose();
        _archive.Dispose();
    }
}
