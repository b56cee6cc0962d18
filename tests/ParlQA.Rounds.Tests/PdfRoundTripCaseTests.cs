using ParlQA.RoundTrip;

namespace ParlQA.Rounds.Tests;

/// <summary>
/// Small lists, each cut down from a generated list whose published PDF read back wrong (the kinds the bench's round
/// trip counted), read back exactly through ParlQA's PDF reader.
/// </summary>
public sealed class PdfRoundTripCaseTests
{
    /// <summary>A question that starts with a number was taken for part of the answer before it ("… Dat klopt. 57 Nederlandse gemeenten …").</summary>
    [Fact]
    public void QuestionStartingWithANumber_AfterAnAnswer_IsAQuestionOfItsOwn()
    {
        var list = Lists.Of(
            ["Wanneer verwacht u dat de Raad van State hierover heeft gesproken?", "57 Nederlandse gemeenten doen mee aan de proef. Welke gemeenten zijn dat?"],
            Lists.Answer([1], "Dat klopt."),
            Lists.Answer([2], "12 gemeenten in Noord-Nederland en 45 elders."));

        AssertReadsBack(list);
    }

    /// <summary>A row of figures on a line of its own was joined to the line before it.</summary>
    [Fact]
    public void RowsOfFigures_StayLinesOfTheirOwn()
    {
        var list = Lists.One("Hoeveel zaken waren er per jaar?", "De cijfers zijn als volgt:\n\nJaar Aantal Bedrag (x 1.000)\n2017 274 274\n2018 274 12\n\nDe aantallen dalen.");

        AssertReadsBack(list);
    }

    /// <summary>A question whose first paragraph fills its last line: the gap that shows the paragraph's end was read as the answer's start.</summary>
    [Fact]
    public void QuestionParagraphEndingOnAFullLine_StaysInTheQuestion()
    {
        // 350 pt of the column's 360: the line leaves no room for "Kunt", so a gap (as wide as the one before the answer) shows the break.
        var full = "Daarbij wordt samengewerkt met de Nationale ombudsman en de autoriteiten in België.";
        var list = Lists.One(full + "\n\nKunt u toelichten hoe de wet- en regelgeving tijdig wordt aangepast?", "Ja.");

        AssertReadsBack(list);
    }

    /// <summary>
    /// An unnumbered answer whose row starts a page: no gap before it shows where it starts. With a first question of one to
    /// four lines (each 22 pt; a question and its answer take 68 pt) one of these lists puts an answer at a page's top.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void UnnumberedAnswerStartingAPage_IsAnAnswerOfItsOwn(int firstQuestionLines)
    {
        var first = string.Join(" ", Enumerable.Repeat("Hoe verhoudt de verhoging van het budget zich tot de mensenrechtendialoog met China?", firstQuestionLines));
        var list = Lists.Of(
            [first, .. Enumerable.Range(2, 24).Select(n => $"Hoeveel meldingen kwamen er in {1990 + n} binnen?")],
            Enumerable.Range(1, 25).Select(n => Lists.Answer([n], $"Dat waren er {n * 7}.")).ToArray());

        AssertReadsBack(list);
    }

    /// <summary>A non-breaking space ("€ 2,7 miljoen", "x € 1.000") read back as a plain space: the PDF's WinAnsi code 0xA0 names the space glyph.</summary>
    [Fact]
    public void NonBreakingSpaces_ReadBackAsSuch()
    {
        var list = Lists.One(
            "De middelen bedragen €\u00A02,7 miljoen per jaar. Hoeveel is dat per gemeente?",
            "Het bedrag per gemeente is niet bekend.\n\nJaar Aantal Bedrag (x €\u00A01.000)\n2017 274 274");

        AssertReadsBack(list);
    }

    /// <summary>"met" ended its line with room for "€", but not for "€ 38" (bound by a non-breaking space): the break is no break on purpose.</summary>
    [Fact]
    public void AmountBoundByANonBreakingSpace_WrappedWhole_JoinsTheLineBefore()
    {
        var list = Lists.One("Het kabinet beschikt niet over betrouwbare cijfers over de verhoging van het budget met €\u00A038 miljoen.", "Ja.");

        AssertReadsBack(list);
    }

    /// <summary>Lists the bench cut down from failing seeds (Cases/pdf): each failed before the fix its name says.</summary>
    public static TheoryData<string> CaseFiles() => new(
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Cases", "pdf"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void CutDownCase_ReadsBackExactly(string name) =>
        AssertReadsBack(CaseFile.Load(Path.Combine(AppContext.BaseDirectory, "Cases", "pdf", name + ".json")));

    private static void AssertReadsBack(GeneratedList list)
    {
        var result = PublishedRoundTrip.Check(list, PublishedForm.Pdf);
        Assert.True(result.Holds, result.ToString());
    }
}
