namespace ParlQA.Rounds.Domain;

/// <summary>What a person may do in a round depends on this, and on their committee or ministry.</summary>
public enum Role
{
    /// <summary>Griffier: opens, closes, numbers, sends and publishes a committee's rounds.</summary>
    Clerk,

    /// <summary>Kamerlid of a committee: submits questions.</summary>
    Member,

    /// <summary>Ministry officer: drafts answers and delay notices.</summary>
    Officer,

    /// <summary>Ministry approver: approves answers and sends the set.</summary>
    Approver,

    /// <summary>Manages accounts; sees every round, acts in none.</summary>
    Administrator,

    /// <summary>Adds documents to the archive (upload) and restores earlier versions; acts in no round.</summary>
    Archivist,
}

/// <summary>A signed-in person; <see cref="Committee"/> for clerks and members, <see cref="Ministry"/> for officers and approvers.</summary>
public sealed record User(string Id, string Name, Role Role, string? Committee = null, string? Party = null, string? Ministry = null);
