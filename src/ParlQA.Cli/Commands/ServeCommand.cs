using System.CommandLine;
using Microsoft.Extensions.Hosting;
using ParlQA.Archive;
using Microsoft.Extensions.DependencyInjection;
using ParlQA.Web;
using ParlQA.Web.Hosting;

namespace ParlQA.Cli.Commands;

/// <summary><c>parlqa serve [--db DB] [--urls URLS]</c>: the web app and API over any archive.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5180";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var db = ArchiveOptions.Db();
        var urls = Urls();
        var searches = new Option<int>("--searches-per-minute")
        {
            Description = "Searches allowed per client per minute (0: no limit, for load tests)",
            DefaultValueFactory = _ => new WebAppOptions().SearchesPerMinute,
        };
        var command = new Command("serve", "Serve the archive in the browser and as a JSON API") { db, urls, searches };
        command.SetAction(result => Serve(
            new WebAppOptions { Db = ArchiveOpener.Resolve(result.GetValue(db)), SearchesPerMinute = result.GetValue(searches) },
            result.GetValue(urls)!, stdout, stderr));
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
            app = WebApp.Build(options, ["--urls", urls, "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.AspNetCore.DataProtection=Error",
                // A failed start is reported below in one line; the host would log it again with a stack trace.
                "--Logging:LogLevel:Microsoft.Extensions.Hosting=None"]);
            // Open the archive now, so a bad path or a newer schema is reported before listening.
            app.Services.GetRequiredService<ArchivePool>();
        }
        catch (ArchiveException e)
        {
            stderr.WriteLine("parlqa: " + e.Message);
            return ArchiveOptions.ExitFor(e);
        }
        catch (SettingException e)
        {
            stderr.WriteLine("parlqa: " + e.Message);
            return CliApp.Usage;
        }
        try
        {
            app.Start();
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            stderr.WriteLine("parlqa: " + CliMessages.AddressInUse(urls));
            return CliApp.InputErrors;
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
