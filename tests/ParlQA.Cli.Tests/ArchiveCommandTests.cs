using System.Text.Json.Nodes;
using ParlQA.Tests;

namespace ParlQA.Cli.Tests;

/// <summary>The archive commands as a user runs them: ingest, search, show, export, stats.</summary>
public sealed class ArchiveCommandTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"parlqa-cli-{Guid.NewGuid():N}.db");

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private void IngestSamples() => Run("ingest", RepoPaths.Sample("kst-35207-34.txt"), RepoPaths.Sample("aanhangsel"), RepoPaths.Sample("letters"), "--db", _db);

    [Fact]
    public void Ingest_Twice_SecondTimeEverythingIsUnchanged()
    {
        var (exit, first, _) = Run("ingest", RepoPaths.Sample("kst-35207-34.txt"), RepoPaths.Sample("aanhangsel"), "--db", _db);
        var (_, second, _) = Run("ingest", RepoPaths.Sample("kst-35207-34.txt"), RepoPaths.Sample("aanhangsel"), "--db", _db);

        Assert.Equal(0, exit);
        Assert.StartsWith("8 new, 0 updated, 0 unchanged, 0 failed; ", first, StringComparison.Ordinal);
        Assert.StartsWith("0 new, 0 updated, 8 unchanged, 0 failed; ", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_Folder_LeavesAnswerKeysAndDataTablesBesideTheDocumentsAlone()
    {
        var folder = Directory.CreateTempSubdirectory("parlqa-keys-").FullName;
        try
        {
            File.Copy(RepoPaths.Sample("kst-35207-34.txt"), Path.Combine(folder, "kst-35207-34.txt"));
            File.WriteAllText(Path.Combine(folder, "kst-35207-34.facts.json"), "{}");
            File.WriteAllText(Path.Combine(folder, "same-answers.tsv"), "# pairs\na\tb\treused\n");
            File.WriteAllText(Path.Combine(folder, "NOTES.md"), "# notes\n");

            var (exit, output, error) = Run("ingest", folder, "--db", _db);

            Assert.Equal(0, exit);
            Assert.StartsWith("1 new, 0 updated, 0 unchanged, 0 failed; ", output, StringComparison.Ordinal);
            Assert.Equal("", error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Ingest_BadFileInTheBatch_IsReportedAndTheRestStored()
    {
        var junk = Path.GetTempFileName();
        File.WriteAllBytes(junk, [0, 1, 2, 3]);
        try
        {
            var (exit, output, error) = Run("ingest", junk, RepoPaths.Sample("kst-35207-34.txt"), "--db", _db);

            Assert.Equal(1, exit);
            Assert.StartsWith("1 new, 0 updated, 0 unchanged, 1 failed", output, StringComparison.Ordinal);
            Assert.Contains($"{junk}: binary data", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(junk);
        }
    }

    [Fact]
    public void Search_Json_GivesOneHitPerLine()
    {
        IngestSamples();

        var (exit, output, _) = Run("search", "\"Tashi Wangchuk\"", "--db", _db, "--format", "json");

        Assert.Equal(0, exit);
        var hits = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(["q26", "q41", "q52"], hits.Select(h => h["questionId"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        // The phrase is marked where it stands: in the question's passage, or in the answer's.
        Assert.All(hits, h => Assert.Contains("**Tashi** **Wangchuk**", h["snippet"]!.GetValue<string>() + h["answerSnippet"]?.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public void Search_QuestionInPlainWords_FindsItsSubjectWithWhoAnsweredWhen()
    {
        IngestSamples();

        var (exit, output, _) = Run("search", "Wat zegt de minister over de Oeigoeren in Xinjiang?", "--db", _db, "-n", "3");

        Assert.Equal(0, exit);
        Assert.DoesNotMatch("^0 questions match", output);
        Assert.Contains("answered by Minister van Buitenlandse Zaken on 2020-06-17", output, StringComparison.Ordinal);
        Assert.Matches(@"Q: .*\*\*(Oeigoeren|Xinjiang)\*\*", output);
        // Some questions have both words, too few for a page: the note must not say that none has.
        Assert.DoesNotContain("no question has all", output, StringComparison.Ordinal);
        Assert.Contains("too few questions have all of oeigoeren, xinjiang: those with at least 1 of them, most first", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_HitInADocumentWithoutTitleOrSubject_SaysWhatKindOfDocumentItIs()
    {
        // The Court of Audit's letter about the Vastgoedplan Defensie: its OCR'd letterhead gives no subject.
        Run("ingest", RepoPaths.Sample("rekenkamer/2013-02-01-beantwoording-kamervragen-over-de-kamerbrief-vastgoedplan-defensie.txt"), "--db", _db);

        var (exit, output, _) = Run("search", "marinierskazerne", "--db", _db, "-n", "1");

        Assert.Equal(0, exit);
        Assert.Matches(@"^ +\d+\.\d\d  kv-tk-2012Z22420-antwoord#q\d+  answer letter$", output.Split('\n')[1]);
    }

    [Fact]
    public void Search_JsonAndSortDate_GiveAskersAnswererDatesNewestFirst()
    {
        IngestSamples();

        var (exit, output, _) = Run("search", "regenboogbeleid OR Xinjiang", "--db", _db, "--format", "json", "--sort", "date", "-n", "50");

        Assert.Equal(0, exit);
        var hits = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        var dates = hits.Select(h => h["answeredOn"]?.GetValue<string>()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        var asked = hits.First(h => h["documentId"]!.GetValue<string>() == "ah-tk-20232024-1314");
        Assert.Equal(["Mutluer (GroenLinks-PvdA)", "Kostić (PvdD)"], asked["askedBy"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal("2024-03-06", asked["submittedOn"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("geinformeerd")]
    [InlineData("\"geïnformeerd\"")]
    public void Search_Participle_GivesTheQuestionsWhoseTextsSayItFirst(string query)
    {
        IngestSamples();

        var (exit, output, _) = Run("search", query, "--db", _db, "--format", "json", "-n", "5");

        Assert.Equal(0, exit);
        var hits = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(5, hits.Count);
        Assert.All(hits, h => Assert.Contains("**geïnformeerd**", h["snippet"]!.GetValue<string>() + h["answerSnippet"]?.GetValue<string>(), StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("regenboogbeleid OR Xinjiang sort:date")]
    [InlineData("regenboogbeleid OR Xinjiang sort:date", "--group")]
    public void Search_SortDate_ShowsEachHitsDateInsteadOfAScore(params string[] query)
    {
        IngestSamples();

        var (exit, output, _) = Run(["search", .. query, "--db", _db, "-n", "5"]);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("0.00", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^ *2024-03-25  ", output);
    }

    [Fact]
    public void Search_MalformedQuery_IsAUsageErrorNamingTheColumn()
    {
        var (exit, _, error) = Run("search", "Tibet \"open", "--db", _db);

        Assert.Equal(2, exit);
        Assert.Equal("parlqa: unbalanced quote: '\"' is not closed at column 7", error.Trim());
    }

    [Fact]
    public void Similar_PlainWords_ListsTheClosestQuestionsFirst()
    {
        IngestSamples();

        var (exit, output, _) = Run("similar", "Hoeveel", "Tibetaanse", "politieke", "gevangenen", "zijn", "er?", "--db", _db, "-n", "3");

        Assert.Equal(0, exit);
        // A hit's first line: score, document#question, title; then its facts and passages, indented.
        var ids = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("         ", StringComparison.Ordinal))
            .Select(l => l.Trim().Split("  ")[1]).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Contains("kst-35207-34#q1", ids);
        Assert.Contains("kst-35207-34#q40", ids);
    }

    [Fact]
    public void Show_Question_PrintsItWithItsAnswer()
    {
        IngestSamples();

        var (exit, output, _) = Run("show", "kst-35207-34#q25-2", "--db", _db);

        Assert.Equal(0, exit);
        Assert.Contains("Vraag 25 [q25-2]", output, StringComparison.Ordinal);
        Assert.Contains("Zie tevens het antwoord op vraag 88.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("[q1]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_UnknownDocument_SaysSo()
    {
        IngestSamples();

        var (exit, _, error) = Run("show", "kst-1-1", "--db", _db);

        Assert.Equal(1, exit);
        Assert.Equal("parlqa: no document 'kst-1-1' in the archive", error.Trim());
    }

    [Fact]
    public void Export_Csv_HasOneRowPerQuestion()
    {
        Run("ingest", RepoPaths.Sample("kst-35207-34.txt"), "--db", _db);

        var (exit, output, _) = Run("export", "--format", "csv", "--db", _db);

        Assert.Equal(0, exit);
        using var reader = new StringReader(output);
        Assert.Equal("document_id,question_id,label,question,answer,answered_on,answered_by", reader.ReadLine());
        Assert.StartsWith("kst-35207-34,q1,1,Hoeveel Tibetaanse politieke gevangenen zijn er?", reader.ReadLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void CommitmentsFulfil_ByADocumentNotInTheArchive_IsRefusedAndNothingMarked()
    {
        Run("ingest", RepoPaths.Sample("kst-35207-34.txt"), "--db", _db);

        var (exit, output, error) = Run("commitments", "fulfil", "1", "--by", "nonexistent-doc", "--db", _db);
        var (unknownExit, _, unknownError) = Run("commitments", "fulfil", "987654", "--by", "kst-35207-34", "--db", _db);
        var (_, register, _) = Run("commitments", "--status", "fulfilled", "--db", _db);
        var (keptExit, kept, _) = Run("commitments", "fulfil", "1", "--by", "kst-35207-34", "--db", _db);

        Assert.Equal((CliApp.InputErrors, ""), (exit, output));
        Assert.Equal("parlqa: no document 'nonexistent-doc' in the archive: a commitment is kept by a document the archive holds", error.Trim());
        Assert.Equal((CliApp.InputErrors, "parlqa: no commitment 987654 in the register"), (unknownExit, unknownError.Trim()));
        Assert.Equal("", register);
        Assert.Equal((CliApp.Ok, "commitment 1 fulfilled by kst-35207-34"), (keptExit, kept.Trim()));
    }

    [Fact]
    public void Commitments_Source_ListsOursTheKamersOrBoth_OursWithTheToezeggingTheyAre()
    {
        Run("ingest", RepoPaths.Sample("kst-35207-34.txt"), "--db", _db);
        const string Najaar = "Uw Kamer wordt hierover dit najaar nader geïnformeerd.";
        using (var record = ParlQA.Archive.ArchiveOpener.OpenOfficial(_db))
        {
            record.ApplyPage(new ParlQA.Archive.Official.FeedPageWrite("Toezegging", [
                new ParlQA.Archive.Official.Toezegging { Id = "t1", Nummer = "TZ202006-041", Tekst = Najaar, Ministerie = "Buitenlandse Zaken", Status = "Voldaan", Aanmaakdatum = "2020-06-18T00:00:00+02:00", KamerbriefNakoming = "35 207, nr. 40" },
                new ParlQA.Archive.Official.Toezegging { Id = "t2", Nummer = "TZ202310-007", Tekst = "De minister stuurt het rapport over de stikstofruimte.", Ministerie = "Landbouw, Natuur en Voedselkwaliteit", Status = "Openstaand", Aanmaakdatum = "2023-10-02T00:00:00+02:00", DatumNakoming = "2023-12-31T00:00:00+01:00" }], null, null));
        }

        var (exit, all, _) = Run("commitments", "--db", _db);
        var (_, ours, _) = Run("commitments", "--source", "ours", "--db", _db);
        var (_, official, _) = Run("commitments", "--source", "official", "--status", "overdue", "--db", _db);

        Assert.Equal(CliApp.Ok, exit);
        var najaar = Lines(ours).Single(l => l.Contains("kst-35207-34#", StringComparison.Ordinal) && Lines(ours).SkipWhile(x => x != l).Skip(1).First().Trim() == Najaar);
        Assert.Contains("#a57,", najaar, StringComparison.Ordinal);
        Assert.EndsWith("= Toezegging TZ202006-041", Lines(all).Single(l => l.StartsWith(najaar, StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("Toezegging (", ours, StringComparison.Ordinal);
        Assert.Contains("TZ202006-041  fulfilled  due -           Toezegging (Voldaan)  Buitenlandse Zaken  kept by 35 207, nr. 40", all, StringComparison.Ordinal);
        Assert.Equal(["TZ202310-007  overdue    due 2023-12-31  Toezegging (Openstaand)  Landbouw, Natuur en Voedselkwaliteit", "       De minister stuurt het rapport over de stikstofruimte."], Lines(official));
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    [Fact]
    public void Stats_CountsWhatWasIngested()
    {
        Run("ingest", RepoPaths.Sample("kst-35207-34.txt"), "--db", _db);

        var (_, output, _) = Run("stats", "--db", _db);

        Assert.StartsWith("1 document, 94 questions, 85 answers, 9 commitments", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var file in new[] { _db, _db + "-wal", _db + "-shm" })
            File.Delete(file);
    }
}
