using ParlQA.Model;
using ParlQA.Reading;
using ParlQA.Tests;

namespace ParlQA.Archive.Tests;

/// <summary>The readable samples, read once for all archive tests.</summary>
internal static class SampleDocuments
{
    private static readonly Lazy<IReadOnlyList<QaDocument>> Documents = new(() =>
        Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => DocumentReader.ReadFile(f).Document)
            .OfType<QaDocument>().ToList());

    public static IReadOnlyList<QaDocument> All => Documents.Value;

    public static QaDocument Seed => All.Single(d => d.Id == "kst-35207-34");
}
