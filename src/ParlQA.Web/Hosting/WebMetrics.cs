using System.Diagnostics.Metrics;

namespace ParlQA.Web.Hosting;

/// <summary>The app's own counters, exported with the ASP.NET Core ones at /metrics.</summary>
public sealed class WebMetrics
{
    public const string MeterName = "ParlQA.Web";

    private readonly Counter<long> _searches;
    private readonly Counter<long> _uploads;

    public WebMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _searches = meter.CreateCounter<long>("parlqa.searches", description: "Searches run, from pages and API");
        _uploads = meter.CreateCounter<long>("parlqa.uploads", description: "Documents uploaded, by outcome");
    }

    public void Searched() => _searches.Add(1);

    public void Uploaded(string outcome) => _uploads.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
