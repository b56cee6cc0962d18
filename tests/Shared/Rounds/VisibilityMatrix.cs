using ParlQA.Rounds.Domain;

namespace ParlQA.Tests.Rounds;

/// <summary>What one person is shown of a round: whether they see it at all, and which of its confidential parts.</summary>
internal sealed record Sight(bool Round, bool OthersWithdrawn, bool WhoInCommittee, bool WhoInMinistry, bool AskersAccount);

/// <summary>
/// The visibility matrix of the question round as one table, written out apart from <see cref="RoundView"/>: per person
/// and state, what they see. The public and outsiders (another committee, another ministry, an archivist) see a round
/// once published, and then only the publication and its milestones, without who took them; committee members see the
/// committee's steps with who, never others' withdrawn questions; the full trail stays with the clerk, the ministry
/// (once the list was sent) and the administrator. The domain tests check RoundView with it, the web tests every route.
/// </summary>
internal static class VisibilityMatrix
{
    /// <summary>The text of a question member-2 submitted and withdrew (in every round from the open state on).</summary>
    public const string WithdrawnText = "Ingetrokken vraag van Van Helvert?";

    private static readonly Sight Nothing = new(false, false, false, false, false);
    private static readonly Sight Publication = new(true, false, false, false, false);
    private static readonly Sight Trail = new(true, true, true, true, true);

    public static Sight Expected(string person, RoundState state)
    {
        var sight = person switch
        {
            "clerk" or "admin" => Trail,
            "member" => new(true, false, true, false, true),
            // Their own withdrawn question is not another's: member-2 sees it.
            "member-2" => new(true, true, true, false, true),
            "officer" or "officer-2" or "approver" => state >= RoundState.Sent ? Trail with { OthersWithdrawn = false } : Nothing,
            _ => state == RoundState.Published ? Publication : Nothing,
        };
        // A draft has no questions yet; the ministry takes steps only once the list was sent to it.
        return sight with
        {
            OthersWithdrawn = sight.OthersWithdrawn && state >= RoundState.Open,
            AskersAccount = sight.AskersAccount && state >= RoundState.Open,
            WhoInMinistry = sight.WhoInMinistry && state >= RoundState.Sent,
        };
    }

    /// <summary>A round of <see cref="RoundMatrix"/> in the state, with a question member-2 withdrew and (once sent) answers drafted by "officer".</summary>
    public static Round InState(RoundState state, string id = "r1") => RoundMatrix.InState(state, id, withdrawn: WithdrawnText);
}
