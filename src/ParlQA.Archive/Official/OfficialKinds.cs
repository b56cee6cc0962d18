namespace ParlQA.Archive.Official;

/// <summary>The values of Zaak.Soort and Document.Soort that written questions come as (the information model's spelling).</summary>
public static class OfficialKinds
{
    /// <summary>The case of written questions, and the document of the questions as filed.</summary>
    public const string Questions = "Schriftelijke vragen";
    public const string Answer = "Antwoord schriftelijke vragen";
    public const string FurtherAnswer = "Antwoord schriftelijke vragen (nader)";
    public const string DelayNotice = "Mededeling (uitstel antwoord)";
    public const string QuestionsAndAnswers = "Lijst van vragen en antwoorden";
    public const string ReportWithQuestionsAndAnswers = "Verslag houdende een lijst van vragen en antwoorden";
    public const string QuestionList = "Lijst van vragen";

    /// <summary>The kinds whose files are fetched and read; files of any other kind are never downloaded.</summary>
    public static IReadOnlyList<string> WithFiles { get; } =
        [Questions, Answer, FurtherAnswer, DelayNotice, QuestionsAndAnswers, ReportWithQuestionsAndAnswers, QuestionList];

    public static bool IsAnswer(string? soort) => soort is Answer or FurtherAnswer;

    /// <summary>A committee's list, in a Kamerstuk dossier rather than a written-question case.</summary>
    public static bool IsCommitteeList(string? soort) => soort is QuestionsAndAnswers or ReportWithQuestionsAndAnswers or QuestionList;

    public static bool HasFile(string? soort) => soort is not null && WithFiles.Contains(soort);
}
