using ParlQA.Archive.Search;

namespace ParlQA.Archive.Tests;

/// <summary>The one-pass index text against the word-by-word definition it stands in for, and the forms it collects.</summary>
public sealed class DutchTermsTests
{
    [Theory]
    [InlineData("Mensenrechtenschendingen in Tibet? Geïnformeerd, ÉÉN café — naïef!")]
    [InlineData("Kamerstuk 35 207, nr. 34; Ürümqi en de Oeigoeren (2020).")]
    [InlineData("")]
    [InlineData("  ...  ")]
    public void IndexTexts_IsTheWordsAndTheirStemsReversed(string text) => AssertSameAsWordByWord(text);

    [Fact]
    public void Words_ApostropheInsideAWord_Joins() =>
        Assert.Equal(["autos", "zon", "d", "r"], DutchTerms.Words("auto's zo’n 'd' r"));

    [Fact]
    public void IndexTexts_Forms_EachOnceWithItsStemAndNoNumbers()
    {
        var forms = new WordForms();

        DutchTerms.IndexTexts("Geïnformeerd en informeren; geïnformeerd in 2020.", forms);
        DutchTerms.IndexTexts("Informeren!", forms);

        Assert.Equal([("geinformeerd", "informer"), ("en", "en"), ("informeren", "informer"), ("in", "in")], forms.TakeNew());
        Assert.Empty(forms.TakeNew());
    }

    [Fact]
    public void IndexTexts_EverySampleText_IsTheWordsAndTheirStemsReversed()
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
        var words = DutchTerms.Words(text).ToList();
        var (joined, reversed) = DutchTerms.IndexTexts(text);
        Assert.Equal(string.Join(' ', words), joined);
        Assert.Equal(string.Join(' ', words.Select(w => DutchTerms.Reverse(DutchTerms.Stem(w)))), reversed);
    }
}
