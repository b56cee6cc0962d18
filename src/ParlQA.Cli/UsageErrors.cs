using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;

namespace ParlQA.Cli;

/// <summary>
/// A parse result's usage errors as one plain line each: an unknown option or command named with the nearest
/// real one, a value outside a fixed set listed with the allowed values (never a .NET type name).
/// </summary>
internal static class UsageErrors
{
    /// <summary>The messages for the user, empty when the command line is fine.</summary>
    public static IReadOnlyList<string> Of(ParseResult result)
    {
        var command = result.CommandResult.Command;
        // A command group's stray word where a command can stand is a mistyped command (what follows it means nothing yet).
        if (command.Subcommands.Count > 0 && command.Arguments.Count == 0 && result.UnmatchedTokens is [var word, ..] && !LooksLikeOption(word))
        {
            var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
            return [CliMessages.UnknownCommand(word, Nearest(word, names), names)];
        }
        // Then unknown options: they are the cause, and a query or text argument would otherwise swallow them.
        var unknownOptions = OptionLikeArguments(result).Concat(result.UnmatchedTokens.Where(LooksLikeOption)).Distinct()
            .Select(token => CliMessages.UnknownOption(token, Nearest(token, OptionNames(result.CommandResult).Where(n => n.StartsWith("--", StringComparison.Ordinal) == token.StartsWith("--", StringComparison.Ordinal)))))
            .ToList();
        if (unknownOptions.Count > 0)
            return unknownOptions;
        if (result.UnmatchedTokens.Count > 0)
            return [CliMessages.UnexpectedArgument(result.UnmatchedTokens[0])];
        return [.. result.Errors.Select(e => UnknownValue(e.SymbolResult) ?? e.Message)];
    }

    /// <summary>The path of the command the user was typing, for "Try 'parlqa search --help'".</summary>
    public static string CommandPath(ParseResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result.CommandResult; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
                names.Insert(0, c.Parent is null ? "parlqa" : c.Command.Name);
        }
        return string.Join(' ', names);
    }

    /// <summary>"-x" or "--word": an option's shape (not "-", not "-1").</summary>
    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && (char.IsLetter(token[1]) || (token.Length > 2 && token[1] == '-' && char.IsLetter(token[2])));

    /// <summary>Option-shaped tokens an argument took as values (before any "--", after which all is argument).</summary>
    private static IEnumerable<string> OptionLikeArguments(ParseResult result) =>
        result.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash)
            .Where(t => t.Type == TokenType.Argument && LooksLikeOption(t.Value))
            .Select(t => t.Value);

    private static IEnumerable<string> OptionNames(CommandResult result)
    {
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is not CommandResult c)
                continue;
            foreach (var option in c.Command.Options.Where(o => !o.Hidden && (r == result || o.Recursive)))
            {
                yield return option.Name;
                foreach (var alias in option.Aliases)
                    yield return alias;
            }
        }
    }

    /// <summary>A value outside the option's or argument's fixed set (enum or AcceptOnlyFromAmong).</summary>
    private static string? UnknownValue(SymbolResult? symbol)
    {
        var (name, completions) = symbol switch
        {
            OptionResult o => (o.Option.Name, o.Option.GetCompletions(CompletionContext.Empty)),
            ArgumentResult a when a.Parent is OptionResult o => (o.Option.Name, a.Argument.GetCompletions(CompletionContext.Empty)),
            ArgumentResult a => ($"<{a.Argument.Name}>", a.Argument.GetCompletions(CompletionContext.Empty)),
            _ => (null, []),
        };
        var values = completions.Select(c => c.Label).ToList();
        if (name is null || values.Count == 0)
            return null;
        var bad = symbol!.Tokens.FirstOrDefault(t => !values.Contains(t.Value, StringComparer.OrdinalIgnoreCase));
        return bad is null ? null : CliMessages.UnknownValue(bad.Value, name, values);
    }

    /// <summary>The candidate the token most likely meant: a unique prefix, else the closest within a third of its length.</summary>
    internal static string? Nearest(string token, IEnumerable<string> candidates)
    {
        var list = candidates.Distinct().ToList();
        var prefixed = list.Where(c => c.StartsWith(token, StringComparison.OrdinalIgnoreCase)).ToList();
        if (prefixed.Count == 1)
            return prefixed[0];
        var limit = Math.Max(1, token.TrimStart('-').Length / 3);
        return list.Select(c => (Candidate: c, Distance: EditDistance(token.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance).ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Select(x => x.Candidate).FirstOrDefault();
    }

    /// <summary>Edits (insert, delete, substitute, swap two neighbours) from one word to the other.</summary>
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
