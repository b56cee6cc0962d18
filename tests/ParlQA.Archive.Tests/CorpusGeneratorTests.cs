using ParlQA.Archive.Generation;
using ParlQA.Model;

namespace ParlQA.Archive.Tests;

/// <summary>The generator behind the archive benchmarks makes what it promises, the same each time.</summary>
public sealed class CorpusGeneratorTests
{
    [Fact]
    public void Generate_Pairs_GivesExactlyThatManyAnsweredQuestions()
    {
        var documents = new CorpusGenerator(SampleDocuments.All).Generate(1000).ToList();

        Assert.Equal(1000, documents.Sum(d => d.Questions.Count));
        Assert.All(documents, d =>
        {
            var answers = d.Answers.ToDictionary(a => a.Id);
            Assert.All(d.Questions, q => Assert.Contains(q.Id, answers[q.AnswerId!].QuestionIds));
            Assert.Equal(d.Questions.Count, d.Answers.Sum(a => a.QuestionIds.Count));
        });
        Assert.Contains(documents, d => d.Answers.Any(a => a.QuestionIds.Count > 1));
    }

    [Fact]
    public void Generate_SameSeed_SameArchive()
    {
        var first = new CorpusGenerator(SampleDocuments.All, seed: 7).Generate(200).Select(d => QaJson.Serialize(d, indented: false));
        var second = new CorpusGenerator(SampleDocuments.All, seed: 7).Generate(200).Select(d => QaJson.Serialize(d, indented: false));

        Assert.Equal(first, second);
    }
}
