using ParlQA.Model;
using ParlQA.Reading;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Publishing;

namespace ParlQA.Rounds.Tests;

/// <summary>The PDF ParlQA publishes, read back by ParlQA's own PDF reader, gives the round it came from.</summary>
public sealed class RoundTripTests
{
    [Fact]
    public void PublishedPdf_ReadBack_GivesTheSameQuestionsAnswersGroupsAndReferences()
    {
        var round = Scenario.Answered();
        var published = RoundDocument.From(round);

        var read = DocumentReader.Read(RoundPdf.Write(round), "round.pdf");

        Assert.True(read.Succeeded, read.Error);
        var back = read.Document!;
        Assert.Equal(published.Questions.Select(q => (q.Id, q.Text)), back.Questions.Select(q => (q.Id, q.Text)));
        Assert.Equal(published.Answers.Select(a => (a.Label, string.Join(",", a.QuestionIds), a.Text)), back.Answers.Select(a => (a.Label, string.Join(",", a.QuestionIds), a.Text)));
        Assert.Equal(published.Answers.Select(a => a.References), back.Answers.Select(a => a.References));
        Assert.Equal(published.Footnotes.Select(f => f.Text), back.Footnotes.Select(f => f.Text));
        Assert.Equal(published.Answers.Select(a => a.FootnoteNumbers), back.Answers.Select(a => a.FootnoteNumbers));
        Assert.Equal((published.Committee, published.Chair, published.Clerk), (back.Committee, back.Chair, back.Clerk));
        Assert.Equal(DocumentKind.QuestionList, back.Kind);
    }

    [Fact]
    public void PublishedPdf_QuestionAcrossAPageBreak_ReadsBackWhole_WithGroupsReferencesAndFootnotes()
    {
        var round = RoundProcedure.Open(Scenario.Draft(), Scenario.Clerk, Scenario.Now);
        var sentence = "Kunt u aangeven welke gesprekken er in het kader van de mensenrechtendialoog zijn gevoerd, met wie, en met welk resultaat?";
        for (int i = 1; i <= 12; i++)
            round = RoundProcedure.Submit(round, Scenario.Member, $"Over onderwerp {i}: {sentence}", [], Scenario.Now);
        // About 45 spaced lines (some 990 pt): longer than a page (710 pt), so it must cross a page break.
        var longQuestion = string.Join(" ", Enumerable.Repeat(sentence, 30));
        round = RoundProcedure.Submit(round, Scenario.OtherMember, longQuestion, [], Scenario.Now);
        round = RoundProcedure.Send(RoundProcedure.Close(round, Scenario.Clerk, Scenario.Now), Scenario.Clerk, null, Scenario.Now);
        round = RoundProcedure.DraftAnswer(round, Scenario.Officer, null, null, [1, 2], "De gesprekken over beide onderwerpen zijn gevoerd.", null, ["Verslag, https://www.rijksoverheid.nl/verslag"], Scenario.Now);
        round = RoundProcedure.DraftAnswer(round, Scenario.Officer, null, null, [3], "", 1, [], Scenario.Now);
        for (int n = 4; n <= 13; n++)
            round = RoundProcedure.DraftAnswer(round, Scenario.Officer, null, null, [n], $"De gesprekken over onderwerp {n} zijn gevoerd en er is verslag van gedaan.", null, n == 13 ? ["Tweede verslag, https://www.rijksoverheid.nl/verslag-2"] : [], Scenario.Now);
        foreach (var answer in round.Answers)
            round = RoundProcedure.Approve(round, Scenario.Approver, answer.Id, answer.Version, Scenario.Now);
        round = RoundProcedure.SendAnswers(round, Scenario.Approver, Scenario.Now);

        var pdf = RoundPdf.Write(round);
        var read = DocumentReader.Read(pdf, "round.pdf");
        Assert.True(read.Succeeded, read.Error);
        var back = read.Document!;

        Assert.True(back.Source!.Pages > 1, "the list spans pages");
        var published = RoundDocument.From(round);
        Assert.Equal(published.Questions.Select(q => (q.Id, q.Text)), back.Questions.Select(q => (q.Id, q.Text)));
        Assert.Equal(published.Answers.Select(a => (a.Label, string.Join(",", a.QuestionIds), a.Text)), back.Answers.Select(a => (a.Label, string.Join(",", a.QuestionIds), a.Text)));
        Assert.Equal(published.Answers.Select(a => a.References), back.Answers.Select(a => a.References));
        Assert.Equal(published.Footnotes.Select(f => f.Text), back.Footnotes.Select(f => f.Text));
        Assert.Equal(published.Answers.Select(a => a.FootnoteNumbers), back.Answers.Select(a => a.FootnoteNumbers));
    }
}
