using System.Threading.RateLimiting;

namespace ParlQA.Web.Hosting;

/// <summary>
/// Sign-in attempts, limited with .NET's rate limiters before any password is checked: per account (a guesser of one
/// account's password is stopped whatever address they try from), per client address (one client trying many
/// accounts), and at most a few password checks at once on the whole server (hashing is slow on purpose, and many
/// guessers must not slow every page). Unknown accounts count like real ones.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    /// <summary>Attempts one account gets per <see cref="AccountWindow"/>.</summary>
    public const int AttemptsPerAccount = 10;

    /// <summary>Attempts one client address gets at once; afterwards one more per <see cref="ClientRefill"/>.</summary>
    public const int AttemptsPerClient = 20;

    public static readonly TimeSpan AccountWindow = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan ClientRefill = TimeSpan.FromSeconds(30);

    private readonly PartitionedRateLimiter<string> _perAccount = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetFixedWindowLimiter(account, _ => new FixedWindowRateLimiterOptions { PermitLimit = AttemptsPerAccount, Window = AccountWindow }));

    private readonly PartitionedRateLimiter<string> _perClient = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = AttemptsPerClient, TokensPerPeriod = 1, ReplenishmentPeriod = ClientRefill, AutoReplenishment = true,
        }));

    private readonly ConcurrencyLimiter _checking = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(2, Environment.ProcessorCount), QueueLimit = 32, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>Whether this attempt may go ahead; when not, which limit stopped it and how long to wait.</summary>
    public Verdict Admit(string account, string client)
    {
        ArgumentNullException.ThrowIfNull(account);
        using var byClient = _perClient.AttemptAcquire(client);
        if (!byClient.IsAcquired)
            return new Verdict(false, Limit.Client, RetryAfter(byClient, ClientRefill));
        using var byAccount = _perAccount.AttemptAcquire(account.Trim().ToLowerInvariant());
        return byAccount.IsAcquired ? new Verdict(true, null, TimeSpan.Zero) : new Verdict(false, Limit.Account, RetryAfter(byAccount, AccountWindow));
    }

    /// <summary>A turn to check a password (held while checking); a lease not acquired means the server is too busy now.</summary>
    public ValueTask<RateLimitLease> TurnToCheck(CancellationToken cancel) => _checking.AcquireAsync(1, cancel);

    private static TimeSpan RetryAfter(RateLimitLease lease, TimeSpan otherwise) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : otherwise;

    public void Dispose()
    {
        _perAccount.Dispose();
        _perClient.Dispose();
        _checking.Dispose();
    }

    public enum Limit
    {
        Account,
        Client,
        Server,
    }

    public readonly record struct Verdict(bool Admitted, Limit? StoppedBy, TimeSpan RetryAfter);
}
