namespace ParlQA.Relevance;

/// <summary>One query's measures for one system; <see cref="UnjudgedInTop10"/> says how far the judgments cover what it found.</summary>
public sealed record QueryScore(JudgedQuery Query, double Ndcg10, double Recall100, double ReciprocalRank, int UnjudgedInTop10, int Returned);

/// <summary>The mean measures of a class of queries (or of all of them: class "all").</summary>
public sealed record ClassScore(string Class, int Queries, double Ndcg10, double Recall100, double Mrr);

/// <summary>One system run over the whole judged set: per query, per class and overall (means over queries).</summary>
public sealed class QualityReport
{
    /// <summary>How many hits are asked for: enough for recall@100.</summary>
    public const int Depth = 100;

    public const string AllClasses = "all";

    private QualityReport(string system, IReadOnlyList<QueryScore> perQuery)
    {
        System = system;
        PerQuery = perQuery;
        PerClass = [.. JudgedSet.Classes.Select(c => Mean(c, perQuery.Where(s => s.Query.Class == c).ToList())).Where(c => c.Queries > 0)];
        Overall = Mean(AllClasses, perQuery);
    }

    public string System { get; }

    public IReadOnlyList<QueryScore> PerQuery { get; }

    public IReadOnlyList<ClassScore> PerClass { get; }

    public ClassScore Overall { get; }

    /// <summary>The class's figures, or the overall ones for "all".</summary>
    public ClassScore? For(string @class) => @class == AllClasses ? Overall : PerClass.FirstOrDefault(c => c.Class == @class);

    public static QualityReport Run(ISearchSystem system, JudgedSet set)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(set);
        var scores = new List<QueryScore>(set.Queries.Count);
        foreach (var query in set.Queries)
        {
            var ranked = system.Search(query.Text, Depth);
            var grades = set.GradesFor(query.Id);
            scores.Add(new QueryScore(query,
                Measures.NdcgAt(10, ranked, grades), Measures.RecallAt(Depth, ranked, grades), Measures.ReciprocalRank(ranked, grades),
                ranked.Take(10).Count(h => !set.IsJudged(query.Id, h)), ranked.Count));
        }
        return new QualityReport(system.Name, scores);
    }

    private static ClassScore Mean(string @class, IReadOnlyList<QueryScore> scores) => scores.Count == 0
        ? new ClassScore(@class, 0, 0, 0, 0)
        : new ClassScore(@class, scores.Count, scores.Average(s => s.Ndcg10), scores.Average(s => s.Recall100), scores.Average(s => s.ReciprocalRank));
}
