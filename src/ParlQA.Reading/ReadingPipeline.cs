using ParlQA.Model;
using ParlQA.Reading.Enrichment;
using ParlQA.Reading.Formats;
using ParlQA.Reading.Headers;
using ParlQA.Reading.Layout;
using ParlQA.Reading.Lines;
using ParlQA.Reading.Structure;
using ParlQA.Reading.Text;

namespace ParlQA.Reading;

/// <summary>
/// How a document is read, declared in order (as Markdig lists its block parsers): a layout source per format
/// turns the bytes into lines; each line normaliser that applies reshapes them; the first recogniser that
/// applies finds questions, answers and footnotes; the first front-matter reader that applies reads the header;
/// the builder makes the texts, and each enricher adds what it finds in them. A new quirk is a new step here.
/// </summary>
internal static class ReadingPipeline
{
    /// <summary>1. Layout sources, by format: lines with their layout facts, footnotes set apart, furniture.</summary>
    public static readonly IReadOnlyDictionary<FileFormat, LayoutSource> Sources = new Dictionary<FileFormat, LayoutSource>
    {
        [FileFormat.Text] = TextLayoutSource.Read,
        [FileFormat.Pdf] = PdfLayoutSource.Read,
        [FileFormat.Docx] = WordLayoutSource.Read,
        [FileFormat.Html] = HtmlLayoutSource.Read,
    };

    /// <summary>2. Line normalisers, each run where it applies, in this order.</summary>
    public static readonly IReadOnlyList<LineNormaliser> Normalisers =
    [
        new("ParlQA's published list as pdftotext prints it", PublishedListText.Applies, PublishedListText.Normalise),
        new("page-bottom footnotes of extracted text", TextFootnotes.Applies, TextFootnotes.Normalise),
        new("a committee's composition note in its front matter", CompositionNotes.Applies, CompositionNotes.Normalise),
        new("old Aanhangsel answer block", AnswerBlockSplitter.Applies, AnswerBlockSplitter.Normalise),
        new("bare answer headings of a numbered letter", BareAnswerHeadings.Applies, BareAnswerHeadings.Normalise),
    ];

    /// <summary>3. Recognisers: the first that applies reads the body.</summary>
    public static readonly IReadOnlyList<Recogniser> Recognisers =
    [
        new("list whose number column the layout knows", ColumnListRecogniser.Applies, ColumnListRecogniser.Recognise),
        new("Vraag/Antwoord headings", HeadingRecogniser.Applies, HeadingRecogniser.Recognise),
        new("numbered list", ListRecogniser.Applies, ListRecogniser.Recognise),
    ];

    /// <summary>3b. Steps on the recognised blocks, each where it applies, in this order.</summary>
    public static readonly IReadOnlyList<BlockStep> BlockSteps =
    [
        new("one question per number under a shared heading", SharedQuestionHeading.Applies, SharedQuestionHeading.Split),
        new("notes typed after the last answer", TrailingNotes.Applies, TrailingNotes.Extract),
        new("the layout's own footnotes", (_, _) => true, LayoutFootnotes.Join),
        new("notes sharing a line", SharedLineNotes.Applies, SharedLineNotes.Split),
    ];

    /// <summary>4. Front-matter readers: the first that applies reads the header.</summary>
    public static readonly IReadOnlyList<HeaderReader> HeaderReaders =
    [
        new("Word answer letter", LetterHeader.IsWordLetter, LetterHeader.Read),
        new("committee list", ListFrontMatter.Applies, ListFrontMatter.Read),
        new("written questions", WrittenQuestionsHeader.Applies, WrittenQuestionsHeader.Read),
        new("letterhead", LetterHeader.Applies, LetterHeader.Read),
        new("numbered questions without a header", _ => true, ListFrontMatter.ReadUntitled),
    ];

    /// <summary>5. After building (<see cref="DocumentBuilder"/>), the enrichers, in this order.</summary>
    public static readonly IReadOnlyList<Enricher> Enrichers =
    [
        new("question sources", QuestionSources.Enrich),
        new("references between answers", References.Enrich),
        new("commitments", Commitments.Enrich),
        new("citations", Citations.Enrich),
    ];

    /// <summary>Reads bytes of a format that has a layout source; any content yields a document or a one-line error.</summary>
    public static ReadResult Read(FileFormat format, byte[] bytes, SourceInfo source, ReaderOptions options)
    {
        DocumentLayout layout;
        try
        {
            layout = Sources[format](bytes, options);
        }
        catch (LayoutException e)
        {
            return ReadResult.Failure(e.Message);
        }
        foreach (var normaliser in Normalisers)
        {
            if (normaliser.Applies(layout))
                layout = normaliser.Normalise(layout);
        }
        var blocks = Recognisers.First(r => r.Applies(layout)).Recognise(layout);
        if (blocks.Questions.Count == 0)
            return ReadResult.Failure(NoQuestionsReason(layout, blocks));
        foreach (var step in BlockSteps)
        {
            if (step.Applies(blocks, layout))
                blocks = step.Apply(blocks, layout);
        }

        var text = BlockTextBuilder.For(layout.Lines, blocks.Answers.Select(a => (IReadOnlyList<SourceLine>)a.Lines));
        var front = FrontOf(layout, blocks, text);
        var header = HeaderReaders.First(r => r.Applies(front)).Read(front);
        var document = DocumentBuilder.Build(blocks, header, text, source, layout.PageCount);
        foreach (var enricher in Enrichers)
            document = enricher.Enrich(document, header);
        return ReadResult.Success(document);
    }

    /// <summary>What the front-matter readers see: the layout's header lines, then the lines before the first question.</summary>
    private static FrontMatter FrontOf(DocumentLayout layout, RecognisedBlocks blocks, BlockTextBuilder text)
    {
        var lines = layout.HeaderLines.Count == 0 ? blocks.FrontMatter : [.. layout.HeaderLines, .. blocks.FrontMatter];
        return new FrontMatter(lines, text.BuildParagraph(lines), layout, blocks.Shape != BodyShape.Headed, l => text.BuildParagraph(l));
    }

    /// <summary>
    /// Why a file without questions is no document: a committee list's front page alone (its opening names the
    /// committee) says so — the list is real, its questions are on pages the file does not hold, and storing it
    /// empty would count a list without answers; anything else has no numbered questions.
    /// </summary>
    private static string NoQuestionsReason(DocumentLayout layout, RecognisedBlocks blocks)
    {
        var front = FrontOf(layout, blocks, BlockTextBuilder.For(layout.Lines, []));
        if (!ListFrontMatter.Applies(front) || ListFrontMatter.Read(front) is not { Committee: not null } header)
            return ReadErrors.NoQuestions;
        return ReadErrors.FrontPageOnly(header.Dossier, header.Number);
    }
}
