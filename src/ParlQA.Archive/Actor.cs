namespace ParlQA.Archive;

/// <summary>
/// Who or what changed the archive: the way it came (<c>ingest</c>, <c>sync</c>, <c>upload</c>, <c>restore</c>, a round's
/// publication…) and, when a person did it, their account — a ParlQA account, or <c>os:NAME</c> for the user running a command.
/// </summary>
public sealed record Actor(string Via, string? Account = null)
{
    /// <summary>A parlqa command run on this machine, by the operating-system user running it.</summary>
    public static Actor Local(string command) => new(command, "os:" + Environment.UserName);

    /// <summary>A change whose caller did not say who made it (recorded as such, never left out).</summary>
    public static Actor Unnamed { get; } = new("unnamed");

    public override string ToString() => Account is null ? Via : $"{Via} by {Account}";
}
