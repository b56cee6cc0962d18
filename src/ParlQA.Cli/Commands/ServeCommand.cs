using System.CommandLine;
using Microsoft.Extensions.Hosting;
using ParlQA.Archive;
using ParlQA.Web;

namespace ParlQA.Cli.Commands;

/// <summary><c>parlqa serve [--db DB] [--urls URLS]</c>: the web app and API over any archive.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5180";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var db = ArchiveOptions.Db();
        var urls = Urls();
        var command = new Command("serve", "Serve the archive in the browser and as a JSON API") { db, urls };
        command.SetAction(result => Serve(new WebAppOptions { Db = ArchiveOpener.Resolve(result.GetValue(db)) }, result.GetValue(urls)!, stdout, stderr));
        return command;
    }

    public static Option<string> Urls() => new("--urls")
    {
        Description = $"Addresses to listen on (default {DefaultUrls})",
        DefaultValueFactory = _ => DefaultUrls,
    };

    /// <summary>Runs the web app until Ctrl+C; a bad archive or a port in use is one clear line and exit 1.</summary>
    public static int Serve(WebAppOptions options, string urls, TextWriter stdout, TextWriter stderr)
    {
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = WebApp.Build(options, ["--urls", urls, "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.AspNetCore.DataProtection=Error"]);
        }
        catch (ArchiveException e)
        {
            stderr.WriteLine("parlqa: " + e.Message);
            return CliApp.InputErrors;
        }
        try
        {
            app.Start();
        }
        catch (IOException e)
        {
            stderr.WriteLine($"parlqa: cannot listen on {urls}: {e.Message}");
            return CliApp.InputErrors;
        }
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries))
            stdout.WriteLine($"ParlQA is serving {options.Db} on {url}/ (API description: {url}/api/docs). Press Ctrl+C to stop.");
        app.WaitForShutdown();
        return CliApp.Ok;
    }
}
