using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ParlQA.Model;
using ParlQA.Rounds.Domain;

namespace ParlQA.Rounds.Publishing;

/// <summary>
/// The published list as PDF (PDFsharp), in the Kamer's layout: the opening sentence, chair and clerk, then the
/// table "Nr. | Vraag | Bijlage" — the number in the first column, question lines spaced apart, answers set tight
/// under their questions with the numbers they answer ("2–3"), footnotes at the foot of the page. ParlQA's PDF
/// reader reads it back to the same questions, answers, groups and references.
/// </summary>
public static class RoundPdf
{
    private const double NumberX = 60, TextX = 110, AttachmentX = 480, Top = 60, Bottom = 770, Width = 360;
    private const double Size = 9, Tight = 11, Spaced = 22, NoteSize = 6.9, NoteStep = 9;

    public static byte[] Write(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        EmbeddedFonts.Install();
        var document = RoundDocument.From(round);
        using var pdf = new PdfDocument();
        pdf.Info.Title = $"Lijst van vragen en antwoorden: {round.LetterTitle}";
        var writer = new PageWriter(pdf);

        writer.Paragraph(null, OfficialText.Opening(round), Tight);
        writer.Gap(Tight);
        writer.Paragraph(null, "De voorzitter van de commissie,", Tight);
        writer.Paragraph(null, round.Chair ?? "", Spaced);
        writer.Paragraph(null, "De griffier van de commissie,", Tight);
        writer.Paragraph(null, round.ClerkName ?? "", Spaced);
        writer.Header();

        foreach (var question in document.Questions)
        {
            writer.Paragraph(question.Label, question.Text, Spaced);
            var answer = document.Answers.FirstOrDefault(a => a.Id == question.AnswerId);
            // A grouped answer stands once, under the last of its questions.
            if (answer is null || answer.QuestionIds[^1] != question.Id)
                continue;
            var notes = answer.FootnoteNumbers.Select(n => document.Footnotes.First(f => f.Number == n)).ToList();
            writer.Paragraph(answer.QuestionIds.Count > 1 ? answer.Label : null, answer.Text, Tight, notes);
            writer.Gap(Spaced - Tight);
        }
        writer.Finish();
        using var output = new MemoryStream();
        pdf.Save(output);
        return output.ToArray();
    }

    /// <summary>Lays text out line by line, starting a new page where the next line would not fit above the notes.</summary>
    private sealed class PageWriter(PdfDocument pdf)
    {
        private readonly XFont _font = new(EmbeddedFonts.Family, Size);
        private readonly XFont _small = new(EmbeddedFonts.Family, 5.5);
        private readonly XFont _note = new(EmbeddedFonts.Family, NoteSize);
        private readonly XFont _noteNumber = new(EmbeddedFonts.Family, 4.5);
        private XGraphics? _page;
        private double _y;
        private readonly List<Footnote> _notes = [];

        private XGraphics Page
        {
            get
            {
                if (_page is null)
                {
                    _page = XGraphics.FromPdfPage(pdf.AddPage(new PdfPage { Size = PdfSharp.PageSize.A4 }));
                    _y = Top;
                }
                return _page;
            }
        }

        public void Header()
        {
            NeedRoom(Spaced);
            Page.DrawString("Nr.", _font, XBrushes.Black, NumberX, _y);
            Page.DrawString("Vraag", _font, XBrushes.Black, TextX, _y);
            Page.DrawString("Bijlage", _font, XBrushes.Black, AttachmentX, _y);
            _y += Spaced;
        }

        public void Gap(double height) => _y += height;

        /// <summary>A paragraph with its label in the number column; footnote markers after its last word, the notes at the page foot.</summary>
        public void Paragraph(string? label, string text, double step, List<Footnote>? notes = null)
        {
            var lines = Wrap(text);
            for (int i = 0; i < lines.Count; i++)
            {
                bool last = i == lines.Count - 1;
                NeedRoom(step + (last && notes is { Count: > 0 } ? notes.Count * NoteStep : 0));
                if (i == 0 && label is not null)
                    Page.DrawString(label, _font, XBrushes.Black, NumberX, _y);
                Page.DrawString(lines[i], _font, XBrushes.Black, TextX, _y);
                if (last && notes is { Count: > 0 })
                {
                    double x = TextX + Page.MeasureString(lines[i], _font).Width + 0.3;
                    Page.DrawString(string.Join(",", notes.Select(n => n.Number)), _small, XBrushes.Black, x, _y - 3.5);
                    _notes.AddRange(notes);
                }
                _y += step;
            }
        }

        public void Finish() => FlushNotes();

        private void NeedRoom(double height)
        {
            if (_page is not null && _y + height > Bottom - _notes.Count * NoteStep)
            {
                FlushNotes();
                _page.Dispose();
                _page = null;
            }
            _ = Page;
        }

        private void FlushNotes()
        {
            if (_page is null || _notes.Count == 0)
                return;
            double y = Bottom + 20 - (_notes.Count - 1) * NoteStep;
            foreach (var note in _notes)
            {
                _page.DrawString(note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), _noteNumber, XBrushes.Black, TextX, y - 2.7);
                _page.DrawString(note.Text, _note, XBrushes.Black, TextX + 6, y);
                y += NoteStep;
            }
            _notes.Clear();
        }

        private List<string> Wrap(string text)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Split('\n'))
            {
                var line = "";
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (line.Length > 0 && Page.MeasureString(candidate, _font).Width > Width)
                    {
                        lines.Add(line);
                        line = word;
                    }
                    else
                    {
                        line = candidate;
                    }
                }
                lines.Add(line);
            }
            return lines;
        }
    }
}
