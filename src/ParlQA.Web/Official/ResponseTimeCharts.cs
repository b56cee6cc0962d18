using ParlQA.Sync.Monitoring;
using ScottPlot;

namespace ParlQA.Web.Official;

/// <summary>Response times per ministry over the years, as SVG drawn server-side by ScottPlot (no script needed).</summary>
public static class ResponseTimeCharts
{
    private const int Width = 800, Height = 400;

    /// <summary>The ministries drawn: the most asked; the table beside the chart has them all.</summary>
    private const int Lines = 8;

    public static IEndpointRouteBuilder MapResponseTimeCharts(this IEndpointRouteBuilder app)
    {
        app.MapGet("/charts/official/median-days.svg", (OfficialService official, string? lang) =>
            Svg(Chart(official.ResponseTimes(), f => f.MedianDays, lang == "en" ? "median days to answer" : "mediaan dagen tot antwoord")))
            .ExcludeFromDescription();
        app.MapGet("/charts/official/within-three-weeks.svg", (OfficialService official, string? lang) =>
            Svg(Chart(official.ResponseTimes(), f => f.WithinThreeWeeks * 100, lang == "en" ? "% answered within three weeks" : "% beantwoord binnen drie weken")))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>One line per ministry (the most asked), a point per year.</summary>
    public static Plot Chart(IReadOnlyList<ResponseFigures> figures, Func<ResponseFigures, double?> value, string label)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var plot = new Plot();
        foreach (var ministry in figures.GroupBy(f => f.Ministry).OrderByDescending(g => g.Sum(f => f.Answered + f.Open)).Take(Lines))
        {
            var points = ministry.Where(f => value(f) is not null).OrderBy(f => f.Year).ToList();
            if (points.Count == 0)
                continue;
            var line = plot.Add.Scatter(points.Select(f => (double)f.Year).ToArray(), points.Select(f => value(f)!.Value).ToArray());
            line.LegendText = ministry.Key;
        }
        plot.Axes.Left.Label.Text = label;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(1);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    private static IResult Svg(Plot plot) => Results.Text(plot.GetSvgXml(Width, Height), "image/svg+xml; charset=utf-8");
}
