using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Structure;

/// <summary>
/// The footnotes the layout set apart join those the recogniser found among the lines (typed notes, notes a page
/// region missed), after them. Word numbers its footnotes in reference order, so where a letter also has typed
/// notes its Word footnotes follow them and their markers shift along: a letter with "1)" notes and Word footnotes
/// 1 and 2 has four footnotes, not two twice.
/// </summary>
internal static class LayoutFootnotes
{
    public static RecognisedBlocks Join(RecognisedBlocks blocks, DocumentLayout layout)
    {
        int offset = layout.Markers == MarkerKind.Reference && blocks.Footnotes.Count > 0 ? blocks.Footnotes.Max(f => f.Number) : 0;
        if (offset > 0)
        {
            foreach (var block in blocks.Questions.Cast<Block>().Concat(blocks.Answers))
            {
                for (int i = 0; i < block.Lines.Count; i++)
                    block.Lines[i] = block.Lines[i] with { Text = FootnoteMarkerText.Shift(block.Lines[i].Text, offset) };
            }
        }
        var style = layout.Markers == MarkerKind.Glued ? MarkerStyle.Glued : MarkerStyle.Explicit;
        var joined = layout.Footnotes.Select(f =>
        {
            var block = new FootnoteBlock { Number = f.Number + offset, Style = style };
            block.Lines.AddRange(f.Lines);
            return block;
        });
        return blocks with { Footnotes = [.. blocks.Footnotes, .. joined] };
    }
}
