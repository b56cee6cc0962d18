using ParlQA.Archive.Search;
using ParlQA.Model;

namespace ParlQA.Archive.Tests;

/// <summary>Search as people mean it (issue 14), on every engine: forms and their order, phrases, plain questions,
/// what a hit shows, the order by date, facets that filter on what they show, "did you mean".</summary>
public abstract partial class StorageSuite
{
    [Fact]
    public void Search_TheWordItself_RanksAboveCompoundsThatOnlyContainIt()
    {
        // By BM25 alone the short question with the compound would win: it is much shorter.
        var words = string.Join(' ', Enumerable.Repeat("De minister heeft daarover met de ambassadeur gesproken en verslag gedaan.", 8));
        StoreQuestions("doc-tiers", "Mensenrechtenschendingen in Tibet?", words + " Is dat een schending van het verdrag?");

        var hits = Archive.Search(QueryParser.Parse("schending"), 10, facets: false).Hits;

        Assert.Equal(["q2", "q1"], hits.Select(h => h.QuestionId));
    }

    [Fact]
    public void Search_NotOfAWord_LeavesOutItsCompoundsToo()
    {
        StoreQuestions("doc-not", "Mensenrechtenschendingen in Tibet?", "Tibet en de schending van het verdrag?", "Tibetaanse scholen en China?",
            "China en de mensenrechten?");

        string[] Ids(string query) => [.. Archive.Search(QueryParser.Parse(query), 10, facets: false).Hits.Select(h => h.QuestionId).Order(StringComparer.Ordinal)];

        Assert.Equal(["q1", "q2", "q3"], Ids("Tibet"));
        Assert.Equal(["q3"], Ids("Tibet -schending"));
        Assert.Equal(["q3", "q4"], Ids("(Tibet OR China) NOT schending"));
        Assert.Equal(["q4"], Ids("China -(Tibet scholen)"));
        Assert.Equal(["q1", "q2"], Ids("schending Tibet"));
        // A NOT under an AND leaves its rows out of the whole; one inside an OR only out of its own side.
        Assert.Equal(["q3"], Ids("Tibet -schending -mensenrechten"));
        Assert.Equal(["q3"], Ids("(Tibet -schending) China"));
        Assert.Equal(["q1", "q3"], Ids("Tibet -\"de schending\""));
        Assert.Equal(["q1", "q2", "q3"], Ids("(Tibet -verdrag) OR schending"));
        Assert.Equal(1, Archive.Search(QueryParser.Parse("Tibet -schending"), 10, facets: false).Total);
    }

    protected void StoreQuestions(string id, params string[] questions) =>
        Archive.Store([new QaDocument
        {
            Id = id,
            Kind = DocumentKind.WrittenQuestions,
            Questions = [.. questions.Select((text, i) => new Question { Id = $"q{i + 1}", Numbers = [i + 1], Text = text })],
            Source = new SourceInfo { Format = "text", Sha256 = new string('7', 64) },
        }]);

    [Theory]
    [InlineData("geïnformeerd")]
    [InlineData("geinformeerd")]
    public void Search_Participle_ExactFormFirstThenOtherFormsAndNoDerivations(string word)
    {
        var hits = Filled().Search(QueryParser.Parse(word), 100, facets: false).Hits;

        int exact = hits.TakeWhile(h => Holds(h, "geinformeerd")).Count();
        Assert.Equal(QuestionsHolding(w => w == "geinformeerd"), exact);
        Assert.True(hits.Count > exact, "other forms of informeren should follow");
        Assert.All(hits.Skip(exact), h => Assert.False(Holds(h, "geinformeerd"), $"{h.DocumentId}#{h.QuestionId} holds the exact form but ranks below other forms"));
        Assert.All(hits, h => Assert.True(HoldsAny(h, w => DutchTerms.Stem(w).EndsWith("informer", StringComparison.Ordinal) || w.StartsWith("geinformeerd", StringComparison.Ordinal)),
            $"{h.DocumentId}#{h.QuestionId} has no form of informeren"));
    }

    [Fact]
    public void Search_QuotedWord_OnlyThatFormFoldedForAccentsAndCase()
    {
        var page = Filled().Search(QueryParser.Parse("\"Geïnformeerd\""), 100, facets: false);

        Assert.Equal(QuestionsHolding(w => w == "geinformeerd"), page.Total);
        Assert.All(page.Hits, h => Assert.True(Holds(h, "geinformeerd")));
    }

