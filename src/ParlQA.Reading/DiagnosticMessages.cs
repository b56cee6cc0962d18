using System.Globalization;
using ParlQA.Model;

namespace ParlQA.Reading;

/// <summary>
/// Every diagnostic the readers emit, in one place (as NodaTime keeps its parse messages), so tests can
/// assert the exact text and the codes stay stable.
/// </summary>
public static class DiagnosticMessages
{
    public const string DuplicateNumberCode = "duplicate-number";
    public const string UnnumberedQuestionCode = "unnumbered-question";
    public const string ImplicitGroupCode = "implicit-group";
    public const string UnansweredCode = "unanswered-question";
    public const string NumberGapCode = "number-gap";
    public const string AmbiguousReferenceCode = "ambiguous-reference";
    public const string UnknownReferenceCode = "unknown-reference";
    public const string LabelUnknownQuestionCode = "label-unknown-question";
    public const string NoQuestionsCode = "no-questions";
    public const string MissingFootnoteCode = "missing-footnote";
    public const string AnswerWithoutHeadingCode = "answer-without-heading";
    public const string AnsweredElsewhereCode = "answered-elsewhere";
    public const string NoAnswerHeadingsCode = "no-answer-headings";
    public const string NumberInferredCode = "number-inferred";

    public static Diagnostic DuplicateNumber(int number, string id, int line, int? page) => Warning(DuplicateNumberCode,
        F($"question number {number} is printed more than once; this one is {id}"), line, page);

    public static Diagnostic UnnumberedQuestion(string id, string previousId, int line, int? page) => Warning(UnnumberedQuestionCode,
        F($"a question without a number follows {previousId}; it is {id}"), line, page);

    public static Diagnostic ImplicitGroup(IEnumerable<string> ids, int line, int? page) => Warning(ImplicitGroupCode,
        F($"questions {Join(ids)} have no answer between them; the next answer is taken to answer them together"), line, page);

    public static Diagnostic Unanswered(string id, int line, int? page) => Warning(UnansweredCode,
        F($"question {id} has no answer"), line, page);

    public static Diagnostic NumberGap(int expected, int found, int line, int? page) => Warning(NumberGapCode,
        found == expected + 1
            ? F($"question number {expected} is missing: {found} follows {expected - 1}")
            : F($"question numbers {expected} to {found - 1} are missing: {found} follows {expected - 1}"), line, page);

    public static Diagnostic AmbiguousReference(string answerId, int number, string chosenId, IEnumerable<string> candidates, int? line, int? page) => Warning(AmbiguousReferenceCode,
        F($"answer {answerId} refers to question {number}, printed more than once ({Join(candidates)}); taken as {chosenId}, the nearest before it"), line, page);

    public static Diagnostic UnknownReference(string answerId, int number, int? line, int? page) => Warning(UnknownReferenceCode,
        F($"answer {answerId} refers to question {number}, which the document does not have"), line, page);

    public static Diagnostic LabelUnknownQuestion(string label, int number, int line, int? page) => Warning(LabelUnknownQuestionCode,
        F($"answer label {label} names question {number}, which is not among the questions waiting for an answer"), line, page);

    public static Diagnostic AnswerWithoutHeading(string questionId, int line, int? page) => Warning(AnswerWithoutHeadingCode,
        F($"the answer to {questionId} has no heading; it is taken to start at the first paragraph that asks nothing"), line, page);

    public static Diagnostic NumberInferred(string id, int number, int line, int? page) => Warning(NumberInferredCode,
        F($"question {id} has no printed number; an answer label names {number}, the number it most likely lost"), line, page);

    public static Diagnostic NoAnswerHeadings(int line, int? page) => new()
    {
        Severity = DiagnosticSeverity.Info,
        Code = NoAnswerHeadingsCode,
        Message = "the answers have no headings: each is taken to start after its question's last asking sentence",
        Line = line,
        Page = page,
    };

    public static Diagnostic AnsweredElsewhere(IEnumerable<string> ids, int line, int? page) => new()
    {
        Severity = DiagnosticSeverity.Info,
        Code = AnsweredElsewhereCode,
        Message = F($"questions {Join(ids)} are not answered here: a notice (Mededeling) says where they were answered"),
        Line = line,
        Page = page,
    };

    public static Diagnostic MissingFootnote(int number, string blockId) => Warning(MissingFootnoteCode,
        F($"{blockId} carries footnote marker {number}, but the footnote's text was not found"), null, null);

    public static Diagnostic NoQuestions() => new()
    {
        Severity = DiagnosticSeverity.Error,
        Code = NoQuestionsCode,
        Message = ReadErrors.NoQuestions,
    };

    private static Diagnostic Warning(string code, string message, int? line, int? page) =>
        new() { Severity = DiagnosticSeverity.Warning, Code = code, Message = message, Line = line, Page = page };

    private static string Join(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
