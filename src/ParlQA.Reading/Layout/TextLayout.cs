namespace ParlQA.Reading.Layout;

/// <summary>A document's lines with furniture removed, and the facts the furniture carried.</summary>
internal sealed record TextLayout(IReadOnlyList<SourceLine> Lines, KamerstukFooterFacts? Footer, int PageCount)
{
    /// <summary>The furniture lines removed (stamps carry the official id).</summary>
    public IReadOnlyList<string> Furniture { get; init; } = [];
}
