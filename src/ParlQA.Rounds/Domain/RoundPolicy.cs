namespace ParlQA.Rounds.Domain;

/// <summary>What can be done to a round; each is checked by <see cref="RoundPolicy"/> before it is done.</summary>
public enum RoundAction
{
    View,
    Create,
    Open,
    SetDeadline,
    Submit,
    EditOwnQuestion,
    Withdraw,
    Close,
    Merge,
    Reorder,
    Send,
    Postpone,
    DraftAnswer,
    ApproveAnswer,
    ReturnAnswer,
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
            return user is null ? RoundMessages.SignInFirst(action) : RoundMessages.NotYourRole(user.Role, action);
        var allowed = AllowedIn(action);
        if (allowed.Length > 0 && !allowed.Contains(round.State))
            return RoundMessages.WrongState(action, round.State, allowed);
        return null;
    }

    /// <summary>Whether the round is visible to this user at all (the public sees published rounds only).</summary>
    public static bool MaySee(User? user, Round round) => MayAct(user, RoundAction.View, round);

    /// <summary>Whether the user is of the round's committee (clerks and members) or of its ministry (officers and approvers).</summary>
    public static bool OfCommittee(User? user, Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return user is { Role: Role.Clerk or Role.Member, Committee: { } c } && string.Equals(c, round.Committee, StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc cref="OfCommittee"/>
    public static bool OfMinistry(User? user, Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return user is { Role: Role.Officer or Role.Approver, Ministry: { } m } && string.Equals(m, round.Ministry, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Sent to the ministry (and maybe answered or published since).</summary>
    public static bool IsSent(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return round.State is RoundState.Sent or RoundState.Postponed or RoundState.Answered or RoundState.Published;
    }

    private static bool MayAct(User? user, RoundAction action, Round round)
    {
        bool ofCommittee = OfCommittee(user, round);
        bool ofMinistry = OfMinistry(user, round) && IsSent(round);
        return (action, user?.Role) switch
        {
            (RoundAction.View, null) => round.State == RoundState.Published,
            (RoundAction.View, Role.Administrator) => true,
            (RoundAction.View, _) => ofCommittee || ofMinistry || round.State == RoundState.Published,
            (RoundAction.Create or RoundAction.Open or RoundAction.SetDeadline or RoundAction.Close or RoundAction.Merge or RoundAction.Reorder
                or RoundAction.Send or RoundAction.Publish, Role.Clerk) => ofCommittee,
            (RoundAction.Submit or RoundAction.EditOwnQuestion or RoundAction.Withdraw, Role.Member) => ofCommittee,
            (RoundAction.Postpone, Role.Officer or Role.Approver) => ofMinistry,
            (RoundAction.DraftAnswer, Role.Officer) => ofMinistry,
            (RoundAction.ApproveAnswer or RoundAction.ReturnAnswer or RoundAction.SendAnswers, Role.Approver) => ofMinistry,
            _ => false,
        };
    }

    private static RoundState[] AllowedIn(RoundAction action) => action switch
    {
        RoundAction.Open => [RoundState.Draft],
        RoundAction.SetDeadline => [RoundState.Draft, RoundState.Open],
        RoundAction.Submit or RoundAction.EditOwnQuestion or RoundAction.Withdraw or RoundAction.Close => [RoundState.Open],
        RoundAction.Merge or RoundAction.Reorder or RoundAction.Send => [RoundState.Closed],
        RoundAction.Postpone or RoundAction.DraftAnswer or RoundAction.ApproveAnswer or RoundAction.ReturnAnswer or RoundAction.SendAnswers =>
            [RoundState.Sent, RoundState.Postponed],
        RoundAction.Publish => [RoundState.Answered],
        _ => [],
    };
}

/// <summary>Why an action was refused: the role may not (403), not in this state or not any more (409), or the input is wrong (400).</summary>
public enum RefusalKind
{
    Forbidden,
    WrongState,
    Invalid,
    NotFound,
    Conflict,

    /// <summary>The step would leave the round inconsistent (see <see cref="RoundInvariants"/>): refused as a conflict (409).</summary>
    Inconsistent,
}

/// <summary>A refusal: its kind, its message in English, and (see <see cref="RoundMessages"/>) a stable code with the arguments of the message.</summary>
public sealed record RoundRefusal(RefusalKind Kind, string Message)
{
    public string Code { get; init; } = "";

    public IReadOnlyList<string> Args { get; init; } = [];
}

/// <summary>A refused action, with its reason; for a conflicting edit, the current version.</summary>
public sealed class RoundException(RoundRefusal refusal, int? currentVersion = null) : Exception(refusal.Message)
{
    public RoundRefusal Refusal { get; } = refusal;

    public int? CurrentVersion { get; } = currentVersion;
}
