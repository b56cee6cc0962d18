using System.Text.RegularExpressions;
using ParlQA.Reading.Formats;
using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Lines;

/// <summary>
/// ParlQA's own published list (the round publisher's PDF, in the Kamer's layout) as plain <c>pdftotext</c> prints it:
/// the title "Lijst van vragen en antwoorden" first, and the column heads "Nr." and "Vraag" each on a line of their own
/// (a Kamer list, printed otherwise, never starts so). Its rows get their Nr. cell back as <see cref="SourceLine.Label"/>
/// and their text in the text form, its footnotes and markers are set apart, so the column-list recogniser reads it
/// as it reads the published HTML. The lines' widths in the publisher's font tell a break on purpose from a wrap.
/// </summary>
internal static partial class PublishedListText
{
    /// <summary>
    /// "€ 2,7": the amount stays with its sign on one line through a non-breaking space, which pdftotext prints as a
    /// space; where the sign ends a line the space was a plain one.
    /// </summary>
    [GeneratedRegex(@"€ (?=\d)")]
    private static partial Regex EuroSpace();

    public const string Title = "Lijst van vragen en antwoorden";

    private const string NumberHead = "Nr.", QuestionHead = "Vraag", AttachmentHead = "Bijlage";

    public static bool Applies(DocumentLayout layout) =>
        layout.Format == FileFormat.Text && layout.Markers == MarkerKind.Glued && layout.Lines.Count > 3
        && layout.Lines[0].Text == Title && Heads(layout.Lines) > 0;

    public static DocumentLayout Normalise(DocumentLayout layout)
    {
        var lines = layout.Lines;
        int heads = Heads(lines);
        var front = lines.Take(heads).ToList();
        var body = lines.Skip(heads + 2).ToList();
        int attachment = body.FindIndex(l => l.Text == AttachmentHead && Alone(l));
        if (attachment >= 0)
            body.RemoveAt(attachment);

        var (rowLines, notes) = PublishedListNotes.Split(body.ConvertAll(l => l with { Text = EuroSpace().Replace(l.Text, "€\u00A0") }));
        double widest = front.Skip(1).Concat(rowLines).Select(l => PublishedListFont.Width(l.Text, PublishedListFont.Body)).DefaultIfEmpty(0).Max();
        return layout with
        {
            Lines = [.. front, .. PublishedListRows.Read(rowLines, widest)],
            Footnotes = [.. layout.Footnotes, .. notes],
            Furniture = [.. layout.Furniture, NumberHead, QuestionHead, AttachmentHead],
            Markers = MarkerKind.Superscript,
        };
    }

    /// <summary>Where the column heads stand: "Nr." (right under the clerk's name) and then "Vraag", each a line of its own; -1 if they don't.</summary>
    private static int Heads(IReadOnlyList<SourceLine> lines)
    {
        for (int i = 1; i + 1 < lines.Count; i++)
        {
            if (lines[i].Text == NumberHead && lines[i + 1].Text == QuestionHead && lines[i].BlankAfter && Alone(lines[i + 1]))
                return i;
        }
        return -1;
    }

    /// <summary>A line standing apart: a blank line or a page edge on both sides.</summary>
    private static bool Alone(SourceLine line) => (line.BlankBefore || line.PageStart) && (line.BlankAfter || line.PageEnd);
}
