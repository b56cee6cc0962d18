using System.Globalization;
using System.Text;
using ParlQA.Model;

namespace ParlQA.Cli.Rendering;

/// <summary>A document as plain text for reading in a terminal.</summary>
internal static class TextRenderer
{
    public static string Render(QaDocument document)
    {
        var text = new StringBuilder();
        text.AppendLine(document.Id);
        foreach (var (name, value) in DocumentFacts.Lines(document))
            text.AppendLine(CultureInfo.InvariantCulture, $"{name + ":",-11}{value}");
        foreach (var block in DocumentFacts.ReadingOrder(document))
        {
            text.AppendLine();
            switch (block)
            {
                case Question q:
                    text.AppendLine(CultureInfo.InvariantCulture, $"{DocumentFacts.Heading(q)} [{q.Id}]").AppendLine(q.Text);
                    break;
                case Answer a:
                    text.AppendLine(DocumentFacts.Heading(a)).AppendLine(a.Text);
                    break;
            }
        }
        foreach (var f in document.Footnotes)
            text.AppendLine().Append(f.Number).Append(' ').AppendLine(f.Text);
        return text.ToString().TrimEnd();
    }
}
