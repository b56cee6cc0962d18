using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using ParlQA.Model;
using ParlQA.Web.Rendering;

namespace ParlQA.Web.Tests;

/// <summary>Pages name questions and answers as printed ("Vraag 25 (tweede)", "Antwoord op vraag 26"), never by id (q25-2, a26).</summary>
[Collection(SharedArchive.Name)]
public sealed class PrintedLabelTests(ArchiveFixture archive) : IDisposable
{
    private readonly WebFactory _factory = new(archive.Db);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Question 25 printed twice, 22–25 answered together, a sub-question printed without a number after 61, 26 answered by an unlabelled answer.</summary>
    private static readonly QaDocument Printed = new()
    {
        Id = "kst-1-1",
        Kind = DocumentKind.QuestionList,
        Questions =
        [
            new Question { Id = "q22", Label = "22", Numbers = [22], Text = "?", AnswerId = "a22" },
            new Question { Id = "q25", Label = "25", Numbers = [25], Text = "?", AnswerId = "a22" },
            new Question { Id = "q25-2", Label = "25", Numbers = [25], Text = "?", AnswerId = "a25-2" },
            new Question { Id = "q26", Label = "26", Numbers = [26], Text = "?", AnswerId = "a26" },
            new Question { Id = "q61", Label = "61", Numbers = [61], Text = "?" },
            new Question { Id = "q61.1", Text = "?" },
        ],
        Answers =
        [
            new Answer { Id = "a22", Label = "22–25", QuestionIds = ["q22", "q25"], Text = "." },
            new Answer { Id = "a25-2", Label = "25", QuestionIds = ["q25-2"], Text = "." },
            new Answer { Id = "a26", QuestionIds = ["q26"], Text = "." },
        ],
        Source = new SourceInfo { Format = "text", Sha256 = new string('b', 64) },
    };

    [Theory]
    [InlineData("nl", "q25", "Vraag 25")]
    [InlineData("nl", "q25-2", "Vraag 25 (tweede)")]
    [InlineData("nl", "q61.1", "Vraag 61 (tweede)")]
    [InlineData("en", "q25-2", "Question 25 (second)")]
    [InlineData("en", "q61.1", "Question 61 (second)")]
    public void Question_IsNamedByItsPrintedNumber(string language, string id, string expected) =>
        Assert.Equal(expected, In(language, text => PrintedLabels.Question(Printed, Printed.Questions.Single(q => q.Id == id), text)));

    [Theory]
    [InlineData("nl", "a22", "Antwoord op vragen 22–25")]
    [InlineData("nl", "a25-2", "Antwoord op vraag 25 (tweede)")]
    [InlineData("nl", "a26", "Antwoord op vraag 26")]
    [InlineData("en", "a22", "Answer to questions 22–25")]
    [InlineData("en", "a26", "Answer to question 26")]
    public void Answer_IsNamedByTheQuestionsItAnswers(string language, string id, string expected) =>
        Assert.Equal(expected, In(language, text => PrintedLabels.Answer(Printed, Printed.Answers.Single(a => a.Id == id), text)));

    [Fact]
    public async Task DocumentPage_HeadingsSayWhatIsPrinted_NotIds()
    {
        using var client = _factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/d/kst-35207-34", UriKind.Relative), Cancel);
        Assert.Contains(">Vraag 25 (tweede)</a></h2>", html, StringComparison.Ordinal);
        Assert.Contains(">Vraag 61 (tweede)</a></h2>", html, StringComparison.Ordinal);
        Assert.Contains(">Antwoord op vraag 26</h3>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@">(Vraag|Antwoord) [qa]\d", html);
        Assert.DoesNotContain(">Antwoord a", html, StringComparison.Ordinal);
        var question = await client.GetStringAsync(new Uri("/d/kst-35207-34/q25-2?culture=en", UriKind.Relative), Cancel);
        Assert.Contains("<h1>Question 25 (second)</h1>", question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchHit_IsNamedAsPrinted_WithItsDocumentsSubjectNotItsId()
    {
        using var client = _factory.CreateClient();
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/search?q=%22wederkerige%20toegang%22", UriKind.Relative), Cancel));

        var heading = Regex.Match(html, @"<h3><a href=""/d/kst-35207-34/q25-2"">(?<label>[^<]*)</a>\s*<span class=""doc"" lang=""nl"">(?<doc>[^<]*)</span></h3>");
        Assert.True(heading.Success, "no heading of a hit for q25-2");
        Assert.Equal("Vraag 25 (tweede)", heading.Groups["label"].Value);
        Assert.Equal(archive.Seed.Title ?? archive.Seed.Subject, heading.Groups["doc"].Value);
    }

    [Fact]
    public async Task SameAnswerList_NamesQuestionsAsPrinted_WithTheirDocumentsSubject()
    {
        const string answer = "Het kabinet deelt de zorgen over de mensenrechtensituatie in de regio en brengt deze zorgen op bilaterale en multilaterale fora over het voetlicht, onder meer tijdens de Mensenrechtenraad in Genève, waar Nederland zich samen met gelijkgezinde landen inzet voor toegang van onafhankelijke waarnemers.";
        using var own = new OwnArchive();
        using (var stored = ParlQA.Archive.ArchiveOpener.Open(own.Db))
            stored.Store([Asking("doc-first", "Eerste onderwerp", answer), Asking("doc-second", "Tweede onderwerp", answer)]);
        using var factory = new WebFactory(own.Db);
        using var client = factory.CreateClient();

        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/d/doc-first/q3-2", UriKind.Relative), Cancel));

        Assert.Matches(@"<a href=""/d/doc-second/q3-2"">Vraag 3 \(tweede\)</a> <span class=""doc"" lang=""nl"">Tweede onderwerp</span>", html);
        Assert.DoesNotContain("doc-second ·", html, StringComparison.Ordinal);
    }

    /// <summary>A document whose second question 3 has the given answer.</summary>
    private static QaDocument Asking(string id, string subject, string answer) => new()
    {
        Id = id,
        Kind = DocumentKind.QuestionList,
        Subject = subject,
        Questions =
        [
            new Question { Id = "q3", Label = "3", Numbers = [3], Text = "Wat is de stand van zaken?", AnswerId = "a3" },
            new Question { Id = "q3-2", Label = "3", Numbers = [3], Text = "Hoe spreekt het kabinet de regio aan op de mensenrechten?", AnswerId = "a3-2" },
        ],
        Answers =
        [
            new Answer { Id = "a3", Label = "3", QuestionIds = ["q3"], Text = "Die is ongewijzigd." },
            new Answer { Id = "a3-2", Label = "3", QuestionIds = ["q3-2"], Text = answer },
        ],
        Source = new SourceInfo { Format = "text", Sha256 = new string(id == "doc-first" ? 'b' : 'c', 64) },
    };

    [Fact]
    public async Task HomePage_ListsDocumentsByTheirSubject()
    {
        using var client = _factory.CreateClient();
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/", UriKind.Relative), Cancel));
        using var stored = ParlQA.Archive.ArchiveOpener.Open(archive.Db);
        var recent = stored.Documents([], 10, null).Items.Where(d => d.Subject is not null).ToList();
        Assert.NotEmpty(recent);
        Assert.All(recent, d => Assert.Contains($"<a href=\"/d/{d.Id}\" lang=\"nl\">{d.Subject}</a>", html, StringComparison.Ordinal));
    }

    private string In(string language, Func<IStringLocalizer, string> say)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            using var scope = _factory.Services.CreateScope();
            return say(scope.ServiceProvider.GetRequiredService<IStringLocalizer<Text>>());
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    public void Dispose() => _factory.Dispose();
}
