using ParlQA.Archive;
using ParlQA.Rounds.Storage;

namespace ParlQA.Cli.Tests;

/// <summary>
/// <c>parlqa users …</c>: accounts administered from the command line, passwords never taken as arguments, every
/// change in the audit log; and read commands that never make an archive.
/// </summary>
public sealed class UsersCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("parlqa-users-").FullName;

    private string Db => Path.Combine(_folder, "archive.db");

    private static (int Exit, string Out, string Err) Run(string? stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var input = stdin is null ? null : new StringReader(stdin);
        int exit = CliApp.Run(args, stdout, stderr, input);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string AddClerk(string? password = null)
    {
        string[] args = ["users", "add", "konings", "--name", "Konings", "--role", "Clerk", "--committee", "vaste commissie voor Buitenlandse Zaken", "--db", Db];
        var (exit, output, error) = Run(password, password is null ? args : [.. args, "--with-password"]);
        Assert.True(exit == CliApp.Ok, error);
        return output.Trim().Split(' ')[^1];
    }

    private AccountStore Accounts => new(ArchiveDatabase.For(Db));

    [Fact]
    public void UsersAdd_PasswordAsAnArgument_IsRefused()
    {
        var (exit, _, error) = Run(null, "users", "add", "admin", "--name", "Beheer", "--role", "Administrator", "--password", "geheim-wachtwoord", "--db", Db);

        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains("--password", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void UsersAdd_WithPassword_ReadsItFromStandardInput()
    {
        AddClerk("geheim-wachtwoord\n");

        var account = Accounts.FindById("konings")!;
        Assert.True(Passwords.Verify(account.User, account.PasswordHash!, "geheim-wachtwoord"));
    }

    [Fact]
    public void UsersAdd_ShortPassword_IsRefusedAndNoAccountMade()
    {
        var (exit, _, error) = Run("kort\n", "users", "add", "admin", "--name", "Beheer", "--role", "Administrator", "--with-password", "--db", Db);

        Assert.Equal(CliApp.InputErrors, exit);
        Assert.Equal("parlqa: a password has at least 8 characters", error.Trim());
    }

    [Fact]
    public void Users_DisableEnableRotateResetRemove_EachDoneAndAudited()
    {
        var token = AddClerk();
        Run(null, "users", "add", "admin", "--name", "Beheer", "--role", "Administrator", "--db", Db);

        var (_, list, _) = Run(null, "users", "list", "--db", Db);
        Assert.Equal(["admin", "konings"], list.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]));

        Assert.Equal("konings disabled: it can no longer sign in or use its token", Run(null, "users", "disable", "konings", "--db", Db).Out.Trim());
        Assert.Null(Accounts.FindByToken(token));
        Assert.Contains(" disabled ", Run(null, "users", "list", "--db", Db).Out.Split('\n').Single(l => l.StartsWith("konings", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal("konings enabled", Run(null, "users", "enable", "konings", "--db", Db).Out.Trim());
        Assert.NotNull(Accounts.FindByToken(token));

        var rotated = Run(null, "users", "rotate-token", "konings", "--db", Db).Out.Trim().Split(' ')[^1];
        Assert.Null(Accounts.FindByToken(token));
        Assert.Equal("konings", Accounts.FindByToken(rotated)?.Id);

        var (reset, _, _) = Run("nieuw-wachtwoord\n", "users", "reset-password", "konings", "--db", Db);
        Assert.Equal(CliApp.Ok, reset);
        var account = Accounts.FindById("konings")!;
        Assert.True(Passwords.Verify(account.User, account.PasswordHash!, "nieuw-wachtwoord"));

        Assert.Equal("konings removed", Run(null, "users", "remove", "konings", "--db", Db).Out.Trim());
        var (gone, _, error) = Run(null, "users", "disable", "konings", "--db", Db);
        Assert.Equal(CliApp.InputErrors, gone);
        Assert.Equal("parlqa: no account 'konings'", error.Trim());

        var log = new AuditLog(ArchiveDatabase.For(Db)).Recent();
        Assert.Equal(["account.remove", "account.reset-password", "account.rotate-token", "account.enable", "account.disable", "account.add", "account.add"],
            log.Select(r => r.Action));
        Assert.Equal(new Actor("users disable", "os:" + Environment.UserName), log[4].By);
        var audit = Run(null, "audit", "-n", "2", "--db", Db).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, audit.Length);
        Assert.Matches($@"^\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d UTC  account\.remove +konings +by users remove \(os:{Environment.UserName}\)  Konings \(Clerk, vaste commissie voor Buitenlandse Zaken\)$", audit[0]);
    }

    [Fact]
    public void Audit_PagesBackWithBefore_AndPrintsJsonLines()
    {
        AddClerk();
        Run(null, "users", "disable", "konings", "--db", Db);
        Run(null, "users", "enable", "konings", "--db", Db);

        var json = Run(null, "audit", "--format", "json", "--db", Db).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        var older = Run(null, "audit", "--before", json[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", Db).Out;
        var (zero, _, error) = Run(null, "audit", "-n", "0", "--db", Db);

        Assert.Equal(["account.enable", "account.disable", "account.add"], json.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(("konings", "users disable", "os:" + Environment.UserName),
            (json[1].GetProperty("target").GetString(), json[1].GetProperty("via").GetString(), json[1].GetProperty("account").GetString()));
        Assert.Equal(["account.disable", "account.add"], older.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split("  ")[1].Trim()));
        Assert.Equal(CliApp.Usage, zero);
        Assert.Contains("--limit", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("users", "list")]
    [InlineData("users", "disable", "konings")]
    [InlineData("search", "Tibet")]
    [InlineData("show", "kst-35207-34")]
    [InlineData("similar", "Hoeveel politieke gevangenen zijn er?")]
    [InlineData("stats")]
    [InlineData("export")]
    [InlineData("commitments")]
    [InlineData("overdue")]
    [InlineData("sync", "--status")]
    [InlineData("history", "kst-35207-34")]
    [InlineData("serve", "--urls", "http://127.0.0.1:0")]
    [InlineData("check")]
    [InlineData("audit")]
    [InlineData("backup", "--to", "never-made.db")]
    public void ReadCommand_ArchiveThatIsNotThere_SaysSoAndMakesNone(params string[] command)
    {
        var (exit, _, error) = Run(null, [.. command, "--db", Db]);

        Assert.Equal(CliApp.Usage, exit);
        Assert.Equal($"parlqa: {Db}: {ArchiveOpener.NoArchive}", error.Trim());
        Assert.False(File.Exists(Db));
        Assert.False(File.Exists("never-made.db"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
