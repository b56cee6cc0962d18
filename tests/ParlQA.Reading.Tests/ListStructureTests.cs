using ParlQA.Model;

namespace ParlQA.Reading.Tests;

/// <summary>How the committee-list reader tells questions, answers and their numbering apart.</summary>
public sealed class ListStructureTests
{
    [Fact]
    public void Parse_RepeatedNumbers_GetSuffixedIdsAndAWarningEach()
    {
        var doc = Cases.Read("duplicate-numbers.txt");

        Assert.Equal(["q1", "q2", "q3", "q2-2", "q3-2", "q4"], doc.Questions.Select(q => q.Id));
        Assert.Equal("2", doc.Question("q2-2").Label);
        Assert.Equal([2], doc.Question("q2-2").Numbers);
        var warnings = doc.Diagnostics.Where(d => d.Code == DiagnosticMessages.DuplicateNumberCode).ToList();
        Assert.Equal(["question number 2 is printed more than once; this one is q2-2", "question number 3 is printed more than once; this one is q3-2"], warnings.Select(d => d.Message));
        Assert.Equal(16, warnings[0].Line);
    }

    [Fact]
    public void Parse_ReferenceToRepeatedNumber_ResolvesToNearestPrecedingAndSaysSo()
    {
        var doc = Cases.Read("duplicate-numbers.txt");

        Assert.Equal([new Reference("q3")], doc.AnswerTo("q2").References);
        Assert.Equal([new Reference("q2-2")], doc.AnswerTo("q2-2").References);
        var ambiguous = doc.Diagnostics.Where(d => d.Code == DiagnosticMessages.AmbiguousReferenceCode).Select(d => d.Message).ToList();
        Assert.Contains("answer a2 refers to question 3, printed more than once (q3 and q3-2); taken as q3, the nearest before it", ambiguous);
        Assert.Contains("answer a2-2 refers to question 2, printed more than once (q2 and q2-2); taken as q2-2, the nearest before it", ambiguous);
    }

    [Fact]
    public void Parse_GroupedAnswerRange_CoversAllQuestionsOfTheRange()
    {
        var doc = Cases.Read("grouped-and-implicit.txt");

        var grouped = doc.AnswerTo("q1");
        Assert.Equal("1–3", grouped.Label);
        Assert.Equal(["q1", "q2", "q3"], grouped.QuestionIds);
        Assert.StartsWith("Precieze data ontbreken", grouped.Text, StringComparison.Ordinal);
        Assert.Equal(grouped.Id, doc.Question("q3").AnswerId);
    }

    [Fact]
    public void Parse_ConsecutiveQuestionsWithoutAnswer_AreAnsweredTogetherWithAWarning()
    {
        var doc = Cases.Read("grouped-and-implicit.txt");

        var together = doc.AnswerTo("q4");
        Assert.Null(together.Label);
        Assert.Equal(["q4", "q5"], together.QuestionIds);
        Assert.EndsWith("in de onderhandelingen?", doc.Question("q5").Text, StringComparison.Ordinal);
        var warning = Assert.Single(doc.Diagnostics, d => d.Code == DiagnosticMessages.ImplicitGroupCode);
        Assert.Equal("questions q4 and q5 have no answer between them; the next answer is taken to answer them together", warning.Message);
    }

    [Fact]
    public void Parse_OneLineAnswerFollowedDirectlyByNextQuestion_SplitsThem()
    {
        var doc = Cases.Read("grouped-and-implicit.txt");

        Assert.Equal("Zie het antwoord op vraag 4.", doc.AnswerTo("q6").Text);
        Assert.Equal([new Reference("q4")], doc.AnswerTo("q6").References);
        Assert.Equal("Is dat alles?", doc.Question("q7").Text);
    }

