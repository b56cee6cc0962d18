using PdfSharp.Drawing;
using ParlQA.Model;
using ParlQA.Rounds.Domain;

namespace ParlQA.Rounds.Publishing;

/// <summary>
/// Sets a published list on A4 pages in the Kamer's layout before anything is drawn: the title and opening, chair
/// and clerk, then the table "Nr. | Vraag | Bijlage" — numbers in the first column, question lines spaced apart,
/// answers set tight, each footnote at the foot of the page that carries its marker. Where the text breaks a line
/// on purpose (a paragraph, an item, a row of figures) a reader sees it: the line ends with room for the next word
/// — or, where that room is lacking, a gap follows. Question and answer are parted by a gap as well, wide enough
/// that text tools (pdftotext) print a blank line there, and no line ends in a hyphen (pdftotext would join it).
/// </summary>
internal sealed class ListLayout : IDisposable
{
    public const double PageWidth = 595, PageHeight = 842;
    private const double NumberX = 60, TextX = 110, AttachmentX = 480, Top = 60, Bottom = 770, Width = 360;

    /// <summary>Line steps: answer lines, question lines, and the gap that parts blocks (over 2.5 body sizes between lines, so text tools see it).</summary>
    private const double Tight = 11, Spaced = 22, Parted = 34;

    /// <summary>A line ending a paragraph must leave this much more room than the next word needs, or a gap follows it.</summary>
    private const double RoomMargin = 3;

    private const double NoteStep = 9, NoteTextX = TextX + 7, NotesEnd = Bottom + 20;

    public static readonly XFont Body = EmbeddedFonts.Font(9);
    public static readonly XFont Title = EmbeddedFonts.Font(13, XFontStyleEx.Bold);
    public static readonly XFont Note = EmbeddedFonts.Font(6.9);
    public static readonly XFont Script = EmbeddedFonts.Font(5.5);
    public static readonly XFont NoteNumber = EmbeddedFonts.Font(5);

