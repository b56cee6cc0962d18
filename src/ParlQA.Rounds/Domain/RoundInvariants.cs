using System.Globalization;

namespace ParlQA.Rounds.Domain;

/// <summary>
/// What must hold of every round, whatever steps led to it: ids unique, the list numbered 1…n once sent, every
/// answer to questions of the list and no question answered twice, and an answered round fully answered and
/// approved — so that every round can still be published. Each step checks its result (a round that breaks one
/// is refused with 409, never stored); <c>parlqa check</c> checks stored rounds.
/// </summary>
public static class RoundInvariants
{
    /// <summary>What is wrong with the round, in words; empty when it is consistent.</summary>
    public static IReadOnlyList<string> Problems(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var problems = new List<string>();
        Duplicated(round.Questions.Select(q => q.Id), "questions", problems);
        Duplicated(round.Answers.Select(a => a.Id), "answers", problems);
        var ids = round.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var q in round.Questions.Where(q => q.MergedInto is { } into && (into == q.Id || !ids.Contains(into))))
            problems.Add($"question {q.Id} is merged into '{q.MergedInto}', which is not another question of the round");
        var standing = round.Standing.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        if (round.ListOrder.Any(id => !standing.Contains(id)) || round.ListOrder.Distinct(StringComparer.Ordinal).Count() != round.ListOrder.Count)
            problems.Add("the list's order names a question that does not stand, or one twice");
        Numbering(round, problems);
        Answers(round, problems);
        if ((round.State == RoundState.Published) != (round.DocumentId is not null))
            problems.Add(round.DocumentId is null ? "the round is published without its document" : "the round has a document but is not published");
        return problems;
    }

    /// <summary>Before sending no question has a number; from sending on the standing ones are numbered 1…n and the others not.</summary>
    private static void Numbering(Round round, List<string> problems)
    {
        if (!RoundPolicy.IsSent(round))
        {
            if (round.Questions.Any(q => q.Number is not null))
                problems.Add("questions are numbered before the list was sent");
            return;
        }
        var numbers = round.Standing.Select(q => q.Number).ToList();
        if (numbers.Count == 0 || numbers.Any(n => n is null) || !numbers.Select(n => n!.Value).Order().SequenceEqual(Enumerable.Range(1, numbers.Count)))
            problems.Add("the standing questions are not numbered 1 to " + numbers.Count.ToString(CultureInfo.InvariantCulture));
        if (round.Questions.Any(q => (q.Withdrawn || q.MergedInto is not null) && q.Number is not null))
            problems.Add("a withdrawn or merged question has a number");
    }

    private static void Answers(Round round, List<string> problems)
    {
        if (round.Answers.Count > 0 && !RoundPolicy.IsSent(round))
            problems.Add("there are answers before the list was sent");
        var listed = round.Standing.Where(q => q.Number is not null).Select(q => q.Number!.Value).ToHashSet();
        var covered = new HashSet<int>();
        foreach (var answer in round.Answers)
        {
            if (answer.QuestionNumbers.Count == 0 || answer.QuestionNumbers.Any(n => !listed.Contains(n)))
                problems.Add($"answer {answer.Id} answers a question that is not on the list");
            foreach (var n in answer.QuestionNumbers.Where(n => !covered.Add(n)))
                problems.Add($"question {n.ToString(CultureInfo.InvariantCulture)} has more than one answer");
            if (answer.ReferenceTo is { } target && (!listed.Contains(target) || answer.QuestionNumbers.Contains(target)))
                problems.Add($"answer {answer.Id} refers to a question that is not another question of the list");
            if (string.IsNullOrWhiteSpace(answer.Text))
                problems.Add($"answer {answer.Id} has no text");
        }
        if (round.State is RoundState.Answered or RoundState.Published)
        {
            if (listed.Any(n => !covered.Contains(n)))
                problems.Add("the answers were sent with a question unanswered");
            if (round.Answers.Any(a => !a.Approved))
                problems.Add("the answers were sent with one not approved");
        }
    }

    private static void Duplicated(IEnumerable<string> ids, string what, List<string> problems)
    {
        foreach (var id in ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
            problems.Add($"two {what} have the id {id}");
    }
}
