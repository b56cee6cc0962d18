using ParlQA.Reading;

namespace ParlQA.Cli.Commands;

/// <summary>Reads many files in parallel and hands the results back in input order; a bad file never stops the batch.</summary>
internal static class BatchReader
{
    public static IReadOnlyList<(string Path, ReadResult Result)> ReadAll(IEnumerable<string> inputs, ReaderOptions options, int jobs)
    {
        var items = InputFiles.Expand(inputs).ToList();
        var results = new (string, ReadResult)[items.Count];
        Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, i =>
        {
            var (input, file, error) = items[i];
            results[i] = file is null ? (input, ReadResult.Failure(error!)) : (file, ReadSafely(file, options));
        });
        return results;
    }

    /// <summary>A reader bug on one file is reported as that file's error; the batch goes on.</summary>
    private static ReadResult ReadSafely(string file, ReaderOptions options)
    {
        try
        {
            return DocumentReader.ReadFile(file, options);
        }
#pragma warning disable CA1031 // the batch must survive a bug in reading one file
        catch (Exception e)
#pragma warning restore CA1031
        {
            return ReadResult.Failure($"internal error while reading ({e.GetType().Name}: {e.Message}); please report it with this file");
        }
    }
}
