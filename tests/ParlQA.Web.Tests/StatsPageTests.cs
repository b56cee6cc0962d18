using System.Text.RegularExpressions;
using ParlQA.Archive;
using ParlQA.Web.Charts;
using ScottPlot.Plottables;

namespace ParlQA.Web.Tests;

/// <summary>The statistics read well: per ministry and per person, names whole, months on a time axis, each chart with its table, all in the page's language.</summary>
[Collection(SharedArchive.Name)]
public sealed partial class StatsPageTests(ArchiveFixture archive) : IDisposable
{
    private readonly WebFactory _factory = new(archive.Db);

    [Fact]
    public async Task Stats_PerMinistryAndPerPerson_EachChartWithItsTable()
    {
        var html = await _factory.PageThere("/stats");

        Assert.Contains("<img src=\"/charts/ministries.svg?lang=nl\"", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/charts/answerers.svg?lang=nl\"", html, StringComparison.Ordinal);
        Assert.Matches(@"<th scope=""row""><a href=""/ministries/Onderwijs%2C%20Cultuur%20en%20Wetenschap"" lang=""nl"">Onderwijs, Cultuur en Wetenschap</a></th><td class=""number"">1</td><td class=""number"">\d+</td><td class=""number"">19</td>", html);
        Assert.Contains("<th scope=\"row\" lang=\"nl\">Minister Dijkgraaf</th>", html, StringComparison.Ordinal);
        Assert.Equal(3, TableCaption().Count(html) + (html.Contains("<summary>De cijfers per maand</summary>", StringComparison.Ordinal) ? 1 : 0));
    }

    [Fact]
    public async Task Stats_Unknown_IsSaidInThePagesLanguage()
    {
        var dutch = await _factory.PageThere("/stats");
        var english = await _factory.PageThere("/stats?culture=en");

        Assert.Contains("<th scope=\"row\">(onbekend)</th>", dutch, StringComparison.Ordinal);
        Assert.DoesNotContain("(unknown)", dutch, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">(unknown)</th>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MinistriesChart_DrawsNamesWhole()
    {
        var svg = await _factory.PageThere("/charts/ministries.svg");

        Assert.Matches(@">\s*Onderwijs, Cultuur en Wetenschap\s*<", svg);
        Assert.DoesNotContain("…", svg, StringComparison.Ordinal);
        // Every text starts and ends inside the picture: none is cut off at its edge.
        foreach (Match text in SvgText().Matches(svg))
        {
            double at = double.Parse(text.Groups["at"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var xs = Offsets(text.Groups["xs"].Value);
            Assert.InRange(at + xs[0], 0, 800);
            Assert.InRange(at + xs[^1], 0, 800);
        }
    }

    [Fact]
    public async Task MonthTable_InOrderOfTime()
    {
        var html = await _factory.PageThere("/stats?culture=en");

        var months = MonthRow().Matches(html).Select(m => DateTime.ParseExact(m.Groups[1].Value, "MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en"))).ToList();
        Assert.True(months.Count > 1);
        Assert.Equal(months.Order(), months);
    }

    [Fact]
    public void MonthChart_MonthsStandWhereTheyAreInTime_YearsApartShowTheGap()
    {
        var stats = new ArchiveStats(3, 6, 3, 0, []) { PerMonth = [new("1981-05", 2, 30), new("2012-02", 3, 20), new("2012-03", 1, null)] };

        var plot = StatsCharts.PerMonth(stats, english: false);
        var svg = plot.GetSvgXml(800, 400);

        var bars = plot.GetPlottables().OfType<BarPlot>().Single().Bars.Select(b => b.Position).ToList();
        double month = new DateTime(2012, 3, 15).ToOADate() - new DateTime(2012, 2, 15).ToOADate();
        Assert.True(bars[1] - bars[0] > 300 * month, "1981 drawn next to 2012");
        // The time axis's labels, left to right, each ending before the next begins (a glyph is at most 8 px wide at 12 px).
        var labels = SvgText().Matches(svg).Where(t => t.Groups["y"].Value == YearLabel().Match(svg).Groups["y"].Value)
            .Select(t => (At: double.Parse(t.Groups["at"].Value, System.Globalization.CultureInfo.InvariantCulture), Xs: Offsets(t.Groups["xs"].Value)))
            .Select(t => (Start: t.At + t.Xs[0], End: t.At + t.Xs[^1] + 8)).OrderBy(t => t.Start).ToList();
        Assert.True(labels.Count >= 2);
        Assert.All(labels.Zip(labels.Skip(1)), pair => Assert.True(pair.First.End < pair.Second.Start, $"labels overlap at {pair.Second.Start}"));
    }

    private static List<double> Offsets(string xs) =>
        [.. xs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"<text transform=""translate\((?<at>[-0-9.]+) (?<y>[-0-9.]+)\)""[^>]* x=""(?<xs>[^""]+)""")]
    private static partial Regex SvgText();

    /// <summary>The first year label of a time axis: where the axis's labels stand.</summary>
    [GeneratedRegex(@"<text transform=""translate\([-0-9.]+ (?<y>[-0-9.]+)\)""[^>]*>\s*1981\s*<")]
    private static partial Regex YearLabel();

    [GeneratedRegex("<caption>De cijfers van de grafiek</caption>")]
    private static partial Regex TableCaption();

    [GeneratedRegex(@"<tr><th scope=""row"">([A-Z][a-z]+ \d{4})</th>")]
    private static partial Regex MonthRow();

    public void Dispose() => _factory.Dispose();
}
