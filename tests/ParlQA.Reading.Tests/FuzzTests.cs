using ParlQA.Tests;

namespace ParlQA.Reading.Tests;

/// <summary>
/// Property: any mutation of a real sample reads to a document or to one clear error, never an exception.
/// Mutations that once failed are kept in <see cref="Regressions"/>.
/// </summary>
public sealed class FuzzTests
{
    public static TheoryData<string> Samples() => new("kst-35207-34.txt", "aanhangsel/ah-tk-20232024-1314.pdf", "letters/letter-lahlah-en-chakor.docx", "ocr/sgd-0000039541.txt");

    [Theory]
    [MemberData(nameof(Samples))]
    public void Read_MutatedSample_NeverThrows(string sample)
    {
        var original = File.ReadAllBytes(RepoPaths.Sample(sample));
        var random = new Random(sample.Length * 7919);
        for (int round = 0; round < 60; round++)
        {
            var bytes = Mutate(original, random, round);

            var result = DocumentReader.Read(bytes, sample);

            Assert.True(result.Succeeded || !string.IsNullOrWhiteSpace(result.Error), $"round {round}");
        }
    }

    /// <summary>Byte flips, cut-outs, truncation and duplicated stretches, in turn.</summary>
    private static byte[] Mutate(byte[] original, Random random, int round)
    {
        var bytes = (byte[])original.Clone();
        int start = random.Next(bytes.Length);
        int length = Math.Min(bytes.Length - start, random.Next(1, 2048));
        return (round % 4) switch
        {
            0 => Flip(bytes, random, 1 + random.Next(16)),
            1 => [.. bytes[..start], .. bytes[(start + length)..]],
            2 => bytes[..Math.Max(1, start)],
            _ => [.. bytes[..start], .. bytes[start..(start + length)], .. bytes[start..]],
        };
    }

    private static byte[] Flip(byte[] bytes, Random random, int count)
    {
        for (int i = 0; i < count; i++)
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        return bytes;
    }

    /// <summary>Inputs that once broke a reader.</summary>
    public static TheoryData<string, byte[]> Regressions() => new()
    {
        { "pdf header only", "%PDF-1.4\n"u8.ToArray() },
        { "zip header only", [0x50, 0x4B, 0x03, 0x04] },
        { "lone question number", "1 \n"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(Regressions))]
    public void Read_KnownBadInput_FailsCleanly(string what, byte[] bytes)
    {
        var result = DocumentReader.Read(bytes, what);

        Assert.True(result.Succeeded || !string.IsNullOrWhiteSpace(result.Error));
    }
}
