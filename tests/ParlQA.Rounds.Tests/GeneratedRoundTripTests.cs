using ParlQA.RoundTrip;

namespace ParlQA.Rounds.Tests;

/// <summary>
/// The round trip as a property on a fixed set of seeds (the bench runs any number: <c>bench -- roundtrip N</c>):
/// every generated list, published as HTML, reads back exactly. (The PDF and pdftotext forms do not hold on every seed
/// yet — see the README's round-trip figures — so they are the bench's, not CI's, until they do.)
/// </summary>
public sealed class GeneratedRoundTripTests
{
    /// <summary>Seeds 1–300, in batches so a failure names its seeds and the batches share the machine's cores.</summary>
    private const int Seeds = 300, Batch = 30;

    public static TheoryData<int> Batches() => new(Enumerable.Range(0, Seeds / Batch).Select(b => 1 + b * Batch));

    [Theory]
    [MemberData(nameof(Batches))]
    public void PublishedHtml_ReadsBackExactly(int from) => AssertHolds(from, PublishedForm.Html);

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
