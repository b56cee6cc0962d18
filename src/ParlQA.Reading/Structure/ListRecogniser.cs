using System.Text.RegularExpressions;
using ParlQA.Model;
using ParlQA.Reading.Enrichment;
using ParlQA.Reading.Layout;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Structure;

/// <summary>
/// Reads a committee's list of questions and answers ("Nr. | Vraag | Bijlage") from its lines. What the
/// text shows decides: a question starts at a plausible number; its lines are spaced (a blank line after
/// each) and it ends in "?" or in its sources; an answer's lines are dense; a range label ("22–25") says
/// which questions an answer covers, and an unlabelled answer covers every question waiting for one.
/// Each way a line can go is one named rule (<c>ListRecogniser.Rules.cs</c>), asked in the order of <see cref="Rules"/>.
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

    /// <summary>The kind of block open, the block itself, and the body state a footnote interrupted.</summary>
    private State _state = State.Question;
    private Block _current = null!;
    private State _resumeState = State.Question;

    private ListRecogniser(IReadOnlyList<SourceLine> lines, IReadOnlySet<int> footnoteMarkers)
    {
        _lines = lines;
        _footnoteMarkers = footnoteMarkers;
        _paragraphs = lines.Count > 2 && lines.All(l => l.BlankBefore || l == lines[0]);
        var lengths = lines.Select(l => l.Text.Length).Where(n => n > 20).Order().ToList();
        _typicalWidth = lengths.Count == 0 ? 80 : lengths[lengths.Count / 2];
    }

    /// <summary>Numbered lines are read as a list wherever no "Vraag" heading made the document a headed one.</summary>
    public static bool Applies(DocumentLayout layout) => true;

    public static RecognisedBlocks Recognise(DocumentLayout layout) => new ListRecogniser(layout.Lines, FootnoteNumbers(layout)).Run();

    /// <summary>
    /// The numbers the text uses as footnote markers, so a line starting with one may be that footnote: numbers
    /// glued to words ("verklaring1") in extracted text, the superscripts' footnotes in a PDF, none in Word
    /// (its notes are never among the lines).
    /// </summary>
    private static HashSet<int> FootnoteNumbers(DocumentLayout layout) => layout.Markers switch
    {
        MarkerKind.Glued => FootnoteMarkers.Candidates(layout.Lines.Select(l => l.Text)),
        MarkerKind.Superscript => layout.Footnotes.Select(f => f.Number).ToHashSet(),
        _ => new HashSet<int>(),
    };

    private enum State { Question, Answer, Footnote }

    /// <summary>
    /// What a rule decides about one line (as Markdig's block parsers answer with a <c>BlockState</c>): not its
    /// case, so the next rule is asked; or what the line is, the rule having started or extended the block.
    /// </summary>
    private enum LineRole
    {
        /// <summary>The rule does not apply; the next one is asked.</summary>
        None,

        /// <summary>The line goes on in the open block.</summary>
        Continues,

        /// <summary>The line starts a question (numbered or not).</summary>
        StartsQuestion,

        /// <summary>The line starts an answer to the questions waiting for one.</summary>
        StartsAnswer,

        /// <summary>The line starts a footnote; the body resumes after it where it was.</summary>
        StartsFootnote,

        /// <summary>The line is the title of a section of questions ("Artikel 25"): it belongs to no block.</summary>
        SectionTitle,
    }

    /// <summary>The rules, in the order they are asked about each line after the first question: the first that applies decides.</summary>
    private Func<int, LineRole>[] Rules =>
    [
        FootnoteGoesOn,
        NumberedQuestion,
        FootnoteStart,
        SectionTitle,
        LabelledAnswer,
        QuestionGoesOn,
        ParagraphQuestion,
        UnlabelledAnswer,
        SpacedUnnumberedQuestion,
        AnswerGoesOn,
    ];

    private RecognisedBlocks Run()
    {
        int first = FindFirstQuestion();
        if (first < 0)
            return new RecognisedBlocks(_lines, [], [], [], [DiagnosticMessages.NoQuestions()]);

        _current = StartQuestion(first);
        var rules = Rules;
        for (int k = first + 1; k < _lines.Count; k++)
        {
            foreach (var rule in rules)
            {
                var role = rule(k);
                if (role == LineRole.None)
                    continue;
                if (role == LineRole.StartsFootnote && _state != State.Footnote)
                    _resumeState = _state;
                _state = role switch
                {
                    LineRole.StartsQuestion => State.Question,
                    LineRole.StartsAnswer => State.Answer,
                    LineRole.StartsFootnote => State.Footnote,
                    _ => _state,
                };
                break;
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
        if (label is null && covered.Count > 1)
            _diagnostics.Add(DiagnosticMessages.ImplicitGroup(covered.Select(q => q.Id), line.Number, line.Page));
        AnswerCover.Attach(answer, covered, _pending);
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
