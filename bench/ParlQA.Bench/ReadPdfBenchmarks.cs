using BenchmarkDotNet.Attributes;
using ParlQA.Model;
using ParlQA.Reading;
using UglyToad.PdfPig;

namespace ParlQA.Bench;

/// <summary>
/// Reading the seven Aanhangsel PDFs warm, in one process, to document JSON, against a baseline that only lets
/// PdfPig open each file and extract its words. Goal (issue 3): at least 500 PDF pages per second.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 5, iterationCount: 20)]
[BenchmarkDotNet.Attributes.MedianColumn]
public class ReadPdfBenchmarks
{
    private byte[][] _pdfs = [];

    /// <summary>Pages in the seven files; pages per second is this divided by the mean time.</summary>
    public int Pages { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.GetDirectoryName(ReadSeedBenchmarks.FindSample("aanhangsel/x"))!;
        _pdfs = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        Pages = _pdfs.Sum(p => { using var d = PdfDocument.Open(p); return d.NumberOfPages; });
        Console.WriteLine($"// {_pdfs.Length} PDFs, {Pages} pages");
    }

    [Benchmark(Baseline = true, Description = "PdfPig words only")]
    public int WordsOnly()
    {
        int words = 0;
        foreach (var pdf in _pdfs)
        {
            using var doc = PdfDocument.Open(pdf);
            foreach (var page in doc.GetPages())
                words += page.GetWords().Count();
        }
        return words;
    }

    [Benchmark(Description = "layout only")]
    public int LayoutOnly()
    {
        int lines = 0;
        foreach (var pdf in _pdfs)
            lines += ParlQA.Reading.Layout.PdfLayoutSource.Read(pdf).Lines.Count;
        return lines;
    }

    [Benchmark(Description = "read to document JSON")]
    public int ReadToJson()
    {
        int length = 0;
        foreach (var pdf in _pdfs)
            length += QaJson.Serialize(DocumentReader.Read(pdf).Document!).Length;
        return length;
    }
}
