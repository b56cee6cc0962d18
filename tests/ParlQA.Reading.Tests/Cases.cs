using ParlQA.Model;

namespace ParlQA.Reading.Tests;

/// <summary>The small cut-down documents in <c>Cases/</c>, one per quirk, read as a user would read them.</summary>
internal static class Cases
{
    public static QaDocument Read(string name)
    {
        var result = DocumentReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Cases", name));
        Assert.True(result.Succeeded, result.Error);
        return result.Document!;
    }

    public static Question Question(this QaDocument doc, string id) => doc.Questions.Single(q => q.Id == id);

    public static Answer AnswerTo(this QaDocument doc, string questionId) => doc.Answers.Single(a => a.QuestionIds.Contains(questionId));
}
