using System.Globalization;
using System.Text.RegularExpressions;
using ParlQA.Model;
using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Structure;

/// <summary>
/// Reads a committee's list whose layout knows the rows of its "Nr." column (<see cref="SourceLine.Label"/>: an HTML
/// table, ParlQA's PDF layout), so no spacing or punctuation need be guessed at: a row whose number names no question
/// waiting for an answer starts that question; a row whose numbers name waiting questions ("3", "2, 4", "22–25")
/// answers them; a row with an empty number cell answers every question waiting — or, right after an answer, is more
/// of that answer (an answer is printed under the last question it answers, so a question row follows it); the lines
/// after a row's first belong to it.
/// </summary>
internal static partial class ColumnListRecogniser
{
    [GeneratedRegex(@"^(?<n>\d{1,3})(?<sub>[a-z])?\.?$")]
    private static partial Regex Single();

    [GeneratedRegex(@"^\d{1,3}(?:\s*(?:[–—-]|,|en|&|t/m)\s*\d{1,3})+\.?$")]
    private static partial Regex Several();

    public static bool Applies(DocumentLayout layout) => layout.Lines.Any(l => l.Label is not null);

    public static RecognisedBlocks Recognise(DocumentLayout layout)
    {
        var lines = layout.Lines;
        int first = lines.ToList().FindIndex(l => l.Label is not null);
        var questions = new List<QuestionBlock>();
        var answers = new List<AnswerBlock>();
        var pending = new List<QuestionBlock>();
        var diagnostics = new List<Diagnostic>();
        Block? open = null;
        for (int k = first; k < lines.Count; k++)
        {
            var line = lines[k];
            var label = line.Label;
            if (label is null)
            {
                open?.Lines.Add(line);
                continue;
            }
            var single = Single().Match(label);
            if (single.Success && !pending.Any(q => q.Label == label.TrimEnd('.')))
            {
                var question = new QuestionBlock { Label = label.TrimEnd('.'), Numbers = [Number(single.Groups["n"].Value)], Sub = single.Groups["sub"].Value, FirstLineText = line.Text };
                question.Lines.Add(line);
                question.Id = QuestionIds.Next(questions, question, diagnostics);
                questions.Add(question);
                pending.Add(question);
                open = question;
                continue;
            }
            if (label.Length == 0 && open is AnswerBlock)
            {
                open.Lines.Add(line);
                continue;
            }
            var covered = label.Length == 0 ? pending.ToList() : Covered(label, pending, line, diagnostics);
            if (covered.Count == 0)
            {
                open?.Lines.Add(line);
                continue;
            }
            var answer = new AnswerBlock { Label = label.Length == 0 ? null : label, FirstLineText = line.Text };
            answer.Lines.Add(line);
            AnswerCover.Attach(answer, covered, pending);
            answers.Add(answer);
            open = answer;
        }
        foreach (var q in pending)
            diagnostics.Add(DiagnosticMessages.Unanswered(q.Id, q.FirstLine.Number, q.FirstLine.Page));
        return new RecognisedBlocks(lines.Take(Math.Max(first, 0)).ToList(), questions, answers, [], diagnostics) { Shape = BodyShape.Rows };
    }

    /// <summary>The waiting questions a label names: "3", "2, 4", "1, 2 en 4", "22–25" (every number from 22 to 25).</summary>
    private static List<QuestionBlock> Covered(string label, List<QuestionBlock> pending, SourceLine line, List<Diagnostic> diagnostics)
    {
        if (!Single().IsMatch(label) && !Several().IsMatch(label))
            return [];
        var numbers = Regex.Matches(label, @"\d+").Select(m => Number(m.Value)).ToList();
        if (numbers.Count == 2 && Regex.IsMatch(label, "[–—-]|t/m"))
            numbers = Enumerable.Range(numbers[0], Math.Max(numbers[1] - numbers[0] + 1, 1)).ToList();
        return AnswerCover.Named(numbers, label, pending, line, diagnostics);
    }

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);
}