    [Fact]
    public void Parse_UnnumberedFollowUpQuestion_GetsDottedIdAndItsOwnAnswer()
    {
        var doc = Cases.Read("unnumbered-follow-up.txt");

        Assert.Equal(["q1", "q1.1", "q2"], doc.Questions.Select(q => q.Id));
        var followUp = doc.Question("q1.1");
        Assert.Null(followUp.Label);
        Assert.Empty(followUp.Numbers);
        Assert.Equal("Klopt het dat dit omzeild kan worden door buitenlandse ziekenhuizen te laten vermelden dat het orgaan van een neef is verkregen? Zijn er aanwijzingen voor dergelijke praktijken?", followUp.Text);
        Assert.EndsWith("tegen betaling tegen te gaan.", doc.AnswerTo("q1").Text, StringComparison.Ordinal);
        Assert.StartsWith("Ja, dat zou kunnen.", doc.AnswerTo("q1.1").Text, StringComparison.Ordinal);
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticMessages.UnnumberedQuestionCode && d.Message == "a question without a number follows q1; it is q1.1");
    }

    [Fact]
    public void Parse_QuestionEndingAtPageBreak_AnswerStartsOnNextPage()
    {
        var doc = Cases.Read("page-breaks.txt");

        Assert.Equal("Hoe vaak heeft Nederland China publiekelijk veroordeeld wegens mensenrechtenschendingen? Zo ja, om welke mensenrechtenschendingen ging het?", doc.Question("q1").Text);
        Assert.StartsWith("Minister Blok heeft op19 juni 2019", doc.AnswerTo("q1").Text, StringComparison.Ordinal);
        Assert.Equal(2, doc.AnswerTo("q1").Page);
    }

    [Fact]
    public void Parse_QuestionWhoseFirstLineIsDense_StaysOneQuestion()
    {
        var doc = Cases.Read("page-breaks.txt");

        Assert.Equal("Hoe beoordeelt u het rapport The Economics of Organ Harvesting in China waarin twee Nederlandse bedrijven genoemd worden die apparatuur exporteren? (bron: https://theircc.org/organharvesting/)", doc.Question("q2").Text);
        Assert.Equal(["https://theircc.org/organharvesting/"], doc.Question("q2").Sources);
    }

    [Fact]
    public void Parse_QuestionEndingInDenseHyphenatedPair_KeepsBothLines()
    {
        var doc = Cases.Read("page-breaks.txt");

        Assert.EndsWith("middels het Belt and Road Initiative?", doc.Question("q3").Text, StringComparison.Ordinal);
        Assert.Equal("Het is niet mogelijk om een direct verband te leggen.", doc.AnswerTo("q3").Text);
    }

    [Fact]
    public void Parse_ShortQuestionLineAfterQuestionMark_StillBelongsToTheQuestion()
    {
        var doc = Cases.Read("page-breaks.txt");

        Assert.Equal("Beschouwt u de annexatie als illegaal? Zo nee, waarom niet?", doc.Question("q4").Text);
        Assert.Equal("Het EU-beleid is erop gericht aan te dringen op een dialoog.", doc.AnswerTo("q4").Text);
    }

    [Fact]
    public void Parse_PageFurniture_NeverReachesTextAndFeedsTheMetadata()
    {
        var doc = Cases.Read("front-matter-and-footer.txt");

        Assert.Equal("Wanneer is de achterstand weggewerkt?", doc.Question("q2").Text);
        Assert.StartsWith("De achterstand is naar verwachting", doc.AnswerTo("q2").Text, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Questions.Select(q => q.Text).Concat(doc.Answers.Select(a => a.Text)), t => t.Contains("Tweede Kamer", StringComparison.Ordinal) || t.Contains("Nr. Vraag", StringComparison.Ordinal));
        Assert.Equal("kst-29279-651", doc.Id);
        Assert.Equal(("Tweede Kamer", "2020–2021", "29 279", 651), (doc.Chamber, doc.Session, doc.Dossier, doc.Number));
        Assert.Equal(3, doc.AnswerTo("q2").Page);
    }

    [Fact]
    public void Parse_FrontMatter_ReadsCommitteeAddresseesLetterAnswerDateChairAndClerk()
    {
        var doc = Cases.Read("front-matter-and-footer.txt");

        Assert.Equal("vaste commissie voor Justitie en Veiligheid", doc.Committee);
        Assert.Equal(["Minister van Justitie en Veiligheid", "Staatssecretaris van Justitie en Veiligheid"], doc.Addressees);
        Assert.Equal(new DateOnly(2021, 3, 3), doc.SubjectLetter?.Date);
        Assert.Equal(("29 279", 640), (doc.SubjectLetter?.Citation?.Dossier, doc.SubjectLetter?.Citation?.Number));
        Assert.Equal("de voortgang van het programma", doc.Subject);
        Assert.Equal(new DateOnly(2021, 4, 9), doc.AnsweredOn);
        Assert.Equal("Minister van Justitie en Veiligheid", doc.AnsweredBy);
        Assert.Equal(("Van Meenen", "Brood"), (doc.Chair, doc.Clerk));
    }

    /// <summary>An answer that opens with "Vraag 2 en 3 worden samen beantwoord." is an answer, not a heading: the list stays a list.</summary>
    [Fact]
    public void Read_AnswerOpeningWithVraag_StaysAnAnswerOfTheList()
    {
        var doc = Cases.Read("answer-opens-with-vraag.txt");

        Assert.Equal(DocumentKind.QuestionList, doc.Kind);
        Assert.Equal(["q1", "q2", "q3", "q4"], doc.Questions.Select(q => q.Id));
        Assert.Equal([["q1"], ["q2", "q3"], ["q4"]], doc.Answers.Select(a => a.QuestionIds));
        Assert.Equal("Vraag 2 en 3 worden samen beantwoord. De achterstand is voor de zomer weggewerkt.", doc.AnswerTo("q2").Text);
        Assert.Equal("Vraag 4 gaat uit van een onjuiste veronderstelling. Er is meer.", doc.AnswerTo("q4").Text);
    }
}

