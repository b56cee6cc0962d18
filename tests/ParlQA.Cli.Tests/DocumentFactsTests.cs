using ParlQA.Cli.Rendering;
using ParlQA.Model;

namespace ParlQA.Cli.Tests;

/// <summary>The lines above a document's questions in <c>parse --format text|md</c>: each says something.</summary>
public sealed class DocumentFactsTests
{
    [Fact]
    public void Letter_WithNeitherDateNorCitation_IsNoEmptyLine()
    {
        // As a round's published PDF reads back when the round names no letter date or Kamerstuk: "subjectLetter": {}.
        var facts = DocumentFacts.Lines(new QaDocument { Id = "doc-1", Kind = DocumentKind.QuestionList, SubjectLetter = new SubjectLetter() });

        Assert.DoesNotContain(facts, f => f.Name == "Letter");
        Assert.All(facts, f => Assert.NotEqual("", f.Value));
    }

    [Fact]
    public void Letter_Dated_SaysTheDate() =>
        Assert.Contains(("Letter", "2019-11-11"),
            DocumentFacts.Lines(new QaDocument { Id = "doc-1", Kind = DocumentKind.QuestionList, SubjectLetter = new SubjectLetter { Date = new DateOnly(2019, 11, 11) } }));
}
