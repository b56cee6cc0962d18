using ParlQA.Model;
using ParlQA.Reading.Enrichment;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Tests;

/// <summary>The enrichers, as tables of real sentences and what they must yield.</summary>
public sealed class EnrichmentTests
{
    [Theory]
    [InlineData("Uw Kamer wordt hierover dit najaar nader geïnformeerd.")]
    [InlineData("U zult geïnformeerd worden over de uitkomst van deze consultaties, zoals toegezegd in de Kamerbrief van 26 november 2019.")]
    [InlineData("Het ministerie zal samen met de RVO en andere stakeholders een kennissessie organiseren voor Nederlandse bedrijven.")]
    [InlineData("Het kabinet kan geen inhoudelijke beoordeling geven van het rapport, maar zal het rapport wel onder de aandacht brengen bij de betreffende bedrijven.")]
    [InlineData("Ik zal uw Kamer voor de zomer over de voortgang informeren.")]
    [InlineData("Het kabinet is voornemens in het najaar een evaluatie te laten uitvoeren.")]
    [InlineData("Ik kom hier in de voortgangsbrief op terug.")]
    [InlineData("De Kamer zal voor 1 juli een brief ontvangen en wordt dan nader geïnformeerd.")]
    [InlineData("Na de zomer zal ik samen met netbeheerders en provincies de aansluitopties verder uitwerken.")]
    [InlineData("Op de precieze impact op het uitrolplan kom ik na de zomer terug.")]
    [InlineData("Over de precieze impact van de vertraging informeer ik de Kamer na de zomer.")]
    [InlineData("Zoals toegezegd tijdens het debat stuur ik uw Kamer een brief over de registratie van bijtincidenten.")]
    [InlineData("Het rapport wordt momenteel afgerond en zal op korte termijn met uw Kamer gedeeld worden.")]
    [InlineData("Ja, ik ben bereid te onderzoeken hoe de risicofactoren kunnen worden verminderd.")]
    [InlineData("Het ligt in de bedoeling het verbod binnen het parlementaire jaar in de wet op te nemen.")]
    [InlineData("We hebben de intentie om na de voorkeursbeslissing naar separate projectbesluiten door te gaan.")]
    [InlineData("Ten slotte zullen de Staatssecretaris en ikzelf in april opvolging geven aan het bestuurlijk overleg.")]
    public void IsCommitment_Promise_IsFound(string sentence) => Assert.True(CommitmentDetector.IsCommitment(sentence));

    [Theory]
    [InlineData("Het kabinet volgt de situatie nauwgezet en vraagt bilateraal en multilateraal aandacht voor de situatie van politieke gevangenen in China.")]
    [InlineData("Zie het antwoord op vraag 1.")]
    [InlineData("Hiervoor beschikt het kabinet op dit moment niet over voldoende gegevens.")]
    [InlineData("Dit thematische sanctieregime zal niet gericht zijn tegen een specifiek land.")]
    [InlineData("Op de toepassing van het nog op te richten EU-mensenrechtensanctieregime kan het kabinet niet vooruitlopen.")]
    [InlineData("Het kabinet zal niet vooruitlopen op de uitkomst van het onderzoek.")]
    [InlineData("Het kabinet verwacht dat de Europese Commissie in het najaar een voorstel zal doen.")]
    [InlineData("Uw Kamer is op 3 mei jl. over dit onderwerp geïnformeerd.")]
    [InlineData("Zie de Kamerbrief «Mensenrechten China» (Kamerstuk 35 207, nr. 32) voor een nadere toelichting hierop.")]
    [InlineData("Nederland zal zich blijvend inspannen om ook andere technologie onder exportcontrole te krijgen.")]
    [InlineData("Ik zal mij daar vanuit mijn rol ook voor blijven inzetten.")]
    [InlineData("Daarvoor zal ik ingaan op de rol die het Rijk heeft in dit project.")]
    [InlineData("Indien de landen dit verzoeken, is de Staatssecretaris bereid om met de landen mee te denken.")]
    [InlineData("Met mijn Kamerbrief van 28 oktober jl. heb ik uw Kamer geïnformeerd over de voortgang.")]
    [InlineData("Na de zomer komt de NZa met nieuwe cijfers.")]
    public void IsCommitment_DescriptionOrReference_IsNone(string sentence) => Assert.False(CommitmentDetector.IsCommitment(sentence));

