using System.Text.RegularExpressions;
using ParlQA.Model;
using ParlQA.Reading.Layout;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Structure;

/// <summary>
/// Reads a committee's list of questions and answers ("Nr. | Vraag | Bijlage") from its lines. What the
/// text shows decides: a question starts at a plausible number; its lines are spaced (a blank line after
/// each) and it ends in "?" or in its sources; an answer's lines are dense; a range label ("22–25") says
/// which questions an answer covers, and an unlabelled answer covers every question waiting for one.
/// </summary>
internal sealed partial class ListRecogniser
{
    /// <summary>How far a printed number may jump ahead before it is taken for something else than a question number.</summary>
    private const int MaxNumberGap = 5;

    /// <summary>The first question of a list has a small number.</summary>
    private const int MaxFirstNumber = 3;

    [GeneratedRegex(@"^(?<n>\d{1,3})\s+\S")]
    private static partial Regex LeadingNumber();

    private readonly IReadOnlyList<SourceLine> _lines;
    private readonly IReadOnlySet<int> _footnoteMarkers;
    private readonly List<QuestionBlock> _questions = [];
    private readonly List<AnswerBlock> _answers = [];
    private readonly List<FootnoteBlock> _footnotes = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<QuestionBlock> _pending = [];
    private readonly bool _paragraphs;

    /// <summary>Characters in a typical line, to tell a short line from a full one.</summary>
    private readonly int _typicalWidth;
    private int _lastNumber;
    private int _maxNumber;

    private ListRecogniser(IReadOnlyList<SourceLine> lines, IReadOnlySet<int> footnoteMarkers)
    {
        _lines = lines;
        _footnoteMarkers = footnoteMarkers;
        _paragraphs = lines.Count > 2 && lines.All(l => l.BlankBefore || l == lines[0]);
        var lengths = lines.Select(l => l.Text.Length).Where(n => n > 20).Order().ToList();
        _typicalWidth = lengths.Count == 0 ? 80 : lengths[lengths.Count / 2];
    }

    /// <param name="lines">The document's lines, furniture removed.</param>
    /// <param name="footnoteMarkers">Numbers glued to words somewhere in the text ("verklaring1"): a line starting with one may be that footnote.</param>
    public static RecognisedBlocks Recognise(IReadOnlyList<SourceLine> lines, IReadOnlySet<int> footnoteMarkers) =>
        new ListRecogniser(lines, footnoteMarkers).Run();

    private enum State { Question, Answer, Footnote }

    private RecognisedBlocks Run()
    {
        int first = FindFirstQuestion();
        if (first < 0)
            return new RecognisedBlocks(_lines, [], [], [], [DiagnosticMessages.NoQuestions()]);

        var state = State.Question;
        var resumeState = State.Question;
        Block current = StartQuestion(first);
        for (int k = first + 1; k < _lines.Count; k++)
        {
            var line = _lines[k];
            if (state == State.Footnote)
            {
                if (IsFootnoteStart(k))
                {
                    current = StartFootnote(k);
                    continue;
                }
                // A footnote runs to the page's end; where every line is a paragraph, it is one line.
                if (!line.PageStart && !(_paragraphs && line.BlankBefore))
                {
                    current.Lines.Add(line);
                    continue;
                }
                state = resumeState;
                current = state == State.Answer ? _answers[^1] : _questions[^1];
            }

            if (CanStartQuestion(k, state, (state == State.Question ? current : null) as QuestionBlock))
            {
                current = StartQuestion(k);
                state = State.Question;
            }
            else if (IsFootnoteStart(k))
            {
                resumeState = state;
                current = StartFootnote(k);
                state = State.Footnote;
            }
            else if (TryAnswerLabel(k, state, current) is { } labelled)
            {
                current = labelled;
                state = State.Answer;
            }
            else if (state == State.Question && ContinuesQuestion(k, (QuestionBlock)current))
            {
                current.Lines.Add(line);
            }
            else if (state == State.Question && _paragraphs && Punctuation.StartsWithCapital(line.Text) && Punctuation.EndsWithQuestionMark(line.Text))
            {
                current = StartUnnumberedQuestion(k);
            }
            else if (state == State.Question)
            {
                current = StartAnswer(k, null, line.Text, _pending.ToList());
                state = State.Answer;
            }
            else if (_paragraphs && Punctuation.StartsWithCapital(line.Text) && Punctuation.EndsWithQuestionMark(line.Text) && !ListLabels.TryNumber(line.Text, out _))
            {
                current = StartUnnumberedQuestion(k);
                state = State.Question;
            }
            else if (StartsUnnumberedQuestion(k))
            {
                current = StartUnnumberedQuestion(k);
                state = State.Question;
            }
            else
            {
                current.Lines.Add(line);
            }
        }

        foreach (var q in _pending)
            _diagnostics.Add(DiagnosticMessages.Unanswered(q.Id, q.FirstLine.Number, q.FirstLine.Page));
        return new RecognisedBlocks(_lines.Take(first).ToList(), _questions, _answers, _footnotes, _diagnostics);
    }

