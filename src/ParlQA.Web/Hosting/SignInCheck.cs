using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;

namespace ParlQA.Web.Hosting;

/// <summary>
/// Checks an account's password with the same work whether the account exists or not: an unknown, disabled or
/// password-less account is checked against a stand-in hash made by the same hasher (the same iterations), so the
/// time a sign-in takes does not tell which accounts exist.
/// </summary>
public sealed class SignInCheck
{
    private static readonly User StandIn = new("", "", Role.Member);

    private readonly AccountStore _accounts;
    private readonly IPasswordHasher<User> _hasher;
    private readonly string _standInHash;

    public SignInCheck(AccountStore accounts, IPasswordHasher<User> hasher)
    {
        _accounts = accounts;
        _hasher = hasher;
        _standInHash = hasher.HashPassword(StandIn, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
    }

    /// <summary>The account, when the password is its own; null otherwise (whatever the reason).</summary>
    public Account? Verify(string accountId, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var account = string.IsNullOrWhiteSpace(accountId) ? null : _accounts.FindById(accountId.Trim());
        var hash = account?.PasswordHash ?? _standInHash;
        bool matches = _hasher.VerifyHashedPassword(account?.User ?? StandIn, hash, password) != PasswordVerificationResult.Failed;
        return matches && account?.PasswordHash is not null ? account : null;
    }
}
