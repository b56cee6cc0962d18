using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ParlQA.Model;

namespace ParlQA.Archive.Generation;

/// <summary>
/// Builds realistic archives of any size from real texts, for benchmarks: question and answer sentences of the
/// real documents recombined, with real-looking numbering (some answers grouped, some by reference), dates,
/// ministries and committees. Deterministic for a seed, so runs compare.
/// </summary>
public sealed class CorpusGenerator
{
    private static readonly string[] Ministries =
    [
        "Buitenlandse Zaken", "Justitie en Veiligheid", "Volksgezondheid, Welzijn en Sport", "Onderwijs, Cultuur en Wetenschap",
        "Binnenlandse Zaken en Koninkrijksrelaties", "Financiën", "Klimaat en Groene Groei", "Infrastructuur en Waterstaat",
    ];

    private readonly string[] _questionSentences;
    private readonly string[] _answerSentences;
    private readonly Random _random;

    /// <param name="examples">Real documents whose sentences are recombined.</param>
    /// <param name="seed">The same seed gives the same archive.</param>
    public CorpusGenerator(IEnumerable<QaDocument> examples, int seed = 20200617)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var list = examples.ToList();
        _questionSentences = list.SelectMany(d => d.Questions).SelectMany(q => SplitSentences(q.Text)).Where(s => s.EndsWith('?')).Distinct().ToArray();
        _answerSentences = list.SelectMany(d => d.Answers).SelectMany(a => SplitSentences(a.Text)).Where(s => s.Length > 20 && !s.EndsWith('?')).Distinct().ToArray();
        if (_questionSentences.Length == 0 || _answerSentences.Length == 0)
            throw new ArgumentException("the examples hold no question or answer sentences to recombine", nameof(examples));
        _random = new Random(seed);
    }

    /// <summary>Documents until <paramref name="pairs"/> question-answer pairs are made.</summary>
    public IEnumerable<QaDocument> Generate(int pairs)
    {
        int made = 0, number = 0;
        while (made < pairs)
        {
            var document = Document(++number, Math.Min(pairs - made, _random.Next(3, 40)));
            made += document.Questions.Count;
            yield return document;
        }
    }

    private QaDocument Document(int serial, int count)
    {
        var ministry = Ministries[_random.Next(Ministries.Length)];
        var submitted = new DateOnly(2010, 1, 1).AddDays(_random.Next(15 * 365));
        var questions = new List<Question>();
        var answers = new List<Answer>();
        var pending = new List<Question>();
        for (int n = 1; n <= count; n++)
        {
            var question = new Question { Id = $"q{n}", Label = n.ToString(CultureInfo.InvariantCulture), Numbers = [n], Text = Sentences(_questionSentences, 1, 3) };
            pending.Add(question);
            // One answer in six covers the questions waiting for it; one in twenty points back to an earlier one.
            if (_random.Next(6) == 0 && n < count)
                continue;
            var id = "a" + pending[0].Id[1..];
            var text = n > 3 && _random.Next(20) == 0 ? $"Zie het antwoord op vraag {_random.Next(1, n)}." : Sentences(_answerSentences, 2, 6);
            answers.Add(new Answer { Id = id, QuestionIds = pending.Select(q => q.Id).ToList(), Text = text });
            questions.AddRange(pending.Select(q => q with { AnswerId = id }));
            pending.Clear();
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"gen-{serial}")));
        return new QaDocument
        {
            Id = $"gen-{serial:D7}",
            Kind = DocumentKind.WrittenQuestions,
            Chamber = "Tweede Kamer",
            Session = $"{submitted.Year}–{submitted.Year + 1}",
            Addressees = [$"Minister van {ministry}"],
            AskedBy = [new Member("Lid " + (char)('A' + _random.Next(26)), "Partij")],
            SubmittedOn = submitted,
            AnsweredOn = submitted.AddDays(_random.Next(14, 120)),
            AnsweredBy = $"Minister ({ministry})",
            Questions = questions,
            Answers = answers,
            Source = new SourceInfo { Format = "text", Sha256 = sha },
        };
    }

    private string Sentences(string[] pool, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, _random.Next(min, max + 1)).Select(_ => pool[_random.Next(pool.Length)]));

    private static IEnumerable<string> SplitSentences(string text) =>
        text.Replace('\n', ' ').Split([". ", "? "], StringSplitOptions.RemoveEmptyEntries)
            .Select((s, i) => s.Trim()).Where(s => s.Length > 10)
            .Select(s => s.EndsWith('.') || s.EndsWith('?') ? s : s + (text.Contains(s + "?", StringComparison.Ordinal) ? "?" : "."));
}