    private readonly XGraphics _measure = XGraphics.CreateMeasureContext(new XSize(PageWidth, PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly List<SetBlock> _blocks = [];
    private readonly List<SetNote> _pageNotes = [];
    private double _widest;
    private int _page;
    private double _y = Top;

    public IReadOnlyList<SetBlock> Blocks => _blocks;

    public static ListLayout Of(Round round, QaDocument document)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(document);
        var layout = new ListLayout();
        var rows = layout.Rows(document, RoundDocument.Printed(round));
        var opening = layout.Broken(OfficialText.Opening(round));
        layout._widest = rows.SelectMany(r => r.Units).Concat([opening]).SelectMany(u => u.Lines).Max(l => layout.Measure(l.Text));
        layout.Front(round, opening);
        layout.Table(rows);
        return layout;
    }

    private void Front(Round round, PreparedUnit opening)
    {
        Add(SetPart.Title).Paragraphs.Add([new SetText(_page, TextX, _y, OfficialText.Title, SetFace.Title, false)]);
        _y += Spaced + Tight;
        Add(SetPart.Paragraph).Paragraphs.Add(Place(opening.Lines, Tight));
        _y += Tight;
        if (round.Chair is { Length: > 0 } chair)
            Signature(OfficialText.ChairTitle, chair);
        Signature(OfficialText.ClerkTitle, round.ClerkName ?? "");
    }

    /// <summary>"De voorzitter van de commissie," and the name under it, as one paragraph of two lines.</summary>
    private void Signature(string title, string name)
    {
        var lines = Place([new BrokenLine(title, LineEnd.End)], Tight);
        lines.AddRange(Place([new BrokenLine(name, LineEnd.End)], Spaced));
        Add(SetPart.Paragraph).Paragraphs.Add(lines);
    }

    /// <summary>The head row, then a row per question and one per answer (with its markers), under the last question it answers.</summary>
    private List<PreparedRow> Rows(QaDocument document, IReadOnlyList<PrintedAnswer> printed)
    {
        var marked = printed.ToDictionary(p => RoundDocument.AnswerId(p.Answer));
        var rows = new List<PreparedRow>();
        foreach (var question in document.Questions)
        {
            rows.Add(Prepare(SetPart.QuestionRow, question.Label, question.Text, []));
            var answer = document.Answers.FirstOrDefault(a => a.Id == question.AnswerId);
            if (answer is not null && answer.QuestionIds[^1] == question.Id)
                rows.Add(Prepare(SetPart.AnswerRow, answer.Label, marked[answer.Id].MarkedText, marked[answer.Id].Notes));
        }
        return rows;
    }

    /// <summary>A row's text broken into lines (footnote markers measured where they stand), and its footnotes.</summary>
    private PreparedRow Prepare(SetPart part, string? label, string text, IReadOnlyList<Footnote> notes) =>
        new(part, label, PublishedText.Units(text).Select(u => new PreparedUnit(LineBreaker.Wrap(u.Text, Measure, Width), u.StartsParagraph)).ToList(),
            notes.Select(n => new SetNote(n.Number, NoteLines(n))).ToList());

    private void Table(List<PreparedRow> rows)
    {
        Room();
        var header = Add(SetPart.HeaderRow);
        header.Paragraphs.Add([
            new SetText(_page, NumberX, _y, OfficialText.ColumnHeads[0], SetFace.Body, false),
            new SetText(_page, TextX, _y, OfficialText.ColumnHeads[1], SetFace.Body, false),
            new SetText(_page, AttachmentX, _y, OfficialText.ColumnHeads[2], SetFace.Body, false)]);
        _y += Parted;
        foreach (var row in rows)
        {
            Row(row);
            _y += Parted - (row.Part == SetPart.QuestionRow ? Spaced : Tight);
        }
    }

    /// <summary>A row: its label beside the first line, its text a paragraph at a time, each footnote on the page of its marker.</summary>
    private void Row(PreparedRow row)
    {
        var block = Add(row.Part);
        double step = row.Part == SetPart.QuestionRow ? Spaced : Tight;
        List<SetText>? paragraph = null;
        for (int u = 0; u < row.Units.Count; u++)
        {
            var unit = row.Units[u];
            if (unit.StartsParagraph || paragraph is null)
                block.Paragraphs.Add(paragraph = []);
            if (u > 0 && NeedsGap(row.Units[u - 1], unit))
                _y += Parted - step;
            bool gapFollows = u + 1 < row.Units.Count && NeedsGap(unit, row.Units[u + 1]);
            for (int i = 0; i < unit.Lines.Count; i++)
            {
                var notes = NotesOf(row, unit.Lines[i]);
                if (gapFollows && i == unit.Lines.Count - 1)
                {
                    var (ahead, notesAhead) = KeptWithGap(row, u);
                    Room(ahead, notes.Concat(notesAhead).Distinct().ToList());
                }
                else
                    Room(0, notes);
                if (block.Label.Count == 0 && row.Label is not null)
                    block.Label.Add(new SetText(_page, NumberX, _y, row.Label, SetFace.Body, false));
                paragraph.Add(new SetText(_page, TextX, _y, unit.Lines[i].Text, SetFace.Body, unit.Lines[i].End == LineEnd.Space) { Notes = notes });
                if (notes.Count > 0)
                    PlaceNotes(notes);
                _y += step;
            }
        }
    }

    /// <summary>
    /// What stays on one page with a line that a gap follows (so the gap shows): the gap and the line after it with its
    /// notes — and where that line is a paragraph of its own that a gap follows too, that gap and the line after it, and
    /// so on. Otherwise the lone line would start the next page and take the first gap onto the page break, where it
    /// shows neither in the PDF nor in the text pdftotext makes of it.
    /// </summary>
    private (double Ahead, IEnumerable<SetNote> Notes) KeptWithGap(PreparedRow row, int u)
    {
        double ahead = 0;
        IEnumerable<SetNote> notes = [];
        do
        {
            u++;
            ahead += Parted;
            notes = notes.Concat(NotesOf(row, row.Units[u].Lines[0]));
        }
        while (row.Units[u].Lines.Count == 1 && u + 1 < row.Units.Count && NeedsGap(row.Units[u], row.Units[u + 1]));
        return (ahead, notes);
    }

    /// <summary>The row's footnotes whose markers a line prints.</summary>
    private static List<SetNote> NotesOf(PreparedRow row, BrokenLine line)
    {
        var marked = MarkedText.Numbers(line.Text);
        return row.Notes.Where(n => marked.Contains(n.Number)).ToList();
    }

    /// <summary>
    /// A break on purpose shows by the room left on the line before it; a list item by its bullet. Where a line that
    /// ends a paragraph is (nearly) full, the room does not show it, so a gap does.
    /// </summary>
    private bool NeedsGap(PreparedUnit before, PreparedUnit next)
    {
        var nextText = next.Lines[0].Text;
        if (DocumentText.IsListItem(nextText, before.Lines[^1].Text))
            return false;
        return Measure(before.Lines[^1].Text + " " + LineBreaker.Tokens(nextText).First()) > _widest - RoomMargin;
    }

    /// <summary>A footnote's lines, wrapped to the column beside its number.</summary>
    private List<BrokenLine> NoteLines(Footnote note) =>
        PublishedText.Units(note.Text).SelectMany(u => LineBreaker.Wrap(u.Text, t => _measure.MeasureString(t, Note).Width, Width - (NoteTextX - TextX))).ToList();

    /// <summary>Notes join the page's notes; all of them are set again from the page's foot up, in order.</summary>
    private void PlaceNotes(IReadOnlyList<SetNote> notes)
    {
        _pageNotes.AddRange(notes);
        double y = NotesEnd - (_pageNotes.Sum(n => n.Lines.Count) - 1) * NoteStep;
        foreach (var note in _pageNotes)
        {
            note.Texts.Clear();
            var number = note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            // The number ends a space's width before the note's text, however many digits it has.
            double x = NoteTextX - 1.2 - _measure.MeasureString(number, NoteNumber).Width;
            note.Texts.Add(new SetText(_page, x, y - 1.5, number, SetFace.NoteNumber, false));
            foreach (var line in note.Lines)
            {
                note.Texts.Add(new SetText(_page, NoteTextX, y, line.Text, SetFace.Note, line.End == LineEnd.Space));
                y += NoteStep;
            }
        }
    }

    /// <summary>
    /// Starts a new page where the line at the cursor — and <paramref name="ahead"/> points more that must stay on its
    /// page — would not fit above the page's notes (with the notes it brings), kept a parting gap below the last line.
    /// </summary>
    private void Room(double ahead = 0, IReadOnlyList<SetNote>? notes = null)
    {
        int noteLines = _pageNotes.Sum(n => n.Lines.Count) + (notes?.Sum(n => n.Lines.Count) ?? 0);
        double limit = noteLines == 0 ? Bottom : NotesEnd - (noteLines - 1) * NoteStep - Parted;
        if (_y + ahead <= limit || _y == Top)
            return;
        _page++;
        _y = Top;
        _pageNotes.Clear();
    }

    private List<SetText> Place(List<BrokenLine> lines, double step)
    {
        var placed = new List<SetText>();
        foreach (var line in lines)
        {
            Room();
            placed.Add(new SetText(_page, TextX, _y, line.Text, SetFace.Body, line.End == LineEnd.Space));
            _y += step;
        }
        return placed;
    }

    private PreparedUnit Broken(string text) => new(LineBreaker.Wrap(text, Measure, Width), true);

    /// <summary>The printed width of a text, its footnote markers set small ("rapport[3][4]." prints "rapport3, 4.").</summary>
    private double Measure(string text) =>
        MarkedText.Pieces(text).Sum(p => _measure.MeasureString(p.Text, p.Marks ? Script : Body).Width);

    private SetBlock Add(SetPart part)
    {
        var block = new SetBlock(part);
        _blocks.Add(block);
        return block;
    }

    public void Dispose() => _measure.Dispose();

    /// <summary>A unit of text (a paragraph's first line or a line of its own) broken into lines.</summary>
    private sealed record PreparedUnit(List<BrokenLine> Lines, bool StartsParagraph);

    private sealed record PreparedRow(SetPart Part, string? Label, List<PreparedUnit> Units, List<SetNote> Notes);
}

/// <summary>What a set block is, for the PDF's structure tags.</summary>
internal enum SetPart { Title, Paragraph, HeaderRow, QuestionRow, AnswerRow }

internal enum SetFace { Body, Title, Note, NoteNumber }

/// <summary>
/// A piece of text at its place: page (from 0), x and baseline y from the top; with a trailing space where the line
/// broke at one; the footnotes whose markers it prints (set at the foot of its page).
/// </summary>
internal sealed record SetText(int Page, double X, double Y, string Text, SetFace Face, bool TrailingSpace)
{
    public IReadOnlyList<SetNote> Notes { get; init; } = [];
}

/// <summary>A title, paragraph or row of the list: its label and its paragraphs' lines.</summary>
internal sealed class SetBlock(SetPart part)
{
    public SetPart Part { get; } = part;
    public List<SetText> Label { get; } = [];
    public List<List<SetText>> Paragraphs { get; } = [];
}

/// <summary>A footnote as set at its page's foot.</summary>
internal sealed class SetNote(int number, List<BrokenLine> lines)
{
    public int Number { get; } = number;
    public List<BrokenLine> Lines { get; } = lines;
    public List<SetText> Texts { get; } = [];
}