    [Theory]
    [InlineData("Uw Kamer wordt hierover dit najaar nader geïnformeerd.", "2020-06-17", "dit najaar", "2020-12-21")]
    [InlineData("Ik zal uw Kamer voor de zomer informeren.", "2021-04-09", "voor de zomer", "2021-07-01")]
    [InlineData("Ik zal uw Kamer na de zomer informeren.", "2021-04-09", "na de zomer", "2021-10-31")]
    [InlineData("Uw Kamer ontvangt in het derde kwartaal van 2022 de evaluatie.", "2021-11-01", "in het derde kwartaal van 2022", "2022-09-30")]
    [InlineData("Ik zal uw Kamer voor het einde van het jaar informeren.", "2021-04-09", "voor het einde van het jaar", "2021-12-31")]
    [InlineData("Ik zal uw Kamer begin volgend jaar informeren.", "2021-04-09", "begin volgend jaar", "2022-03-31")]
    [InlineData("Ik zal uw Kamer voor maart informeren.", "2021-04-09", "voor maart", "2022-03-31")]
    [InlineData("Ik informeer uw Kamer op korte termijn.", "2021-04-09", "op korte termijn", "2021-07-09")]
    [InlineData("Uw Kamer wordt deze winter geïnformeerd.", "2021-11-09", "deze winter", "2022-03-20")]
    public void DueHint_AsWritten_EstimatesTheLatestDate(string sentence, string answered, string hint, string due)
    {
        var (foundHint, foundDue) = DueHints.Find(sentence, DateOnly.Parse(answered, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(hint, foundHint);
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), foundDue);
    }

    [Theory]
    [InlineData("zie Kamerstuk 35 207, nr. 32 hierover", CitationKind.Kamerstuk, "35 207", 32, null)]
    [InlineData("(Kamerstuk 34 300 V, nr. 22)", CitationKind.Kamerstuk, "34 300 V", 22, null)]
    [InlineData("Kamerstukken II 2019/20, 35 300 XVII, nr. 4", CitationKind.Kamerstuk, "35 300 XVII", 4, null)]
    [InlineData("Kamerstuk 35207, nr. 32", CitationKind.Kamerstuk, "35 207", 32, null)]
    [InlineData("Zie ook Aanhangsel Handelingen, vergaderjaar 2022–2023, nr. 3276", CitationKind.Aanhangsel, null, 3276, "2022–2023")]
    [InlineData("Aanhangsel Handelingen II 2019/20, nr. 1250", CitationKind.Aanhangsel, null, 1250, "2019–2020")]
    [InlineData("Handelingen II 2019/20, nr. 45, item 7", CitationKind.Handelingen, null, 45, "2019–2020")]
    public void FindCitations_InRunningText_ReadsDossierNumberAndSession(string text, CitationKind kind, string? dossier, int number, string? session)
    {
        var citation = Assert.Single(CitationFinder.Find(text));

        Assert.Equal((kind, dossier, number, session), (citation.Kind, citation.Dossier, citation.Number, citation.Session));
    }

    [Fact]
    public void FindCitations_SeveralNumbers_GivesOneCitationEach()
    {
        var numbers = CitationFinder.Find("Kamerstuk 21 501-02, nrs. 12 en 13").Select(c => c.Number);

        Assert.Equal([12, 13], numbers);
    }

    [Theory]
    [InlineData("Zie het antwoord op vraag 1.", new[] { 1 })]
    [InlineData("(zie antwoord op vraag 46)", new[] { 46 })]
    [InlineData("Zie tevens het antwoord op vraag 88.", new[] { 88 })]
    [InlineData("Zie de antwoorden op de vragen 3, 4 en 5.", new[] { 3, 4, 5 })]
    [InlineData("Ik verwijs naar mijn antwoord op vragen 7 t/m 9.", new[] { 7, 8, 9 })]
    [InlineData("Zie ook de antwoorden op vragen over de brief van 26 mei 2016.", new int[0])]
    public void FindReferences_AnswerByReference_GivesTheQuestionNumbers(string text, int[] numbers) =>
        Assert.Equal(numbers, ReferenceFinder.FindNumbers(text));

