using System.Globalization;
using ParlQA.Rounds.Domain;

namespace ParlQA.RoundTrip;

/// <summary>
/// A committee's list of questions and answers as the generator made it (or a shrinker cut it down): the round's
/// front matter, the questions in their order, and the answers. Answer texts may hold "{ref}" (the question referred
/// to), "{self}" (the first question answered) and "{numbers}" ("2 en 3"), filled in when the round is made, so a list
/// keeps its meaning when questions are taken out of it.
/// </summary>
public sealed record GeneratedList
{
    /// <summary>The seed the list was generated from (kept for the report; a cut-down case keeps its origin's seed).</summary>
    public int Seed { get; init; }

    public required string Committee { get; init; }
    public required string LetterTitle { get; init; }
    public DateOnly? LetterDate { get; init; }
    public string? LetterCitation { get; init; }
    public required IReadOnlyList<string> Ministers { get; init; }
    public required string Ministry { get; init; }
    public string? Chair { get; init; }
    public required string Clerk { get; init; }
    public required DateOnly SentOn { get; init; }
    public required DateOnly AnsweredOn { get; init; }
    public required IReadOnlyList<GeneratedQuestion> Questions { get; init; }
    public required IReadOnlyList<GeneratedAnswer> Answers { get; init; }

    /// <summary>The published round this list stands for: numbered, answered, approved.</summary>
    public Round ToRound()
    {
        var id = "r" + Seed.ToString(CultureInfo.InvariantCulture);
        return new Round
        {
            Id = id,
            Committee = Committee,
            LetterTitle = LetterTitle,
            LetterDate = LetterDate,
            LetterCitation = LetterCitation,
            Ministers = Ministers,
            Ministry = Ministry,
            State = RoundState.Published,
            Chair = Chair,
            ClerkName = Clerk,
            SentOn = SentOn,
            DueOn = SentOn.AddDays(21),
            AnsweredOn = AnsweredOn,
            DocumentId = "pq-" + id,
            Questions = Questions.Select((q, i) => new RoundQuestion("s" + Number(i + 1), q.Member, q.Member, q.Party, q.Text)
            {
                Sources = q.Sources,
                Number = i + 1,
            }).ToList(),
            Answers = Answers.Select((a, i) => new DraftAnswer("d" + Number(i + 1), a.Numbers, a.Filled())
            {
                ReferenceTo = a.ReferenceTo,
                Footnotes = a.Footnotes,
                Approved = true,
            }).ToList(),
        };
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A member's question, with the sources the member gave.</summary>
public sealed record GeneratedQuestion(string Text, IReadOnlyList<string> Sources, string Member, string? Party);

/// <summary>
/// An answer to the questions numbered <see cref="Numbers"/> (ascending); <see cref="Text"/> may hold placeholders, and
/// the officer's footnote markers ("[2]" puts the answer's second footnote there; unmarked footnotes go after the text).
/// </summary>
public sealed record GeneratedAnswer(IReadOnlyList<int> Numbers, string Text, int? ReferenceTo, IReadOnlyList<string> Footnotes)
{
    /// <summary>The text with its placeholders filled in.</summary>
    public string Filled() => Text
        .Replace("{ref}", ReferenceTo?.ToString(CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal)
        .Replace("{self}", Numbers[0].ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{numbers}", DutchList(Numbers), StringComparison.Ordinal);

    /// <summary>"2", "2 en 3", "2, 3 en 5".</summary>
    public static string DutchList(IReadOnlyList<int> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var printed = numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
        return printed.Count == 1 ? printed[0] : string.Join(", ", printed.Take(printed.Count - 1)) + " en " + printed[^1];
    }
}
