using System.Globalization;

namespace ParlQA.Cli;

/// <summary>The command line's own messages (usage errors and the like) in one place, so tests can assert the exact text.</summary>
internal static class CliMessages
{
    public static string UnknownOption(string token, string? suggestion) =>
        suggestion is null ? $"unknown option {token}" : $"unknown option {token}; did you mean {suggestion}?";

    public static string UnknownCommand(string token, string? suggestion, IEnumerable<string> commands) =>
        suggestion is null
            ? $"unknown command '{token}'; the commands are {string.Join(", ", commands)}"
            : $"unknown command '{token}'; did you mean '{suggestion}'?";

    public static string UnexpectedArgument(string token) => $"unexpected argument '{token}'";

    public static string UnknownValue(string token, string option, IEnumerable<string> values) =>
        $"unknown value '{token}' for {option}; one of: {string.Join(", ", values)}";

    public static string AtLeastOne(string option) => $"{option} must be at least 1";

    public static string EmptyText(string argument) => $"the {argument} is empty";

    public static string AddressInUse(string url) => $"cannot listen on {url}: the address is in use (stop what listens there, or pick another with --urls)";

    /// <summary>What the native parlqa says for a command it leaves out (see the README's Install section).</summary>
    public static string NotInNativeBuild(string command) =>
        $"'{command}' is not in this native build of parlqa (Native AOT cannot compile the web pages it serves); "
        + "install the .NET tool for it: dotnet tool install --global ParlQA.Cli";

    /// <summary>"1 document", "2 documents": a count with its noun, singular for one (<paramref name="many"/>: the plural, when not noun + s).</summary>
    public static string Counted(long count, string noun, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {Noun(count, noun, many)}");

    /// <summary>The noun for a count, singular for one: for lines that align the count in a column of its own.</summary>
    public static string Noun(long count, string noun, string? many = null) => count == 1 ? noun : many ?? noun + "s";

    /// <summary>Where the archive names no one (an answerer, a ministry): the API carries null, the CLI prints this.</summary>
    public const string Unknown = "(unknown)";

    public static string TryHelp(string commandPath) => string.Create(CultureInfo.InvariantCulture, $"Try '{commandPath} --help'.");
}
