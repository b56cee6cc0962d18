using System.Globalization;
using ParlQA.Archive.Links;
using ParlQA.Tests;

namespace ParlQA.Archive.Tests;

/// <summary>
/// "Same answer" measured against the hand-marked pairs in samples/same-answers.tsv (reused / not), where its
/// threshold was chosen (the test prints every threshold's figures); a reference answer is never the same answer.
/// </summary>
public sealed class SameAnswerKeyTests
{
    private sealed record Pair(string A, IReadOnlySet<string> CommonA, string B, IReadOnlySet<string> CommonB, bool Reused, string Where);

    [Fact]
    public void Same_OnTheHandMarkedPairs_HasHighPrecisionAndRecall()
    {
        var pairs = Pairs();
        var (precision, recall, report) = Measure(pairs, SameAnswers.Threshold, SameAnswers.MinPassage);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        foreach (var threshold in new[] { 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01 })
        {
            foreach (var passage in new[] { 15, 20, 25, int.MaxValue })
                TestContext.Current.TestOutputHelper?.WriteLine(Measure(pairs, threshold, passage).Report);
        }

        Assert.True(pairs.Count >= 100 && pairs.Count(p => p.Reused) >= 20, $"{pairs.Count} pairs");
        // The figures at the chosen threshold (issue 15's goal of 0.95 is not reached: see the README), kept from falling.
        Assert.True(precision >= 0.8 && recall >= 0.65, report);
    }

    [Theory]
    [InlineData("Zie het antwoord op vraag 1.")]
    [InlineData("Nee, zie antwoord op vraag 1.")]
    [InlineData("Voor het antwoord op deze vraag verwijzen we u naar de minister van Veiligheid en Justitie en de minister van Financiën.")]
    [InlineData(": Het ligt op de weg van de minister van Defensie om deze vraag te beantwoorden.")]
    public void IsReference_AnswerThatOnlyRefersElsewhere(string answer) => Assert.True(SameAnswers.IsReference(answer));

    [Fact]
    public void ReferenceAnswer_IsNotTheSameAnswerAsTheAnswersItShares3WordRunsWith()
    {
        const string reference = "Zie het antwoord op vraag 1.";
        const string answer = "Zie het antwoord op vraag 1. Het kabinet beschikt niet over betrouwbare statistieken waaruit kan worden geconcludeerd hoeveel politieke gevangenen er zijn.";

        Assert.True(SameAnswers.Similarity(reference, answer) >= SameAnswers.Threshold);
        Assert.False(SameAnswers.Same(reference, answer));
        Assert.False(SameAnswers.IsReference(answer));
    }

    private static (double Precision, double Recall, string Report) Measure(IReadOnlyList<Pair> pairs, double threshold, int passage)
    {
        int truePositives = 0, predicted = 0, reused = pairs.Count(p => p.Reused);
        foreach (var pair in pairs)
        {
            if (!SameAnswers.Same(pair.A, pair.B, pair.CommonA, pair.CommonB, threshold, passage))
                continue;
            predicted++;
            if (pair.Reused)
                truePositives++;
        }
        double precision = predicted == 0 ? 1 : (double)truePositives / predicted, recall = (double)truePositives / reused;
        var passageText = passage == int.MaxValue ? "none" : passage.ToString(CultureInfo.InvariantCulture);
        return (precision, recall, string.Create(CultureInfo.InvariantCulture,
            $"same answer at overlap >= {threshold:0.0}, passage >= {passageText}: precision {precision:0.000} ({truePositives}/{predicted}), recall {recall:0.000} ({truePositives}/{reused}) on {pairs.Count} pairs"));
    }

    private static List<Pair> Pairs()
    {
        var answers = SampleDocuments.All
            .SelectMany(d => d.Answers.SelectMany(a => a.QuestionIds.Select(q => (Key: d.Id + "#" + q, a.Text))))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Text);
        var furniture = SampleDocuments.All.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => SameAnswers.CommonRuns(g.First().Answers.Select(a => a.Text)));
        var pairs = new List<Pair>();
        foreach (var line in File.ReadLines(RepoPaths.Sample("same-answers.tsv")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var f = line.Split('\t');
            var (a, b) = (f[0] + "#" + f[1], f[2] + "#" + f[3]);
            Assert.True(answers.ContainsKey(a) && answers.ContainsKey(b), $"no answer to {a} or {b} in the samples");
            pairs.Add(new Pair(answers[a], furniture[f[0]], answers[b], furniture[f[2]], f[4] == "reused", a + " ~ " + b));
        }
        return pairs;
    }
}
