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

    public static ReaderOptions ToReaderOptions(long megabytes) => new() { MaxBytes = megabytes * 1024 * 1024 };
}
