using System.Globalization;
using System.Text.RegularExpressions;
using ParlQA.Reading.Formats;
using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Lines;

/// <summary>
/// A committee's list names its members in a footnote to the committee ("De vaste Commissie voor X¹ …", then
/// "1 Samenstelling: Leden: …"); in text of a scan the note is a paragraph among the front matter. It is set
/// apart as the footnote it is, so that neither the header nor the first question reads it.
/// </summary>
internal static partial class CompositionNotes
{
    [GeneratedRegex(@"^(?<n>\d{1,2})\s+(?=Samenstelling\s*:)")]
    private static partial Regex NoteStart();

    public static bool Applies(DocumentLayout layout) => layout.Format == FileFormat.Text && layout.Lines.Any(l => NoteStart().IsMatch(l.Text));

    public static DocumentLayout Normalise(DocumentLayout layout)
    {
        var body = new List<SourceLine>(layout.Lines.Count);
        var notes = new List<LayoutFootnote>();
        for (int i = 0; i < layout.Lines.Count; i++)
        {
            var start = NoteStart().Match(layout.Lines[i].Text);
            if (!start.Success)
            {
                body.Add(layout.Lines[i]);
                continue;
            }
            // The note runs to its paragraph's end: one line in OCR text, several where the text kept the print's lines.
            var lines = new List<SourceLine> { layout.Lines[i] with { Text = layout.Lines[i].Text[start.Length..] } };
            while (i + 1 < layout.Lines.Count && !layout.Lines[i].BlankAfter && !layout.Lines[i + 1].BlankBefore && !layout.Lines[i + 1].PageStart)
                lines.Add(layout.Lines[++i]);
            notes.Add(new LayoutFootnote(int.Parse(start.Groups["n"].ValueSpan, CultureInfo.InvariantCulture), lines));
        }
        return layout with { Lines = body, Footnotes = [.. layout.Footnotes, .. notes] };
    }
}
