using System.CommandLine;
using System.Globalization;
using ParlQA.Archive;

namespace ParlQA.Cli.Commands;

/// <summary>
/// <c>parlqa backup --to FILE</c>: a copy of the whole SQLite archive (documents, versions, rounds, accounts, audit log)
/// taken while it serves, checked before it takes its name; for a PostgreSQL archive, how to do it with pg_dump.
/// </summary>
internal static class BackupCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var to = new Option<string>("--to") { Description = "The backup file to make (never overwritten)", Required = true };
        var db = ArchiveOptions.Db();
        var command = new Command("backup", "Copy the whole archive into a file, while it serves (PostgreSQL: says how, with pg_dump)") { to, db };
        command.SetAction(result =>
        {
            var path = result.GetValue(to)!;
            try
            {
                var database = ArchiveDatabase.For(ArchiveOpener.Resolve(result.GetValue(db)));
                if (database.Engine == Engine.Postgres)
                {
                    stderr.WriteLine("parlqa: " + ArchiveBackup.PostgresInstructions(database, path));
                    return CliApp.Usage;
                }
                var backup = ArchiveBackup.ToFile(database, path);
                new AuditLog(database).Record(new AuditRecord(DateTimeOffset.UtcNow, Actor.Local("backup"), "archive.backup", Path.GetFullPath(path),
                    string.Create(CultureInfo.InvariantCulture, $"{backup.Documents} documents, {backup.Bytes} bytes")));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{database.Name} backed up to {path}: {backup.Documents} documents with their versions, rounds, accounts and audit log, {backup.Bytes / 1048576.0:0.0} MB; integrity ok"));
                return CliApp.Ok;
            }
            catch (ArchiveException e)
            {
                stderr.WriteLine("parlqa: " + e.Message);
                return ArchiveOptions.ExitFor(e);
            }
        });
        return command;
    }
}
