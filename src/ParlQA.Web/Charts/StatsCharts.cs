using System.Globalization;
using ParlQA.Archive;
using ParlQA.Archive.People;
using ParlQA.Web.Hosting;
using ScottPlot;

namespace ParlQA.Web.Charts;

/// <summary>
/// The statistics charts as SVG, drawn server-side by ScottPlot: no script needed to see them, and each has its table
/// on the page as its text equivalent. Names are drawn whole (the chart grows a row per name); months stand on a time
/// axis, so years without questions show as the gap they are.
/// </summary>
public static class StatsCharts
{
    private const int Width = 800, MonthsHeight = 400;

    /// <summary>The names a bar chart draws: the most documents; the table beside it has them all.</summary>
    public const int Rows = 12;

    public static IEndpointRouteBuilder MapStatsCharts(this IEndpointRouteBuilder app)
    {
        app.MapGet("/charts/ministries.svg", (PeopleService people, string? lang) =>
            Svg(Bars(people.Directory().Ministries(), English(lang)), Width, BarsHeight(people.Directory().Ministries().Count)))
            .ExcludeFromDescription();
        app.MapGet("/charts/answerers.svg", (PeopleService people, string? lang) =>
            Svg(Bars(people.Directory().Answerers(), English(lang)), Width, BarsHeight(people.Directory().Answerers().Count)))
            .ExcludeFromDescription();
        app.MapGet("/charts/questions-per-month.svg", (ArchiveService archive, string? lang) => Svg(PerMonth(archive.Stats(), English(lang)), Width, MonthsHeight))
            .ExcludeFromDescription();
        return app;
    }

    private static bool English(string? lang) => lang == "en";

    /// <summary>The height of a bar chart of <paramref name="groups"/> names: a row each, room for the axis.</summary>
    public static int BarsHeight(int groups) => 70 + 30 * Math.Clamp(groups, 1, Rows);

    /// <summary>Median days from question to answer per ministry or person (those with most documents, the most at the top).</summary>
    public static Plot Bars(IReadOnlyList<PeopleGroup> groups, bool english)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var rows = groups.Where(g => g.MedianDays is not null).Take(Rows).ToList();
        var plot = new Plot();
        var positions = Enumerable.Range(0, rows.Count).Select(i => (double)(rows.Count - 1 - i)).ToArray();
        var bars = plot.Add.Bars(positions, rows.Select(r => r.MedianDays!.Value).ToArray());
        bars.Horizontal = true;
        plot.Axes.Left.SetTicks(positions, rows.Select(r => r.Name).ToArray());
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Axes.Bottom.Label.Text = english ? "median days from question to answer" : "mediaan dagen van vraag tot antwoord";
        plot.Axes.Margins(left: 0);
        return plot;
    }

    /// <summary>Questions per month on a time axis (a bar a month), with the month's median days to answer as dots.</summary>
    public static Plot PerMonth(ArchiveStats stats, bool english)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var months = stats.PerMonth.Select(m => (Day: DateTime.ParseExact(m.Month + "-15", "yyyy-MM-dd", CultureInfo.InvariantCulture), m.Questions, m.MedianDays)).ToList();
        var plot = new Plot();
        var bars = plot.Add.Bars(months.Select(m => m.Day.ToOADate()).ToArray(), months.Select(m => (double)m.Questions).ToArray());
        foreach (var bar in bars.Bars)
            bar.Size = 25;
        bars.LegendText = english ? "questions" : "vragen";
        var withDays = months.Where(m => m.MedianDays is not null).ToList();
        if (withDays.Count > 0)
        {
            // Dots, not a line: a line would join months years apart as if the years between had values.
            var dots = plot.Add.Scatter(withDays.Select(m => m.Day.ToOADate()).ToArray(), withDays.Select(m => m.MedianDays!.Value).ToArray());
            dots.LineWidth = 0;
            dots.MarkerSize = 6;
            dots.Axes.YAxis = plot.Axes.Right;
            dots.LegendText = english ? "median days to answer" : "mediaan dagen tot antwoord";
            plot.Axes.Right.Label.Text = english ? "days" : "dagen";
        }
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Left.Label.Text = english ? "questions" : "vragen";
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    private static IResult Svg(Plot plot, int width, int height) => Results.Text(plot.GetSvgXml(width, height), "image/svg+xml; charset=utf-8");
}
