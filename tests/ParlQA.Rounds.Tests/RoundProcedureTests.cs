using ParlQA.Rounds.Domain;
using static ParlQA.Rounds.Tests.Scenario;

namespace ParlQA.Rounds.Tests;

/// <summary>Every step of the procedure: what it does, and that it is refused from the wrong state or role.</summary>
public sealed class RoundProcedureTests
{
    [Fact]
    public void WholeRound_EveryStepIsRecordedWithWhoAndWhat()
    {
        var round = Answered();
        round = RoundProcedure.Publish(round, Clerk, "pq-r1", Now);

        Assert.Equal(RoundState.Published, round.State);
        Assert.Equal(["create", "open", "submit", "submit", "submit", "submit", "submit", "close", "merge", "send",
            "draft answer", "draft answer", "draft answer", "approve", "approve", "approve", "send answers", "publish"], round.History.Select(h => h.Action));
        Assert.Equal("sjoerdsma", round.History[2].UserId);
        Assert.Equal(round.History.Count, round.Version);
    }

    [Fact]
    public void Submit_GivesIdsInOrderWithoutGaps()
    {
        var round = Closed();

        Assert.Equal(["s1", "s2", "s3", "s4", "s5"], round.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Merge_TheDuplicateLeavesTheListAndGivesItsSources()
    {
        var round = RoundProcedure.Open(Draft(), Clerk, Now);
        round = RoundProcedure.Submit(round, Member, "Hoeveel Tibetaanse gevangenen?", ["https://a.example/1"], Now);
        round = RoundProcedure.Submit(round, OtherMember, "Hoeveel gevangenen uit Tibet?", ["https://b.example/2"], Now);
        round = RoundProcedure.Merge(RoundProcedure.Close(round, Clerk, Now), Clerk, "s2", "s1", Now);

        Assert.Equal(["s1"], round.Standing.Select(q => q.Id));
        Assert.Equal(["https://a.example/1", "https://b.example/2"], round.Questions[0].Sources);
    }

    [Fact]
    public void Send_NumbersTheStandingQuestionsAndSetsTheDueDate()
    {
        var round = Sent();

        Assert.Equal([(string?)"s1", "s3", "s4", "s5"], round.Standing.OrderBy(q => q.Number).Select(q => (string?)q.Id));
        Assert.Equal([1, 2, 3, 4], round.Standing.Select(q => q.Number!.Value).Order());
        Assert.Equal(new DateOnly(2020, 5, 22), round.DueOn);
    }

    [Fact]
    public void Send_InTheClerksOrder()
    {
        var round = RoundProcedure.Send(Closed(), Clerk, ["s5", "s1", "s4", "s3"], Now);

        Assert.Equal(1, round.Questions.Single(q => q.Id == "s5").Number);
        Assert.Null(round.Questions.Single(q => q.Id == "s2").Number);
    }

    [Fact]
    public void Postpone_NeedsAReasonAndALaterDate()
    {
        var round = Sent();

        var postponed = RoundProcedure.Postpone(round, Officer, "advies van de ambassade nodig", new DateOnly(2020, 6, 17), Now);

        Assert.Equal((RoundState.Postponed, new DateOnly(2020, 6, 17)), (postponed.State, postponed.DueOn));
        Assert.Equal(RefusalKind.Invalid, Refused(() => RoundProcedure.Postpone(round, Officer, " ", new DateOnly(2020, 6, 17), Now)).Kind);
        Assert.Equal(RefusalKind.Invalid, Refused(() => RoundProcedure.Postpone(round, Officer, "later", new DateOnly(2020, 5, 1), Now)).Kind);
    }

    [Fact]
    public void DraftAnswer_GroupReferenceAndFootnotes()
    {
        var round = Answered();

        Assert.Equal([[1], [2, 3], [4]], round.Answers.Select(a => a.QuestionNumbers.ToArray()));
        Assert.Equal("Zie het antwoord op vraag 1.", round.Answers[2].Text);
        Assert.Equal(1, round.Answers[2].ReferenceTo);
        Assert.Equal("2–3", RoundProcedure.Label(round.Answers[1].QuestionNumbers));
    }

    [Fact]
    public void DraftAnswer_AQuestionAnsweredTwice_IsRefused()
    {
        var round = RoundProcedure.DraftAnswer(Sent(), Officer, null, null, [1, 2], "Samen.", null, [], Now);

        var refusal = Refused(() => RoundProcedure.DraftAnswer(round, Officer, null, null, [2], "Nog eens.", null, [], Now));

        Assert.Equal("question 2 already has an answer", refusal.Message);
    }

    [Fact]
    public void DraftAnswer_SavedOnAnOlderVersion_IsAConflictWithTheCurrentVersion()
    {
        var round = RoundProcedure.DraftAnswer(Sent(), Officer, null, null, [1], "Eerste tekst.", null, [], Now);
        round = RoundProcedure.DraftAnswer(round, Officer, "d1", 1, [1], "Tekst van de eerste ambtenaar.", null, [], Now);

        var conflict = Assert.Throws<RoundException>(() => RoundProcedure.DraftAnswer(round, OtherOfficer, "d1", 1, [1], "Tekst van de tweede.", null, [], Now));

        Assert.Equal(RefusalKind.Conflict, conflict.Refusal.Kind);
        Assert.Equal(2, conflict.CurrentVersion);
        Assert.Equal("Tekst van de eerste ambtenaar.", round.Answers[0].Text);
    }

    [Fact]
    public void DraftAnswer_MovedToAnotherQuestionThenTheFirstAnswered_IdsNeverCollide()
    {
        var round = RoundProcedure.DraftAnswer(Sent(), Officer, null, null, [1], "Eerst op vraag 1.", null, [], Now);
        var moved = round.Answers[0].Id;
        round = RoundProcedure.DraftAnswer(round, Officer, moved, 1, [2], "Toch op vraag 2.", null, [], Now);

        round = RoundProcedure.DraftAnswer(round, Officer, null, null, [1], "Nu op vraag 1.", null, [], Now);
        round = RoundProcedure.Approve(round, Approver, moved, 2, Now);

        Assert.Equal(2, round.Answers.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["Toch op vraag 2."], round.Answers.Where(a => a.Approved).Select(a => a.Text));
    }

    [Fact]
    public void Approve_AVersionOtherThanTheOneRead_IsAConflictWithTheCurrentVersion()
    {
        var round = RoundProcedure.DraftAnswer(Sent(), Officer, null, null, [1], "Versie een.", null, [], Now);
        round = RoundProcedure.DraftAnswer(round, Officer, "d1", 1, [1], "Versie twee.", null, [], Now);

        var conflict = Assert.Throws<RoundException>(() => RoundProcedure.Approve(round, Approver, "d1", 1, Now));

        Assert.Equal((RefusalKind.Conflict, 2), (conflict.Refusal.Kind, conflict.CurrentVersion));
        Assert.Equal("the answer to 1 was changed meanwhile (now version 2); reload it and try again", conflict.Message);
        Assert.Equal(RefusalKind.Invalid, Refused(() => RoundProcedure.Approve(round, Approver, "d1", null, Now)).Kind);
        Assert.True(RoundProcedure.Approve(round, Approver, "d1", 2, Now).Answers[0].Approved);
    }

    [Fact]
    public void ReturnAnswer_WithARemark_NeedsANewTextOrApprovalAgain()
    {
        var round = RoundProcedure.DraftAnswer(Sent(), Officer, null, null, [1], "Te kort.", null, [], Now);
        round = RoundProcedure.Approve(round, Approver, "d1", 1, Now);

        round = RoundProcedure.ReturnAnswer(round, Approver, "d1", 1, "Noem de cijfers van 2019.", Now);

        Assert.Equal((false, "Noem de cijfers van 2019.", 2), (round.Answers[0].Approved, round.Answers[0].Remark, round.Answers[0].Version));
        Assert.Equal(RefusalKind.Invalid, Refused(() => RoundProcedure.ReturnAnswer(round, Approver, "d1", 2, " ", Now)).Kind);
        Assert.Equal(RefusalKind.Forbidden, Refused(() => RoundProcedure.ReturnAnswer(round, Officer, "d1", 2, "Zelf?", Now)).Kind);
        round = RoundProcedure.DraftAnswer(round, Officer, "d1", 2, [1], "In 2019 waren het er 12.", null, [], Now);
        Assert.Null(round.Answers[0].Remark);
    }

    [Fact]
    public void DraftAnswer_LongerThanTheLimit_IsRefused()
    {
        var round = Sent();

        var refusal = Refused(() => RoundProcedure.DraftAnswer(round, Officer, null, null, [1], new string('x', RoundMessages.MaxAnswerLength + 1), null, [], Now));

        Assert.Equal((RefusalKind.Invalid, "an answer is at most 20,000 characters"), (refusal.Kind, refusal.Message));
        Assert.Single(RoundProcedure.DraftAnswer(round, Officer, null, null, [1], new string('x', RoundMessages.MaxAnswerLength), null, [], Now).Answers);
    }

    [Fact]
    public void DraftAnswer_MarkerOfAFootnoteItDoesNotHave_IsRefused()
    {
        var refusal = Refused(() => RoundProcedure.DraftAnswer(Sent(), Officer, null, null, [1], "Zie het rapport[2].", null, ["Rapport, https://example.org"], Now));

        Assert.Equal("the answer marks footnote [2] but has 1 footnote(s)", refusal.Message);
    }

    [Fact]
    public void Published_FootnoteMarkers_LeaveTheTextAndNumberTheNotesThroughTheDocument()
    {
        var round = RoundProcedure.DraftAnswer(Sent(), Officer, null, null, [2], "Zie het rapport[1] en de brief[2].", null, ["Rapport", "Brief"], Now);
        round = RoundProcedure.DraftAnswer(round, Officer, null, null, [1], "Eerst dit.", null, ["Eerste noot"], Now);

        var document = ParlQA.Rounds.Publishing.RoundDocument.From(round);

        var second = document.Answers.Single(a => a.Id == "a2");
        Assert.Equal("Zie het rapport en de brief.", second.Text);
        Assert.Equal([2, 3], second.FootnoteNumbers);
        Assert.Equal(["Eerste noot", "Rapport", "Brief"], document.Footnotes.Select(f => f.Text));
    }

    [Fact]
    public void AStoredRoundWithTwoAnswersOfOneId_IsRefusedWith409NotPublishedHalf()
    {
        // How rounds were left by the earlier ids ("a" + the lowest number): a1 moved to question 2, then question 1 answered.
        var round = Sent() with
        {
            Answers = [new DraftAnswer("a1", [2], "Op twee.") { Approved = true }, new DraftAnswer("a1", [1], "Op een.")],
        };

        var refusal = Refused(() => RoundProcedure.Approve(round, Approver, "a1", 1, Now));

        Assert.Equal(RefusalKind.Inconsistent, refusal.Kind);
        Assert.Equal("the round would be inconsistent: two answers have the id a1; nothing was changed", refusal.Message);
        Assert.Contains("two answers have the id a1", RoundInvariants.Problems(round));
    }

    [Fact]
    public void Submit_AfterTheDeadline_IsRefusedUntilTheClerkMovesIt()
    {
        var round = RoundProcedure.Open(Draft(), Clerk, Now);
        var late = new DateTimeOffset(2020, 5, 16, 9, 0, 0, TimeSpan.Zero);

        var refusal = Refused(() => RoundProcedure.Submit(round, Member, "Te laat?", [], late));

        Assert.Equal((RefusalKind.WrongState, "the deadline for questions (2020-05-15) has passed"), (refusal.Kind, refusal.Message));
        Assert.Equal(RefusalKind.Invalid, Refused(() => RoundProcedure.SetDeadline(round, Clerk, new DateOnly(2020, 5, 15), late)).Kind);
        round = RoundProcedure.SetDeadline(round, Clerk, new DateOnly(2020, 5, 22), late);
        Assert.Single(RoundProcedure.Submit(round, Member, "Nu op tijd?", [], late).Questions);
    }

    [Fact]
    public void Close_WithNoQuestionStanding_IsRefused()
    {
        var round = RoundProcedure.Submit(RoundProcedure.Open(Draft(), Clerk, Now), Member, "Vraag?", [], Now);
        round = RoundProcedure.Withdraw(round, Member, "s1", Now);

        Assert.Equal(RefusalKind.Invalid, Refused(() => RoundProcedure.Close(round, Clerk, Now)).Kind);
    }

    [Fact]
    public void Reorder_TheClerksOrderGivesTheNumbers()
    {
        var round = RoundProcedure.Reorder(Closed(), Clerk, ["s5", "s1", "s4", "s3"], Now);

        Assert.Equal(["s5", "s1", "s4", "s3"], round.InListOrder().Select(q => q.Id));
        var sent = RoundProcedure.Send(round, Clerk, null, Now);
        Assert.Equal([("s5", 1), ("s1", 2), ("s4", 3), ("s3", 4)], sent.InListOrder().Select(q => (q.Id, q.Number!.Value)));
        Assert.Equal(RefusalKind.Invalid, Refused(() => RoundProcedure.Reorder(Closed(), Clerk, ["s5", "s1"], Now)).Kind);
    }

    [Fact]
    public void EditedAnswer_NeedsApprovalAgain()
    {
        var round = RoundProcedure.DraftAnswer(Sent(), Officer, null, null, [1, 2, 3, 4], "Alles in een keer.", null, [], Now);
        round = RoundProcedure.Approve(round, Approver, "d1", 1, Now);
        round = RoundProcedure.DraftAnswer(round, Officer, "d1", 1, [1, 2, 3, 4], "Toch anders.", null, [], Now);

        Assert.Equal("the answer to 1–4 is not approved yet", Refused(() => RoundProcedure.SendAnswers(round, Approver, Now)).Message);
    }

    [Fact]
    public void SendAnswers_WithAQuestionUnanswered_IsRefused()
    {
        var round = RoundProcedure.DraftAnswer(Sent(), Officer, null, null, [1], "Een.", null, [], Now);

        Assert.Equal("questions without an answer: 2, 3, 4", Refused(() => RoundProcedure.SendAnswers(round, Approver, Now)).Message);
    }

    [Fact]
    public void Members_ChangeOnlyTheirOwnQuestions()
    {
        var round = RoundProcedure.Submit(RoundProcedure.Open(Draft(), Clerk, Now), Member, "Vraag?", [], Now);

        Assert.Equal(RefusalKind.Forbidden, Refused(() => RoundProcedure.Withdraw(round, OtherMember, "s1", Now)).Kind);
        var edited = RoundProcedure.EditQuestion(round, Member, "s1", "Betere vraag?", [], Now);
        Assert.Equal("Betere vraag?", edited.Questions[0].Text);
        Assert.True(RoundProcedure.Withdraw(edited, Member, "s1", Now).Questions[0].Withdrawn);
    }

    [Theory]
    [InlineData("", "a question needs its text")]
    [InlineData("Vraag?", "sources are web addresses (http or https)", "javascript:alert(1)")]
    public void Submit_BadInput_IsRefusedWithTheReason(string text, string message, string? source = null)
    {
        var round = RoundProcedure.Open(Draft(), Clerk, Now);

        var refusal = Refused(() => RoundProcedure.Submit(round, Member, text, source is null ? [] : [source], Now));

        Assert.Equal((RefusalKind.Invalid, message), (refusal.Kind, refusal.Message));
    }

    [Fact]
    public void Steps_FromTheWrongState_AreRefusedWithTheStateNamed()
    {
        var draft = Draft();
        var refusal = Refused(() => RoundProcedure.Submit(draft, Member, "Vraag?", [], Now));
        Assert.Equal((RefusalKind.WrongState, "cannot submit questions: the round is draft (possible when open)"), (refusal.Kind, refusal.Message));

        var sent = Sent();
        Assert.Equal(RefusalKind.WrongState, Refused(() => RoundProcedure.Submit(sent, Member, "Te laat?", [], Now)).Kind);
        Assert.Equal(RefusalKind.WrongState, Refused(() => RoundProcedure.Merge(sent, Clerk, "s3", "s1", Now)).Kind);
        Assert.Equal(RefusalKind.WrongState, Refused(() => RoundProcedure.Publish(sent, Clerk, "pq-r1", Now)).Kind);
        Assert.Equal(RefusalKind.WrongState, Refused(() => RoundProcedure.Open(sent, Clerk, Now)).Kind);
    }

    [Fact]
    public void Duplicates_TheSameQuestionInOtherWords_IsSuggested()
    {
        var round = RoundProcedure.Open(Draft(), Clerk, Now);
        round = RoundProcedure.Submit(round, Member, "Hoeveel Tibetaanse politieke gevangenen zijn er?", [], Now);
        round = RoundProcedure.Submit(round, OtherMember, "Wat doet de regering voor de Oeigoeren?", [], Now);
        round = RoundProcedure.Submit(round, OtherMember, "Hoeveel politieke gevangenen uit Tibet zijn er?", [], Now);

        var suggestion = Assert.Single(Duplicates.Suggest(round));

        Assert.Equal(("s3", "s1"), (suggestion.QuestionId, suggestion.LikeQuestionId));
    }

    [Fact]
    public void View_TheCommitteeSeesNoDraftsTheMinistryNoWithdrawnQuestions()
    {
        var round = RoundProcedure.DraftAnswer(Sent(), Officer, null, null, [1], "Concept.", null, [], Now);

        Assert.Empty(RoundView.For(Member, round)!.Answers);
        Assert.Single(RoundView.For(Officer, round)!.Answers);
        Assert.DoesNotContain(RoundView.For(Officer, round)!.Questions, q => q.Id == "s2");
        Assert.Null(RoundView.For(null, round));
        Assert.Null(RoundView.For(ForeignOfficer, round));
    }

    private static RoundRefusal Refused(Action step) => Assert.Throws<RoundException>(step).Refusal;
}
