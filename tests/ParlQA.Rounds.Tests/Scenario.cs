using ParlQA.Rounds.Domain;

namespace ParlQA.Rounds.Tests;

/// <summary>The people of a round and a round walked through the procedure, for the tests.</summary>
internal static class Scenario
{
    public const string Committee = "vaste commissie voor Buitenlandse Zaken";
    public const string Ministry = "Buitenlandse Zaken";

    public static readonly DateTimeOffset Now = new(2020, 5, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly User Clerk = new("clerk", "Konings", Role.Clerk, Committee: Committee);
    public static readonly User Member = new("sjoerdsma", "Sjoerdsma", Role.Member, Committee: Committee, Party: "D66");
    public static readonly User OtherMember = new("van-helvert", "Van Helvert", Role.Member, Committee: Committee, Party: "CDA");
    public static readonly User ForeignMember = new("outsider", "Buiten", Role.Member, Committee: "vaste commissie voor Financiën", Party: "SP");
    public static readonly User Officer = new("officer", "Ambtenaar", Role.Officer, Ministry: Ministry);
    public static readonly User OtherOfficer = new("officer-2", "Tweede ambtenaar", Role.Officer, Ministry: Ministry);
    public static readonly User Approver = new("approver", "Directeur", Role.Approver, Ministry: Ministry);
    public static readonly User ForeignOfficer = new("fin-officer", "Financiën", Role.Officer, Ministry: "Financiën");
    public static readonly User Administrator = new("admin", "Beheer", Role.Administrator);

    public static readonly User[] Everyone = [Clerk, Member, OtherMember, ForeignMember, Officer, Approver, ForeignOfficer, Administrator];

    public static NewRound Spec => new(Committee, "de toelichting op het mensenrechtenbeleid ten aanzien van China", new DateOnly(2019, 11, 11),
        "Kamerstuk 35 207, nr. 32", ["Minister van Buitenlandse Zaken"], Ministry, new DateOnly(2020, 5, 15), 21, "P. Dijkstra");

    public static Round Draft() => RoundProcedure.Create("r1", Spec, Clerk, Now);

    /// <summary>Open, with questions from two members (one a duplicate of another), closed and the duplicate merged.</summary>
    public static Round Closed()
    {
        var round = RoundProcedure.Open(Draft(), Clerk, Now);
        round = RoundProcedure.Submit(round, Member, "Hoeveel Tibetaanse politieke gevangenen zijn er?", ["https://www.hrw.org/report"], Now);
        round = RoundProcedure.Submit(round, OtherMember, "Hoeveel politieke gevangenen uit Tibet zijn er?", [], Now);
        round = RoundProcedure.Submit(round, OtherMember, "Wat doet de regering voor hen?", [], Now);
        round = RoundProcedure.Submit(round, Member, "En welke stappen zet de EU?", [], Now);
        round = RoundProcedure.Submit(round, Member, "Hoeveel politieke gevangenen zitten er momenteel vast in Tibet?", [], Now);
        round = RoundProcedure.Close(round, Clerk, Now);
        return RoundProcedure.Merge(round, Clerk, "s2", "s1", Now);
    }

    public static Round Sent() => RoundProcedure.Send(Closed(), Clerk, null, Now);

    /// <summary>Question 1 answered alone (with a footnote), 2 and 3 together, 4 by reference to 1; all approved and sent.</summary>
    public static Round Answered()
    {
        var round = Sent();
        round = RoundProcedure.DraftAnswer(round, Officer, null, null, [1], "Het kabinet beschikt niet over betrouwbare cijfers.", null, ["Human Rights Watch, https://www.hrw.org/report"], Now);
        round = RoundProcedure.DraftAnswer(round, Officer, null, null, [2, 3], "De EU en Nederland vragen aandacht voor hun lot.", null, [], Now);
        round = RoundProcedure.DraftAnswer(round, Officer, null, null, [4], "", 1, [], Now);
        foreach (var answer in round.Answers)
            round = RoundProcedure.Approve(round, Approver, answer.Id, answer.Version, Now);
        return RoundProcedure.SendAnswers(round, Approver, Now.AddDays(20));
    }
}
