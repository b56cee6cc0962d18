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
        round = RoundProcedure.DraftAnswer(round, Officer, "a1", 1, [1], "Tekst van de eerste ambtenaar.", null, [], Now);

        var conflict = Assert.Throws<RoundException>(() => RoundProcedure.DraftAnswer(round, OtherOfficer, "a1", 1, [1], "Tekst van de tweede.", null, [], Now));

        Assert.Equal(RefusalKind.Conflict, conflict.Refusal.Kind);
        Assert.Equal(2, conflict.CurrentVersion);
        Assert.Equal("Tekst van de eerste ambtenaar.", round.Answers[0].Text);
    }

    [Fact]
    public void EditedAnswer_NeedsApprovalAgain()
    {
        var round = RoundProcedure.DraftAnswer(Sent(), Officer, null, null, [1, 2, 3, 4], "Alles in een keer.", null, [], Now);
        round = RoundProcedure.Approve(round, Approver, "a1", Now);
        round = RoundProcedure.DraftAnswer(round, Officer, "a1", 1, [1, 2, 3, 4], "Toch anders.", null, [], Now);

        Assert.Equal("answer a1 is not approved yet", Refused(() => RoundProcedure.SendAnswers(round, Approver, Now)).Message);
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
