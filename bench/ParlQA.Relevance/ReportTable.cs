using System.Globalization;
using System.Text;

namespace ParlQA.Relevance;

/// <summary>Reports side by side: a row per class (and "all"), a column per system, each cell "nDCG@10 / recall@100 / MRR".</summary>
public static class ReportTable
{
    /// <summary>As a Markdown table, the way the README shows it.</summary>
    public static string Markdown(IReadOnlyList<QualityReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var text = new StringBuilder();
        text.AppendLine("| class (queries) | " + string.Join(" | ", reports.Select(r => r.System)) + " |");
        text.AppendLine("|---|" + string.Concat(reports.Select(_ => "---|")));
        foreach (var @class in Rows(reports))
        {
            var first = reports[0].For(@class)!;
            var label = @class == QualityReport.AllClasses ? $"**all** ({first.Queries})" : $"{@class} ({first.Queries})";
            text.AppendLine($"| {label} | " + string.Join(" | ", reports.Select(r => Cell(r.For(@class), bold: @class == QualityReport.AllClasses))) + " |");
        }
        return text.ToString();
    }

    /// <summary>Per query, the nDCG@10 of each system and how many of its ten best are not judged yet ("+3").</summary>
    public static string PerQuery(IReadOnlyList<QualityReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var text = new StringBuilder();
        text.AppendLine("query  class       " + string.Concat(reports.Select(r => $"{Short(r.System),-16}")) + "text");
        for (int i = 0; i < reports[0].PerQuery.Count; i++)
        {
            var query = reports[0].PerQuery[i].Query;
            text.Append(CultureInfo.InvariantCulture, $"{query.Id,-6} {query.Class,-11} ");
            foreach (var report in reports)
            {
                var score = report.PerQuery[i];
                var unjudged = score.UnjudgedInTop10 > 0 ? $" +{score.UnjudgedInTop10}" : "";
                text.Append(CultureInfo.InvariantCulture, $"{$"{score.Ndcg10:0.00} ({score.Returned}){unjudged}",-16}");
            }
            text.AppendLine(query.Text);
        }
        return text.ToString();
    }

    private static IEnumerable<string> Rows(IReadOnlyList<QualityReport> reports) =>
        [.. reports[0].PerClass.Select(c => c.Class), QualityReport.AllClasses];

    private static string Cell(ClassScore? score, bool bold)
    {
        if (score is null)
            return "–";
        var cell = string.Create(CultureInfo.InvariantCulture, $"{score.Ndcg10:0.00} / {score.Recall100:0.00} / {score.Mrr:0.00}");
        return bold ? $"**{cell}**" : cell;
    }

    private static string Short(string name) => name.Length <= 15 ? name : name[..15];
}
