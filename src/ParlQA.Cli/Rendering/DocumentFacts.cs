using System.Globalization;
using ParlQA.Model;

namespace ParlQA.Cli.Rendering;

/// <summary>The short descriptive lines both human renderers print above the questions.</summary>
internal static class DocumentFacts
{
    public static IEnumerable<(string Name, string Value)> Lines(QaDocument d)
    {
        var what = Kind(d.Kind);
        if (d.Dossier is not null)
            what += Invariant($", Kamerstuk {d.Dossier}, nr. {d.Number}");
        if (d.Chamber is not null)
            what += $", {d.Chamber} {d.Session}";
        yield return ("Document", what);
        if (d.Committee is not null)
            yield return ("Committee", d.Committee);
        if (d.AskedBy.Count > 0)
            yield return ("Asked by", string.Join(", ", d.AskedBy.Select(m => m.Party is null ? m.Name : $"{m.Name} ({m.Party})")));
        if (d.Addressees.Count > 0)
            yield return ("To", string.Join(", ", d.Addressees));
        if (d.Subject is not null)
            yield return ("About", d.Subject);
        if (d.SubjectLetter is { } letter && (letter.Date is not null || letter.Citation is not null))
            yield return ("Letter", string.Join(", ", new[] { Date(letter.Date), letter.Citation?.Text }.Where(s => s is not null)));
        if (d.SubmittedOn is not null)
            yield return ("Submitted", Date(d.SubmittedOn)!);
        if (d.AnsweredOn is not null || d.AnsweredBy is not null)
            yield return ("Answered", string.Join(" by ", new[] { Date(d.AnsweredOn), d.AnsweredBy }.Where(s => s is not null)));
        if (d.Chair is not null)
            yield return ("Chair", d.Chair);
        if (d.Clerk is not null)
            yield return ("Clerk", d.Clerk);
        yield return ("Contents", Invariant($"{d.Questions.Count} questions, {d.Answers.Count} answers, {d.Commitments.Count} commitments, {d.Diagnostics.Count} diagnostics"));
    }

    /// <summary>What a document is, in words: "list of questions and answers", "written questions", "answer letter".</summary>
    public static string Kind(DocumentKind kind) => kind switch
    {
        DocumentKind.QuestionList => "list of questions and answers",
        DocumentKind.WrittenQuestions => "written questions",
        _ => "answer letter",
    };

    /// <summary>The same for a kind as the archive and the JSON name it ("answer-letter"); null for a name not known.</summary>
    public static string? Kind(string? name) =>
        Enum.GetValues<DocumentKind>().Where(k => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(k.ToString()) == name).Select(Kind).FirstOrDefault();

    /// <summary>The document in reading order: each question, and each answer after the last question it covers.</summary>
    public static IEnumerable<object> ReadingOrder(QaDocument d)
    {
        var answers = d.Answers.ToDictionary(a => a.Id);
        foreach (var q in d.Questions)
        {
            yield return q;
            if (q.AnswerId is { } id && answers.TryGetValue(id, out var answer) && answer.QuestionIds[^1] == q.Id)
                yield return answer;
        }
    }

    public static string Heading(Question q) => q.Label is null ? $"Vraag ({q.Id})" : $"Vraag {q.Label}";

    public static string Heading(Answer a) => a.Label is null ? "Antwoord" : $"Antwoord {a.Label}";

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
