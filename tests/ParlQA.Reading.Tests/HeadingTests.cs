using ParlQA.Reading.Structure;

namespace ParlQA.Reading.Tests;

/// <summary>The heading family, as a table: every spelling met in real documents, and what it means.</summary>
public sealed class HeadingTests
{
    [Theory]
    [InlineData("Vraag 1", new[] { 1 }, "")]
    [InlineData("Vraag 3, 4 en 5", new[] { 3, 4, 5 }, "")]
    [InlineData("Vraag 7, 8, 9 10 en 11", new[] { 7, 8, 9, 10, 11 }, "")]
    [InlineData("Vragen 2 t/m 4", new[] { 2, 3, 4 }, "")]
    [InlineData("Vraag 2a", new[] { 2 }, "a")]
    [InlineData("Vraag 14 ", new[] { 14 }, "")]
    [InlineData("Vraag 1:", new[] { 1 }, "")]
    public void TryQuestion_Heading_ReadsItsNumbers(string line, int[] numbers, string sub)
    {
        Assert.True(Headings.TryQuestion(line.Trim(), out var heading));
        Assert.Equal(numbers, heading.Numbers);
        Assert.Equal(sub, heading.Sub);
    }

    [Theory]
    [InlineData("Antwoord 1", new[] { 1 })]
    [InlineData("Antwoord 5 en 6", new[] { 5, 6 })]
    [InlineData("Antwoord op vraag 1", new[] { 1 })]
    [InlineData("Antwoord op vragen 7, 8, en 9", new[] { 7, 8, 9 })]
    [InlineData("Antwoorden op vraag 3, 4, 5, 9 en 10", new[] { 3, 4, 5, 9, 10 })]
    [InlineData("Antwoord op vraag 3 en 8", new[] { 3, 8 })]
    [InlineData("Antwoord", new int[0])]
    public void TryAnswer_Heading_ReadsItsNumbers(string line, int[] numbers)
    {
        Assert.True(Headings.TryAnswer(line, out var heading));
        Assert.Equal(numbers, heading.Numbers);
    }

    [Theory]
    [InlineData("Antwoord van Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap)")]
    [InlineData("Vraag en antwoord zijn hierna afgedrukt.")]
    [InlineData("Vragen van het lid Erkens (VVD)")]
    [InlineData("Vraag 2 en 3 worden samen beantwoord.")]
    [InlineData("Vragen 36 en 39 worden gezamenlijk beantwoord.")]
    [InlineData("Vraag 19 is eerder gesteld door het lid Sjoerdsma.")]
    public void Headings_SentencesThatStartLikeOne_AreNone(string line)
    {
        Assert.False(Headings.TryQuestion(line, out _));
        Assert.False(Headings.TryAnswer(line, out _));
    }
}

/// <summary>Section titles of a list printed under "Vraag N"/"Antwoord N" headings.</summary>
public sealed class HeadedSectionTitleTests
{
    [Fact]
    public void Parse_SectionTitlesBetweenHeadedAnswerAndQuestion_AreNoPartOfTheAnswer()
    {
        var doc = Cases.Read("headed-section-titles.txt");

        Assert.Equal(["q1", "q2", "q3"], doc.Questions.Select(q => q.Id));
        Assert.Equal(["In 2024 is 12 miljoen euro uitgegeven.", "Zie de tabel in de bijlage.", "De doelen staan op bladzijde 5."], doc.Answers.Select(a => a.Text));
    }
}
