using ParlQA.Archive.Search;
using ParlQA.Model;

namespace ParlQA.Archive.Sqlite;

/// <summary>What one question puts into the two full-text tables: its stems, and the same stems reversed.</summary>
internal sealed record IndexEntry(string QuestionStems, string AnswerStems, string QuestionReversed, string AnswerReversed)
{
    /// <summary>The insert of one question's entry into both tables ($row, $q, $a, $qr, $ar).</summary>
    public const string Insert = "INSERT INTO search (rowid, q, a) VALUES ($row, $q, $a); INSERT INTO search_parts (rowid, q, a) VALUES ($row, $qr, $ar)";

    public static IndexEntry Of(string question, (string Stems, string Reversed) answer)
    {
        var (stems, reversed) = DutchTerms.IndexTexts(question);
        return new IndexEntry(stems, answer.Stems, reversed, answer.Reversed);
    }
}

/// <summary>A document made ready to write: its JSON and, per question, its answer and index entry. The CPU work of
/// a store, done before the write transaction and in parallel.</summary>
internal sealed record PreparedDocument(QaDocument Document, string Json, IReadOnlyList<(Question Question, Answer? Answer, IndexEntry Entry)> Rows)
{
    public static PreparedDocument Of(QaDocument document)
    {
        var answers = document.Answers.ToDictionary(a => a.Id);
        // A grouped answer is stemmed once, however many questions it answers.
        var answerTexts = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var rows = new List<(Question, Answer?, IndexEntry)>(document.Questions.Count);
        foreach (var question in document.Questions)
        {
            var answer = question.AnswerId is { } id && answers.TryGetValue(id, out var found) ? found : null;
            var answerIndex = answer is null ? ("", "") : answerTexts.TryGetValue(answer.Id, out var known) ? known : answerTexts[answer.Id] = DutchTerms.IndexTexts(answer.Text);
            rows.Add((question, answer, IndexEntry.Of(question.Text, answerIndex)));
        }
        return new PreparedDocument(document, QaJson.Serialize(document, indented: false), rows);
    }
}
