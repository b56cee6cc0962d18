namespace ParlQA.Model;

/// <summary>The government letter the questions are about.</summary>
public sealed record SubjectLetter
{
    public DateOnly? Date { get; init; }
    public Citation? Citation { get; init; }
}
