using ParlQA.Model;
using ParlQA.Reading.Layout;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Structure;

/// <summary>
/// Reads documents whose blocks carry headings — "Vraag 3, 4 en 5", "Antwoord op vragen 7, 8, en 9",
/// "Mededeling" — as Kamervragen in the Aanhangsel and ministry answer letters print them. An answer covers
/// the waiting questions its heading names ("Antwoord 5 en 6" after separate "Vraag 5" and "Vraag 6"), or
/// every waiting question when it names none; a question with no answer heading after it may carry its
/// answer as a paragraph of its own.
/// </summary>
internal sealed class HeadingRecogniser
{
    private readonly List<QuestionBlock> _questions = [];
    private readonly List<AnswerBlock> _answers = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<QuestionBlock> _pending = [];
    private readonly List<(string QuestionId, SourceLine Line)> _unheaded = [];
    private readonly bool _unnumbered;

    private HeadingRecogniser(bool unnumbered) => _unnumbered = unnumbered;

    /// <summary>True when the lines hold at least one question heading (or a letter's one bare "Vraag"): the document is of this shape.</summary>
    public static bool Applies(DocumentLayout layout) => Headings.AnyQuestion(layout.Lines) || Headings.OnlyUnnumberedQuestion(layout.Lines);

    public static RecognisedBlocks Recognise(DocumentLayout layout) =>
        new HeadingRecogniser(!Headings.AnyQuestion(layout.Lines) && Headings.OnlyUnnumberedQuestion(layout.Lines)).Run(layout.Lines);

    private RecognisedBlocks Run(IReadOnlyList<SourceLine> lines)
    {
        int first = FindFirst(lines);
        if (first < 0)
            return new RecognisedBlocks(lines, [], [], [], [DiagnosticMessages.NoQuestions()]);

        Block? current = null;
        var notice = new List<SourceLine>();
        bool inNotice = false;
        for (int k = first; k < lines.Count; k++)
        {
            var line = lines[k];
            if (Headings.TryQuestion(line.Text, _unnumbered, out var q) && (current is not QuestionBlock || Punctuation.EndsQuestionBlock(current.Lines.LastOrDefault()?.Text ?? "?")
                || current.Lines.Count == 0 || IsNextOnItsOwn(line, q)))
            {
                CloseUnanswered();
                current = StartQuestion(line, q);
                inNotice = false;
            }
            else if (Headings.TryAnswer(line.Text, out var a) && _questions.Count > 0)
            {
                current = StartAnswer(line, a);
                inNotice = false;
            }
            else if (Headings.IsNotice(line.Text))
            {
                inNotice = true;
                current = null;
            }
            else if (inNotice)
            {
                notice.Add(line);
            }
            else if (current is AnswerBlock { Lines.Count: > 0 } && ListLabels.IsSectionTitleBefore(lines, k, j => Headings.TryQuestion(lines[j].Text, _unnumbered, out _)))
            {
                // "Artikel 25", "Algemeen" after an answer title the questions that follow: part of no block.
            }
            else
            {
                current?.Lines.Add(line);
            }
        }
        CloseUnanswered();
        // Where no answer has a heading, that is the document's convention: said once. Where others have
        // one, each answer without is an irregularity: said for each.
        if (_answers.Count > _unheaded.Count)
            _diagnostics.AddRange(_unheaded.Select(u => DiagnosticMessages.AnswerWithoutHeading(u.QuestionId, u.Line.Number, u.Line.Page)));
        else if (_unheaded.Count > 0)
            _diagnostics.Add(DiagnosticMessages.NoAnswerHeadings(_unheaded[0].Line.Number, _unheaded[0].Line.Page));
        var open = _pending.Where(q => q.Answer is null).ToList();
        if (notice.Count > 0 && open.Count > 0)
            _diagnostics.Add(DiagnosticMessages.AnsweredElsewhere(open.Select(q => q.Id), notice[0].Number, notice[0].Page));
        else
            _diagnostics.AddRange(open.Select(q => DiagnosticMessages.Unanswered(q.Id, q.FirstLine.Number, q.FirstLine.Page)));
        _questions.RemoveAll(q => q.Lines.Count == 0 && q.FirstLineText is null);
        return new RecognisedBlocks(lines.Take(first).ToList(), _questions, _answers, [], _diagnostics) { Notice = notice, Shape = BodyShape.Headed };
    }

