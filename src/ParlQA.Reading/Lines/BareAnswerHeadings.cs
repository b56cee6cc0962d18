using ParlQA.Reading.Formats;
using ParlQA.Reading.Layout;
using ParlQA.Reading.Structure;

namespace ParlQA.Reading.Lines;

/// <summary>
/// A Word letter whose questions are numbered paragraphs ("1. Heeft u …?", Word's list numbers) rather than
/// "Vraag 1" headings: each answer follows its question, and a bare "Antwoord" line between them is a heading
/// without content, left out so the list recogniser sees question and answer paragraphs only.
/// </summary>
internal static class BareAnswerHeadings
{
    public static bool Applies(DocumentLayout layout) => layout.Format == FileFormat.Docx && !Headings.AnyQuestion(layout.Lines);

    public static DocumentLayout Normalise(DocumentLayout layout) =>
        layout with { Lines = layout.Lines.Where(l => !(Headings.TryAnswer(l.Text, out var h) && h.Rest is null)).ToList() };
}
