using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace ParlQA.Reading.Layout;

/// <summary>
/// The table rows of a tagged PDF: which row (structure element TR, PDF 32000 14.8.4.3.4) each letter of a page is
/// drawn in. The structure tree's parent tree names, per page and marked-content id, the element a piece of content
/// belongs to (14.7.4.4); its nearest TR ancestor is the row. A list's rows then show where geometry cannot tell them
/// apart — a question's paragraph after a full line is parted by the same gap as its answer's row. Nothing is known
/// of an untagged PDF's rows.
/// </summary>
internal sealed class PdfTableRows
{
    private static readonly NameToken TableRow = NameToken.Create("TR"), Parent = NameToken.Create("P");

    private readonly PdfDocument _pdf;
    private readonly List<IToken> _parentTree = [];

    private PdfTableRows(PdfDocument pdf) => _pdf = pdf;

    /// <summary>The document's rows, read from its structure tree (none where it has none, or a broken one: the page's geometry still tells).</summary>
    public static PdfTableRows Of(PdfDocument pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var rows = new PdfTableRows(pdf);
        try
        {
            if (rows.Get(pdf.Structure.Catalog.CatalogDictionary, "StructTreeRoot") is DictionaryToken root
                && rows.Get(root, "ParentTree") is DictionaryToken tree)
                rows.Collect(tree, depth: 0);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            rows._parentTree.Clear();
        }
        return rows;
    }

    /// <summary>Each letter of the page drawn in a table row, with the row's object number (letters outside rows are left out).</summary>
    public Dictionary<Letter, long> On(Page page)
    {
        var rows = new Dictionary<Letter, long>(ReferenceEqualityComparer.Instance);
        if (_parentTree.Count == 0 || Get(page.Dictionary, "StructParents") is not NumericToken key
            || Find(key.Int) is not ArrayToken elements)
            return rows;
        var rowOf = new Dictionary<int, long?>();
        try
        {
            foreach (var content in page.GetMarkedContents())
                Assign(content, elements, rowOf, rows);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            rows.Clear();
        }
        return rows;
    }

    /// <summary>The letters of a marked-content sequence and those nested in it, each with the row of its own (innermost) id.</summary>
    private void Assign(MarkedContentElement content, ArrayToken elements, Dictionary<int, long?> rowOf, Dictionary<Letter, long> rows)
    {
        foreach (var child in content.Children)
            Assign(child, elements, rowOf, rows);
        int id = content.MarkedContentIdentifier;
        if (id < 0 || id >= elements.Length)
            return;
        if (!rowOf.TryGetValue(id, out var row))
            rowOf[id] = row = RowAbove(elements.Data[id]);
        if (row is long number)
        {
            foreach (var letter in content.Letters)
                rows.TryAdd(letter, number);
        }
    }

    /// <summary>The object number of the nearest TR at or above a structure element (a loop in a broken tree ends the walk).</summary>
    private long? RowAbove(IToken element)
    {
        for (int depth = 0; depth < 64 && element is IndirectReferenceToken reference; depth++)
        {
            if (Resolve(reference) is not DictionaryToken node)
                return null;
            if (Get(node, "S") is NameToken type && type.Equals(TableRow))
                return reference.Data.ObjectNumber;
            if (!node.TryGet(Parent, out var parent))
                return null;
            element = parent;
        }
        return null;
    }

    /// <summary>The parent tree's /Nums pairs, from its node and its kids (a number tree, 7.9.7).</summary>
    private void Collect(DictionaryToken node, int depth)
    {
        if (depth > 32)
            return;
        if (Get(node, "Nums") is ArrayToken nums)
            _parentTree.AddRange(nums.Data);
        if (Get(node, "Kids") is ArrayToken kids)
        {
            foreach (var kid in kids.Data)
            {
                if (Resolve(kid) is DictionaryToken child)
                    Collect(child, depth + 1);
            }
        }
    }

    private IToken? Find(int key)
    {
        for (int i = 0; i + 1 < _parentTree.Count; i += 2)
        {
            if (Resolve(_parentTree[i]) is NumericToken n && n.Int == key)
                return Resolve(_parentTree[i + 1]);
        }
        return null;
    }

    private IToken? Get(DictionaryToken dictionary, string name) =>
        dictionary.TryGet(NameToken.Create(name), out var token) ? Resolve(token) : null;

    private IToken? Resolve(IToken token) =>
        token is IndirectReferenceToken reference ? _pdf.Structure.GetObject(reference.Data)?.Data : token;
}
