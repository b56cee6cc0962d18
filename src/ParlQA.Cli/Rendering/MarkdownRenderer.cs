using System.Text;
using ParlQA.Model;

namespace ParlQA.Cli.Rendering;

/// <summary>A document as Markdown: facts as a list, each question and answer under its own heading.</summary>
internal static class MarkdownRenderer
{
    public static string Render(QaDocument document)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(document.Subject ?? document.Title ?? document.Id)).AppendLine();
        md.Append("- Id: `").Append(document.Id).AppendLine("`");
        foreach (var (name, value) in DocumentFacts.Lines(document))
            md.Append("- ").Append(name).Append(": ").AppendLine(Escape(value));
        foreach (var block in DocumentFacts.ReadingOrder(document))
        {
            md.AppendLine();
            switch (block)
            {
                case Question q:
                    md.Append("## ").Append(DocumentFacts.Heading(q)).Append(" {#").Append(q.Id).AppendLine("}").AppendLine();
                    md.AppendLine(Escape(q.Text));
                    break;
                case Answer a:
                    md.Append("### ").AppendLine(DocumentFacts.Heading(a)).AppendLine();
                    md.AppendLine(Escape(a.Text).Replace("\n• ", "\n- ", StringComparison.Ordinal));
                    foreach (var n in a.FootnoteNumbers)
                        md.Append("[^").Append(n).AppendLine("]");
                    break;
            }
        }
        if (document.Footnotes.Count > 0)
            md.AppendLine();
        foreach (var f in document.Footnotes)
            md.Append("[^").Append(f.Number).Append("]: ").AppendLine(Escape(f.Text));
        return md.ToString().TrimEnd();
    }

    /// <summary>Keeps document text from being read as Markdown markup.</summary>
    private static string Escape(string text)
    {
        var md = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '\\')
                md.Append('\\');
            md.Append(c);
        }
        return md.ToString();
    }
}
