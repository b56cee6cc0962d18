using System.Globalization;
using CsCheck;
using ParlQA.Model;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Publishing;
using static ParlQA.Rounds.Tests.Scenario;

namespace ParlQA.Rounds.Tests;

/// <summary>
/// A state-machine property test: random sequences of steps by everyone (mostly steps the state allows, taken by
/// the role that may take them, now and then anything by anyone), with days passing. After every step the round is
/// consistent, and whatever the sequence, the round can still be taken on to publication and its document reads as
/// expected. CI runs <see cref="Iterations"/> sequences; set PARLQA_PROPERTY_ITERATIONS for more.
/// </summary>
public sealed class RoundStateMachineTests
{
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("PARLQA_PROPERTY_ITERATIONS"), CultureInfo.InvariantCulture, out var n) ? n : 300;

    private enum Kind
    {
        Open, SetDeadline, Submit, EditQuestion, Withdraw, Close, Merge, Reorder, Send,
        Postpone, DraftAnswer, EditAnswer, Approve, ReturnAnswer, SendAnswers, Publish, DaysPass,
    }

    /// <summary>A step: what, whether it is taken as the state suggests or as drawn (<see cref="Raw"/>), by whom, and three numbers to pick its input.</summary>
    private sealed record Op(Kind Kind, bool Raw, int Actor, int A, int B, int C);

    private static readonly Gen<Op> Ops = Gen.Select(Gen.Enum<Kind>(), Gen.Int[0, 9], Gen.Int[0, Everyone.Length], Gen.Int[0, 9], Gen.Int[0, 9], Gen.Int[0, 3],
        (kind, raw, actor, a, b, c) => new Op(kind, raw == 0, actor, a, b, c));

    private static readonly string[] Texts =
    [
        "Hoeveel Tibetaanse politieke gevangenen zijn er?", "Hoeveel politieke gevangenen uit Tibet zijn er?", "Wat doet de regering voor hen?",
        "Welke stappen zet de EU?", "Welke stappen zet Nederland zelf?", "Hoe vaak sprak de minister zijn ambtgenoot hierover?",
    ];

    [Fact]
    public void AnySequenceOfSteps_LeavesTheRoundConsistent_AndItCanStillBePublished()
    {
        var reached = new HashSet<RoundState>();
        Ops.Array[1, 150].Sample(ops =>
        {
            var (round, now) = Run(ops);
            lock (reached)
                reached.Add(round.State);
            var published = Finish(round, now);
            CheckDocument(published);
        }, iter: Iterations);

        // The generator reaches the ministry's part of the procedure, not only the committee's.
        Assert.Contains(reached, s => s is RoundState.Sent or RoundState.Postponed or RoundState.Answered or RoundState.Published);
    }

    private static (Round Round, DateTimeOffset Now) Run(IEnumerable<Op> ops)
    {
        var round = Draft();
        var now = Now;
        foreach (var op in ops)
        {
            if (op.Kind == Kind.DaysPass)
            {
                now = now.AddDays(op.A);
                continue;
            }
            try
            {
                round = Apply(round, op, now);
            }
            catch (RoundException)
            {
                // Refused (403, 409, 400, 404): the round stays as it was.
            }
            Consistent(round);
        }
        return (round, now);
    }

    private static Round Apply(Round round, Op op, DateTimeOffset now)
    {
        var kind = op.Raw ? op.Kind : Plausible(round.State)[(int)op.Kind % Plausible(round.State).Length];
        var standing = round.Standing.ToList();
        var numbers = round.InListOrder().Where(q => q.Number is not null).Select(q => q.Number!.Value).ToList();
        var answer = round.Answers.Count == 0 ? null : round.Answers[op.A % round.Answers.Count];
        var version = answer is null ? 1 : op.C == 0 ? answer.Version - 1 : answer.Version;
        string Question(int i) => standing.Count > 0 && op.C > 0 ? standing[i % standing.Count].Id : "s" + (i + 1).ToString(CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return kind switch
        {
            Kind.Open => RoundProcedure.Open(round, Actor(op, Clerk), now),
            Kind.SetDeadline => RoundProcedure.SetDeadline(round, Actor(op, Clerk), op.A == 9 ? null : today.AddDays(op.A - 2), now),
            Kind.Submit => RoundProcedure.Submit(round, Actor(op, op.B % 2 == 0 ? Scenario.Member : OtherMember), Texts[op.A % Texts.Length],
                op.C == 3 ? ["https://www.hrw.org/report"] : [], now),
            Kind.EditQuestion => RoundProcedure.EditQuestion(round, Actor(op, Scenario.Member), Question(op.A), Texts[op.B % Texts.Length] + " En nu?", [], now),
            Kind.Withdraw => RoundProcedure.Withdraw(round, Actor(op, op.B % 2 == 0 ? Scenario.Member : OtherMember), Question(op.A), now),
            Kind.Close => RoundProcedure.Close(round, Actor(op, Clerk), now),
            Kind.Merge => RoundProcedure.Merge(round, Actor(op, Clerk), Question(op.A), Question(op.B), now),
            Kind.Reorder => RoundProcedure.Reorder(round, Actor(op, Clerk), Rotated(standing, op), now),
            Kind.Send => RoundProcedure.Send(round, Actor(op, Clerk), op.C == 1 ? null : Rotated(standing, op), now),
            Kind.Postpone => RoundProcedure.Postpone(round, Actor(op, op.B % 2 == 0 ? Officer : Approver), op.C == 0 ? "" : "advies nodig",
                (round.DueOn ?? today).AddDays(op.A), now),
            Kind.DraftAnswer => RoundProcedure.DraftAnswer(round, Actor(op, op.B % 2 == 0 ? Officer : OtherOfficer), null, null,
                Group(numbers, op), AnswerText(op), op.B == 9 && numbers.Count > 0 ? numbers[^1] : null, Notes(op), now),
            Kind.EditAnswer => RoundProcedure.DraftAnswer(round, Actor(op, Officer), answer?.Id ?? "d1", version, Group(numbers, op), AnswerText(op), null, Notes(op), now),
            Kind.Approve => RoundProcedure.Approve(round, Actor(op, Approver), answer?.Id ?? "d1", version, now),
            Kind.ReturnAnswer => RoundProcedure.ReturnAnswer(round, Actor(op, Approver), answer?.Id ?? "d1", version, op.B == 0 ? "" : "Graag concreter.", now),
            Kind.SendAnswers => RoundProcedure.SendAnswers(round, Actor(op, Approver), now),
            Kind.Publish => RoundProcedure.Publish(round, Actor(op, Clerk), RoundDocument.IdOf(round), now),
            _ => throw new InvalidOperationException($"{kind} is not a step"),
        };
    }

    /// <summary>The steps a state suggests: what the people of the round would try next.</summary>
    private static Kind[] Plausible(RoundState state) => state switch
    {
        RoundState.Draft => [Kind.Open, Kind.SetDeadline],
        RoundState.Open => [Kind.Submit, Kind.Submit, Kind.Submit, Kind.EditQuestion, Kind.Withdraw, Kind.SetDeadline, Kind.Close],
        RoundState.Closed => [Kind.Merge, Kind.Reorder, Kind.Send],
        RoundState.Sent or RoundState.Postponed =>
            [Kind.DraftAnswer, Kind.DraftAnswer, Kind.EditAnswer, Kind.Approve, Kind.Approve, Kind.ReturnAnswer, Kind.Postpone, Kind.SendAnswers],
        _ => [Kind.Publish],
    };

    /// <summary>Mostly the one whose step it is; a raw step is taken by anyone (or no one).</summary>
    private static User Actor(Op op, User suggested) => !op.Raw ? suggested : op.Actor < Everyone.Length ? Everyone[op.Actor] : null!;

    private static List<string> Rotated(List<RoundQuestion> standing, Op op)
    {
        var ids = standing.Select(q => q.Id).ToList();
        var rotated = ids.Skip(op.A % Math.Max(1, ids.Count)).Concat(ids.Take(op.A % Math.Max(1, ids.Count))).ToList();
        return op.C == 0 && rotated.Count > 0 ? rotated.Skip(1).ToList() : rotated;
    }

    private static List<int> Group(List<int> numbers, Op op)
    {
        if (numbers.Count == 0)
            return [op.A + 1];
        int from = op.A % numbers.Count;
        return numbers.Skip(from).Take(op.C == 0 ? 1 : op.C).ToList();
    }

    private static string AnswerText(Op op) => op.B switch
    {
        0 => "",
        1 => "Zie het rapport[1].",
        2 => "Zie het rapport[2] en de brief[1].",
        _ => "Het kabinet beschikt niet over betrouwbare cijfers.",
    };

    private static List<string> Notes(Op op) => op.C switch
    {
        0 => [],
        1 => ["Rapport, https://www.hrw.org/report"],
        _ => ["Rapport, https://www.hrw.org/report", "Kamerbrief"],
    };

    /// <summary>Takes the round to publication by the shortest way, whatever state it is in; every step must be allowed.</summary>
    private static Round Finish(Round round, DateTimeOffset now)
    {
        for (int step = 0; round.State != RoundState.Published; step++)
        {
            Assert.True(step < 20, $"no way to publication from {round.State}");
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            round = round.State switch
            {
                RoundState.Draft => RoundProcedure.Open(round, Clerk, now),
                RoundState.Open when round.Standing.Any() => RoundProcedure.Close(round, Clerk, now),
                RoundState.Open when round.QuestionDeadline < today => RoundProcedure.SetDeadline(round, Clerk, today.AddDays(7), now),
                RoundState.Open => RoundProcedure.Submit(round, Scenario.Member, "Nog een vraag?", [], now),
                RoundState.Closed => RoundProcedure.Send(round, Clerk, null, now),
                RoundState.Sent or RoundState.Postponed => Answer(round, now),
                _ => RoundProcedure.Publish(round, Clerk, RoundDocument.IdOf(round), now),
            };
            Consistent(round);
        }
        return round;
    }

    private static Round Answer(Round round, DateTimeOffset now)
    {
        foreach (var number in round.InListOrder().Select(q => q.Number!.Value).Where(n => round.AnswerTo(n) is null).ToList())
            round = RoundProcedure.DraftAnswer(round, Officer, null, null, [number], $"Antwoord op vraag {number}.", null, [], now);
        foreach (var answer in round.Answers.Where(a => !a.Approved).ToList())
            round = RoundProcedure.Approve(round, Approver, answer.Id, answer.Version, now);
        return RoundProcedure.SendAnswers(round, Approver, now);
    }

    private static void Consistent(Round round)
    {
        Assert.Empty(RoundInvariants.Problems(round));
        Assert.Equal(round.History.Count, round.Version);
        foreach (var user in Everyone.Append(null))
            _ = RoundView.For(user, round);
    }

    /// <summary>The published document: the list numbered 1…n, each question answered once, ids unique, footnotes numbered through, no markers left.</summary>
    private static void CheckDocument(Round round)
    {
        QaDocument document = RoundDocument.From(round);
        var listed = round.InListOrder();
        Assert.Equal(listed.Select(q => "q" + q.Number!.Value.ToString(CultureInfo.InvariantCulture)), document.Questions.Select(q => q.Id));
        Assert.Equal(listed.Select(OfficialText.Question), document.Questions.Select(q => q.Text));
        Assert.Equal(document.Answers.Count, document.Answers.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var question in document.Questions)
        {
            var answer = Assert.Single(document.Answers, a => a.QuestionIds.Contains(question.Id));
            Assert.Equal(answer.Id, question.AnswerId);
        }
        Assert.All(document.Answers, a => Assert.Empty(FootnoteMarkers.In(a.Text)));
        Assert.Equal(Enumerable.Range(1, document.Footnotes.Count), document.Answers.SelectMany(a => a.FootnoteNumbers).Order());
        Assert.Equal(Enumerable.Range(1, document.Footnotes.Count), document.Footnotes.Select(f => f.Number));
    }
}
