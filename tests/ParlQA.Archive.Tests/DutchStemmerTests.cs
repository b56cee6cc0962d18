using ParlQA.Archive.Search;

namespace ParlQA.Archive.Tests;

/// <summary>The stemmer as a table: the forms of a word meet, derived words stay apart.</summary>
public sealed class DutchStemmerTests
{
    [Theory]
    // Participles with ge-, infinitives, present and past forms of one verb.
    [InlineData("geïnformeerd", "informeren", "informeert", "informeerde", "informeerden")]
    [InlineData("gesteld", "stellen", "stelt")]
    [InlineData("gemaakt", "maken", "maakt", "maakte", "maak")]
    [InlineData("gevraagd", "vragen", "vraagt", "vraag")]
    [InlineData("gezegd", "zeggen", "zegt")]
    [InlineData("gepubliceerd", "publiceren", "publiceert")]
    [InlineData("geleid", "leiden", "leidt")]
    [InlineData("gediend", "dienen", "dient")]
    [InlineData("getoond", "tonen", "toont")]
    [InlineData("gericht", "richten", "richt")]
    [InlineData("gewerkt", "werken", "werkt", "werkte", "werkten")]
    [InlineData("gebruikt", "gebruiken", "gebruik", "gebruikte")]
    [InlineData("gebeurd", "gebeuren", "gebeurt")]
    // Separable verbs: the ge- between prefix and verb.
    [InlineData("uitgevoerd", "uitvoeren", "uitvoert")]
    [InlineData("toegezegd", "toezeggen", "toezegt")]
    [InlineData("voorgesteld", "voorstellen", "voorstelt")]
    [InlineData("ingediend", "indienen")]
    [InlineData("uitgebreid", "uitbreiden")]
    // Participles without ge- (be-, ver-) and the t of the present.
    [InlineData("verstrekt", "verstrekken")]
    [InlineData("beantwoord", "beantwoorden", "beantwoordt")]
    [InlineData("veranderd", "veranderen", "verandert")]
    [InlineData("verhoogd", "verhogen", "verhoogt")]
    [InlineData("bepaald", "bepalen", "bepaalt")]
    [InlineData("bedoeld", "bedoelen", "bedoelt")]
    // Participles used as adjectives.
    [InlineData("gestelde", "gesteld")]
    [InlineData("voorgestelde", "voorgesteld")]
    // Plurals in -en, -s, -'s, -eren-less, -heden; adjective -e; open and closed syllables.
    [InlineData("schending", "schendingen")]
    [InlineData("mensenrechtenschending", "mensenrechtenschendingen")]
    [InlineData("gevangenen", "gevangene", "gevangen")]
    [InlineData("jaar", "jaren")]
    [InlineData("probleem", "problemen")]
    [InlineData("brief", "brieven")]
    [InlineData("huis", "huizen")]
    [InlineData("grens", "grenzen")]
    [InlineData("mens", "mensen")]
    [InlineData("wapen", "wapens")]
    [InlineData("partner", "partners")]
    [InlineData("minister", "ministers")]
    [InlineData("ministerie", "ministeries")]
    [InlineData("studie", "studies")]
    [InlineData("auto", "auto's")]
    [InlineData("proces", "processen")]
    [InlineData("mogelijkheid", "mogelijkheden")]
    [InlineData("gemeente", "gemeenten", "gemeentes")]
    [InlineData("groot", "grote")]
    [InlineData("Chinees", "Chinese")]
    [InlineData("nieuw", "nieuwe")]
    [InlineData("politiek", "politieke")]
    [InlineData("markt", "markten")]
    [InlineData("project", "projecten")]
    [InlineData("ziekte", "ziekten")]
    [InlineData("idee", "ideeën")]
    [InlineData("Oeigoeren", "Oeigoer")]
    [InlineData("antwoord", "antwoorden", "antwoordt")]
    [InlineData("woord", "woorden")]
    // Diminutives.
    [InlineData("huis", "huisje", "huisjes")]
    [InlineData("boom", "boompje")]
    [InlineData("bal", "balletje")]
    [InlineData("kaart", "kaartje")]
    [InlineData("rij", "rijtje")]
    [InlineData("stoel", "stoeltje")]
    public void Stem_FormsOfOneWord_Meet(params string[] forms)
    {
        var stems = forms.Select(f => DutchStemmer.Stem(DutchTerms.Fold(f))).ToList();

        Assert.True(stems.Distinct().Count() == 1, string.Join(", ", forms.Zip(stems, (f, s) => $"{f} → {s}")));
    }

    [Theory]
    [InlineData("informatie", "informeren")]
    [InlineData("informatie", "geïnformeerd")]
    [InlineData("schending", "schenden")]
    [InlineData("regering", "regeren")]
    [InlineData("mogelijkheid", "mogelijk")]
    [InlineData("landelijk", "land")]
    [InlineData("betaalbaar", "betalen")]
    [InlineData("ziekte", "ziek")]
    [InlineData("ruimte", "ruim")]
    [InlineData("hoogte", "hoog")]
    [InlineData("gemeente", "menen")]
    [InlineData("gezicht", "zicht")]
    [InlineData("gebied", "bieden")]
    [InlineData("Tibetaanse", "Tibet")]
    [InlineData("nieuws", "nieuw")]
    [InlineData("staat", "staan")]
    [InlineData("kabinet", "kabine")]
    [InlineData("gemeente", "gemeen")]
    [InlineData("gereed", "reden")]
    [InlineData("beeld", "bellen")]
    public void Stem_DerivedOrUnrelatedWords_StayApart(string one, string other)
    {
        var (a, b) = (DutchStemmer.Stem(DutchTerms.Fold(one)), DutchStemmer.Stem(DutchTerms.Fold(other)));

        Assert.True(a != b, $"{one} → {a}, {other} → {b}");
    }

    [Theory]
    [InlineData("2020", "2020")]
    [InlineData("ürümqi", "urumqi")]
    [InlineData("de", "de")]
    [InlineData("uur", "uur")]
    public void Stem_ShortWordsAndNumbers_AreKept(string word, string stem) =>
        Assert.Equal(stem, DutchStemmer.Stem(DutchTerms.Fold(word)));
}
