using System.Globalization;
using System.Runtime.InteropServices;
using ParlQA.Tests.TkFeed;

namespace ParlQA.Bench;

/// <summary>
/// <c>feed N [PORT]</c>: a local SyncFeed on 127.0.0.1 with the hand-written world of the tests and N generated
/// written-question cases with real files from samples/ (pages of 250 entries, as the real feed), served until Ctrl+C.
/// <c>bench/sync-bench.sh</c> times <c>parlqa sync</c> against it.
/// </summary>
internal static class FeedServer
{
    public static async Task<int> Run(string[] args)
    {
        int cases = int.Parse(args[0], CultureInfo.InvariantCulture);
        await using var feed = await LocalFeed.Start(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0);
        feed.PageSize = 250;
        FeedWorld.Publish(feed, FeedWorld.FirstRun);
        int entities = FeedGenerator.Publish(feed, cases);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{feed.Origin} serves {cases:N0} generated cases ({entities:N0} entities) and the hand-written ones; Ctrl+C stops"));
        // Ctrl+C or kill (SIGTERM) ends it: the feed's web host would otherwise take SIGTERM for itself and leave this waiting.
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }
        return 0;
    }
}
