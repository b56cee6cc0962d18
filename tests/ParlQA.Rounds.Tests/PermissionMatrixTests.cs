using ParlQA.Rounds.Domain;
using ParlQA.Tests.Rounds;
using static ParlQA.Rounds.Tests.Scenario;

namespace ParlQA.Rounds.Tests;

/// <summary>The policy against the permission matrix (<see cref="RoundMatrix"/>, the table the web tests run over the API and the pages), and who sees a round in which state.</summary>
public sealed class PermissionMatrixTests
{
    public static TheoryData<string, string, RoundState> Cells()
    {
        var data = new TheoryData<string, string, RoundState>();
        foreach (var row in RoundMatrix.Rows)
            foreach (var person in RoundMatrix.Everyone)
                foreach (var state in RoundMatrix.States)
                    data.Add(row.Step, person, state);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Policy_IsTheMatrix(string step, string person, RoundState state)
    {
        var row = RoundMatrix.Rows.Single(r => r.Step == step);

        var refusal = RoundPolicy.Check(RoundMatrix.Person(person), row.Action, RoundMatrix.InState(state));

        Assert.Equal(RoundMatrix.Expected(row, person, state), refusal?.Kind switch
        {
            null => Outcome.Allowed,
            RefusalKind.Forbidden => Outcome.Forbidden,
            RefusalKind.WrongState => Outcome.WrongState,
            var other => throw new InvalidOperationException($"{other}: {refusal.Message}"),
        });
    }

    /// <summary>Who sees the round in each state: the committee and administrators always, the ministry once sent, everyone once published.</summary>
    private static readonly Dictionary<RoundState, string[]> Seeing = new()
    {
        [RoundState.Draft] = ["admin", "clerk", "sjoerdsma", "van-helvert"],
        [RoundState.Open] = ["admin", "clerk", "sjoerdsma", "van-helvert"],
        [RoundState.Closed] = ["admin", "clerk", "sjoerdsma", "van-helvert"],
        [RoundState.Sent] = ["admin", "clerk", "sjoerdsma", "van-helvert", "officer", "approver"],
        [RoundState.Answered] = ["admin", "clerk", "sjoerdsma", "van-helvert", "officer", "approver"],
        [RoundState.Published] = ["admin", "clerk", "sjoerdsma", "van-helvert", "officer", "approver", "outsider", "fin-officer", "public"],
    };

    private static Round InState(RoundState state) => state switch
    {
        RoundState.Draft => Draft(),
        RoundState.Open => RoundProcedure.Open(Draft(), Clerk, Now),
        RoundState.Closed => Closed(),
        RoundState.Sent => Sent(),
        RoundState.Answered => Answered(),
        _ => RoundProcedure.Publish(Answered(), Clerk, "pq-r1", Now),
    };

    public static TheoryData<string, RoundState> Views()
    {
        var data = new TheoryData<string, RoundState>();
        foreach (var user in Everyone.Select(u => u.Id).Append("public"))
            foreach (var state in Seeing.Keys)
                data.Add(user, state);
        return data;
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void Round_ConfidentialUntilPublished(string userId, RoundState state)
    {
        var user = Everyone.FirstOrDefault(u => u.Id == userId);

        Assert.Equal(Seeing[state].Contains(userId), RoundPolicy.MaySee(user, InState(state)));
    }

    public static TheoryData<string, RoundState> PersonsAndStates()
    {
        var data = new TheoryData<string, RoundState>();
        foreach (var person in RoundMatrix.Everyone)
            foreach (var state in RoundMatrix.States)
                data.Add(person, state);
        return data;
    }

    [Theory]
    [MemberData(nameof(PersonsAndStates))]
    public void View_IsTheVisibilityMatrix(string person, RoundState state)
    {
        var expected = VisibilityMatrix.Expected(person, state);

        var visible = RoundView.For(RoundMatrix.Person(person), VisibilityMatrix.InState(state));

        Assert.Equal(expected, visible is null ? new Sight(false, false, false, false, false) : new Sight(true,
            visible.Questions.Any(q => q.Text == VisibilityMatrix.WithdrawnText),
            visible.History.Any(h => h.UserId == "clerk"),
            visible.History.Any(h => h.UserId is "officer" or "approver"),
            visible.Questions.Any(q => q.MemberId.Length > 0)));
    }
}
