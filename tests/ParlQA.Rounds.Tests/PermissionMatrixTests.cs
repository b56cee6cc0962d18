using ParlQA.Rounds.Domain;
using static ParlQA.Rounds.Tests.Scenario;

namespace ParlQA.Rounds.Tests;

/// <summary>Every role × every action, in a state where the action is possible: allowed, or refused as forbidden.</summary>
public sealed class PermissionMatrixTests
{
    /// <summary>Who may do each action (by user id; "public" is no user at all) — written out here, apart from the policy.</summary>
    private static readonly Dictionary<RoundAction, string[]> Allowed = new()
    {
        [RoundAction.Create] = ["clerk"],
        [RoundAction.Open] = ["clerk"],
        [RoundAction.Submit] = ["sjoerdsma", "van-helvert"],
        [RoundAction.EditOwnQuestion] = ["sjoerdsma", "van-helvert"],
        [RoundAction.Withdraw] = ["sjoerdsma", "van-helvert"],
        [RoundAction.Close] = ["clerk"],
        [RoundAction.Merge] = ["clerk"],
        [RoundAction.Send] = ["clerk"],
        [RoundAction.Postpone] = ["officer", "approver"],
        [RoundAction.DraftAnswer] = ["officer"],
        [RoundAction.ApproveAnswer] = ["approver"],
        [RoundAction.SendAnswers] = ["approver"],
        [RoundAction.Publish] = ["clerk"],
    };

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

    private static RoundState StateFor(RoundAction action) => action switch
    {
        RoundAction.Create or RoundAction.Open => RoundState.Draft,
        RoundAction.Submit or RoundAction.EditOwnQuestion or RoundAction.Withdraw or RoundAction.Close => RoundState.Open,
        RoundAction.Merge or RoundAction.Send => RoundState.Closed,
        RoundAction.Publish => RoundState.Answered,
        _ => RoundState.Sent,
    };

    public static TheoryData<string, RoundAction> Cells()
    {
        var data = new TheoryData<string, RoundAction>();
        foreach (var user in Everyone.Select(u => u.Id).Append("public"))
            foreach (var action in Allowed.Keys)
                data.Add(user, action);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Action_AllowedOnlyToItsRoles(string userId, RoundAction action)
    {
        var user = Everyone.FirstOrDefault(u => u.Id == userId);

        var refusal = RoundPolicy.Check(user, action, InState(StateFor(action)));

        if (Allowed[action].Contains(userId))
            Assert.Null(refusal);
        else
            Assert.Equal(RefusalKind.Forbidden, refusal?.Kind);
    }

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
}
