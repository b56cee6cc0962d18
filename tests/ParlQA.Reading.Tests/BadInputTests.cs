using System.Text;

namespace ParlQA.Reading.Tests;

/// <summary>Bad input yields one clear sentence, never an exception (STYLE.md, "Parsing").</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, byte[], string> Inputs() => new()
    {
        { "empty", [], ReadErrors.Empty },
        { "white space only", "  \n\n \n"u8.ToArray(), ReadErrors.Empty },
        { "binary junk", [0x00, 0x01, 0xFF, 0x10, 0x00, 0x7F, 0x02, 0x03], ReadErrors.Binary },
        { "a novel", Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Repeat("Het was een koude winter en de wind joeg door de straten van de stad.", 200))), ReadErrors.NoQuestions },
        { "a plain zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, (byte)'a', (byte)'.', (byte)'t', (byte)'x', (byte)'t'], ReadErrors.ZipNotWord },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Read_BadInput_FailsWithAClearMessage(string what, byte[] bytes, string message)
    {
        var result = DocumentReader.Read(bytes, what);

        Assert.False(result.Succeeded);
        Assert.Equal(message, result.Error);
    }

    [Fact]
    public void Read_CommitteeListsFrontPageAlone_SaysItIsOnlyTheFrontPage()
    {
        var result = DocumentReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Cases", "front-page-only.txt"));

        Assert.False(result.Succeeded);
        Assert.Equal("only the front page of a committee's list (Kamerstuk 22 396, nr. 22): its questions and answers are not in this file", result.Error);
    }

    [Fact]
    public void Read_CorruptPdf_SaysSo()
    {
        var result = DocumentReader.Read("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer garbage"u8, "broken.pdf");

        Assert.False(result.Succeeded);
        Assert.StartsWith("corrupt PDF: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PdfWithoutText_NeedsOcr()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);

        var result = DocumentReader.Read(builder.Build(), "scan.pdf");

        Assert.Equal("no text layer: this PDF needs OCR", result.Error);
    }

    [Fact]
    public void Read_OverTheSizeLimit_IsRefusedBeforeReading()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var file = File.OpenWrite(path))
                file.SetLength(3 * 1024 * 1024);

            var result = DocumentReader.ReadFile(path, new ReaderOptions { MaxBytes = 1024 * 1024 });

            Assert.Equal("file is 3 MB; the limit is 1 MB (--max-size)", result.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_Windows1252Text_IsDecoded()
    {
        var text = "1 Hoe beoordeelt u de situatie in Curaçao? \n\nHet kabinet is bezorgd over de financiële positie. \n";
        var bytes = CodePagesEncoding().GetBytes(text);

        var result = DocumentReader.Read(bytes);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Hoe beoordeelt u de situatie in Curaçao?", result.Document!.Questions[0].Text);
        Assert.Equal("Het kabinet is bezorgd over de financiële positie.", result.Document.Answers[0].Text);
    }

    [Fact]
    public void Read_RandomMutationsOfTheSeed_NeverThrow()
    {
        var seed = File.ReadAllBytes(ParlQA.Tests.RepoPaths.Sample("kst-35207-34.txt"));
        var random = new Random(20200617);
        for (int round = 0; round < 200; round++)
        {
            var bytes = (byte[])seed.Clone();
            int start = random.Next(bytes.Length);
            int length = Math.Min(bytes.Length - start, random.Next(1, 4000));
            switch (round % 4)
            {
                case 0: random.NextBytes(bytes.AsSpan(start, length)); break;
                case 1: bytes = [.. bytes[..start], .. bytes[(start + length)..]]; break;
                case 2: bytes.AsSpan(start, length).Fill((byte)'\n'); break;
                default: bytes.AsSpan(start, length).Fill((byte)' '); break;
            }

            var result = DocumentReader.Read(bytes, "mutated");

            Assert.True(result.Succeeded || result.Error is not null);
        }
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
