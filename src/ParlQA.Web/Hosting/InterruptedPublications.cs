using ParlQA.Rounds.Publishing;
using ParlQA.Rounds.Storage;

namespace ParlQA.Web.Hosting;

/// <summary>At start, completes the publications a crash interrupted before their documents reached the archive (see <see cref="PublicationRecovery"/>).</summary>
internal sealed partial class InterruptedPublications(RoundStore store, ArchivePool archives, ArchiveService archive, ILogger<InterruptedPublications> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var completed = archives.Use(a => PublicationRecovery.Complete(store, a));
        if (completed.Count > 0)
        {
            archive.Changed();
            Completed(log, string.Join(", ", completed));
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Completed the interrupted publication of round(s) {Rounds}: their documents are now in the archive")]
    private static partial void Completed(ILogger logger, string rounds);
}
