using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ParlQA.Archive.Search;
using ParlQA.Bench.Baselines;
using ParlQA.Model;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ParlQA.Bench.ParlQaLucene;

/// <summary>
/// A Lucene.Net 4.8 index whose analysis is ParlQA's own (<see cref="DutchTerms.IndexTexts"/>: the same words, folding,
/// inflection stemmer and reversed stems as the SQLite archive's index), one Lucene document per question: per text
/// (question q, answer a) a field of folded words with positions (exact forms, phrases, "word*") and a field of
/// reversed stems with frequencies (a stem is a term, a compound's last part a prefix of one); the texts stored for
/// the page; kind, date and answered for the filters. The fields arrive analysed, so Lucene only splits at spaces.
/// </summary>
internal static class ParlQaLuceneIndex
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The folded-words field of a text ("q" or "a").</summary>
    public static string Words(string text) => text + ".w";

    /// <summary>The reversed-stems field of a text ("q" or "a").</summary>
    public static string Stems(string text) => text + ".r";

    /// <summary>The two texts of a question's row, and how much each weighs (question words three times answer words, as ParlQA's BM25).</summary>
    public static readonly IReadOnlyList<(string Text, float Weight)> Texts = [("q", 3f), ("a", 1f)];

    public const string Id = "id", Kind = "kind", Date = "date", Answered = "answered";

    /// <summary>Reversed stems: no positions (nothing is a phrase of stems), frequencies for BM25.</summary>
    private static readonly FieldType StemsType = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };

    /// <summary>Indexes the questions of <paramref name="documents"/> in <paramref name="folder"/> (memory when null); the
    /// returned time is spent analysing and writing, generating the documents left out.</summary>
    public static (LuceneDirectory Directory, TimeSpan Writing) Build(IEnumerable<QaDocument> documents, string? folder)
    {
        LuceneDirectory directory = folder is null ? new RAMDirectory() : FSDirectory.Open(folder);
        var config = new IndexWriterConfig(Version, new WhitespaceAnalyzer(Version))
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        var clock = new Stopwatch();
        using (var writer = new IndexWriter(directory, config))
        {
            var id = new StringField(Id, "", Field.Store.YES);
            var kind = new StringField(Kind, "", Field.Store.NO);
            var date = new StringField(Date, "", Field.Store.NO);
            var answered = new StringField(Answered, "", Field.Store.NO);
            var q = new StoredField("q", "");
            var a = new StoredField("a", "");
            var qWords = new TextField(Words("q"), "", Field.Store.NO);
            var aWords = new TextField(Words("a"), "", Field.Store.NO);
            var qStems = new Field(Stems("q"), "", StemsType);
            var aStems = new Field(Stems("a"), "", StemsType);
            var row = new Document { id, kind, date, answered, q, a, qWords, aWords, qStems, aStems };
            foreach (var document in documents)
            {
                clock.Start();
                kind.SetStringValue(KindName(document.Kind));
                date.SetStringValue((document.AnsweredOn ?? document.SubmittedOn)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "");
                var answerIds = document.Questions.ToDictionary(x => x.Id, x => x.AnswerId);
                foreach (var (hit, question, answer) in QuestionTexts.Of(document))
                {
                    id.SetStringValue(hit.ToString());
                    answered.SetStringValue(answerIds[hit.QuestionId] is null ? "no" : "yes");
                    q.SetStringValue(question);
                    a.SetStringValue(answer);
                    var (questionWords, questionStems) = DutchTerms.IndexTexts(question);
                    var (answerWords, answerStems) = DutchTerms.IndexTexts(answer);
                    qWords.SetStringValue(questionWords);
                    qStems.SetStringValue(questionStems);
                    aWords.SetStringValue(answerWords);
                    aStems.SetStringValue(answerStems);
                    writer.AddDocument(row);
                }
                clock.Stop();
            }
            clock.Start();
            writer.Commit();
        }
        clock.Stop();
        return (directory, clock.Elapsed);
    }

    /// <summary>The kind as the archive's filter names it: "question-list", "written-questions", "answer-letter".</summary>
    public static string KindName(DocumentKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());
}
