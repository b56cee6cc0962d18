using System.Security.Cryptography;
using System.Text;
using ParlQA.Rounds.Domain;

namespace ParlQA.Rounds.Storage;

/// <summary>
/// Local accounts beside the rounds: who someone is (role, committee, party, ministry) and the hash of their API
/// token. The token itself is shown once, when the account is made, and never stored.
/// </summary>
public sealed class AccountStore(RoundStore store)
{
    /// <summary>Makes an account and returns its API token; <paramref name="passwordHash"/> (made by the web app's hasher) allows signing in to the pages.</summary>
    public string Add(User user, string? passwordHash = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrWhiteSpace(user.Id) || string.IsNullOrWhiteSpace(user.Name))
            throw new RoundException(new RoundRefusal(RefusalKind.Invalid, "an account needs an id and a name"));
        if (user.Role is Role.Clerk or Role.Member && string.IsNullOrWhiteSpace(user.Committee))
            throw new RoundException(new RoundRefusal(RefusalKind.Invalid, "clerks and members belong to a committee (--committee)"));
        if (user.Role is Role.Officer or Role.Approver && string.IsNullOrWhiteSpace(user.Ministry))
            throw new RoundException(new RoundRefusal(RefusalKind.Invalid, "officers and approvers belong to a ministry (--ministry)"));
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        using var connection = store.Open();
        if (RoundStore.Scalar(connection, "SELECT 1 FROM accounts WHERE id = $id", ("$id", user.Id)) is not null)
            throw new RoundException(new RoundRefusal(RefusalKind.Conflict, $"an account '{user.Id}' exists already"));
        RoundStore.Run(connection, "INSERT INTO accounts (id, name, role, committee, party, ministry, password, token_hash) VALUES ($id, $name, $role, $committee, $party, $ministry, $password, $hash)",
            ("$id", user.Id), ("$name", user.Name), ("$role", user.Role.ToString()), ("$committee", user.Committee), ("$party", user.Party),
            ("$ministry", user.Ministry), ("$password", passwordHash), ("$hash", Hash(token)));
        return token;
    }

    /// <summary>The account with this id, and its password hash (null when it has none).</summary>
    public (User User, string? PasswordHash)? FindById(string id)
    {
        using var connection = store.Open();
        using var command = RoundStore.Command(connection, "SELECT id, name, role, committee, party, ministry, password FROM accounts WHERE id = $id", ("$id", id));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            return null;
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        return (new User(reader.GetString(0), reader.GetString(1), Enum.Parse<Role>(reader.GetString(2)), Text(3), Text(4), Text(5)), Text(6));
    }

    /// <summary>The account a token belongs to, or null.</summary>
    public User? FindByToken(string token)
    {
        if (string.IsNullOrEmpty(token))
            return null;
        using var connection = store.Open();
        using var command = RoundStore.Command(connection, "SELECT id, name, role, committee, party, ministry FROM accounts WHERE token_hash = $hash", ("$hash", Hash(token)));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            return null;
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        return new User(reader.GetString(0), reader.GetString(1), Enum.Parse<Role>(reader.GetString(2)), Text(3), Text(4), Text(5));
    }

    public bool Any()
    {
        using var connection = store.Open();
        return RoundStore.Scalar(connection, "SELECT 1 FROM accounts LIMIT 1") is not null;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
