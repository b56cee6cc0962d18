using ParlQA.Archive.Search;
using ParlQA.Model;

namespace ParlQA.Archive.Sqlite;

/// <summary>What one question puts into the two full-text tables: its folded words, and its stems reversed.</summary>
internal sealed record IndexEntry(string QuestionWords, string AnswerWords, string QuestionReversed, string AnswerReversed)
{
    /// <summary>The insert of one question's entry into both tables ($row, $q, $a, $qr, $ar).</summary>
    public const string Insert = "INSERT INTO search (rowid, q, a) VALUES ($row, $q, $a); INSERT INTO search_parts (rowid, q, a) VALUES ($row, $qr, $ar)";

    /// <summary>The insert of a form into the index of forms ($form, $stem).</summary>
    public const string InsertForm = "INSERT OR IGNORE INTO word_forms (form, stem) VALUES ($form, $stem)";

    public static IndexEntry Of(string question, (string Words, string Reversed) answer, WordForms forms)
    {
        var (words, reversed) = DutchTerms.IndexTexts(question, forms);
        return new IndexEntry(words, answer.Words, reversed, answer.Reversed);
    }
}

/// <summary>A document made ready to write: its JSON, per question its answer and index entry, and the forms of words
/// the index of forms does not hold yet. The CPU work of a store, done before the write transaction and in parallel.</summary>
internal sealed record PreparedDocument(QaDocument Document, string Json, IReadOnlyList<(Question Question, Answer? Answer, IndexEntry Entry)> Rows,
    IReadOnlyList<(string Form, string Stem)> NewForms)
{
    public static PreparedDocument Of(QaDocument document, WordForms forms)
    {
        var answers = document.Answers.ToDictionary(a => a.Id);
        // A grouped answer is indexed once, however many questions it answers.
        var answerTexts = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var rows = new List<(Question, Answer?, IndexEntry)>(document.Questions.Count);
        foreach (var question in document.Questions)
        {
            var answer = question.AnswerId is { } id && answers.TryGetValue(id, out var found) ? found : null;
            var answerIndex = answer is null ? ("", "") : answerTexts.TryGetValue(answer.Id, out var known) ? known : answerTexts[answer.Id] = DutchTerms.IndexTexts(answer.Text, forms);
            rows.Add((question, answer, IndexEntry.Of(question.Text, answerIndex, forms)));
        }
        return new PreparedDocument(document, QaJson.Serialize(document, indented: false), rows, forms.TakeNew());
    }
}
