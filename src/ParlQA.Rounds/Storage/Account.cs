using ParlQA.Rounds.Domain;

namespace ParlQA.Rounds.Storage;

/// <summary>An account: the person, whether they may sign in, and what they sign in with.</summary>
public sealed record Account(User User, bool Disabled, DateTimeOffset? CreatedAt)
{
    /// <summary>The password's hash (see <see cref="Passwords"/>); null for an account that uses its API token only.</summary>
    public string? PasswordHash { get; init; }

    public bool HasPassword => PasswordHash is not null;

    /// <summary>Changes whenever the password, token or state changes: a session signed in under an older stamp has ended.</summary>
    public string SecurityStamp { get; init; } = "";
}