    private int FindFirstQuestion()
    {
        for (int k = 0; k < _lines.Count; k++)
        {
            var line = _lines[k];
            if (ListLabels.TryNumber(line.Text, out var label) && label.From <= MaxFirstNumber
                && Punctuation.StartsWithCapital(label.Rest) && !LooksLikeFootnote(k, label.From)
                && (line.BlankBefore || line.PageStart || k == 0)
                && (line.SparseOrPageEnd || IsFirstOfTwo(k)))
                return k;
        }
        return -1;
    }

    /// <summary>
    /// A numbered line starts a question when its number is the next one and it is laid out as a question
    /// line; a repeated or skipped number must also stand apart, with blank lines on both sides.
    /// </summary>
    private bool CanStartQuestion(int k, State state, QuestionBlock? open)
    {
        var line = _lines[k];
        if (!ListLabels.TryNumber(line.Text, out var label) || !Punctuation.StartsWithCapital(label.Rest))
            return false;
        // A question whose sentence has not ended yet goes on: "… zoals in \n\n 27 Europese landen …".
        if (open is not null && !Punctuation.EndsQuestionBlock(open.Lines[^1].Text))
            return false;
        bool separated = line.BlankBefore || line.PageStart || k > 0 && Punctuation.EndsSentence(_lines[k - 1].Text);
        bool shaped = line.SparseOrPageEnd || IsFirstOfTwo(k);
        int n = label.From;
        if (LooksLikeFootnote(k, n))
            return false;
        if (n == _lastNumber + 1 || n == _maxNumber + 1)
            return separated && shaped;
        if (state == State.Question && _pending.Any(q => q.Numbers.Contains(n)) && !line.SparseOrPageEnd)
            return false; // "25 …" right under question 25, dense: an answer label, not a repeat.
        return line.SparseOrPageEnd && (line.BlankBefore || line.PageStart)
            && n >= 1 && n <= _maxNumber + MaxNumberGap && !_footnoteMarkers.Contains(n);
    }

    /// <summary>
    /// "1 Samenstelling: Leden: …" under a text with a marker "Ordening1": a numbered block that asks nothing
    /// and carries a number the text uses as a footnote marker is that footnote, not a question.
    /// </summary>
    private bool LooksLikeFootnote(int k, int n)
    {
        if (!_footnoteMarkers.Contains(n))
            return false;
        for (int j = k; j < _lines.Count && j < k + 8; j++)
        {
            if (j > k && ListLabels.TryNumber(_lines[j].Text, out _))
                break;
            if (_lines[j].Text.Contains('?', StringComparison.Ordinal))
                return false;
        }
        return true;
    }

    /// <summary>A question's first line can run straight into its second when the number column forces an early break (question 65).</summary>
    private bool IsFirstOfTwo(int k) =>
        !_lines[k].SparseOrPageEnd && k + 1 < _lines.Count && _lines[k + 1].SparseOrPageEnd && !_lines[k + 1].PageStart
        && !ListLabels.TryNumber(_lines[k + 1].Text, out _);

