using System.Globalization;
using ParlQA.Archive;
using ParlQA.Web.Hosting;
using ScottPlot;

namespace ParlQA.Web.Charts;

/// <summary>The statistics charts as SVG, drawn server-side by ScottPlot: no script needed to see them.</summary>
public static class StatsCharts
{
    private const int Width = 800, Height = 400;

    public static IEndpointRouteBuilder MapStatsCharts(this IEndpointRouteBuilder app)
    {
        app.MapGet("/charts/response-times.svg", (ArchiveService archive, string? lang) => Svg(ResponseTimes(archive.Stats(), English(lang))))
            .ExcludeFromDescription();
        app.MapGet("/charts/questions-per-month.svg", (ArchiveService archive, string? lang) => Svg(PerMonth(archive.Stats(), English(lang))))
            .ExcludeFromDescription();
        return app;
    }

    private static bool English(string? lang) => lang == "en";

    /// <summary>Median days from question to answer, per answerer (the ten with most documents).</summary>
    public static Plot ResponseTimes(ArchiveStats stats, bool english)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var rows = stats.ByAnswerer.Where(a => a.MedianDays is not null).Take(10).ToList();
        var plot = new Plot();
        var bars = plot.Add.Bars(rows.Select(r => r.MedianDays!.Value).ToArray());
        bars.Horizontal = true;
        plot.Axes.Left.SetTicks(Enumerable.Range(0, rows.Count).Select(i => (double)i).ToArray(), rows.Select(r => Shorten(r.AnsweredBy)).ToArray());
        plot.Axes.Bottom.Label.Text = english ? "median days from question to answer" : "mediaan dagen van vraag tot antwoord";
        plot.Axes.Margins(left: 0);
        return plot;
    }

    /// <summary>Questions per month, with the month's median days to answer as a line.</summary>
    public static Plot PerMonth(ArchiveStats stats, bool english)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var months = stats.PerMonth;
        var plot = new Plot();
        var positions = Enumerable.Range(0, months.Count).Select(i => (double)i).ToArray();
        var bars = plot.Add.Bars(positions, months.Select(m => (double)m.Questions).ToArray());
        bars.LegendText = english ? "questions" : "vragen";
        var withDays = months.Select((m, i) => (m, i)).Where(x => x.m.MedianDays is not null).ToList();
        if (withDays.Count > 0)
        {
            var line = plot.Add.Scatter(withDays.Select(x => (double)x.i).ToArray(), withDays.Select(x => x.m.MedianDays!.Value).ToArray());
            line.Axes.YAxis = plot.Axes.Right;
            line.LegendText = english ? "median days to answer" : "mediaan dagen tot antwoord";
            plot.Axes.Right.Label.Text = english ? "days" : "dagen";
        }
        int step = Math.Max(1, months.Count / 12);
        plot.Axes.Bottom.SetTicks(positions.Where((_, i) => i % step == 0).ToArray(), months.Where((_, i) => i % step == 0).Select(m => m.Month).ToArray());
        plot.Axes.Left.Label.Text = english ? "questions" : "vragen";
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    private static IResult Svg(Plot plot) => Results.Text(plot.GetSvgXml(Width, Height), "image/svg+xml; charset=utf-8");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "…";
}
