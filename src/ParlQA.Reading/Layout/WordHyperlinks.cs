using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ParlQA.Reading.Layout;

/// <summary>
/// The hyperlinks of a Word paragraph, each as the text shown and the URL behind it — a hyperlink element's
/// relationship, or a HYPERLINK field — so a note that shows only a title ("Hond bijt kind in park") still
/// yields its URL.
/// </summary>
internal static partial class WordHyperlinks
{
    [GeneratedRegex(@"^\s*HYPERLINK\s+""(?<url>[^""]+)""")]
    private static partial Regex FieldUrl();

    public static List<LinkedText> Of(Paragraph paragraph, OpenXmlPart part)
    {
        var links = new List<LinkedText>();
        foreach (var hyperlink in paragraph.Descendants<Hyperlink>())
        {
            if (hyperlink.Id?.Value is { } id && part.HyperlinkRelationships.FirstOrDefault(r => r.Id == id) is { Uri: { IsAbsoluteUri: true } uri })
                Add(links, Shown(hyperlink), uri.OriginalString);
        }
        foreach (var field in paragraph.Descendants<SimpleField>())
        {
            if (FieldUrl().Match(field.Instruction?.Value ?? "") is { Success: true } m)
                Add(links, Shown(field), m.Groups["url"].Value);
        }
        AddComplexFields(paragraph, links);
        return links;
    }

    /// <summary>A field set as runs: begin, the instruction (HYPERLINK "url"), separate, the text shown, end.</summary>
    private static void AddComplexFields(Paragraph paragraph, List<LinkedText> links)
    {
        var instruction = new StringBuilder();
        var shown = new StringBuilder();
        bool inInstruction = false, inResult = false;
        foreach (var element in paragraph.Descendants().Where(e => e is FieldChar or FieldCode or WordText))
        {
            switch (element)
            {
                case FieldChar { FieldCharType.Value: var type } when type == FieldCharValues.Begin:
                    (inInstruction, inResult) = (true, false);
                    instruction.Clear();
                    shown.Clear();
                    break;
                case FieldChar { FieldCharType.Value: var type } when type == FieldCharValues.Separate:
                    (inInstruction, inResult) = (false, true);
                    break;
                case FieldChar { FieldCharType.Value: var type } when type == FieldCharValues.End:
                    if (FieldUrl().Match(instruction.ToString()) is { Success: true } m)
                        Add(links, shown.ToString(), m.Groups["url"].Value);
                    (inInstruction, inResult) = (false, false);
                    break;
                case FieldCode code when inInstruction:
                    instruction.Append(code.Text);
                    break;
                case WordText text when inResult:
                    shown.Append(text.Text);
                    break;
            }
        }
    }

    private static string Shown(OpenXmlElement element) => string.Concat(element.Descendants<WordText>().Select(t => t.Text));

    private static void Add(List<LinkedText> links, string shown, string url)
    {
        if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            links.Add(new LinkedText(shown.Replace('\u00A0', ' ').Trim(), url));
    }
}

/// <summary>Text shown on a line and the URL it links to.</summary>
internal sealed record LinkedText(string Text, string Url);
