using Microsoft.Extensions.Localization;
using ParlQA.Model;

namespace ParlQA.Web.Rendering;

/// <summary>
/// Questions and answers named as the document prints them ("Vraag 25", a second question 25 "Vraag 25 (tweede)",
/// "Antwoord op vragen 22–25"): ids such as q25-2 and a26 belong in links and the API, not in what people read.
/// </summary>
public static class PrintedLabels
{
    /// <summary>The number printed before a question, with which of that number it is when the document prints it more than once.</summary>
    public static string Number(QaDocument document, string questionId, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(text);
        var labels = Labels(document);
        int at = document.Questions.ToList().FindIndex(q => q.Id == questionId);
        if (at < 0)
            return questionId;
        int occurrence = labels.Take(at).Count(l => l == labels[at]) + 1;
        return occurrence == 1 ? labels[at] : text["PrintedAgain", labels[at], Ordinal(occurrence, text)];
    }

    /// <summary>"Vraag 25", "Vraag 25 (tweede)".</summary>
    public static string Question(QaDocument document, Question question, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(question);
        return text["QuestionNumbered", Number(document, question.Id, text)];
    }

    /// <summary>A question named by id (a search hit, a link): as printed when its document is at hand, else by the label it carries.</summary>
    public static string Question(QaDocument? document, string questionId, string? label, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(questionId);
        ArgumentNullException.ThrowIfNull(text);
        return document?.Questions.FirstOrDefault(q => q.Id == questionId) is { } question
            ? Question(document, question, text)
            : text["QuestionNumbered", label ?? questionId.TrimStart('q')];
    }

    /// <summary>"Antwoord op vraag 26", "Antwoord op vragen 22–25" (the answer's own printed label when it has one).</summary>
    public static string Answer(QaDocument document, Answer answer, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(text);
        return text[answer.QuestionIds.Count > 1 ? "AnswerToQuestions" : "AnswerTo", Covered(document, answer, text)];
    }

    /// <summary>The questions an answer covers as printed: its own label for a group ("22–25"), else its questions' numbers ("26", "1, 2").</summary>
    public static string Covered(QaDocument document, Answer answer, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.QuestionIds.Count > 1 && answer.Label is { Length: > 0 } label && !label.All(char.IsAsciiDigit))
            return label;
        return string.Join(", ", answer.QuestionIds.Select(id => Number(document, id, text)));
    }

    /// <summary>Each question's printed number: its label, else its numbers, else that of the question it follows (a sub-question printed without one).</summary>
    private static List<string> Labels(QaDocument document)
    {
        var labels = new List<string>(document.Questions.Count);
        foreach (var q in document.Questions)
            labels.Add(q.Label ?? (q.Numbers.Count > 0 ? string.Join(", ", q.Numbers) : labels.LastOrDefault() ?? (labels.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return labels;
    }

    private static string Ordinal(int occurrence, IStringLocalizer text) =>
        text["Ordinal_" + occurrence] is { ResourceNotFound: false } word ? word.Value : text["OrdinalN", occurrence].Value;
}