    [Fact]
    public void Search_QuotedPhrase_TheseWordsInThisOrderInTheseForms()
    {
        StoreQuestions("doc-phrase", "Hoeveel politieke gevangenen zijn er?", "Is de politieke gevangene vrij?", "Gevangenen, politieke en andere?");

        Assert.Equal(["q2"], Ids("\"politieke gevangene\""));
        Assert.Equal(["q1"], Ids("\"politieke gevangenen\""));
        Assert.Equal(["q1", "q2", "q3"], Ids("gevangen*"));
    }

    [Fact]
    public void Search_Word_ExactFormThenOtherFormsThenCompounds()
    {
        StoreQuestions("doc-forms", "Welke mensenrechtenschending bedoelt u?", "Zijn er schendingen gemeld?", "Is dit een schending?");

        Assert.Equal(["q3", "q2", "q1"], Archive.Search(QueryParser.Parse("schending"), 10, facets: false).Hits.Select(h => h.QuestionId));
        Assert.Equal(["q2", "q3", "q1"], Archive.Search(QueryParser.Parse("schendingen"), 10, facets: false).Hits.Select(h => h.QuestionId));
    }

    [Fact]
    public void Search_WordAsWritten_RankedByAllTheQuestionHoldsOfIt()
    {
        // By BM25 of "orgaan" alone the short question about the COA would win: it is shorter, and says "Orgaan" as often.
        StoreQuestions("doc-organs", "Wat kost de bijdrage aan het Centraal Orgaan opvang Asielzoekers?",
            "Is het kopen van een orgaan strafbaar, en hoe vaak worden organen van gevangenen gebruikt voor orgaantransplantaties?",
            "Hoeveel kost de opvang?", "Wat doet China in Tibet?", "Wie betaalt de bijdrage?", "Is dat strafbaar?", "Wat kost de ambassade?");

        Assert.Equal(["q2", "q1"], Archive.Search(QueryParser.Parse("orgaan"), 10, facets: false).Hits.Select(h => h.QuestionId));
    }

    [Fact]
    public void Search_QuestionInPlainWords_WhomItIsPutToTellsNothing()
    {
        // Every answer is a minister's: "de minister" in a question typed in plain words is no subject to look for.
        StoreQuestions("doc-minister", "Wat zegt de minister over de begroting?", "Heeft de minister de brief al gestuurd?",
            "Hoe is de situatie van de Oeigoeren in Xinjiang?", "Minister, Xinjiang?");

        var hits = Archive.Search(QueryParser.Parse("Wat zegt de minister over de Oeigoeren in Xinjiang?"), 10, facets: false).Hits;

        Assert.Equal(["q3", "q4"], hits.Select(h => h.QuestionId));
    }

    [Fact]
    public void Search_QuestionInPlainWords_FindsItsSubject()
    {
        var page = Filled().Search(QueryParser.Parse("Wat zegt de minister over de Oeigoeren in Xinjiang?"), 10, facets: false);

        Assert.NotEmpty(page.Hits);
        Assert.All(page.Hits.Take(5), h => Assert.True(Holds(h, "oeigoeren") || Holds(h, "xinjiang"), $"{h.DocumentId}#{h.QuestionId} is not about the Uyghurs"));
    }

    [Fact]
    public void Search_PlainWordsNotAllTogether_GivesTheQuestionsWithMostOfThem()
    {
        var page = Filled().Search(QueryParser.Parse("Welke regels gelden voor regenboogbeleid en Oeigoeren in Friesland?"), 20, facets: false);

        Assert.NotEmpty(page.Hits);
        Assert.NotEmpty(page.RelaxedWords);
        Assert.InRange(page.RelaxedTo, 1, page.RelaxedWords.Count - 1);
        Assert.Contains("regenboogbeleid", page.RelaxedWords);
        // A word counts in any form, as the start of a longer word or the end of a compound ("regels" in "begrotingsregels").
        Assert.All(page.Hits, h => Assert.True(page.RelaxedWords.Count(w => HoldsAny(h, HitMarker.For(new TermNode(w, false)).Matches)) >= page.RelaxedTo,
            $"{h.DocumentId}#{h.QuestionId} has fewer than {page.RelaxedTo} of {string.Join(", ", page.RelaxedWords)}"));
    }

