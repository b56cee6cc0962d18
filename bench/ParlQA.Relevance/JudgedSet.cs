using System.Globalization;

namespace ParlQA.Relevance;

/// <summary>A question of the archive, as every system names its hits: document id and question id.</summary>
public readonly record struct HitId(string DocumentId, string QuestionId)
{
    public override string ToString() => $"{DocumentId}#{QuestionId}";

    /// <summary>"kst-35207-34#q41" back to its parts.</summary>
    public static HitId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int hash = text.LastIndexOf('#');
        if (hash <= 0 || hash == text.Length - 1)
            throw new FormatException($"'{text}' is not DOCUMENT#QUESTION");
        return new HitId(text[..hash], text[(hash + 1)..]);
    }
}

/// <summary>A query as a user types it, with its class ("name", "phrase", …) and what the user wants found.
/// <see cref="PooledWith"/>: further queries whose results go into its pool (a misspelling's correct form).</summary>
public sealed record JudgedQuery(string Id, string Class, string Text, string Intent, IReadOnlyList<string> PooledWith);

/// <summary>How relevant one question is to one query, 0 (not) to 3 (what the user is looking for).</summary>
public sealed record Judgment(string QueryId, HitId Hit, int Grade);

/// <summary>
/// The judged query set of <c>bench/judged/</c>: queries.tsv (id, class, query, intent, pooled-with) and
/// judgments.tsv (query id, document id, question id, grade), both tab-separated with a header line ('#' lines are comments).
/// A question not judged for a query counts as not relevant.
/// </summary>
public sealed class JudgedSet
{
    /// <summary>The classes of queries, in the order reports list them.</summary>
    public static readonly IReadOnlyList<string> Classes = ["word", "inflected", "compound", "name", "phrase", "question", "misspelled"];

    /// <summary>The grade from which a question counts as relevant for recall and reciprocal rank.</summary>
    public const int RelevantFrom = 2;

    public const int MaxGrade = 3;

    private readonly Dictionary<string, Dictionary<HitId, int>> _grades;

    private JudgedSet(IReadOnlyList<JudgedQuery> queries, IReadOnlyList<Judgment> judgments)
    {
        Queries = queries;
        Judgments = judgments;
        _grades = judgments.GroupBy(j => j.QueryId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(j => j.Hit, j => j.Grade), StringComparer.Ordinal);
    }

    public IReadOnlyList<JudgedQuery> Queries { get; }

    public IReadOnlyList<Judgment> Judgments { get; }

    /// <summary>The grades given for <paramref name="queryId"/>, by question.</summary>
    public IReadOnlyDictionary<HitId, int> GradesFor(string queryId) =>
        _grades.TryGetValue(queryId, out var grades) ? grades : new Dictionary<HitId, int>();

    /// <summary>Whether <paramref name="hit"/> has been judged for <paramref name="queryId"/> (any grade, 0 included).</summary>
    public bool IsJudged(string queryId, HitId hit) => _grades.TryGetValue(queryId, out var grades) && grades.ContainsKey(hit);

    /// <summary>The folder of the set in this repository: bench/judged, found upwards from <paramref name="from"/>.</summary>
    public static string FindFolder(string from)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "judged");
            if (File.Exists(Path.Combine(candidate, QueriesFile)))
                return candidate;
        }
        throw new DirectoryNotFoundException($"bench/judged/{QueriesFile} not found above {from}");
    }

    public const string QueriesFile = "queries.tsv", JudgmentsFile = "judgments.tsv";

    /// <summary>Reads the set; a malformed line is an error naming the file and line.</summary>
    public static JudgedSet Load(string folder)
    {
        var queries = Tsv.Rows(Path.Combine(folder, QueriesFile), minColumns: 4).Select(r => new JudgedQuery(
            r.Cells[0], r.Cells[1], r.Cells[2], r.Cells[3],
            r.Cells.Length > 4 ? r.Cells[4].Split(" | ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [])).ToList();
        var judgments = new List<Judgment>();
        foreach (var (where, cells) in Tsv.Rows(Path.Combine(folder, JudgmentsFile), minColumns: 4))
        {
            if (!int.TryParse(cells[3], NumberStyles.None, CultureInfo.InvariantCulture, out int grade) || grade > MaxGrade)
                throw new FormatException($"{where}: grade '{cells[3]}' is not 0 to {MaxGrade}");
            judgments.Add(new Judgment(cells[0], new HitId(cells[1], cells[2]), grade));
        }
        return new JudgedSet(queries, judgments);
    }
}
