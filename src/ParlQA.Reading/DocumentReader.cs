using System.Globalization;
using System.Security.Cryptography;
using ParlQA.Model;
using ParlQA.Reading.Enrichment;
using ParlQA.Reading.Formats;
using ParlQA.Reading.Layout;
using ParlQA.Reading.Structure;
using ParlQA.Reading.Text;

namespace ParlQA.Reading;

/// <summary>
/// The one entry point of reading: bytes in, a <see cref="QaDocument"/> or a clear error out. Any input
/// yields a result; nothing here throws for bad content.
/// </summary>
public static class DocumentReader
{
    /// <summary>Reads a file, refusing one over the size limit before loading it.</summary>
    public static ReadResult ReadFile(string path, ReaderOptions? options = null)
    {
        options ??= ReaderOptions.Default;
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
                return ReadResult.Failure(Directory.Exists(path) ? ReadErrors.IsFolder : ReadErrors.NoSuchFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ReadResult.Failure(ReadErrors.CannotOpen(e.Message));
        }
        if (info.Length > options.MaxBytes)
            return ReadResult.Failure(ReadErrors.TooLarge(info.Length, options.MaxBytes));
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Failure(ReadErrors.CannotRead(e.Message));
        }
        return Read(bytes, info.Name, options);
    }

    public static ReadResult Read(ReadOnlySpan<byte> bytes, string? fileName = null, ReaderOptions? options = null)
    {
        options ??= ReaderOptions.Default;
        if (bytes.Length > options.MaxBytes)
            return ReadResult.Failure(ReadErrors.TooLarge(bytes.Length, options.MaxBytes));
        var format = FormatSniffer.Sniff(bytes);
        var source = new SourceInfo
        {
            Format = format.ToString().ToLowerInvariant(),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Bytes = bytes.Length,
            FileName = fileName,
        };
        return format switch
        {
            FileFormat.Text => ReadText(TextDecoder.Decode(bytes), source),
            FileFormat.Pdf => ReadPdf(bytes.ToArray(), source),
            FileFormat.Docx => ReadWord(bytes.ToArray(), source, options),
            FileFormat.Empty => ReadResult.Failure(ReadErrors.Empty),
            FileFormat.Binary => ReadResult.Failure(ReadErrors.Binary),
            FileFormat.Zip => ReadResult.Failure(ReadErrors.ZipNotWord),
            _ => ReadResult.Failure(ReadErrors.NotYetSupported(format)),
        };
    }

    /// <summary>Reads text as pdftotext and similar tools produce it.</summary>
    public static ReadResult ReadText(string text, SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        if (FlattenedText.IsFlattened(text))
            text = FlattenedText.Unflatten(text);
        var layout = TextLayoutSource.Read(text);
        if (HeadingRecogniser.Applies(layout.Lines))
        {
            var (body, footnotes) = TextFootnotes.Extract(layout.Lines, FootnoteMarkers.Candidates(layout.Lines.Select(l => l.Text)));
            return ReadHeaded(body, footnotes, layout.Furniture, source, layout.PageCount);
        }
        var lines = AnswerBlockSplitter.Split(layout.Lines);
        var markers = FootnoteMarkers.Candidates(lines.Select(l => l.Text));
        var blocks = ListRecogniser.Recognise(lines, markers);
        if (blocks.Questions.Count == 0)
            return ReadResult.Failure(ReadErrors.NoQuestions);
        return ReadResult.Success(DocumentBuilder.Build(lines, blocks,
            text => HeaderFor(blocks.FrontMatter, text.BuildParagraph(blocks.FrontMatter), layout.Footer, layout.Furniture), source, layout.PageCount));
    }

    private static ReadResult ReadPdf(byte[] bytes, SourceInfo source)
    {
        PdfLayout layout;
        try
        {
            layout = PdfLayoutSource.Read(bytes);
        }
        catch (LayoutException e)
        {
            return ReadResult.Failure(e.Message);
        }
        var footnotes = layout.Footnotes.Select(f =>
        {
            var block = new FootnoteBlock { Number = f.Number, Style = MarkerStyle.Explicit };
            block.Lines.AddRange(f.Lines);
            return block;
        }).ToList();
        if (HeadingRecogniser.Applies(layout.Lines))
            return ReadHeaded(layout.Lines, footnotes, layout.Furniture, source, layout.PageCount);
        var blocks = ListRecogniser.Recognise(layout.Lines, footnotes.Select(f => f.Number).ToHashSet());
        if (blocks.Questions.Count == 0)
            return ReadResult.Failure(ReadErrors.NoQuestions);
        var footer = layout.Furniture.Select(PageFurniture.ReadFooter).FirstOrDefault(f => f is not null);
        return ReadResult.Success(DocumentBuilder.Build(layout.Lines, blocks with { Footnotes = [.. blocks.Footnotes, .. footnotes] },
            text => ListFrontMatter.ReadHeader(blocks.FrontMatter, footer, lines => text.BuildParagraph(lines)), source, layout.PageCount));
    }

    private static ReadResult ReadWord(byte[] bytes, SourceInfo source, ReaderOptions options)
    {
        WordLayout layout;
        try
        {
            layout = WordLayoutSource.Read(bytes, options.MaxUnpackedBytes);
        }
        catch (LayoutException e)
        {
            return ReadResult.Failure(e.Message);
        }
        if (!HeadingRecogniser.Applies(layout.Lines))
            return ReadNumberedLetter(layout, source);
        var blocks = TrailingNotes.Extract(HeadingRecogniser.Recognise(layout.Lines));
        if (blocks.Questions.Count == 0)
            return ReadResult.Failure(ReadErrors.NoQuestions);
        var wordFootnotes = RenumberAfter(blocks, layout.Footnotes);
        return ReadResult.Success(DocumentBuilder.Build(layout.Lines, blocks with { Footnotes = [.. blocks.Footnotes, .. wordFootnotes] },
            text => LetterHeader.Read(blocks.FrontMatter, text.BuildParagraph(blocks.FrontMatter)), source, 1));
    }

    /// <summary>
    /// A letter whose questions are numbered paragraphs ("1. Heeft u …?", Word's list numbers) rather than
    /// "Vraag 1" headings: read as a list of paragraphs, each answer following its question; bare "Antwoord"
    /// lines between them are headings without content and are left out.
    /// </summary>
    private static ReadResult ReadNumberedLetter(WordLayout layout, SourceInfo source)
    {
        var lines = layout.Lines.Where(l => !(Headings.TryAnswer(l.Text, out var h) && h.Rest is null)).ToList();
        var blocks = ListRecogniser.Recognise(lines, new HashSet<int>());
        if (blocks.Questions.Count == 0)
            return ReadResult.Failure(ReadErrors.NoQuestions);
        var footnotes = RenumberAfter(blocks, layout.Footnotes);
        return ReadResult.Success(DocumentBuilder.Build(lines, blocks with { Footnotes = footnotes },
            text => LetterHeader.Read(blocks.FrontMatter, text.BuildParagraph(blocks.FrontMatter)), source, 1));
    }

    /// <summary>
    /// Word footnotes numbered after the typed notes when both exist (a letter with "1)" notes and Word
    /// footnotes 1 and 2 has four footnotes, not two twice); their markers in the lines are renumbered too.
    /// </summary>
    private static List<FootnoteBlock> RenumberAfter(RecognisedBlocks blocks, IReadOnlyList<(int Number, List<SourceLine> Lines)> wordFootnotes)
    {
        int offset = blocks.Footnotes.Count == 0 ? 0 : blocks.Footnotes.Max(f => f.Number);
        if (offset > 0)
        {
            foreach (var block in blocks.Questions.Cast<Block>().Concat(blocks.Answers))
            {
                for (int i = 0; i < block.Lines.Count; i++)
                    block.Lines[i] = block.Lines[i] with { Text = FootnoteMarkerText.Shift(block.Lines[i].Text, offset) };
            }
        }
        return wordFootnotes.Select(f =>
        {
            var block = new FootnoteBlock { Number = f.Number + offset, Style = MarkerStyle.Explicit };
            block.Lines.AddRange(f.Lines);
            return block;
        }).ToList();
    }

    /// <summary>Documents with "Vraag"/"Antwoord" headings: Kamervragen in the Aanhangsel, answer letters.</summary>
    private static ReadResult ReadHeaded(IReadOnlyList<SourceLine> lines, IReadOnlyList<FootnoteBlock> footnotes, IReadOnlyList<string> furniture, SourceInfo source, int pageCount)
    {
        var blocks = TrailingNotes.Extract(HeadingRecogniser.Recognise(lines));
        if (blocks.Questions.Count == 0)
            return ReadResult.Failure(ReadErrors.NoQuestions);
        return ReadResult.Success(DocumentBuilder.Build(lines, blocks with { Footnotes = [.. blocks.Footnotes, .. footnotes] },
            text => HeaderFor(blocks.FrontMatter, text.BuildParagraph(blocks.FrontMatter), null, furniture), source, pageCount));
    }

    /// <summary>
    /// Which header a document has, told by its content, not by its layout: a committee's list opens with the
    /// committee, Kamervragen name who asked them, a letter has a letterhead.
    /// </summary>
    private static DocumentHeader HeaderFor(IReadOnlyList<SourceLine> front, string text, KamerstukFooterFacts? footer, IReadOnlyList<string> furniture)
    {
        if (ListFrontMatter.Applies(text))
            return ListFrontMatter.ReadHeader(front, footer, _ => text);
        if (WrittenQuestionsHeader.Applies(text))
            return WrittenQuestionsHeader.Read(text, furniture, DocumentKind.WrittenQuestions);
        if (LetterHeader.Applies(front, text))
            return LetterHeader.Read(front, text);
        return ListFrontMatter.ReadHeader(front, footer, _ => text) with { Kind = footer is null && !text.Contains("LIJST VAN VRAGEN", StringComparison.OrdinalIgnoreCase) ? DocumentKind.WrittenQuestions : DocumentKind.QuestionList };
    }
}
