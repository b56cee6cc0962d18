namespace ParlQA.Reading.Tests;

/// <summary>Text with its line breaks lost, and OCR text with one paragraph per line.</summary>
public sealed class FlattenedAndOcrTests
{
    [Fact]
    public void Parse_FlattenedText_SplitsAtEachNumberedQuestion()
    {
        var doc = Cases.Read("flattened.txt");

        Assert.Equal(["q1", "q2", "q3"], doc.Questions.Select(q => q.Id));
        Assert.Equal("Hoe kan het dat het eigen vermogen is toegenomen?", doc.Question("q1").Text);
        Assert.StartsWith("Ons onderzoek was gericht", doc.AnswerTo("q1").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FlattenedQuestionWithIntroAndSeveralQuestions_EndsAtTheLastQuestionMark()
    {
        var doc = Cases.Read("flattened.txt");

        Assert.Equal("In het rapport staat een tekort. Waarom is dat zo? Is dat erg?", doc.Question("q2").Text);
        Assert.DoesNotContain("3/3", doc.AnswerTo("q2").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FlattenedInlineAnswerHeading_StartsTheAnswer()
    {
        var doc = Cases.Read("flattened.txt");

        Assert.Equal("Wat is de stand van zaken?", doc.Question("q3").Text);
        Assert.StartsWith("Hier is op voorhand geen antwoord", doc.AnswerTo("q3").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FlattenedLetterhead_GivesDateAndKind()
    {
        var doc = Cases.Read("flattened.txt");

        Assert.Equal(Model.DocumentKind.AnswerLetter, doc.Kind);
        Assert.Equal(new DateOnly(2012, 2, 13), doc.AnsweredOn);
    }

    [Fact]
    public void Parse_FlattenedHeadingsAfterPageFurniture_EachStartsItsQuestion()
    {
        // Before them: a running header, a page mark right after the heading, a table's last cells; and a
        // scanning speck between "Vraag" and its number.
        var doc = Cases.Read("flattened-furniture.txt");

        Assert.Equal(["q1", "q2", "q3", "q4"], doc.Questions.Select(q => q.Id));
        Assert.Equal(["1", "2", "3", "4"], doc.Questions.Select(q => q.Label));
        Assert.Equal("Geldt dat voor alle staatsdeelnemingen?", doc.Question("q2").Text);
        Assert.Equal("Betekent een herbenoeming een nieuw beloningsbeleid?", doc.Question("q4").Text);
        Assert.StartsWith("Deze vraag maakte geen deel uit", doc.AnswerTo("q4").Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Vraag", doc.AnswerTo("q1").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CourtOfAuditRunningHeaderMidSentence_IsTakenOutOfAnswersAndQuestions()
    {
        // Three copies of the header after the first question: mid-sentence in an answer (after scanning specks),
        // mid-sentence in a question with a word the scan spoiled ('rege/s'), and between two sentences.
        var doc = Cases.Read("flattened-running-header.txt");

        Assert.Equal(["q1", "q2", "q3"], doc.Questions.Select(q => q.Id));
        Assert.Contains("vooral omdat de vergunning ontbrak of niet bij de zending was gevoegd.", doc.AnswerTo("q1").Text, StringComparison.Ordinal);
        Assert.Equal("Waarom controleert de inspectie vooral in de havens en niet langs de wegen, waar volgens de branche het meeste afval de grens over gaat?", doc.Question("q2").Text);
        Assert.All(doc.Answers, a => Assert.DoesNotContain("Antwoorden Algemene Rekenkamer", a.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("•", doc.AnswerTo("q3").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CourtOfAuditRunningHeaderRightBeforeAHeading_IsTakenOutAndNoQuestionLost()
    {
        // Each copy stands between a chart's figures that end an answer mid-line and the next heading; the
        // last heading skips a number (question 3's heading was lost).
        var doc = Cases.Read("flattened-running-header-before-heading.txt");

        Assert.Equal(["q1", "q2", "q4"], doc.Questions.Select(q => q.Id));
        Assert.All(doc.Answers, a => Assert.DoesNotContain("Antwoorden Algemene Rekenkamer", a.Text, StringComparison.Ordinal));
        Assert.EndsWith("2015 2016", doc.AnswerTo("q2").Text, StringComparison.Ordinal);
        Assert.Equal("Welke shared-service-organisaties zijn bij BPR tot stand gekomen?", doc.Question("q4").Text);
    }

    [Fact]
    public void Parse_OcrParagraphPerLine_ReadsSubQuestions()
    {
        var doc = Cases.Read("ocr-paragraphs.txt");

        Assert.Equal(["q1", "q2a", "q2b"], doc.Questions.Select(q => q.Id));
        Assert.Equal(["1", "2a", "2b"], doc.Questions.Select(q => q.Label));
        Assert.Equal("Ja.", doc.AnswerTo("q2a").Text);
        Assert.EndsWith("Dat zou de begroting een stuk beter leesbaar maken.", doc.Question("q1").Text, StringComparison.Ordinal);
    }
}

/// <summary>An Aanhangsel item as pdftotext gives it: masthead, footnote between stamps, footer and page number.</summary>
public sealed class PdfToTextTests
{
    [Fact]
    public void Parse_AanhangselAsPdfToText_ReadsHeaderBlocksAndFootnote()
    {
        var doc = Cases.Read("aanhangsel-pdftotext.txt");

        Assert.Equal("ah-tk-20232024-878", doc.Id);
        Assert.Equal([new Model.Member("Inge van Dijk", "CDA")], doc.AskedBy);
        Assert.Equal(["q1", "q2", "q3"], doc.Questions.Select(q => q.Id));
        Assert.EndsWith("van de Nationale ombudsman?", doc.Question("q1").Text, StringComparison.Ordinal);
        Assert.Equal([1], doc.Question("q1").FootnoteNumbers);
        var footnote = Assert.Single(doc.Footnotes);
        Assert.StartsWith("Trouw, 12 december 2023", footnote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AanhangselAsPdfToText_AnswerRunsOverThePageWithoutFurniture()
    {
        var text = Cases.Read("aanhangsel-pdftotext.txt").AnswerTo("q2").Text;

        Assert.Contains("landelijke uitrol van nieuwe digitale voorzieningen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ISSN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Aanhangsel", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Trouw", text, StringComparison.Ordinal);
    }
}

/// <summary>The old Aanhangsel form from OCR: every question first, one "Antwoord" paragraph with inline labels.</summary>
public sealed class OldAanhangselTests
{
    [Fact]
    public void Parse_OneAnswerParagraphWithInlineLabels_GivesAnAnswerPerLabel()
    {
        var doc = Cases.Read("ocr-old-aanhangsel.txt");

        Assert.Equal([["q1", "q2"], ["q3", "q3.1"]], doc.Answers.Select(a => a.QuestionIds));
        Assert.Equal("Ja.", doc.AnswerTo("q1").Text);
        Assert.StartsWith("Voordat binnen mijn departement", doc.AnswerTo("q3").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_QuestionWhoseNumberWasLost_IsUnnumberedAndItsNumberInferredFromTheAnswer()
    {
        var doc = Cases.Read("ocr-old-aanhangsel.txt");

        Assert.Empty(doc.Question("q3.1").Numbers);
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticMessages.NumberInferredCode && d.Message.Contains("names 4", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_OcrLineBreakHyphensInsideParagraphs_AreJoinedButRealHyphensKept()
    {
        var doc = Cases.Read("ocr-old-aanhangsel.txt");

        Assert.Contains("kennis genomen van de tv-uitzending", doc.Question("q1").Text, StringComparison.Ordinal);
        Assert.Contains("(voorheen Golden", doc.Question("q1").Text, StringComparison.Ordinal);
        Assert.Contains("sociaal-economische ordening", doc.Question("q2").Text, StringComparison.Ordinal);
        Assert.EndsWith("niet zonder bedenkingen kunnen zijn?", doc.Question("q2").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OldAnswerHeading_GivesWhoAnsweredAndWhen()
    {
        var doc = Cases.Read("ocr-old-aanhangsel.txt");

        Assert.Equal("Staatssecretaris Hazekamp (Economische Zaken)", doc.AnsweredBy);
        Assert.Equal(new DateOnly(1981, 3, 16), doc.AnsweredOn);
    }

    [Fact]
    public void Parse_OldFooterWithoutAStamp_GivesChamberAndSession()
    {
        var doc = Cases.Read("ocr-old-aanhangsel.txt");

        Assert.Equal(("Tweede Kamer", "1980–1981"), (doc.Chamber, doc.Session));
        Assert.Null(doc.Number);
    }

    [Fact]
    public void Parse_OldHeader_GivesMembersWithTheSharedPartyAndTheDate()
    {
        var doc = Cases.Read("ocr-old-aanhangsel.txt");

        Assert.Equal(Model.DocumentKind.WrittenQuestions, doc.Kind);
        Assert.Equal([new Model.Member("Kolthoff", "P.v.d.A."), new Model.Member("Haas-Berger", "P.v.d.A.")], doc.AskedBy);
        Assert.Equal(new DateOnly(1981, 2, 17), doc.SubmittedOn);
    }
}

/// <summary>The old Aanhangsel form where the last question and the answer paragraph share a line, and an answer is labelled by one number.</summary>
public sealed class OldAanhangselSharedLineTests
{
    [Fact]
    public void Parse_AnswerParagraphOnTheLastQuestionsLine_GivesAnAnswerPerLabel()
    {
        var doc = Cases.Read("ocr-old-aanhangsel-shared-line.txt");

        Assert.Equal(["q1", "q2", "q3", "q4"], doc.Questions.Select(q => q.Id));
        Assert.Equal("Is de Minister bereid de sluiting uit te stellen tot die voorzieningen er zijn?", doc.Question("q4").Text);
        Assert.Equal([["q1", "q2", "q4"], ["q3"]], doc.Answers.Select(a => a.QuestionIds));
        Assert.Equal("Ja.", doc.AnswerTo("q4").Text);
        Assert.StartsWith("Er komt een postagentschap", doc.AnswerTo("q3").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AnswerParagraphsHeading_GivesWhoAnsweredAndWhen()
    {
        var doc = Cases.Read("ocr-old-aanhangsel-shared-line.txt");

        Assert.Equal("Minister Tuijnman (Verkeer en Waterstaat)", doc.AnsweredBy);
        Assert.Equal(new DateOnly(1981, 3, 25), doc.AnsweredOn);
        Assert.Equal(new DateOnly(1981, 3, 3), doc.SubmittedOn);
    }
}

/// <summary>The 1981 Aanhangsel form's footnotes: markers OCR glued to the questions, one after a year, and every note on one line.</summary>
public sealed class OldAanhangselFootnoteTests
{
    [Fact]
    public void Parse_NotesSharingOneLine_AreOneFootnoteEach()
    {
        var doc = Cases.Read("ocr-old-aanhangsel-footnotes.txt");

        Assert.Equal([1, 2, 3], doc.Footnotes.Select(f => f.Number));
        Assert.Equal(
            ["Aanhangsel Handelingen zitting 1974/75, nr. 1567.", "Aanhangsel Handelingen zitting 1976/77, nr. 1037.", "Consumentengids, maart 1981, over piramideverkoop."],
            doc.Footnotes.Select(f => f.Text));
    }

    [Fact]
    public void Parse_MarkersGluedToQuestions_AreTheQuestionsFootnotes()
    {
        var doc = Cases.Read("ocr-old-aanhangsel-footnotes.txt");

        Assert.EndsWith("niet zonder bedenkingen kunnen zijn?", doc.Question("q1").Text, StringComparison.Ordinal);
        Assert.Equal([1], doc.Question("q1").FootnoteNumbers);
        Assert.EndsWith("tot schade van de gevestigde handel leidt?", doc.Question("q3").Text, StringComparison.Ordinal);
        Assert.Equal([2], doc.Question("q3").FootnoteNumbers);
        Assert.Equal([3], doc.Question("q5").FootnoteNumbers);
    }

    [Fact]
    public void Parse_MarkerGluedToAYear_LeavesTheYear()
    {
        var doc = Cases.Read("ocr-old-aanhangsel-footnotes.txt");

        Assert.EndsWith("Pyramid Selling Schemes Regulations 1973?", doc.Question("q2").Text, StringComparison.Ordinal);
        Assert.Equal([2], doc.Question("q2").FootnoteNumbers);
    }

    [Fact]
    public void Parse_YearAloneWhereItsLastDigitIsANote_IsNoMarker()
    {
        var doc = Cases.Read("ocr-old-aanhangsel-footnotes.txt");

        Assert.Equal("Geldt die regeling in Groot-Brittannië al sinds 1973?", doc.Question("q4").Text);
        Assert.Empty(doc.Question("q4").FootnoteNumbers);
        Assert.StartsWith("De Pyramid Selling Schemes Regulations 1973 worden", doc.AnswerTo("q3").Text, StringComparison.Ordinal);
        Assert.Equal([["q1", "q2", "q4"], ["q3", "q5"]], doc.Answers.Select(a => a.QuestionIds));
    }

    [Fact]
    public void Parse_ParagraphTheScanBrokeAtAHyphen_JoinsTheWord()
    {
        var doc = Cases.Read("ocr-old-aanhangsel-footnotes.txt");

        Assert.EndsWith("worden nog bestudeerd.", doc.AnswerTo("q3").Text, StringComparison.Ordinal);
    }
}

/// <summary>An OCR'd committee list of the 1990s: its front page, and the note on the committee's composition.</summary>
public sealed class OcrCommitteeListTests
{
    [Fact]
    public void Parse_OcrFrontMatter_GivesCommitteeChairClerkAndAnswer()
    {
        var doc = Cases.Read("ocr-committee-list.txt");

        Assert.Equal("vaste Commissie voor Volkshuisvesting en Ruimtelijke Ordening", doc.Committee);
        Assert.Equal("Castricum", doc.Chair);
        Assert.Equal("Verschoor", doc.Clerk);
        Assert.Equal(["Staatssecretaris van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer"], doc.Addressees);
        Assert.Equal("de nota Verdeling rijkssteun voor stadsvernieuwing in de toekomst", doc.Subject);
        Assert.Equal(new DateOnly(1993, 6, 2), doc.AnsweredOn);
        Assert.Equal(("kst-22396-22", "1992–1993", "22 396", 22), (doc.Id, doc.Session, doc.Dossier, doc.Number));
    }

    [Fact]
    public void Parse_OcrCompositionNote_IsTheCommitteesFootnoteAndNoQuestion()
    {
        var doc = Cases.Read("ocr-committee-list.txt");

        var note = Assert.Single(doc.Footnotes);
        Assert.Equal(1, note.Number);
        Assert.StartsWith("Samenstelling: Leden: Castricum (PvdA), voorzitter,", note.Text, StringComparison.Ordinal);
        Assert.Equal(["q1", "q2"], doc.Questions.Select(q => q.Id));
        Assert.StartsWith("Hoeveel gemeenten", doc.Question("q1").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BudgetChapterInTheFooter_IsPartOfTheDossier()
    {
        var doc = Cases.Read("ocr-budget-chapter.txt");

        Assert.Equal(("kst-20800-XIV-16", "1988–1989", "20 800 XIV", 16), (doc.Id, doc.Session, doc.Dossier, doc.Number));
        Assert.Equal(["q1", "q2"], doc.Questions.Select(q => q.Id));
    }
}

/// <summary>OCR of a list printed with question and answer side by side, a lost number and a broken paragraph.</summary>
public sealed class OcrSideBySideTests
{
    [Fact]
    public void Parse_QuestionAndAnswerInOneParagraph_AreCutAfterTheQuestion()
    {
        var doc = Cases.Read("ocr-side-by-side.txt");

        Assert.EndsWith("aan de Kamer ter goedkeuring worden voorgelegd?", doc.Question("q1").Text, StringComparison.Ordinal);
        Assert.StartsWith("Het convenant dat in het kader", doc.AnswerTo("q1").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ParagraphBrokenByTheScanAndUnnumberedQuestion_AreReadAsOneQuestion()
    {
        var doc = Cases.Read("ocr-side-by-side.txt");

        Assert.Equal(["q1", "q1.1"], doc.Questions.Select(q => q.Id));
        Assert.Equal("Kan precies worden aangegeven, welke aanlegprogramma s vanuit de middelen die vrijkomen door de PPP-projecten, worden gefinancierd en versneld?", doc.Question("q1.1").Text);
        Assert.StartsWith("De vrije ruimte", doc.AnswerTo("q1.1").Text, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Questions.Concat<object>(doc.Answers).Select(b => b is Model.Question q ? q.Text : ((Model.Answer)b).Text), t => t.Contains("blz.", StringComparison.Ordinal));
    }
}

/// <summary>Footnote markers as pdftotext leaves an Aanhangsel's superscripts: glued to "?" or ".", and in lists ("?1, 2").</summary>
public sealed class PdftotextMarkerTests
{
    [Fact]
    public void Read_PdftotextMarkerListAfterTheQuestionMark_BothFootnotes()
    {
        var doc = Cases.Read("aanhangsel-marker-list.txt");

        Assert.Equal("Kent u het bericht «Toeslagen» en de reactie van de ombudsman?", doc.Question("q1").Text);
        Assert.Equal([1, 2], doc.Question("q1").FootnoteNumbers);
        Assert.Equal("Ja, dat bericht is bekend. De hersteloperatie gaat door.", doc.AnswerTo("q1").Text);
        Assert.Equal([3], doc.AnswerTo("q1").FootnoteNumbers);
        Assert.Equal([1, 2, 3], doc.Footnotes.Select(f => f.Number));
        Assert.Equal("Nationale ombudsman, rapport 2024/012", doc.Footnotes[1].Text);
    }
}

/// <summary>A committee list of the 1980s printed under "Vraag N"/"Antwoord N" headings.</summary>
public sealed class HeadedCommitteeListTests
{
    [Fact]
    public void Parse_KamerstukFooterUnderVraagHeadings_GivesIdSessionAndDossier()
    {
        var doc = Cases.Read("headed-list-footer.txt");

        Assert.Equal(("kst-20800-XIV-16", "1988–1989", "20 800 XIV", 16), (doc.Id, doc.Session, doc.Dossier, doc.Number));
        Assert.Equal(Model.DocumentKind.QuestionList, doc.Kind);
        Assert.Equal(["q1", "q2"], doc.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Parse_OneHeadingOverOneAskPerNumber_IsTwoQuestionsWithOneAnswer()
    {
        var doc = Cases.Read("shared-question-heading.txt");

        Assert.Equal(["q1", "q2", "q3"], doc.Questions.Select(q => q.Id));
        Assert.Equal("De ontvangsten over 1987 lagen f 70 mln. hoger dan de raming. Welke omstandigheden zullen ertoe leiden, dat de begroting 1989 niet wordt overschreden?", doc.Question("q1").Text);
        Assert.Equal("Welke omstandigheden kunnen ertoe leiden, dat de begroting 1989 wel wordt overschreden?", doc.Question("q2").Text);
        Assert.Equal([[1], [2]], doc.Questions.Take(2).Select(q => q.Numbers));
        var answer = doc.AnswerTo("q1");
        Assert.Equal(["q1", "q2"], answer.QuestionIds);
        Assert.Equal("1 en 2", answer.Label);
    }

    [Fact]
    public void Parse_OneHeadingOverAnAskAndItsFollowUp_StaysOneQuestion()
    {
        var doc = Cases.Read("shared-question-heading.txt");

        Assert.Equal([3, 4], doc.Question("q3").Numbers);
        Assert.Equal("Is de raming van de ruilverkavelingsrente verlaagd? Zo ja, waarom?", doc.Question("q3").Text);
    }
}

/// <summary>A Court of Audit letter answering one question, printed under a bare "Vraag", its line breaks lost.</summary>
public sealed class FlattenedOneQuestionTests
{
    [Fact]
    public void Parse_FlattenedLetterWithOneUnnumberedQuestion_IsQuestionOneWithItsAnswer()
    {
        var doc = Cases.Read("flattened-one-question.txt");

        var question = Assert.Single(doc.Questions);
        Assert.Equal(("q1", null), (question.Id, question.Label));
        Assert.Equal([1], question.Numbers);
        Assert.StartsWith("Tijdens de briefing op 12 december 2013", question.Text, StringComparison.Ordinal);
        Assert.EndsWith("verzoek ik u de Kamer hierover te informeren.", question.Text, StringComparison.Ordinal);
        var answer = Assert.Single(doc.Answers);
        Assert.Equal(["q1"], answer.QuestionIds);
        Assert.StartsWith("Onderstaand overzicht is tot stand gekomen", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Schoolbesturen dienen bij de gemeente een aanvraag in", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Antwoord Algemene Rekenkamer", answer.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2014, 2, 4), doc.AnsweredOn);
    }
}
