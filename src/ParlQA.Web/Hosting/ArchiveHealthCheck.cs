using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ParlQA.Web.Hosting;

/// <summary>Healthy when the archive answers a query.</summary>
internal sealed class ArchiveHealthCheck(ArchivePool archives) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var documents = archives.Use(a => a.Documents([], 1).Items.Count);
            return Task.FromResult(HealthCheckResult.Healthy(documents == 0 ? "archive is empty" : "archive answers"));
        }
#pragma warning disable CA1031 // any failure to reach the archive is "unhealthy", with its message
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("archive does not answer: " + e.Message));
        }
    }
}
