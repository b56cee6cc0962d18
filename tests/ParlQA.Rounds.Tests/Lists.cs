using ParlQA.RoundTrip;

namespace ParlQA.Rounds.Tests;

/// <summary>Small published lists for the publisher's tests: the front matter of a real list, questions and answers as given.</summary>
internal static class Lists
{
    /// <summary>A list whose question n is <paramref name="questions"/>[n-1]; each answer covers the numbers given.</summary>
    public static GeneratedList Of(IReadOnlyList<string> questions, params GeneratedAnswer[] answers) => new()
    {
        Seed = 1,
        Committee = "vaste commissie voor Buitenlandse Zaken",
        LetterTitle = "de toelichting op het mensenrechtenbeleid ten aanzien van China",
        LetterDate = new DateOnly(2019, 11, 11),
        LetterCitation = "Kamerstuk 35 207, nr. 32",
        Ministers = ["Minister van Buitenlandse Zaken"],
        Ministry = "Buitenlandse Zaken",
        Chair = "P. Dijkstra",
        Clerk = "Konings",
        SentOn = new DateOnly(2020, 5, 1),
        AnsweredOn = new DateOnly(2020, 6, 17),
        Questions = questions.Select(q => new GeneratedQuestion(q, [], "Sjoerdsma", "D66")).ToList(),
        Answers = answers,
    };

    /// <summary>One question with one answer.</summary>
    public static GeneratedList One(string question, string answer, params string[] footnotes) =>
        Of([question], Answer([1], answer, footnotes));

    public static GeneratedAnswer Answer(IReadOnlyList<int> numbers, string text, params string[] footnotes) => new(numbers, text, null, footnotes);

    /// <summary>The lists of the first <paramref name="count"/> seeds: every feature the generator has, in many combinations.</summary>
    public static IEnumerable<GeneratedList> Generated(int count) => Enumerable.Range(1, count).Select(ListGenerator.Generate);
}
