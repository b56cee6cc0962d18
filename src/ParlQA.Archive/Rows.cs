using System.Globalization;
using ParlQA.Model;

namespace ParlQA.Archive;

/// <summary>How document fields are written into rows, the same for every engine.</summary>
internal static class Rows
{
    public static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.QuestionList => "question-list",
        DocumentKind.WrittenQuestions => "written-questions",
        _ => "answer-letter",
    };

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string AskedBy(QaDocument document) =>
        string.Join("; ", document.AskedBy.Select(m => m.Party is null ? m.Name : $"{m.Name} ({m.Party})"));

    /// <summary>The members of an <see cref="AskedBy"/> column again: "Name (Party); Name".</summary>
    public static IReadOnlyList<Member> Members(string? askedBy) =>
        string.IsNullOrEmpty(askedBy) ? [] : askedBy.Split("; ").Select(m =>
            m.EndsWith(')') && m.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var open ? new Member(m[..open], m[(open + 2)..^1]) : new Member(m)).ToList();
}

/// <summary>Days from question to answer, per answerer, from (answered by, submitted on, answered on) rows.</summary>
internal static class AnswerTimes
{
    public static IReadOnlyList<(string AnsweredBy, int Documents, double? MedianDays)> PerAnswerer(IEnumerable<(string Who, string? Submitted, string? Answered)> rows)
    {
        var documents = new Dictionary<string, int>();
        var days = new Dictionary<string, List<double>>();
        foreach (var (who, submitted, answered) in rows)
        {
            documents[who] = documents.GetValueOrDefault(who) + 1;
            if (submitted is null || answered is null)
                continue;
            var span = DateOnly.Parse(answered, CultureInfo.InvariantCulture).DayNumber - DateOnly.Parse(submitted, CultureInfo.InvariantCulture).DayNumber;
            (days.TryGetValue(who, out var list) ? list : days[who] = []).Add(span);
        }
        return documents.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => (d.Key, d.Value, days.TryGetValue(d.Key, out var list) ? Median(list) : (double?)null)).ToList();
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}

/// <summary>Commitment rows as both engines select them, into register entries.</summary>
internal static class CommitmentRows
{
    public static List<RegisteredCommitment> Read(System.Data.Common.DbDataReader reader)
    {
        var result = new List<RegisteredCommitment>();
        while (reader.Read())
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            DateOnly? Day(int i) => Text(i) is { } s ? DateOnly.Parse(s, CultureInfo.InvariantCulture) : null;
            result.Add(new RegisteredCommitment(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                Text(4), Day(5), Text(6), Day(7), Text(8))
            {
                AnswerIds = Text(9) is { } ids ? ids.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [reader.GetString(2)],
            });
        }
        return result;
    }
}

/// <summary>Result rows both engines read the same way.</summary>
internal static class ResultRows
{
    /// <summary>The first column of every row, as text.</summary>
    public static List<string> Strings(System.Data.Common.DbDataReader reader)
    {
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }

    /// <summary>The columns a hit is read from (<see cref="Hits"/>), after the id columns and the score: the question (q)
    /// with its answer, and its document (d).</summary>
    public const string HitColumns = "q.text, q.answer_text, q.label, COALESCE(d.title, d.subject), d.asked_by, d.answered_by, d.submitted_on, d.answered_on, d.kind";

    /// <summary>The columns a hit is read from (ids, score, <see cref="HitColumns"/>): a statement's own columns come after.</summary>
    public const int HitWidth = 12;

