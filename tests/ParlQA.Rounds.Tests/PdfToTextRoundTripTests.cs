using ParlQA.RoundTrip;

namespace ParlQA.Rounds.Tests;

/// <summary>
/// Cut-down lists that did not read back from the text plain <c>pdftotext list.pdf</c> makes of the published PDF: the
/// Nr. labels and column heads on lines of their own, a question opening with figures after an answer, "€ 2,7" (a
/// non-breaking space pdftotext prints as a space), a page's notes printed amid its rows, markers after a figure.
/// </summary>
public sealed class PdfToTextRoundTripTests
{
    private const string Long = "Het kabinet beschikt niet over betrouwbare cijfers over de reïntegratie van ex-gedetineerden in Caribisch Nederland.";

    public static TheoryData<string> Cases() => new(Named.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void PublishedPdf_AsPdfToText_ReadsBackExactly(string name)
    {
        if (PdfToText.Missing is { } missing)
            Assert.Skip(missing);

        var result = PublishedRoundTrip.Check(Named[name](), PublishedForm.PdfText);

        Assert.True(result.Holds, result.ToString());
    }

    /// <summary>Lists the bench cut down from failing seeds (Cases/pdftotext): each failed before the fix its name says.</summary>
    public static TheoryData<string> CaseFiles() => new(
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Cases", "pdftotext"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void CutDownCase_AsPdfToText_ReadsBackExactly(string name)
    {
        if (PdfToText.Missing is { } missing)
            Assert.Skip(missing);

        var result = PublishedRoundTrip.Check(CaseFile.Load(Path.Combine(AppContext.BaseDirectory, "Cases", "pdftotext", name + ".json")), PublishedForm.PdfText);

        Assert.True(result.Holds, result.ToString());
    }

    private static readonly Dictionary<string, Func<GeneratedList>> Named = new()
    {
        // Was "no numbered questions found": the label "1" and the heads "Nr.", "Vraag", "Bijlage" each on a line of their own.
        ["one question"] = () => Lists.One("Hoeveel Tibetaanse politieke gevangenen zijn er?", "Het kabinet beschikt niet over betrouwbare cijfers."),
        // Was "question ids": question 2 opens with figures right after the answer to 1; 2 and 3 answered together under "2–3".
        ["figures and a group"] = () => Lists.Of(
            ["Klopt het dat de wachttijden oplopen?", "60 procent van de ex-gedetineerden wacht langer dan een jaar. Klopt dat?", "Wat doet u daaraan?"],
            Lists.Answer([1], "Dat klopt."), Lists.Answer([2, 3], "2022 was het eerste jaar waarin de regeling volledig werd uitgevoerd.")),
        // Was "question text": "€ 2,7" with a non-breaking space came back with a plain one.
        ["a non-breaking space"] = () => Lists.One("Wat kost het meldpunt?", "De middelen bedragen €\u00A02,7 miljoen per jaar.\n\nJaar Aantal Bedrag (x €\u00A01.000)\n2019 12 1.132\n2020 57 274"),
        // Was "question text": pdftotext printed the notes of a page before the rows set above them, and a marker after "om 57.".
        ["notes amid rows"] = () => Lists.Of(
            Enumerable.Range(1, 40).Select(n => $"Kunt u aangeven hoe de reünie van oud-militairen in Den Haag zich sinds {2000 + n} heeft ontwikkeld?").ToList(),
            Enumerable.Range(1, 40).Select(n => Lists.Answer([n], n % 3 == 0 ? Long + " In 2021 ging het om 1.132 jongeren, in 2020 om 57." : Long, n % 3 == 0 ? ["Aanhangsel Handelingen II 2019/20, nr. 1234, https://www.rijksoverheid.nl/over/de-nederlandse/nieuws-xinjiang/de", "De Raad van State, jaarverslag 2021"] : [])).ToArray()),
    };
}
