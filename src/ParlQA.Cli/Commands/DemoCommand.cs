using System.CommandLine;
using System.Globalization;
using ParlQA.Archive;
using ParlQA.Web;

namespace ParlQA.Cli.Commands;

/// <summary>
/// <c>parlqa demo</c>: the main job in one command — reads the repository's sample documents into
/// ./parlqa-demo.db (created, or brought up to date: unchanged documents are left alone) and serves it on
/// http://127.0.0.1:5180.
/// </summary>
internal static class DemoCommand
{
    public const string DemoDb = "parlqa-demo.db";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var samples = new Option<string?>("--samples") { Description = "Folder of sample documents (default: the repository's samples/)" };
        var urls = ServeCommand.Urls();
        var dbOption = new Option<string>("--db") { Description = $"The demo archive (default ./{DemoDb})", DefaultValueFactory = _ => DemoDb };
        var command = new Command("demo", "Build a demo archive of the sample documents and serve it on 127.0.0.1") { samples, urls, dbOption };
        command.SetAction(result =>
        {
            var folder = result.GetValue(samples) ?? FindSamples();
            if (folder is null || !Directory.Exists(folder))
            {
                stderr.WriteLine("parlqa: no samples folder found; run from the repository or pass --samples FOLDER");
                return CliApp.Usage;
            }
            var db = Path.GetFullPath(result.GetValue(dbOption)!);
            using (var archive = ArchiveOptions.Open(db, stderr, out var failed, create: true))
            {
                if (archive is null)
                    return failed;
                var read = BatchReader.ReadAll([folder], Reading.ReaderOptions.Default, Environment.ProcessorCount);
                var documents = read.Where(r => r.Result.Document is not null).Select(r => r.Result.Document!).ToList();
                var outcomes = archive.Store(documents, Actor.Local("demo"));
                foreach (var (path, unread) in read.Where(r => r.Result.Document is null))
                    stderr.WriteLine($"{path}: {unread.Error}");
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{db}: {outcomes.Count(o => o == StoreOutcome.New)} new, {outcomes.Count(o => o == StoreOutcome.Updated)} updated, {outcomes.Count(o => o == StoreOutcome.Unchanged)} unchanged documents from {folder} ({read.Count(r => r.Result.Document is null)} not readable)"));
            }
            return ServeCommand.Serve(new WebAppOptions { Db = db }, result.GetValue(urls)!, stdout, stderr);
        });
        return command;
    }

    /// <summary>The repository's samples/ folder, looked for upward from the working directory and from the program.</summary>
    private static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (File.Exists(Path.Combine(candidate, "kst-35207-34.txt")))
                    return candidate;
            }
        }
        return null;
    }
}
