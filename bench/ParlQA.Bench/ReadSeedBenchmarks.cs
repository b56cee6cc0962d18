using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using ParlQA.Model;
using ParlQA.Reading;
using ParlQA.Reading.Formats;

namespace ParlQA.Bench;

/// <summary>
/// Reading the seed document warm, in one process: the whole reader (layout, structure, text, enrichment)
/// against a baseline that only decodes the bytes and splits them into lines, so the ratio is stable on a
/// noisy machine. Goal (issue 2): at least 40 MB/s, i.e. the 80 kB seed in under 2 ms.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 5, iterationCount: 20)]
[MedianColumn]
[Config(typeof(ThroughputConfig))]
public class ReadSeedBenchmarks
{
    private byte[] _seed = [];

    [GlobalSetup]
    public void Setup() => _seed = File.ReadAllBytes(FindSample("kst-35207-34.txt"));

    [Benchmark(Baseline = true, Description = "decode + split lines")]
    public int DecodeAndSplit() => TextDecoder.Decode(_seed).Split('\n').Length;

    [Benchmark(Description = "read document")]
    public QaDocument Read() => DocumentReader.Read(_seed).Document!;

    [Benchmark(Description = "read + serialise JSON")]
    public string ReadAndSerialise() => QaJson.Serialize(DocumentReader.Read(_seed).Document!);

    internal static string FindSample(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ParlQA.sln")))
            dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("run from inside the repository"), "samples", name);
    }

    /// <summary>Adds MB/s to the table: the seed's size divided by the median time.</summary>
    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn());
    }

    private sealed class ThroughputColumn : IColumn
    {
        public string Id => nameof(ThroughputColumn);
        public string ColumnName => "MB/s (median)";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Seed bytes per second at the median time, in 10^6 bytes";
        public bool IsDefault(Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase)
        {
            var stats = summary[benchmarkCase]?.ResultStatistics;
            if (stats is null)
                return "-";
            long bytes = new FileInfo(FindSample("kst-35207-34.txt")).Length;
            return (bytes / (stats.Median / 1e9) / 1e6).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    }
}
