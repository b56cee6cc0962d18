namespace ParlQA.Rounds.Domain;

/// <summary>
/// What of a round a user is shown: the committee sees its questions but not the ministry's drafts until the
/// answers are sent; the ministry sees the list that was sent (not withdrawn or merged questions); the public
/// sees a published round as published.
/// </summary>
public static class RoundView
{
    /// <summary>The round as <paramref name="user"/> may see it, or null when they may not see it at all.</summary>
    public static Round? For(User? user, Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (!RoundPolicy.MaySee(user, round))
            return null;
        bool answersOut = round.State is RoundState.Answered or RoundState.Published;
        bool ministry = user?.Role is Role.Officer or Role.Approver;
        if (user?.Role == Role.Administrator)
            return round;
        if (ministry || user is null)
            return round with { Questions = round.Standing.Where(q => q.Number is not null).ToList(), History = user is null ? Milestones(round) : round.History };
        return answersOut ? round : round with { Answers = [] };
    }

    /// <summary>What the public sees of a round's history: when it was sent, postponed, answered and published, not by whom.</summary>
    private static List<AuditEntry> Milestones(Round round) =>
        round.History.Where(h => h.Action is "send" or "postpone" or "send answers" or "publish").Select(h => h with { UserId = "" }).ToList();
}
