namespace ParlQA.Rounds.Domain;

/// <summary>Whom a round is shown to, as far as what they see of it differs.</summary>
public enum Audience
{
    /// <summary>Not signed in, or signed in without a part in this round (another committee, another ministry, an archivist).</summary>
    Public,

    /// <summary>A member of the round's committee.</summary>
    Member,

    /// <summary>The committee's clerk.</summary>
    Clerk,

    /// <summary>An officer or approver of the answering ministry, once the list was sent to it.</summary>
    Ministry,

    Administrator,
}

/// <summary>
/// What of a round a user is shown. The visibility table, in one place:
/// <list type="table">
/// <listheader><term>audience</term><description>questions · answers · history</description></listheader>
/// <item><term>public, outsiders</term><description>the numbered list (who asked, not their account) · the answers · milestones (sent, postponed, answered, published), without who</description></item>
/// <item><term>committee member</term><description>every question but others' withdrawn ones · the answers once sent · the committee's steps, and milestones without who</description></item>
/// <item><term>clerk</term><description>every question · the answers once sent · everything</description></item>
/// <item><term>ministry</term><description>the numbered list · every draft · everything</description></item>
/// <item><term>administrator</term><description>everything</description></item>
/// </list>
/// Whether the round is seen at all is <see cref="RoundPolicy.MaySee"/>: outsiders and the public only once published.
/// </summary>
public static class RoundView
{
    private static readonly HashSet<string> CommitteeSteps = ["create", "open", "deadline", "submit", "edit question", "withdraw", "close", "merge", "reorder", "send", "publish"];

    private static readonly HashSet<string> Milestones = ["send", "postpone", "send answers", "publish"];

    /// <summary>How <paramref name="user"/> stands to <paramref name="round"/>.</summary>
    public static Audience AudienceOf(User? user, Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (user?.Role == Role.Administrator)
            return Audience.Administrator;
        if (RoundPolicy.OfCommittee(user, round))
            return user!.Role == Role.Clerk ? Audience.Clerk : Audience.Member;
        return RoundPolicy.OfMinistry(user, round) && RoundPolicy.IsSent(round) ? Audience.Ministry : Audience.Public;
    }

    /// <summary>The round as <paramref name="user"/> may see it, or null when they may not see it at all.</summary>
    public static Round? For(User? user, Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (!RoundPolicy.MaySee(user, round))
            return null;
        bool answersOut = round.State is RoundState.Answered or RoundState.Published;
        return AudienceOf(user, round) switch
        {
            Audience.Administrator => round,
            Audience.Clerk => answersOut ? round : round with { Answers = [] },
            Audience.Member => round with
            {
                Questions = round.Questions.Where(q => !q.Withdrawn || q.MemberId == user!.Id).ToList(),
                Answers = answersOut ? round.Answers : [],
                History = round.History.Where(h => CommitteeSteps.Contains(h.Action) || Milestones.Contains(h.Action))
                    .Select(h => CommitteeSteps.Contains(h.Action) ? h : h with { UserId = "" }).ToList(),
            },
            Audience.Ministry => round with { Questions = Listed(round) },
            _ => round with
            {
                Questions = Listed(round).Select(q => q with { MemberId = "" }).ToList(),
                History = round.History.Where(h => Milestones.Contains(h.Action)).Select(h => h with { UserId = "" }).ToList(),
            },
        };
    }

    private static List<RoundQuestion> Listed(Round round) => round.Standing.Where(q => q.Number is not null).ToList();
}
