using System.Globalization;
using System.Text.Json;
using ParlQA.Archive;
using ParlQA.Rounds.Domain;

namespace ParlQA.Rounds.Storage;

/// <summary>What <see cref="RoundCheck"/> found: how many rounds and accounts, and every problem in words.</summary>
public sealed record RoundCheckReport(int Rounds, int Accounts, IReadOnlyList<string> Problems);

/// <summary>
/// Checks the stored rounds, as <c>parlqa check</c> does: each round's JSON reads, the columns lists are filtered by
/// agree with it, it keeps the <see cref="RoundInvariants"/>, and a published round's document reached the archive.
/// </summary>
public static class RoundCheck
{
    /// <summary>Checks every round; <paramref name="everInArchive"/> says whether the archive ever held a document id.</summary>
    public static RoundCheckReport Run(RoundStore store, Func<string, bool> everInArchive)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(everInArchive);
        var rows = store.Database.Read(c => Sql.Rows(c, null, "SELECT id, state, version, committee, ministry, json FROM rounds ORDER BY seq",
            r => (Id: r.GetString(0), State: r.GetString(1), Version: Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture), Committee: r.GetString(3),
                Ministry: r.GetString(4), Json: r.GetString(5))));
        var problems = new List<string>();
        foreach (var row in rows)
        {
            Round round;
            try
            {
                round = RoundStore.Deserialize(row.Json);
            }
            catch (JsonException e)
            {
                problems.Add($"round {row.Id}: its JSON cannot be read ({e.Message})");
                continue;
            }
            if (round.Id != row.Id || round.State.ToString() != row.State || round.Version != row.Version || round.Committee != row.Committee || round.Ministry != row.Ministry)
                problems.Add($"round {row.Id}: its columns (state {row.State}, version {row.Version}) disagree with its JSON (state {round.State}, version {round.Version})");
            problems.AddRange(RoundInvariants.Problems(round).Select(p => $"round {row.Id}: {p}"));
            if (round.State == RoundState.Published && round.DocumentId is { } document && !everInArchive(document))
                problems.Add($"round {row.Id}: published, but its document {document} never reached the archive (a server start completes it)");
        }
        int accounts = store.Database.Read(c => Convert.ToInt32(Sql.Scalar(c, null, "SELECT COUNT(*) FROM accounts WHERE removed_at IS NULL"), CultureInfo.InvariantCulture));
        return new RoundCheckReport(rows.Count, accounts, problems);
    }
}
