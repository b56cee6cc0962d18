using System.Text.Json.Serialization;

namespace ParlQA.Rounds.Domain;

/// <summary>Where a round is in the procedure (see <see cref="RoundPolicy"/> for who may move it on).</summary>
public enum RoundState
{
    Draft,
    Open,
    Closed,
    Sent,
    Postponed,
    Answered,
    Published,
}

/// <summary>
/// A committee's round of written questions on a letter: its questions, the ministry's answers, and every
/// change made to it. Immutable: each action gives a new round with <see cref="Version"/> one higher.
/// </summary>
public sealed record Round
{
    public required string Id { get; init; }

    public required string Committee { get; init; }

    /// <summary>The letter asked about: "de brief van … inzake …".</summary>
    public required string LetterTitle { get; init; }

    public DateOnly? LetterDate { get; init; }

    /// <summary>"Kamerstuk 35 207, nr. 32".</summary>
    public string? LetterCitation { get; init; }

    /// <summary>The minister(s) addressed: "Minister van Buitenlandse Zaken".</summary>
    public required IReadOnlyList<string> Ministers { get; init; }

    /// <summary>The ministry that answers (officers and approvers of it see the round once sent).</summary>
    public required string Ministry { get; init; }

    public DateOnly? QuestionDeadline { get; init; }

    /// <summary>Days the ministry has to answer, counted from sending (the Dutch practice: three weeks).</summary>
    public int AnswerDays { get; init; } = 21;

    public RoundState State { get; init; } = RoundState.Draft;

    public string? Chair { get; init; }

    public string? ClerkName { get; init; }

    public IReadOnlyList<RoundQuestion> Questions { get; init; } = [];

    /// <summary>The clerk's order of the list while the round is closed (submission ids); unnamed questions follow as submitted.</summary>
    public IReadOnlyList<string> ListOrder { get; init; } = [];

    public IReadOnlyList<DraftAnswer> Answers { get; init; } = [];

    public DateOnly? SentOn { get; init; }

    public DateOnly? DueOn { get; init; }

    /// <summary>The ministry's delay notice: why, and the new date.</summary>
    public string? DelayReason { get; init; }

    public DateOnly? AnsweredOn { get; init; }

    /// <summary>The archive id of the published document.</summary>
    public string? DocumentId { get; init; }

    public int Version { get; init; } = 1;

    public IReadOnlyList<AuditEntry> History { get; init; } = [];

    /// <summary>The questions that stay: not withdrawn, not merged into another.</summary>
    [JsonIgnore]
    public IEnumerable<RoundQuestion> Standing => Questions.Where(q => !q.Withdrawn && q.MergedInto is null);

    /// <summary>The standing questions as the list has them: by number once sent, before that in the clerk's order.</summary>
    public IReadOnlyList<RoundQuestion> InListOrder()
    {
        if (Questions.Any(q => q.Number is not null))
            return Standing.Where(q => q.Number is not null).OrderBy(q => q.Number).ToList();
        var standing = Standing.ToList();
        var ordered = ListOrder.Select(id => standing.Find(q => q.Id == id)).OfType<RoundQuestion>().ToList();
        return [.. ordered, .. standing.Except(ordered)];
    }

    /// <summary>The answer covering question <paramref name="number"/>, if any.</summary>
    public DraftAnswer? AnswerTo(int number) => Answers.FirstOrDefault(a => a.QuestionNumbers.Contains(number));
}

/// <summary>
/// A member's question. <see cref="Id"/> ("s7") is its place in the order of submission, unique and without
/// gaps; <see cref="Number"/> is the number it gets in the list when the clerk closes the round.
/// </summary>
public sealed record RoundQuestion(string Id, string MemberId, string MemberName, string? Party, string Text)
{
    public IReadOnlyList<string> Sources { get; init; } = [];

    public bool Withdrawn { get; init; }

    /// <summary>The question this one was merged into, as a duplicate.</summary>
    public string? MergedInto { get; init; }

    public int? Number { get; init; }
}

/// <summary>
/// An answer drafted by the ministry to one or more numbered questions ("22–25"), or a reference to another
/// answer ("zie het antwoord op vraag 1"), with footnotes. <see cref="Id"/> ("d3": the third drafted) never changes
/// and is never given twice; what is printed is derived from the numbers (<see cref="Label"/>). Its own
/// <see cref="Version"/> guards against two officers overwriting each other, and an approval against approving a text
/// nobody read.
/// </summary>
public sealed record DraftAnswer(string Id, IReadOnlyList<int> QuestionNumbers, string Text)
{
    /// <summary>The question whose answer this one refers to, when it only refers.</summary>
    public int? ReferenceTo { get; init; }

    public IReadOnlyList<string> Footnotes { get; init; } = [];

    public bool Approved { get; init; }

    /// <summary>Why the approver sent it back, until the officer saves a new text.</summary>
    public string? Remark { get; init; }

    public int Version { get; init; } = 1;

    /// <summary>The numbers it answers, as printed: "3", "22–25", "3, 5".</summary>
    [JsonIgnore]
    public string Label => RoundProcedure.Label(QuestionNumbers);
}

/// <summary>Who did what, when, to a round.</summary>
public sealed record AuditEntry(DateTimeOffset At, string UserId, string Action, string Detail);
