using System.CommandLine;
using ParlQA.Archive;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;

namespace ParlQA.Cli.Commands;

/// <summary><c>parlqa users add ID --name … --role …</c>: local accounts for the question round; prints the API token once.</summary>
internal static class UsersCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("id") { Description = "Account id, e.g. 'konings'" };
        var name = new Option<string>("--name") { Description = "Name as shown", Required = true };
        var role = new Option<Role>("--role") { Description = "Clerk, Member, Officer, Approver or Administrator", Required = true };
        var committee = new Option<string?>("--committee") { Description = "Committee (clerks and members)" };
        var party = new Option<string?>("--party") { Description = "Party (members)" };
        var ministry = new Option<string?>("--ministry") { Description = "Ministry (officers and approvers)" };
        var password = new Option<string?>("--password") { Description = "Password for signing in to the pages (else the account uses the API token only)" };
        var db = ArchiveOptions.Db();
        var add = new Command("add", "Make an account and print its API token (shown once)") { id, name, role, committee, party, ministry, password, db };
        add.SetAction(result =>
        {
            // With a PostgreSQL archive, rounds and accounts are kept in a SQLite file beside it (as the web app does).
            var path = new ParlQA.Web.WebAppOptions { Db = ArchiveOpener.Resolve(result.GetValue(db)) }.RoundsDb;
            try
            {
                var user = new User(result.GetValue(id)!, result.GetValue(name)!, result.GetValue(role), result.GetValue(committee), result.GetValue(party), result.GetValue(ministry));
                var secret = result.GetValue(password);
                if (secret is { Length: < 8 })
                {
                    stderr.WriteLine("parlqa: a password has at least 8 characters");
                    return CliApp.Usage;
                }
                var token = new AccountStore(new RoundStore(path)).Add(user, secret is null ? null : ParlQA.Web.Hosting.Passwords.Hash(user, secret));
                stdout.WriteLine($"{user.Id} ({user.Role}) added to {path}. API token (shown once): {token}");
                return CliApp.Ok;
            }
            catch (RoundException e)
            {
                stderr.WriteLine("parlqa: " + e.Message);
                return CliApp.InputErrors;
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                stderr.WriteLine($"parlqa: {path}: {e.Message}");
                return CliApp.InputErrors;
            }
        });
        return new Command("users", "Accounts for the question round") { add };
    }
}