    /// <summary>
    /// A heading alone on its line after a blank one, numbering the next question (or one a few further on, where a
    /// scan lost a heading), starts it even when the text before ends mid-sentence: there the text before is page
    /// furniture (a table, a chart's axis) that the answer picked up, not a question going on.
    /// </summary>
    private bool IsNextOnItsOwn(SourceLine line, Heading heading)
    {
        if (heading.Rest is not null || !line.BlankBefore || _questions.Count == 0 || heading.Numbers.Count == 0)
            return false;
        int last = _questions[^1].Numbers.DefaultIfEmpty(0).Max();
        return heading.Numbers[0] > last && heading.Numbers[0] <= last + FlattenedText.MaxSkip;
    }

    private int FindFirst(IReadOnlyList<SourceLine> lines)
    {
        for (int k = 0; k < lines.Count; k++)
        {
            if (Headings.TryQuestion(lines[k].Text, _unnumbered, out _))
                return k;
        }
        return -1;
    }

    private QuestionBlock StartQuestion(SourceLine line, Heading heading)
    {
        var question = new QuestionBlock
        {
            // A letter's only question, printed under a bare "Vraag", is its question 1; no label was printed.
            Label = heading.Printed.Length == 0 ? null : heading.Printed,
            Numbers = heading.Numbers.Count == 0 && _questions.Count == 0 ? [1] : heading.Numbers,
            Sub = heading.Sub,
            Heading = line,
            FirstLineText = heading.Rest,
        };
        if (heading.Rest is not null)
            question.Lines.Add(line);
        question.Id = QuestionIds.Next(_questions, question, _diagnostics);
        _questions.Add(question);
        _pending.Add(question);
        return question;
    }

    private AnswerBlock StartAnswer(SourceLine line, Heading heading)
    {
        var covered = heading.Numbers.Count == 0
            ? _pending.ToList()
            : AnswerCover.Named(heading.Numbers, "Antwoord " + heading.Printed, _pending, line, _diagnostics);
        if (covered.Count == 0)
            covered.Add(_questions[^1]);
        var answer = new AnswerBlock { Label = heading.Printed.Length == 0 ? null : heading.Printed, Heading = line, FirstLineText = heading.Rest };
        if (heading.Rest is not null)
            answer.Lines.Add(line);
        AnswerCover.Attach(answer, covered, _pending);
        _answers.Add(answer);
        return answer;
    }

    /// <summary>
    /// A question followed by the next question without an answer heading: if a paragraph after one ending
    /// in "?" does not end in "?" itself, that paragraph starts the answer, printed without a heading.
    /// </summary>
    private void CloseUnanswered()
    {
        if (_questions.Count == 0 || _questions[^1] is not { Answer: null } open || open.Lines.Count < 2)
            return;
        for (int k = 1; k < open.Lines.Count; k++)
        {
            var line = open.Lines[k];
            var previous = open.Lines[k - 1];
            bool paragraphStart = line.BlankBefore || previous.RoomAtEnd is double room && line.FirstWordWidth is double word && room > word;
            if (!paragraphStart || !Punctuation.EndsWithQuestionMark(previous.Text))
                continue;
            var rest = open.Lines.Skip(k).ToList();
            // The paragraph that would start the answer must not ask anything itself.
            int paragraphEnd = rest.FindIndex(1, l => l.BlankBefore);
            var firstParagraph = paragraphEnd < 0 ? rest : rest.Take(paragraphEnd).ToList();
            if (Punctuation.EndsWithQuestionMark(firstParagraph[^1].Text))
                continue;
            var answer = new AnswerBlock { Label = null, FirstLineText = null };
            answer.Lines.AddRange(rest);
            open.Lines.RemoveRange(k, open.Lines.Count - k);
            AnswerCover.Attach(answer, [open], _pending);
            _answers.Add(answer);
            _unheaded.Add((open.Id, line));
            return;
        }
    }
}
