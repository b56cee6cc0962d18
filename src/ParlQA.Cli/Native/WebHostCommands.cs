using System.CommandLine;

namespace ParlQA.Cli.Commands;

/// <summary>
/// <c>serve</c> and <c>demo</c> in the Native AOT build, which cannot carry the web host (ASP.NET Core's Razor Pages
/// are not compiled ahead of time): the commands are still listed, and say where to get them (exit 2).
/// </summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr) =>
        WebHostCommands.Missing("serve", "Serve the archive in the browser and as a JSON API", stderr, "--db", "--urls", "--searches-per-minute");
}

/// <inheritdoc cref="ServeCommand"/>
internal static class DemoCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr) =>
        WebHostCommands.Missing("demo", "Build a demo archive of the sample documents and serve it on 127.0.0.1", stderr, "--db", "--urls", "--samples");
}

/// <summary>A command of the web host, as the native build lists it: its options parse, and running it says where to get it.</summary>
internal static class WebHostCommands
{
    public static Command Missing(string name, string description, TextWriter stderr, params string[] options)
    {
        var command = new Command(name, description + " (not in the native build)");
        foreach (var option in options)
            command.Options.Add(new Option<string>(option));
        command.SetAction(_ =>
        {
            stderr.WriteLine("parlqa: " + CliMessages.NotInNativeBuild(name));
            return CliApp.Usage;
        });
        return command;
    }
}