    /// <summary>Decides whether a line without a usable label still belongs to the open question.</summary>
    private bool ContinuesQuestion(int k, QuestionBlock open)
    {
        var line = _lines[k];
        var previous = open.Lines[^1];
        bool previousEnds = Punctuation.EndsQuestionBlock(previous.Text);
        if (!previous.SparseOrPageEnd || !previousEnds)
            return !previousEnds; // dense pairs inside a question; a dense line after a finished question is the answer
        if (char.IsLower(line.Text[0]))
            return true;
        // Where every line is a paragraph, a question is one paragraph: what follows a finished one is its answer,
        // or (asking itself) a question of its own whose number was lost.
        if (_paragraphs)
            return false;
        if (line.SparseOrPageEnd)
        {
            if (Punctuation.EndsWithQuestionMark(line.Text))
                return true; // "Zo nee, waarom niet?"
            return !Punctuation.EndsSentence(line.Text) && k + 1 < _lines.Count && _lines[k + 1].SparseOrPageEnd
                && !ListLabels.TryNumber(_lines[k + 1].Text, out _);
        }
        // A short line that asks, right under a finished question, is the question's tail ("Zo nee, waarom niet?")
        // even where the page break that would have shown it was lost.
        if (Punctuation.EndsWithQuestionMark(line.Text) && line.Text.Length < _typicalWidth * 0.6)
            return true;
        // A dense run right after a finished question is its answer, unless it is a word broken over two
        // lines that ends the question ("… Belt and Road Initia-/tive?").
        return line.Text.EndsWith('-') && k + 1 < _lines.Count && _lines[k + 1].SparseOrPageEnd
            && Punctuation.EndsWithQuestionMark(_lines[k + 1].Text) && !ListLabels.TryNumber(_lines[k + 1].Text, out _);
    }

    /// <summary>
    /// An answer's last line that is really an unnumbered question: spaced question lines follow it, the last
    /// ending in "?", and then a dense answer (question "61.1" of the seed).
    /// </summary>
    private bool StartsUnnumberedQuestion(int k)
    {
        var line = _lines[k];
        if (!line.BlankAfter || !Punctuation.StartsWithCapital(line.Text) || ListLabels.TryNumber(line.Text, out _))
            return false;
        if (!line.BlankBefore && !Punctuation.EndsSentence(_lines[k - 1].Text))
            return false;
        int j = k;
        bool questionMark = Punctuation.EndsWithQuestionMark(line.Text) || line.Text.Contains('?', StringComparison.Ordinal);
        while (j + 1 < _lines.Count && _lines[j].SparseOrPageEnd)
        {
            var next = _lines[j + 1];
            if (ListLabels.TryNumber(next.Text, out _) || !next.SparseOrPageEnd)
                break;
            j++;
            questionMark |= next.Text.Contains('?', StringComparison.Ordinal);
        }
        return j > k && questionMark && Punctuation.EndsQuestionBlock(_lines[j].Text)
            && j + 1 < _lines.Count && !_lines[j + 1].SparseOrPageEnd;
    }