/// <summary>Text with "Vraag"/"Antwoord" headings, as OCR and converted letters give it.</summary>
public sealed class HeadedTextTests
{
    [Fact]
    public void Parse_AnswerHeadingNamingQuestionsOutOfOrder_CoversBoth()
    {
        var doc = Cases.Read("headed-text.txt");

        Assert.Equal([["q1"], ["q3", "q2"], ["q4"]], doc.Answers.Select(a => a.QuestionIds));
        Assert.Equal(doc.Answers[1].Id, doc.Question("q2").AnswerId);
    }

    [Fact]
    public void Parse_AnswerWithoutHeading_IsSplitOffAfterTheQuestion()
    {
        var doc = Cases.Read("headed-text.txt");

        Assert.Equal("Kunt u de Kamer informeren?", doc.Question("q4").Text);
        Assert.Equal("Ja, dat doe ik voor de zomer.", doc.AnswerTo("q4").Text);
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticMessages.AnswerWithoutHeadingCode);
    }

    [Fact]
    public void Parse_SectionTitlesBetweenAnswerAndQuestion_AreNotAnswerText()
    {
        var doc = Cases.Read("section-headings.txt");

        Assert.Equal(["q1", "q2", "q3", "q4"], doc.Questions.Select(q => q.Id));
        Assert.Equal(
            [
                "In 2024 is 12 miljoen euro uitgegeven. Dat is meer dan in 2023, toen de regeling nog niet voor iedereen openstond.",
                "De doelen staan in de beleidsagenda op bladzijde 5.",
                "De uitgaven stijgen door de hogere instroom.",
                "Zie de tabel in de bijlage.",
            ],
            doc.Answers.Select(a => a.Text));
        Assert.Equal([["q1"], ["q2"], ["q3"], ["q4"]], doc.Answers.Select(a => a.QuestionIds));
    }
}
