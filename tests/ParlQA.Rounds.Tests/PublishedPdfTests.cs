using System.Globalization;
using ParlQA.RoundTrip;
using ParlQA.Rounds.Publishing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace ParlQA.Rounds.Tests;

/// <summary>The published PDF as a reader meets it: inside its columns, notes on their pages, tagged, nothing a text tool would mangle.</summary>
public sealed class PublishedPdfTests
{
    /// <summary>The text column's edges (PDF points from the left) and the attachment column's head.</summary>
    private const double LabelLeft = 60, ColumnRight = 470, AttachmentLeft = 480;

    [Fact]
    public void LongUrl_BreaksInsideTheColumn_AndNoWordRunsOffIt()
    {
        var url = "https://www.rijksoverheid.nl/documenten/kamerstukken/2020/06/17/beantwoording-vragen-over-de-mensenrechtensituatie-in-china-en-de-nederlandse-inzet-in-de-vn-mensenrechtenraad";
        var list = Lists.One($"Heeft u kennisgenomen van het bericht op {url}?", "Ja.", $"Zie {url}");
        foreach (var generated in Lists.Generated(40).Prepend(list))
        {
            using var pdf = PdfDocument.Open(RoundPdf.Write(generated.ToRound()));
            foreach (var page in pdf.GetPages())
            {
                foreach (var word in page.GetWords().Where(w => w.Text != "Bijlage"))
                {
                    Assert.True(word.BoundingBox.Right <= ColumnRight + 0.5, $"seed {generated.Seed}, page {page.Number}: '{word.Text}' ends at {word.BoundingBox.Right:0.0}");
                    Assert.True(word.BoundingBox.Left >= LabelLeft - 0.5 && word.BoundingBox.Left < AttachmentLeft, $"seed {generated.Seed}: '{word.Text}' starts at {word.BoundingBox.Left:0.0}");
                }
            }
        }
    }

    [Fact]
    public void EveryFootnote_StandsWhole_OnThePageOfItsMarker()
    {
        var longNote = string.Join(" ", Enumerable.Repeat("Rapport van de Algemene Rekenkamer over de staat van de rijksverantwoording,", 6)) + " https://www.rekenkamer.nl/publicaties/rapporten/2021/05/19/staat-van-de-rijksverantwoording-2020";
        var list = Lists.Of(Enumerable.Range(1, 60).Select(n => $"Hoeveel politieke gevangenen waren er in jaar {n}?").ToList(),
            Enumerable.Range(1, 60).Select(n => Lists.Answer([n], "Het kabinet beschikt niet over betrouwbare cijfers.", n % 3 == 0 ? [longNote, "Kamerstuk 35 207, nr. 32"] : [])).ToArray());
        int notes = 0;
        foreach (var generated in Lists.Generated(40).Prepend(list))
        {
            using var pdf = PdfDocument.Open(RoundPdf.Write(generated.ToRound()));
            foreach (var page in pdf.GetPages())
            {
                var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
                Assert.All(letters, l => Assert.True(l.BoundingBox.Bottom >= 0 && l.BoundingBox.Top <= page.Height, $"seed {generated.Seed}: '{l.Value}' off page {page.Number}"));
                var markers = Numbers(letters.Where(l => Math.Abs(l.PointSize - 5.5) < 0.05));
                var noteNumbers = Numbers(letters.Where(l => Math.Abs(l.PointSize - 5.0) < 0.05));
                Assert.True(markers.Order().SequenceEqual(noteNumbers.Order()), $"seed {generated.Seed}, page {page.Number}: markers {string.Join(",", markers)}, notes {string.Join(",", noteNumbers)}");
                notes += noteNumbers.Count;
            }
        }
        Assert.True(notes > 40, $"only {notes} footnotes were set");
    }

    [Fact]
    public void NoLine_EndsInAHyphen_WhichTextToolsWouldJoinAndDrop()
    {
        var list = Lists.One(string.Join(" ", Enumerable.Repeat("Hoe staat het met de wet- en regelgeving en de in- en uitvoer van de EU-lidstaten?", 8)), "Ja.");
        foreach (var generated in Lists.Generated(40).Prepend(list))
        {
            using var pdf = PdfDocument.Open(RoundPdf.Write(generated.ToRound()));
            foreach (var line in pdf.GetPages().SelectMany(Lines))
                Assert.False(line.EndsWith('-'), $"seed {generated.Seed}: a line ends in a hyphen: '{line}'");
        }
    }

