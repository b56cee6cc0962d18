using ParlQA.RoundTrip;

namespace ParlQA.Rounds.Tests;

/// <summary>
/// The round trip as a property on a fixed set of seeds (the bench runs any number: <c>bench -- roundtrip N</c>):
/// every generated list, published as HTML and as PDF, reads back exactly — the PDF through ParlQA's PDF reader, and
/// as the text plain <c>pdftotext</c> makes of it (skipped where pdftotext is not installed; CI installs poppler-utils).
/// </summary>
public sealed class GeneratedRoundTripTests
{
    /// <summary>Seeds 1–300, in batches so a failure names its seeds and the batches share the machine's cores.</summary>
    private const int Seeds = 300, Batch = 30;

    public static TheoryData<int> Batches() => new(Enumerable.Range(0, Seeds / Batch).Select(b => 1 + b * Batch));

    [Theory]
    [MemberData(nameof(Batches))]
    public void PublishedHtml_ReadsBackExactly(int from) => AssertHolds(from, PublishedForm.Html);

    [Theory]
    [MemberData(nameof(Batches))]
    public void PublishedPdf_ReadsBackExactly(int from) => AssertHolds(from, PublishedForm.Pdf);

    [Theory]
    [MemberData(nameof(Batches))]
    public void PublishedPdf_AsPdfToText_ReadsBackExactly(int from)
    {
        if (PdfToText.Missing is { } missing)
            Assert.Skip(missing);
        AssertHolds(from, PublishedForm.PdfText);
    }

    private static void AssertHolds(int from, PublishedForm form)
    {
        var failures = Enumerable.Range(from, Batch)
            .Select(seed => (Seed: seed, Result: PublishedRoundTrip.Check(ListGenerator.Generate(seed), form)))
            .Where(r => !r.Result.Holds)
            .Select(r => $"seed {r.Seed}: {r.Result}")
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {Batch} lists did not read back:\n" + string.Join("\n", failures));
    }
}
