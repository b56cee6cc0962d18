using ParlQA.Model;

namespace ParlQA.Archive.People;

/// <summary>One document as the people pages count it: who asked, who answered for which ministry, when, how many questions.</summary>
public sealed record DocumentPeople(
    string Id, string Kind, string? Subject, IReadOnlyList<Member> AskedBy, string? AnsweredBy, string? Ministry,
    DateOnly? SubmittedOn, DateOnly? AnsweredOn, int Questions)
{
    /// <summary>The person who answered ("Minister De Jonge"), when the document names one.</summary>
    public string? Answerer => People.Answerer.Person(AnsweredBy);

    /// <summary>Days from question to answer, when both dates are known.</summary>
    public int? Days => SubmittedOn is { } asked && AnsweredOn is { } answered ? answered.DayNumber - asked.DayNumber : null;

    /// <summary>The day it is listed by: answered, else asked.</summary>
    public DateOnly? Date => AnsweredOn ?? SubmittedOn;
}