    [Fact]
    public void Search_TwoSearchTermsThatMatchTogether_BothMustMatch()
    {
        var page = Filled().Search(QueryParser.Parse("Tibet Xinjiang"), 50, facets: false);

        Assert.Empty(page.RelaxedWords);
        Assert.All(page.Hits, h => Assert.True(HoldsAny(h, w => w.StartsWith("tibet", StringComparison.Ordinal)) && HoldsAny(h, w => w == "xinjiang")));
    }

    [Fact]
    public void Search_Hit_ShowsQuestionAnswerPassageAskersAnswererDatesAndTitle()
    {
        var hit = Filled().Search(QueryParser.Parse("regenboogbeleid"), 50, facets: false).Hits.First(h => h.DocumentId == "ah-tk-20232024-1314");

        Assert.Equal([new Member("Mutluer", "GroenLinks-PvdA"), new Member("Kostić", "PvdD")], hit.AskedBy);
        Assert.Equal("Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap)", hit.AnsweredBy);
        Assert.Equal((new DateOnly(2024, 3, 6), new DateOnly(2024, 3, 25)), (hit.SubmittedOn, hit.AnsweredOn));
        Assert.Equal("het bericht «Kritiek op besluit provincie Friesland tegen actief regenboogbeleid»", hit.Title);
        Assert.Contains("**regenboogbeleid**", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains(hit.Snippet.Replace("**", "", StringComparison.Ordinal).Trim('…'), hit.Question.Replace('\n', ' '), StringComparison.Ordinal);
        Assert.NotNull(hit.Label);
    }

    [Fact]
    public void Search_MatchInTheAnswer_GivesTheAnswersPassageMarked()
    {
        var q57 = Filled().Search(QueryParser.Parse("geïnformeerd dossier:35207"), 50, facets: false).Hits.Single(h => h.QuestionId == "q57");

        Assert.Contains("**geïnformeerd**", q57.AnswerSnippet, StringComparison.Ordinal);
        Assert.DoesNotContain("**", q57.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_SortByDate_NewestFirst()
    {
        var hits = Filled().Search(QueryParser.Parse("minister sort:date"), 40, facets: false).Hits;

        Assert.True(hits.Count > 10);
        var dates = hits.Select(h => h.AnsweredOn ?? h.SubmittedOn).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.NotEqual(dates, Archive.Search(QueryParser.Parse("minister"), 40, facets: false).Hits.Select(h => h.AnsweredOn ?? h.SubmittedOn));
    }

    [Fact]
    public void Search_AnsweredByFacet_FiltersOnWhatItShows()
    {
        var facets = Filled().Search(QueryParser.Parse("minister")).Facets.Where(f => f.Name == "answeredBy").ToList();

        Assert.True(facets.Count >= 2);
        foreach (var facet in facets)
        {
            var narrowed = Archive.Search(QueryParser.Parse($"minister answerer:\"{facet.Value}\""), facets: false);
            Assert.True(narrowed.Total >= facet.Count, $"answerer:\"{facet.Value}\" gives {narrowed.Total}, the facet shows {facet.Count}");
        }
    }

    [Theory]
    [InlineData("Oigoeren", "oeigoeren")]
    [InlineData("Xinjang", "xinjiang")]
    [InlineData("regenboogbelied", "regenboogbeleid")]
    public void Search_WordTheArchiveDoesNotHold_SuggestsItsNearestWord(string typed, string suggested)
    {
        var page = Filled().Search(QueryParser.Parse(typed), facets: false);

        Assert.Equal([new Suggestion(DutchTerms.Fold(typed), suggested)], page.DidYouMean);
        Assert.Empty(Archive.Search(QueryParser.Parse(suggested), facets: false).DidYouMean);
    }

    private string[] Ids(string query) =>
        [.. Archive.Search(QueryParser.Parse(query), 10, facets: false).Hits.Select(h => h.QuestionId).Order(StringComparer.Ordinal)];

    private static bool Holds(SearchHit hit, string word) => HoldsAny(hit, w => w == word);

    private static bool HoldsAny(SearchHit hit, Func<string, bool> word) => DutchTerms.Words(hit.Question + " " + hit.Answer).Any(word);

    /// <summary>How many questions of the samples hold such a word in their own or their answer's text.</summary>
    private static int QuestionsHolding(Func<string, bool> word) =>
        SampleDocuments.All.Sum(d => d.Questions.Count(q => DutchTerms.Words(q.Text + " " + d.Answers.FirstOrDefault(a => a.Id == q.AnswerId)?.Text).Any(word)));
}
