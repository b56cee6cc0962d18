namespace ParlQA.Model;

/// <summary>The three shapes a written-questions document comes in.</summary>
public enum DocumentKind
{
    /// <summary>A committee's numbered list of questions with the minister's answers (Lijst van vragen en antwoorden).</summary>
    QuestionList,

    /// <summary>A member's Kamervragen with the answers, as in the Aanhangsel van de Handelingen.</summary>
    WrittenQuestions,

    /// <summary>A ministry's letter that answers questions.</summary>
    AnswerLetter,
}
