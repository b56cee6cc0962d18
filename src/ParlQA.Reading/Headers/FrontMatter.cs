using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Headers;

/// <summary>
/// What the front-matter readers see: the lines before the first question and their text, the layout they came
/// from (format, furniture), whether the body was read as a committee's list, and how lines are joined into text.
/// </summary>
internal sealed record FrontMatter(IReadOnlyList<SourceLine> Lines, string Text, DocumentLayout Layout, bool IsList, Func<IReadOnlyList<SourceLine>, string> Join)
{
    /// <summary>The Kamerstuk footer names the document whatever the body's shape (a 1988 list prints "Vraag 1" headings).</summary>
    public KamerstukFooterFacts? Footer => Layout.Footer;
}

/// <summary>One front-matter reader of the pipeline: when it applies, and how it reads the header.</summary>
internal sealed record HeaderReader(string Name, Func<FrontMatter, bool> Applies, Func<FrontMatter, DocumentHeader> Read);