    /// <summary>A range label ("22–25") or the number of a waiting question at the head of a dense line labels an answer.</summary>
    private AnswerBlock? TryAnswerLabel(int k, State state, Block current)
    {
        if (_pending.Count == 0)
            return null;
        if (state == State.Question && !Punctuation.EndsQuestionBlock(current.Lines[^1].Text))
            return null;
        var line = _lines[k];
        if (ListLabels.TryNumberList(line.Text, out var listed, out var printedList, out var listRest) && listed.All(n => _pending.Any(q => q.Numbers.Contains(n)) || n == InferredNumber()))
            return StartAnswer(k, printedList, listRest, listed.Select(PendingFor).OfType<QuestionBlock>().Distinct().ToList());
        bool isRange = ListLabels.TryRange(line.Text, out var label);
        if (!isRange && !(ListLabels.TryNumber(line.Text, out label) && !line.BlankAfter && label.Printed == label.From.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            return null;
        if (!Punctuation.StartsWithCapital(label.Rest) || !_pending.Any(q => q.Numbers.Contains(label.To)))
            return null;

        var covered = new List<QuestionBlock>();
        foreach (int n in label.Numbers)
        {
            var question = _pending.LastOrDefault(q => q.Numbers.Contains(n));
            if (question is null)
                _diagnostics.Add(DiagnosticMessages.LabelUnknownQuestion(label.Printed, n, line.Number, line.Page));
            else if (!covered.Contains(question))
                covered.Add(question);
        }
        return StartAnswer(k, label.Printed, label.Rest, covered);
    }

    /// <summary>The waiting question a label number names: the latest with that number, or an unnumbered one where its number was lost.</summary>
    private QuestionBlock? PendingFor(int n)
    {
        var question = _pending.LastOrDefault(q => q.Numbers.Contains(n));
        if (question is not null || n != InferredNumber())
            return question;
        var unnumbered = _pending.Single(q => q.Numbers.Count == 0);
        _diagnostics.Add(DiagnosticMessages.NumberInferred(unnumbered.Id, n, unnumbered.FirstLine.Number, unnumbered.FirstLine.Page));
        return unnumbered;
    }

    /// <summary>The number a single waiting unnumbered question most likely lost: one more than the question before it.</summary>
    private int InferredNumber()
    {
        var unnumbered = _pending.Where(q => q.Numbers.Count == 0).ToList();
        if (unnumbered.Count != 1)
            return -1;
        int at = _questions.IndexOf(unnumbered[0]);
        return at > 0 && _questions[at - 1].Numbers.Count > 0 ? _questions[at - 1].Numbers[0] + 1 : -1;
    }

    private bool IsFootnoteStart(int k)
    {
        var line = _lines[k];
        var m = LeadingNumber().Match(line.Text);
        if (!m.Success || !_footnoteMarkers.Contains(int.Parse(m.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)))
            return false;
        // "1 en 2 Ja." labels an answer to questions 1 and 2; a footnote's text does not go on with more numbers.
        if (ListLabels.TryNumberList(line.Text, out _, out _, out _))
            return false;
        return line.BlankBefore || line.PageStart || k > 0 && _lines[k - 1].PageEnd;
    }

    private QuestionBlock StartQuestion(int k)
    {
        var line = _lines[k];
        ListLabels.TryNumber(line.Text, out var label);
        int n = label.From;
        if (n > _maxNumber + 1 && _maxNumber > 0)
            _diagnostics.Add(DiagnosticMessages.NumberGap(_maxNumber + 1, n, line.Number, line.Page));
        var question = new QuestionBlock { Label = label.Printed, Numbers = [n], Sub = label.Sub, FirstLineText = label.Rest };
        question.Lines.Add(line);
        question.Id = QuestionIds.Next(_questions, question, _diagnostics);
        _lastNumber = n;
        _maxNumber = Math.Max(_maxNumber, n);
        _questions.Add(question);
        _pending.Add(question);
        return question;
    }

    private QuestionBlock StartUnnumberedQuestion(int k)
    {
        var line = _lines[k];
        var question = new QuestionBlock { Label = null, Numbers = [], FirstLineText = line.Text };
        question.Lines.Add(line);
        question.Id = QuestionIds.Next(_questions, question, _diagnostics);
        _questions.Add(question);
        _pending.Add(question);
        return question;
    }

    private AnswerBlock StartAnswer(int k, string? label, string firstLineText, List<QuestionBlock> covered)
    {
        var line = _lines[k];
        var answer = new AnswerBlock { Label = label, FirstLineText = firstLineText };
        answer.Lines.Add(line);
        answer.Covers.AddRange(covered);
        if (label is null && covered.Count > 1)
            _diagnostics.Add(DiagnosticMessages.ImplicitGroup(covered.Select(q => q.Id), line.Number, line.Page));
        foreach (var q in covered)
        {
            q.Answer = answer;
            _pending.Remove(q);
        }
        _answers.Add(answer);
        return answer;
    }

    private FootnoteBlock StartFootnote(int k)
    {
        var line = _lines[k];
        var m = LeadingNumber().Match(line.Text);
        int n = int.Parse(m.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        var footnote = new FootnoteBlock { Number = n, FirstLineText = line.Text[m.Groups["n"].Length..].TrimStart() };
        footnote.Lines.Add(line);
        _footnotes.Add(footnote);
        return footnote;
    }
}
