using System.CommandLine;
using ParlQA.Archive;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;

namespace ParlQA.Cli.Commands;

/// <summary>
/// <c>parlqa users add | list | disable | enable | reset-password | rotate-token | remove</c>: the accounts kept in the
/// archive's database. Passwords are read from a prompt or standard input, never from the command line; every change
/// is written to the audit log (by the operating-system user running the command).
/// </summary>
internal static class UsersCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, TextReader? stdin)
    {
        var users = new Command("users", "Accounts for the question round and the archive") { Add(stdout, stderr, stdin), List(stdout, stderr) };
        users.Subcommands.Add(Change("disable", "Stop an account signing in or using its token (its sessions end)", stdout, stderr, (accounts, id, by) =>
            accounts.Disable(id, by) ? $"{id} disabled: it can no longer sign in or use its token" : $"{id} was disabled already"));
        users.Subcommands.Add(Change("enable", "Let a disabled account sign in again", stdout, stderr, (accounts, id, by) =>
            accounts.Enable(id, by) ? $"{id} enabled" : $"{id} was not disabled"));
        users.Subcommands.Add(Change("rotate-token", "Give an account a new API token (shown once); the old one stops working", stdout, stderr, (accounts, id, by) =>
            $"New API token for {id} (shown once): {accounts.RotateToken(id, by)}"));
        users.Subcommands.Add(Change("remove", "Remove an account (its id is not given again: rounds' histories name it)", stdout, stderr, (accounts, id, by) =>
        {
            accounts.Remove(id, by);
            return $"{id} removed";
        }));
        users.Subcommands.Add(ResetPassword(stdout, stderr, stdin));
        return users;
    }

    private static Command Add(TextWriter stdout, TextWriter stderr, TextReader? stdin)
    {
        var id = Id();
        var name = new Option<string>("--name") { Description = "Name as shown", Required = true };
        var role = new Option<Role>("--role") { Description = "Clerk, Member, Officer, Approver, Archivist or Administrator", Required = true };
        var committee = new Option<string?>("--committee") { Description = "Committee (clerks and members)" };
        var party = new Option<string?>("--party") { Description = "Party (members)" };
        var ministry = new Option<string?>("--ministry") { Description = "Ministry (officers and approvers)" };
        var withPassword = new Option<bool>("--with-password")
        {
            Description = "Also a password for signing in to the pages: asked for at a prompt, or the first line of standard input (else the account uses its API token only)",
        };
        var db = ArchiveOptions.Db();
        var add = new Command("add", "Make an account and print its API token (shown once)") { id, name, role, committee, party, ministry, withPassword, db };
        add.SetAction(result => Guarded(stderr, () =>
        {
            var user = new User(result.GetValue(id)!, result.GetValue(name)!, result.GetValue(role), result.GetValue(committee), result.GetValue(party), result.GetValue(ministry));
            string? hash = null;
            if (result.GetValue(withPassword))
            {
                var (password, error) = PasswordInput.Read(user.Id, stdin, stderr);
                if (password is null)
                    return Refuse(stderr, error!);
                hash = Passwords.Hash(user, password);
            }
            // Accounts are kept in the archive: adding the first one to a new archive makes it.
            var database = ArchiveDatabase.For(ArchiveOpener.Resolve(result.GetValue(db)), create: true);
            var token = new AccountStore(new RoundStore(database)).Add(user, hash, Actor.Local("users add"));
            stdout.WriteLine($"{user.Id} ({user.Role}) added to {database.Name}. API token (shown once): {token}");
            return CliApp.Ok;
        }));
        return add;
    }

    private static Command List(TextWriter stdout, TextWriter stderr)
    {
        var db = ArchiveOptions.Db();
        var list = new Command("list", "List the accounts: role, committee or ministry, whether they may sign in and with what") { db };
        list.SetAction(result => Guarded(stderr, () =>
        {
            var accounts = Accounts(result.GetValue(db)).List();
            foreach (var a in accounts)
            {
                var of = a.User.Committee ?? a.User.Ministry ?? "";
                var with = a.HasPassword ? "password + token" : "token";
                stdout.WriteLine($"{a.User.Id,-16} {a.User.Role,-13} {(a.Disabled ? "disabled" : "active"),-8}  {with,-16}  {a.User.Name}{(of.Length > 0 ? " — " + of : "")}");
            }
            if (accounts.Count == 0)
                stdout.WriteLine("no accounts yet (parlqa users add ID --name … --role Administrator)");
            return CliApp.Ok;
        }));
        return list;
    }

    private static Command ResetPassword(TextWriter stdout, TextWriter stderr, TextReader? stdin)
    {
        var id = Id();
        var db = ArchiveOptions.Db();
        var reset = new Command("reset-password", "Set an account's password (asked for at a prompt, or the first line of standard input); its sessions end") { id, db };
        reset.SetAction(result => Guarded(stderr, () =>
        {
            var accounts = Accounts(result.GetValue(db));
            var account = accounts.Get(result.GetValue(id)!) ?? throw new RoundException(new RoundRefusal(RefusalKind.NotFound, $"no account '{result.GetValue(id)}'"));
            var (password, error) = PasswordInput.Read(account.User.Id, stdin, stderr);
            if (password is null)
                return Refuse(stderr, error!);
            accounts.SetPassword(account.User.Id, Passwords.Hash(account.User, password), Actor.Local("users reset-password"));
            stdout.WriteLine($"Password of {account.User.Id} set; sessions signed in before have ended");
            return CliApp.Ok;
        }));
        return reset;
    }

    /// <summary>A subcommand that changes one account and says what it did.</summary>
    private static Command Change(string name, string description, TextWriter stdout, TextWriter stderr, Func<AccountStore, string, Actor, string> change)
    {
        var id = Id();
        var db = ArchiveOptions.Db();
        var command = new Command(name, description) { id, db };
        command.SetAction(result => Guarded(stderr, () =>
        {
            stdout.WriteLine(change(Accounts(result.GetValue(db)), result.GetValue(id)!, Actor.Local("users " + name)));
            return CliApp.Ok;
        }));
        return command;
    }

    private static Argument<string> Id() => new("id") { Description = "Account id, e.g. 'konings'" };

    /// <summary>The accounts of an existing archive (reading them never makes one).</summary>
    private static AccountStore Accounts(string? db) => new(new RoundStore(ArchiveDatabase.For(ArchiveOpener.Resolve(db))));

    private static int Guarded(TextWriter stderr, Func<int> work)
    {
        try
        {
            return work();
        }
        catch (RoundException e)
        {
            return Refuse(stderr, e.Message);
        }
        catch (ArchiveException e)
        {
            Refuse(stderr, e.Message);
            return ArchiveOptions.ExitFor(e);
        }
    }

    private static int Refuse(TextWriter stderr, string message)
    {
        stderr.WriteLine("parlqa: " + message);
        return CliApp.InputErrors;
    }
}