    /// <summary>
    /// Rows of (document id, question id, score, <see cref="HitColumns"/>) as hits: the question's passage with the
    /// found words marked, and the answer's where it holds one; <paramref name="negate"/> for engines whose better
    /// scores are lower; <paramref name="alsoRead"/> reads a row's columns after <see cref="HitWidth"/>.
    /// </summary>
    public static List<SearchHit> Hits(System.Data.Common.DbDataReader reader, Search.HitMarker marker, bool negate,
        Action<System.Data.Common.DbDataReader>? alsoRead = null)
    {
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            alsoRead?.Invoke(reader);
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            DateOnly? Day(int i) => Text(i) is { Length: > 0 } day ? DateOnly.Parse(day, CultureInfo.InvariantCulture) : null;
            var question = reader.GetString(3);
            var answer = Text(4);
            var score = Convert.ToDouble(reader.GetValue(2), CultureInfo.InvariantCulture);
            hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), negate ? 0.0 - score : score, Search.Snippets.Make(question, marker), question, answer)
            {
                AnswerSnippet = answer is null ? null : Search.Snippets.Passage(answer, marker),
                Label = Text(5),
                Title = Text(6),
                AskedBy = Rows.Members(Text(7)),
                AnsweredBy = Text(8),
                SubmittedOn = Day(9),
                AnsweredOn = Day(10),
                Kind = Text(11),
            });
        }
        return hits;
    }
}

/// <summary>The archive's figures, read with the same SQL from either engine.</summary>
internal static class StatsQueries
{
    public static ArchiveStats Read(System.Data.Common.DbConnection connection)
    {
        int Count(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        var rows = new List<(string, string?, string?)>();
        var questions = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT COALESCE(d.answered_by, ''), d.submitted_on, d.answered_on, COALESCE(q.n, 0)
                FROM documents d LEFT JOIN (SELECT document_id, COUNT(*) AS n FROM questions GROUP BY document_id) q ON q.document_id = d.id
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
                rows.Add(row);
                if ((row.Item3 ?? row.Item2) is { Length: >= 7 } date)
                    questions[date[..7]] = questions.GetValueOrDefault(date[..7]) + Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture);
            }
        }
        var people = new People.PeopleDirectory(People.PeopleQueries.Read(connection));
        var months = AnswerTimes.PerAnswerer(rows.Where(r => (r.Item3 ?? r.Item2) is { Length: >= 7 }).Select(r => ((r.Item3 ?? r.Item2)![..7], r.Item2, r.Item3)))
            .ToDictionary(m => m.AnsweredBy, m => m.MedianDays, StringComparer.Ordinal);
        return new ArchiveStats(
            Count("SELECT COUNT(*) FROM documents"), Count("SELECT COUNT(*) FROM questions"),
            Count("SELECT COUNT(DISTINCT document_id || '#' || answer_id) FROM questions WHERE answer_id IS NOT NULL"),
            Count("SELECT COUNT(*) FROM commitments"),
            // Documents nobody is named as answering are one group whose name is not known: null, for each reader to say in its language.
            [.. Known(people.Answerers(), people.WithoutAnswerer).Select(g => (g.Name, g.Ministry, g.Documents.Count, g.MedianDays))])
        {
            ByMinistry = [.. Known(people.Ministries(), people.WithoutMinistry).Select(g => (g.Name, g.Documents.Count, g.MedianDays))],
            ByMember = [.. people.Members().Select(g => (g.Name, g.Documents.Count, g.MedianDays))],
            PerMonth = questions.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new MonthFigures(m.Key, m.Value, months.GetValueOrDefault(m.Key))).ToList(),
        };
    }

    /// <summary>The groups with a name, and the one without (its name null) among them by its count, most documents first.</summary>
    private static IEnumerable<(string? Name, string? Ministry, IReadOnlyList<People.DocumentPeople> Documents, double? MedianDays)> Known(
        IReadOnlyList<People.PeopleGroup> named, People.PeopleGroup unnamed)
    {
        var groups = named.Select(g => (Name: (string?)g.Name, g.Ministry, g.Documents, g.MedianDays)).ToList();
        if (unnamed.Documents.Count > 0)
            groups.Add((null, null, unnamed.Documents, unnamed.MedianDays));
        return groups.OrderByDescending(g => g.Documents.Count).ThenBy(g => g.Name ?? "", StringComparer.Ordinal);
    }
}
