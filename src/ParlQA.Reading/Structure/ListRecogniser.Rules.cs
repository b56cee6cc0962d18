using ParlQA.Reading.Layout;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Structure;

/// <summary>
/// The rules of <see cref="ListRecogniser"/>, one method each, in the order of <see cref="ListRecogniser.Rules"/>,
/// then the layout and punctuation tests they share.
/// </summary>
internal sealed partial class ListRecogniser
{
    /// <summary>
    /// Inside a footnote: the next footnote starts, or the line goes on in this one. A footnote runs to the page's
    /// end (where every line is a paragraph, it is one line); then the body resumes where it was, and the line is
    /// left to the other rules (<see cref="LineRole.None"/>).
    /// </summary>
    private LineRole FootnoteGoesOn(int k)
    {
        if (_state != State.Footnote)
            return LineRole.None;
        if (IsFootnoteStart(k))
        {
            _current = StartFootnote(k);
            return LineRole.StartsFootnote;
        }
        var line = _lines[k];
        if (!line.PageStart && !(_paragraphs && line.BlankBefore))
        {
            _current.Lines.Add(line);
            return LineRole.Continues;
        }
        _state = _resumeState;
        _current = _state == State.Answer ? _answers[^1] : _questions[^1];
        return LineRole.None;
    }

    /// <summary>The next number, laid out as a question line, starts a question (<see cref="CanStartQuestion"/>).</summary>
    private LineRole NumberedQuestion(int k)
    {
        if (!CanStartQuestion(k, _state, (_state == State.Question ? _current : null) as QuestionBlock))
            return LineRole.None;
        _current = StartQuestion(k);
        return LineRole.StartsQuestion;
    }

    /// <summary>A number the text uses as a footnote marker, at a paragraph or page start, starts that footnote.</summary>
    private LineRole FootnoteStart(int k)
    {
        if (!IsFootnoteStart(k))
            return LineRole.None;
        _current = StartFootnote(k);
        return LineRole.StartsFootnote;
    }

    /// <summary>
    /// After an answer, a line standing apart that names a section — "Artikel 25", "Artikelen 25, 28, 31 en 40",
    /// "Algemeen", "Beleidsagenda" — with the next question under it (or under a further title) is the title of
    /// the questions that follow, not a paragraph of the answer.
    /// </summary>
    private LineRole SectionTitle(int k)
    {
        if (_state != State.Answer)
            return LineRole.None;
        return ListLabels.IsSectionTitleBefore(_lines, k, j => CanStartQuestion(j, State.Answer, null)) ? LineRole.SectionTitle : LineRole.None;
    }

    /// <summary>A label naming waiting questions ("22–25", "25 …", "1, 2 en 4 Ja.") starts their answer.</summary>
    private LineRole LabelledAnswer(int k)
    {
        if (TryAnswerLabel(k, _state, _current) is not { } labelled)
            return LineRole.None;
        _current = labelled;
        return LineRole.StartsAnswer;
    }

    /// <summary>A line that the open question's layout and punctuation say is still part of it (<see cref="ContinuesQuestion"/>).</summary>
    private LineRole QuestionGoesOn(int k)
    {
        if (_state != State.Question || !ContinuesQuestion(k, (QuestionBlock)_current))
            return LineRole.None;
        _current.Lines.Add(_lines[k]);
        return LineRole.Continues;
    }

    /// <summary>
    /// Where every line is a paragraph, a paragraph that starts with a capital and ends in "?" is a question of
    /// its own whose number was lost; after an answer, only if it carries no number (then it is an answer label).
    /// </summary>
    private LineRole ParagraphQuestion(int k)
    {
        var text = _lines[k].Text;
        if (!_paragraphs || !Punctuation.StartsWithCapital(text) || !Punctuation.EndsWithQuestionMark(text)
            || _state != State.Question && ListLabels.TryNumber(text, out _))
            return LineRole.None;
        _current = StartUnnumberedQuestion(k);
        return LineRole.StartsQuestion;
    }

    /// <summary>Any other line after a finished question starts the answer to every question waiting for one.</summary>
    private LineRole UnlabelledAnswer(int k)
    {
        if (_state != State.Question)
            return LineRole.None;
        _current = StartAnswer(k, null, _lines[k].Text, _pending.ToList());
        return LineRole.StartsAnswer;
    }

    /// <summary>In an answer, spaced lines that ask and are followed by a dense answer are an unnumbered question (<see cref="StartsUnnumberedQuestion"/>).</summary>
    private LineRole SpacedUnnumberedQuestion(int k)
    {
        if (_state != State.Answer || !StartsUnnumberedQuestion(k))
            return LineRole.None;
        _current = StartUnnumberedQuestion(k);
        return LineRole.StartsQuestion;
    }

    /// <summary>Whatever no other rule claims goes on in the open answer.</summary>
    private LineRole AnswerGoesOn(int k)
    {
        _current.Lines.Add(_lines[k]);
        return LineRole.Continues;
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
        if (state == State.Answer && _answers[^1].Label is not null && _pending.Any(q => q.Numbers.Contains(n)))
            return false; // after "1, 2 en 4 Ja.", a waiting question's number labels its answer: "3 Er komt …".
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
            return StartAnswer(k, printedList, listRest, AnswerCover.Named(listed, printedList, _pending, line, _diagnostics, PendingFor));
        bool isRange = ListLabels.TryRange(line.Text, out var label);
        if (!isRange && !(ListLabels.TryNumber(line.Text, out label) && !line.BlankAfter && label.Printed == label.From.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            return null;
        if (!Punctuation.StartsWithCapital(label.Rest) || !_pending.Any(q => q.Numbers.Contains(label.To)))
            return null;

        return StartAnswer(k, label.Printed, label.Rest, AnswerCover.Named(label.Numbers, label.Printed, _pending, line, _diagnostics));
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
}
