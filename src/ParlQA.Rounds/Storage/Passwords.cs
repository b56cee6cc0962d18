using Microsoft.AspNetCore.Identity;
using ParlQA.Rounds.Domain;

namespace ParlQA.Rounds.Storage;

/// <summary>Passwords for the pages, hashed with ASP.NET Core Identity's hasher (PBKDF2, salted, versioned).</summary>
public static class Passwords
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinimumLength = 8;

    private static readonly PasswordHasher<User> Hasher = new();

    public static string Hash(User user, string password) => Hasher.HashPassword(user, password);

    public static bool Verify(User user, string hash, string password) =>
        Hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed;

    /// <summary>Why a password is refused, or null when it will do.</summary>
    public static string? Weakness(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return password.Length < MinimumLength ? $"a password has at least {MinimumLength} characters" : null;
    }
}
