using System.Globalization;

namespace ParlQA.Relevance;

/// <summary>
/// The least quality the build accepts, per engine and class (bench/judged/floors.tsv: engine, class, nDCG@10,
/// recall@100, MRR). Set a little under the figures of the day; raised as the search improves, never lowered to
/// let a change through.
/// </summary>
public sealed record QualityFloor(string Engine, string Class, double Ndcg10, double Recall100, double Mrr)
{
    public const string File = "floors.tsv";

    /// <summary>The engine names floors.tsv uses.</summary>
    public const string Sqlite = "sqlite", PostgreSql = "postgresql";

    public static IReadOnlyList<QualityFloor> Load(string folder)
    {
        var floors = new List<QualityFloor>();
        foreach (var (where, cells) in Tsv.Rows(Path.Combine(folder, File), minColumns: 5))
        {
            if (!cells[2..].All(c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
                throw new FormatException($"{where}: expected engine, class and three numbers");
            floors.Add(new QualityFloor(cells[0], cells[1], Number(cells[2]), Number(cells[3]), Number(cells[4])));
        }
        return floors;
    }

    /// <summary>Each measure of <paramref name="report"/> below its floor for <paramref name="engine"/>, as a sentence; none when all hold.</summary>
    public static IReadOnlyList<string> Shortfalls(QualityReport report, string engine, IEnumerable<QualityFloor> floors)
    {
        ArgumentNullException.ThrowIfNull(report);
        var shortfalls = new List<string>();
        foreach (var floor in floors.Where(f => f.Engine == engine))
        {
            if (report.For(floor.Class) is not { } score)
            {
                shortfalls.Add($"{floor.Class}: no queries of this class in the set");
                continue;
            }
            Check("nDCG@10", score.Ndcg10, floor.Ndcg10);
            Check("recall@100", score.Recall100, floor.Recall100);
            Check("MRR", score.Mrr, floor.Mrr);

            void Check(string measure, double value, double least)
            {
                if (value < least)
                    shortfalls.Add(string.Create(CultureInfo.InvariantCulture, $"{floor.Class}: {measure} {value:0.000} is below the floor {least:0.000}"));
            }
        }
        return shortfalls;
    }

    /// <summary>How far under the measured figures a proposed floor lies: room for a harmless reordering, not for a lost hit class.</summary>
    public const double Margin = 0.03;

    /// <summary>Floors a little under <paramref name="report"/>'s figures (each measure less <see cref="Margin"/>, rounded down
    /// to two decimals), as lines of floors.tsv for <paramref name="engine"/>.</summary>
    public static IEnumerable<string> Propose(QualityReport report, string engine)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var score in report.PerClass.Append(report.Overall))
            yield return string.Create(CultureInfo.InvariantCulture, $"{engine}\t{score.Class}\t{Under(score.Ndcg10):0.00}\t{Under(score.Recall100):0.00}\t{Under(score.Mrr):0.00}");
    }

    private static double Under(double value) => Math.Max(0, Math.Floor((value - Margin) * 100 + 1e-9) / 100);

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
