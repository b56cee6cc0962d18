using ParlQA.Archive.Search;

namespace ParlQA.Archive.Tests;

/// <summary>The one-pass index text against the word-by-word definition it stands in for.</summary>
public sealed class DutchTermsTests
{
    [Theory]
    [InlineData("Mensenrechtenschendingen in Tibet? Geïnformeerd, ÉÉN café — naïef!")]
    [InlineData("Kamerstuk 35 207, nr. 34; Ürümqi en de Oeigoeren (2020).")]
    [InlineData("")]
    [InlineData("  ...  ")]
    public void IndexTexts_IsTheStemsOfTheWordsAndTheirReverse(string text) => AssertSameAsWordByWord(text);

    [Fact]
    public void IndexTexts_EverySampleText_IsTheStemsOfTheWordsAndTheirReverse()
    {
        var texts = SampleDocuments.All.SelectMany(d => d.Questions.Select(q => q.Text).Concat(d.Answers.Select(a => a.Text))).ToList();
        Assert.True(texts.Count > 500);
        foreach (var text in texts)
            AssertSameAsWordByWord(text);
    }

    [Fact]
    public void IndexTexts_AWordLongerThanItsBuffer_IsKeptWhole()
    {
        var word = string.Concat(Enumerable.Repeat("mensenrechten", 40));
        AssertSameAsWordByWord(word + " en " + word);
    }

    private static void AssertSameAsWordByWord(string text)
    {
        var stems = DutchTerms.Words(text).Select(DutchTerms.Stem).ToList();
        var (joined, reversed) = DutchTerms.IndexTexts(text);
        Assert.Equal(string.Join(' ', stems), joined);
        Assert.Equal(string.Join(' ', stems.Select(DutchTerms.Reverse)), reversed);
    }
}
