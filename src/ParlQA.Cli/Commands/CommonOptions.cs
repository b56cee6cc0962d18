using System.CommandLine;
using ParlQA.Reading;

namespace ParlQA.Cli.Commands;

/// <summary>Options shared by the commands that read files.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Files() => new("files")
    {
        Description = "Files, folders or glob patterns (e.g. 'corpus/*.txt') to read",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<long> MaxSize() => new("--max-size")
    {
        Description = "Refuse files larger than this many megabytes",
        DefaultValueFactory = _ => Reading.ReaderOptions.DefaultMaxBytes / (1024 * 1024),
    };

    public static Option<int> Jobs() => new("--jobs", "-j")
    {
        Description = "Files read at the same time",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    /// <summary><c>-n/--limit</c>: how many results; 0 or less is a usage error, not a silent 1.</summary>
    public static Option<int> Limit(string description, int defaultValue)
    {
        var limit = new Option<int>("--limit", "-n") { Description = description, DefaultValueFactory = _ => defaultValue };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
                r.AddError(CliMessages.AtLeastOne("--limit"));
        });
        return limit;
    }

    /// <summary>Words of free text (a query, a question); all blank is a usage error.</summary>
    public static Argument<string[]> Text(string name, string description)
    {
        var text = new Argument<string[]>(name) { Description = description, Arity = ArgumentArity.OneOrMore };
        text.Validators.Add(r =>
        {
            if (r.Tokens.All(t => string.IsNullOrWhiteSpace(t.Value)))
                r.AddError(CliMessages.EmptyText(name));
        });
        return text;
    }

    public static ReaderOptions ToReaderOptions(long megabytes) => new() { MaxBytes = megabytes * 1024 * 1024 };
}