    [Fact]
    public void MemberSources_ArePrinted_AfterTheQuestion()
    {
        var list = Lists.One("Hoeveel Tibetaanse politieke gevangenen zijn er?", "Ja.") is var one
            ? one with { Questions = [one.Questions[0] with { Sources = ["https://www.hrw.org/report", "https://www.tibet.nl/gevangenen"] }] }
            : null!;

        using var pdf = PdfDocument.Open(RoundPdf.Write(list.ToRound()));
        var text = string.Join(" ", Lines(pdf.GetPage(1)));

        Assert.Contains("zijn er? (bronnen: https://www.hrw.org/report; https://www.tibet.nl/gevangenen)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ListWithoutChair_PrintsNoChairLines()
    {
        var list = Lists.One("Hoeveel?", "Veel.") with { Chair = null };

        using var pdf = PdfDocument.Open(RoundPdf.Write(list.ToRound()));
        var lines = Lines(pdf.GetPage(1)).ToList();

        Assert.DoesNotContain(lines, l => l.StartsWith("De voorzitter", StringComparison.Ordinal));
        Assert.Equal("Konings", lines[lines.IndexOf(OfficialText.ClerkTitle) + 1]);
    }

    [Fact]
    public void Pdf_IsTagged_Dutch_AndShowsItsTitle()
    {
        using var pdf = PdfDocument.Open(RoundPdf.Write(Lists.One("Hoeveel?", "Veel.").ToRound()));
        var catalog = pdf.Structure.Catalog.CatalogDictionary;

        Assert.True(catalog.ContainsKey(NameToken.Create("StructTreeRoot")), "no structure tree");
        Assert.True(catalog.TryGet(NameToken.Create("MarkInfo"), pdf.Structure.TokenScanner, out DictionaryToken? markInfo)
            && markInfo!.TryGet(NameToken.Create("Marked"), out BooleanToken marked) && marked.Data, "not marked as tagged");
        Assert.True(catalog.TryGet(NameToken.Create("Lang"), pdf.Structure.TokenScanner, out StringToken? language) && language.Data == "nl-NL", "no Dutch language");
        Assert.StartsWith(OfficialText.Title, pdf.Information.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void LinesThatGoOn_AreOneLineStepApart_NoGapInsideASentence()
    {
        foreach (var generated in Lists.Generated(40))
        {
            using var layout = ListLayout.Of(generated.ToRound(), RoundDocument.From(generated.ToRound()));
            foreach (var block in layout.Blocks.Where(b => b.Part is SetPart.QuestionRow or SetPart.AnswerRow))
            {
                double step = block.Part == SetPart.QuestionRow ? 22 : 11;
                var lines = block.Paragraphs.SelectMany(p => p).Where(t => t.Face == SetFace.Body).ToList();
                for (int i = 1; i < lines.Count; i++)
                {
                    if (lines[i - 1].TrailingSpace && lines[i].Page == lines[i - 1].Page)
                        Assert.Equal(step, lines[i].Y - lines[i - 1].Y, 3);
                }
            }
        }
    }

    /// <summary>A page's lines as printed, left to right (words sharing a baseline).</summary>
    private static IEnumerable<string> Lines(Page page) =>
        page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)));

    /// <summary>The numbers small letters of one size spell ("1, 2" → 1 and 2; letters apart on a line are apart).</summary>
    private static List<int> Numbers(IEnumerable<Letter> letters)
    {
        var numbers = new List<int>();
        foreach (var line in letters.GroupBy(l => Math.Round(l.StartBaseLine.Y)))
        {
            var digits = "";
            Letter? previous = null;
            foreach (var letter in line.OrderBy(l => l.StartBaseLine.X).Append(null))
            {
                bool apart = letter is null || !char.IsAsciiDigit(letter.Value[0]) || previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > 0.5;
                if (apart && digits.Length > 0)
                {
                    numbers.Add(int.Parse(digits, CultureInfo.InvariantCulture));
                    digits = "";
                }
                if (letter is not null && char.IsAsciiDigit(letter.Value[0]))
                    digits += letter.Value;
                previous = letter;
            }
        }
        return numbers;
    }
}