    [Theory]
    [InlineData("regelma", "tig", false)]
    [InlineData("mensenrechtenschendin", "gen", false)]
    [InlineData("OESO", "Richtlijnen", true)]
    [InlineData("IMVO", "convenanten", true)]
    [InlineData("COVID19", "situatie", true)]
    [InlineData("regering", "Trump", true)]
    [InlineData("directeur", "generaal", true)]
    [InlineData("niet", "geregistreerde", true)]
    [InlineData("zee", "egel", true)]
    [InlineData("Tibet", "aanse", false)]
    [InlineData("(mensenrechten)ri", "sico’s", false)]
    public void KeepHyphen_ByShapeOfTheParts(string left, string right, bool keep) =>
        Assert.Equal(keep, Dehyphenator.KeepHyphen(left, right, WordEvidence.From([])));

    [Theory]
    [InlineData("Heeft hij kennis geno-men van de uitzending?", "Heeft hij kennis genomen van de uitzending?")]
    [InlineData("Staatssecretaris Haze-kamp (Economische Zaken)", "Staatssecretaris Hazekamp (Economische Zaken)")]
    [InlineData("in de Ne-derlandse wetgeving", "in de Nederlandse wetgeving")]
    [InlineData("de leden Kolthoff en Haas-Berger", "de leden Kolthoff en Haas-Berger")]
    [InlineData("het CCA-advies en het Ex-minister-beleid", "het CCA-advies en het Ex-minister-beleid")]
    public void JoinInlineBreaks_OcrHyphenBeforeALowerCasePart_IsJudgedAsALineEnd(string line, string joined) =>
        Assert.Equal(joined, Dehyphenator.JoinInlineBreaks(line, WordEvidence.From([])));

    [Fact]
    public void KeepHyphen_DocumentWritesTheWordHyphenatedElsewhere_KeepsIt()
    {
        var evidence = WordEvidence.From(["de surveillance-sector in Xinjiang"]);

        Assert.True(Dehyphenator.KeepHyphen("surveillance", "sector", evidence));
        Assert.False(Dehyphenator.KeepHyphen("surveillance", "sector", WordEvidence.From([])));
    }

    [Fact]
    public void KeepHyphen_DocumentWritesTheWordWholeElsewhere_JoinsIt()
    {
        var evidence = WordEvidence.From(["vastgezet in «heropvoedingskampen»."]);

        Assert.False(Dehyphenator.KeepHyphen("heropvoedings", "kampen»", evidence));
    }

    /// <summary>OCR glues a marker to a year ("Regulations 19732?"): a year with one or two digits more is a marker only where that note exists.</summary>
    [Theory]
    [InlineData("de Regulations 19732?", "de Regulations 1973?", new[] { 2 })]
    [InlineData("de Regulations 19731.", "de Regulations 1973.", new[] { 1 })]
    [InlineData("de Regulations 19733?", "de Regulations 19733?", new int[0])]
    [InlineData("al sinds 1973?", "al sinds 1973?", new int[0])]
    [InlineData("al sinds 1972?", "al sinds 1972?", new int[0])]
    [InlineData("het nummer 12342?", "het nummer 12342?", new int[0])]
    [InlineData("in 19812 gevallen.", "in 19812 gevallen.", new int[0])]
    [InlineData("uit 201412?", "uit 201412?", new int[0])]
    public void Split_MarkerGluedToAYear_OnlyWhereTheNoteExists(string text, string expected, int[] numbers)
    {
        var footnotes = new Dictionary<int, Structure.MarkerStyle> { [1] = Structure.MarkerStyle.Glued, [2] = Structure.MarkerStyle.Glued };

        var (got, found) = FootnoteMarkers.Split(text, footnotes);

        Assert.Equal(expected, got);
        Assert.Equal(numbers, found);
    }
}
