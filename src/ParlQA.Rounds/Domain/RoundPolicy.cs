namespace ParlQA.Rounds.Domain;

/// <summary>What can be done to a round; each is checked by <see cref="RoundPolicy"/> before it is done.</summary>
public enum RoundAction
{
    View,
    Create,
    Open,
    Submit,
    EditOwnQuestion,
    Withdraw,
    Close,
    Merge,
    Send,
    Postpone,
    DraftAnswer,
    ApproveAnswer,
    SendAnswers,
    Publish,
}

/// <summary>
/// Who may do what, in which state. Until publication a round is confidential: members see their committee's
/// rounds, the ministry sees a round once it was sent to it, the public (no user) nothing until it is published.
/// Enforced here, in the domain, whatever page or API calls it.
/// </summary>
public static class RoundPolicy
{
    /// <summary>Null when allowed, else why not — a refusal by role (403) or by state (409) — with a clear message.</summary>
    public static RoundRefusal? Check(User? user, RoundAction action, Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (!MayAct(user, action, round))
            return new RoundRefusal(RefusalKind.Forbidden, user is null ? $"sign in to {Verb(action)}" : $"a {Name(user.Role)} may not {Verb(action)} here");
        var allowed = AllowedIn(action);
        if (allowed.Length > 0 && !allowed.Contains(round.State))
            return new RoundRefusal(RefusalKind.WrongState, $"cannot {Verb(action)}: the round is {round.State.ToString().ToLowerInvariant()} (possible when {string.Join(" or ", allowed.Select(s => s.ToString().ToLowerInvariant()))})");
        return null;
    }

    /// <summary>Whether the round is visible to this user at all (the public sees published rounds only).</summary>
    public static bool MaySee(User? user, Round round) => MayAct(user, RoundAction.View, round);

    private static bool MayAct(User? user, RoundAction action, Round round)
    {
        bool ofCommittee = user?.Committee is { } c && string.Equals(c, round.Committee, StringComparison.OrdinalIgnoreCase);
        bool ofMinistry = user?.Ministry is { } m && string.Equals(m, round.Ministry, StringComparison.OrdinalIgnoreCase);
        bool sent = round.State is RoundState.Sent or RoundState.Postponed or RoundState.Answered or RoundState.Published;
        return (action, user?.Role) switch
        {
            (RoundAction.View, null) => round.State == RoundState.Published,
            (RoundAction.View, Role.Administrator) => true,
            (RoundAction.View, Role.Clerk or Role.Member) => ofCommittee || round.State == RoundState.Published,
            (RoundAction.View, Role.Officer or Role.Approver) => (ofMinistry && sent) || round.State == RoundState.Published,
            (RoundAction.Create or RoundAction.Open or RoundAction.Close or RoundAction.Merge or RoundAction.Send or RoundAction.Publish, Role.Clerk) => ofCommittee,
            (RoundAction.Submit or RoundAction.EditOwnQuestion or RoundAction.Withdraw, Role.Member) => ofCommittee,
            (RoundAction.Postpone, Role.Officer or Role.Approver) => ofMinistry && sent,
            (RoundAction.DraftAnswer, Role.Officer) => ofMinistry && sent,
            (RoundAction.ApproveAnswer or RoundAction.SendAnswers, Role.Approver) => ofMinistry && sent,
            _ => false,
        };
    }

    private static RoundState[] AllowedIn(RoundAction action) => action switch
    {
        RoundAction.Create => [],
        RoundAction.View => [],
        RoundAction.Open => [RoundState.Draft],
        RoundAction.Submit or RoundAction.EditOwnQuestion or RoundAction.Withdraw => [RoundState.Open],
        RoundAction.Close => [RoundState.Open],
        RoundAction.Merge => [RoundState.Closed],
        RoundAction.Send => [RoundState.Closed],
        RoundAction.Postpone => [RoundState.Sent, RoundState.Postponed],
        RoundAction.DraftAnswer or RoundAction.ApproveAnswer or RoundAction.SendAnswers => [RoundState.Sent, RoundState.Postponed],
        RoundAction.Publish => [RoundState.Answered],
        _ => [],
    };

    private static string Name(Role role) => role switch
    {
        Role.Clerk => "clerk",
        Role.Member => "member",
        Role.Officer => "ministry officer",
        Role.Approver => "ministry approver",
        Role.Archivist => "archivist",
        _ => "administrator",
    };

    private static string Verb(RoundAction action) => action switch
    {
        RoundAction.View => "see the round",
        RoundAction.Create => "create a round",
        RoundAction.Open => "open the round",
        RoundAction.Submit => "submit questions",
        RoundAction.EditOwnQuestion => "edit questions",
        RoundAction.Withdraw => "withdraw questions",
        RoundAction.Close => "close the round",
        RoundAction.Merge => "merge questions",
        RoundAction.Send => "send the list",
        RoundAction.Postpone => "file a delay notice",
        RoundAction.DraftAnswer => "draft answers",
        RoundAction.ApproveAnswer => "approve answers",
        RoundAction.SendAnswers => "send the answers",
        _ => "publish",
    };
}

/// <summary>Why an action was refused: the role may not (403), or not in this state (409), or the input is wrong (400).</summary>
public enum RefusalKind
{
    Forbidden,
    WrongState,
    Invalid,
    NotFound,
    Conflict,
}

public sealed record RoundRefusal(RefusalKind Kind, string Message);

/// <summary>A refused action, with its reason; for a conflicting edit, the current version.</summary>
public sealed class RoundException(RoundRefusal refusal, int? currentVersion = null) : Exception(refusal.Message)
{
    public RoundRefusal Refusal { get; } = refusal;

    public int? CurrentVersion { get; } = currentVersion;
}
