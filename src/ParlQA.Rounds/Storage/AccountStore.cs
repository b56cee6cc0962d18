using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using ParlQA.Archive;
using ParlQA.Rounds.Domain;

namespace ParlQA.Rounds.Storage;

/// <summary>
/// Accounts in the archive's database: who someone is (role, committee, party, ministry), the hash of their password
/// and of their API token (the token itself is shown once and never stored). Every administrative change is written
/// to the <see cref="AuditLog"/> in the same transaction. A removed account stays as a tombstone without password
/// or token, so its id — named in rounds' histories — is never given to someone else.
/// </summary>
public sealed class AccountStore
{
    private readonly ArchiveDatabase _database;

    /// <summary>The accounts of an archive's database; their tables are brought up to date.</summary>
    public AccountStore(ArchiveDatabase database) => _database = RoundStore.Migrate(database ?? throw new ArgumentNullException(nameof(database)));

    /// <summary>The accounts kept beside these rounds.</summary>
    public AccountStore(RoundStore store) => _database = (store ?? throw new ArgumentNullException(nameof(store))).Database;

    private const string Columns = "id, name, role, committee, party, ministry, password, disabled, created_at, security_stamp";

    /// <summary>Makes an account and returns its API token; <paramref name="passwordHash"/> (see <see cref="Passwords"/>) allows signing in to the pages.</summary>
    public string Add(User user, string? passwordHash = null, Actor? by = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrWhiteSpace(user.Id) || string.IsNullOrWhiteSpace(user.Name))
            throw Invalid("an account needs an id and a name");
        if (user.Role is Role.Clerk or Role.Member && string.IsNullOrWhiteSpace(user.Committee))
            throw Invalid("clerks and members belong to a committee (--committee)");
        if (user.Role is Role.Officer or Role.Approver && string.IsNullOrWhiteSpace(user.Ministry))
            throw Invalid("officers and approvers belong to a ministry (--ministry)");
        var token = NewSecret();
        return _database.Write((connection, transaction) =>
        {
            if (Sql.Scalar(connection, transaction, "SELECT removed_at FROM accounts WHERE id = @id", ("@id", user.Id)) is string removed)
                throw new RoundException(new RoundRefusal(RefusalKind.Conflict, $"the account '{user.Id}' was removed on {removed[..10]}; ids are not given again (rounds' histories name them)"));
            if (Sql.Scalar(connection, transaction, "SELECT 1 FROM accounts WHERE id = @id", ("@id", user.Id)) is not null)
                throw new RoundException(new RoundRefusal(RefusalKind.Conflict, $"an account '{user.Id}' exists already"));
            Sql.Run(connection, transaction, """
                INSERT INTO accounts (id, name, role, committee, party, ministry, password, token_hash, disabled, created_at, security_stamp)
                VALUES (@id, @name, @role, @committee, @party, @ministry, @password, @hash, 0, @at, @stamp)
                """,
                ("@id", user.Id), ("@name", user.Name), ("@role", user.Role.ToString()), ("@committee", user.Committee), ("@party", user.Party),
                ("@ministry", user.Ministry), ("@password", passwordHash), ("@hash", Hash(token)), ("@at", Sql.Timestamp(DateTimeOffset.UtcNow)), ("@stamp", NewSecret()));
            Audit(connection, transaction, by, "account.add", user.Id, Describe(user) + (passwordHash is null ? ", API token only" : ", with a password"));
            return token;
        });
    }

    /// <summary>The account with this id that may sign in (with its password hash and security stamp); null when disabled, removed or unknown.</summary>
    public Account? FindById(string id) =>
        _database.Read(c => Sql.Rows(c, null, $"SELECT {Columns} FROM accounts WHERE id = @id AND disabled = 0 AND removed_at IS NULL", Read, ("@id", id)))
            .FirstOrDefault();

    /// <summary>The account a token belongs to, or null (also for a disabled or removed account).</summary>
    public User? FindByToken(string token)
    {
        if (string.IsNullOrEmpty(token))
            return null;
        return _database.Read(c => Sql.Rows(c, null, $"SELECT {Columns} FROM accounts WHERE token_hash = @hash AND disabled = 0 AND removed_at IS NULL",
            r => Read(r).User, ("@hash", Hash(token)))).FirstOrDefault();
    }

    /// <summary>The account with this id, disabled or not (null when unknown or removed).</summary>
    public Account? Get(string id) =>
        _database.Read(c => Sql.Rows(c, null, $"SELECT {Columns} FROM accounts WHERE id = @id AND removed_at IS NULL", Read, ("@id", id))).FirstOrDefault();

    /// <summary>Every account not removed, by id.</summary>
    public IReadOnlyList<Account> List() =>
        _database.Read(c => Sql.Rows(c, null, $"SELECT {Columns} FROM accounts WHERE removed_at IS NULL ORDER BY id", Read));

    public bool Any() => _database.Read(c => Sql.Scalar(c, null, "SELECT 1 FROM accounts WHERE removed_at IS NULL LIMIT 1") is not null);

    /// <summary>Stops the account signing in or using its token (sessions signed in before end); false when it was disabled already.</summary>
    public bool Disable(string id, Actor by) => Change(id, by, "account.disable", "disabled = 1, security_stamp = @stamp", "disabled = 0", keepsAnAdmin: true);

    /// <summary>Lets a disabled account sign in again; false when it was not disabled.</summary>
    public bool Enable(string id, Actor by) => Change(id, by, "account.enable", "disabled = 0, security_stamp = @stamp", "disabled = 1");

    /// <summary>A new security stamp (on signing out): sessions signed in under the old one have ended. Not audited: no administrative change.</summary>
    public void NewSecurityStamp(string id) => _database.Write((connection, transaction) =>
        Sql.Run(connection, transaction, "UPDATE accounts SET security_stamp = @stamp WHERE id = @id", ("@id", id), ("@stamp", NewSecret())));

    /// <summary>Sets a new password (ending the account's sessions).</summary>
    public void SetPassword(string id, string passwordHash, Actor by)
    {
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        Change(id, by, "account.reset-password", "password = @password, security_stamp = @stamp", "1 = 1", values: ("@password", passwordHash));
    }

    /// <summary>Gives the account a new API token and returns it (shown once); the old one stops working at once.</summary>
    public string RotateToken(string id, Actor by)
    {
        var token = NewSecret();
        Change(id, by, "account.rotate-token", "token_hash = @hash, security_stamp = @stamp", "1 = 1", values: ("@hash", Hash(token)));
        return token;
    }

    /// <summary>Removes the account: it can no longer sign in or use a token, and its id is not given again.</summary>
    public void Remove(string id, Actor by) =>
        Change(id, by, "account.remove", "password = NULL, token_hash = NULL, removed_at = @at, security_stamp = @stamp", "1 = 1", keepsAnAdmin: true,
            ("@at", Sql.Timestamp(DateTimeOffset.UtcNow)));

    /// <summary>
    /// One administrative change to an existing account, audited; false (and nothing written) when <paramref name="when"/>
    /// does not hold. With <paramref name="keepsAnAdmin"/> the last active administrator is refused: nobody could manage accounts after.
    /// </summary>
    private bool Change(string id, Actor by, string action, string set, string when, bool keepsAnAdmin = false, params (string Name, object? Value)[] values) =>
        _database.Write((connection, transaction) =>
        {
            if (Sql.Rows(connection, transaction, $"SELECT {Columns} FROM accounts WHERE id = @id AND removed_at IS NULL", Read, ("@id", id)).FirstOrDefault() is not { } account)
                throw new RoundException(new RoundRefusal(RefusalKind.NotFound, $"no account '{id}'"));
            if (keepsAnAdmin && account.User.Role == Role.Administrator && !account.Disabled && Sql.Scalar(connection, transaction,
                "SELECT 1 FROM accounts WHERE role = @role AND id <> @id AND disabled = 0 AND removed_at IS NULL", ("@role", nameof(Role.Administrator)), ("@id", id)) is null)
                throw new RoundException(new RoundRefusal(RefusalKind.Conflict, $"'{id}' is the last administrator: make another one first"));
            if (Sql.Run(connection, transaction, $"UPDATE accounts SET {set} WHERE id = @id AND {when}", [("@id", id), ("@stamp", NewSecret()), .. values]) == 0)
                return false;
            Audit(connection, transaction, by, action, id, Describe(account.User));
            return true;
        });

    private static void Audit(DbConnection connection, DbTransaction transaction, Actor? by, string action, string target, string detail) =>
        AuditLog.Record(connection, transaction, new AuditRecord(DateTimeOffset.UtcNow, by ?? Actor.Unnamed, action, target, detail));

    /// <summary>"Konings (Clerk, vaste commissie voor Buitenlandse Zaken)".</summary>
    private static string Describe(User user) =>
        $"{user.Name} ({string.Join(", ", new[] { user.Role.ToString(), user.Committee, user.Party, user.Ministry }.Where(s => !string.IsNullOrEmpty(s)))})";

    private static Account Read(DbDataReader r) =>
        new(new User(r.GetString(0), r.GetString(1), Enum.Parse<Role>(r.GetString(2)), r.Text(3), r.Text(4), r.Text(5)),
            Convert.ToInt32(r.GetValue(7), System.Globalization.CultureInfo.InvariantCulture) != 0, r.Text(8) is { } at ? Sql.ParseTimestamp(at) : null)
        {
            PasswordHash = r.Text(6),
            SecurityStamp = r.Text(9) ?? "",
        };

    private static RoundException Invalid(string message) => new(new RoundRefusal(RefusalKind.Invalid, message));

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
