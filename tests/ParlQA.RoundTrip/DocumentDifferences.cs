using System.Globalization;
using ParlQA.Model;

namespace ParlQA.RoundTrip;

/// <summary>
/// What a document read back gets wrong against the document published: front matter, every question (label, text,
/// sources, answer), every answer (label, questions, text, references, footnotes) and every footnote. Each difference
/// has a kind without numbers ("answer text"), so a shrinker can keep a failure while it cuts a list down.
/// </summary>
public static class DocumentDifferences
{
    public static IReadOnlyList<Difference> Between(QaDocument published, QaDocument read)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(read);
        var found = new List<Difference>();
        void Check<T>(string kind, string where, T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
                found.Add(new Difference(kind, where, Show(expected), Show(actual)));
        }
        void CheckList(string kind, string where, IEnumerable<string> expected, IEnumerable<string> actual) =>
            Check(kind, where, string.Join(" | ", expected), string.Join(" | ", actual));

        Check("id", "document", published.Id, read.Id);
        Check("kind", "document", published.Kind, read.Kind);
        Check("chamber", "front matter", published.Chamber, read.Chamber);
        Check("committee", "front matter", published.Committee, read.Committee);
        CheckList("addressees", "front matter", published.Addressees, read.Addressees);
        Check("subject", "front matter", published.Subject, read.Subject);
        Check("letter date", "front matter", published.SubjectLetter?.Date, read.SubjectLetter?.Date);
        // A letter with neither date nor citation says nothing: the reader gives none (not "subjectLetter": {}).
        Check("letter", "front matter", Letter(published.SubjectLetter) == "named" ? "named" : "(none)", Letter(read.SubjectLetter));
        Check("letter citation", "front matter", published.SubjectLetter?.Citation?.Text, read.SubjectLetter?.Citation?.Text);
        Check("letter citation", "front matter", Kamerstuk(published.SubjectLetter?.Citation), Kamerstuk(read.SubjectLetter?.Citation));
        Check("answered on", "front matter", published.AnsweredOn, read.AnsweredOn);
        Check("answered by", "front matter", published.AnsweredBy, read.AnsweredBy);
        Check("chair", "front matter", published.Chair, read.Chair);
        Check("clerk", "front matter", published.Clerk, read.Clerk);

        CheckList("question ids", "document", published.Questions.Select(q => q.Id), read.Questions.Select(q => q.Id));
        foreach (var (expected, actual) in Pairs(published.Questions, read.Questions, q => q.Id))
        {
            var where = "question " + expected.Id;
            Check("question label", where, expected.Label, actual.Label);
            Check("question text", where, expected.Text, actual.Text);
            CheckList("question sources", where, expected.Sources, actual.Sources);
            Check("question answer", where, expected.AnswerId, actual.AnswerId);
        }

        CheckList("answer groups", "document", published.Answers.Select(Group), read.Answers.Select(Group));
        foreach (var (expected, actual) in Pairs(published.Answers, read.Answers, Group))
        {
            var where = "answer to " + Group(expected);
            Check("answer label", where, expected.Label, actual.Label);
            Check("answer text", where, expected.Text, actual.Text);
            CheckList("answer references", where, expected.References.Select(r => r.QuestionId), actual.References.Select(r => r.QuestionId));
            CheckList("answer footnotes", where, expected.FootnoteNumbers.Select(Number), actual.FootnoteNumbers.Select(Number));
        }

        CheckList("footnote numbers", "document", published.Footnotes.Select(f => Number(f.Number)), read.Footnotes.Select(f => Number(f.Number)));
        foreach (var (expected, actual) in Pairs(published.Footnotes, read.Footnotes, f => Number(f.Number)))
        {
            var where = "footnote " + Number(expected.Number);
            Check("footnote text", where, expected.Text, actual.Text);
            CheckList("footnote urls", where, expected.Urls, actual.Urls);
        }
        return found;
    }

    /// <summary>Items of both sides with the same key (what the key itself gets wrong is reported apart).</summary>
    private static IEnumerable<(T Expected, T Actual)> Pairs<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual, Func<T, string> key)
    {
        var byKey = actual.GroupBy(key).ToDictionary(g => g.Key, g => g.First());
        foreach (var item in expected)
        {
            if (byKey.TryGetValue(key(item), out var match))
                yield return (item, match);
        }
    }

    /// <summary>Whether a letter is named at all (a letter with neither date nor citation is none).</summary>
    private static string Letter(SubjectLetter? letter) => letter is null ? "(none)" : letter.Date is null && letter.Citation is null ? "(empty)" : "named";

    private static string? Kamerstuk(Citation? citation) => citation?.Dossier is { } dossier ? $"{dossier}, nr. {citation.Number}" : null;

    private static string Group(Answer answer) => string.Join(",", answer.QuestionIds);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Show<T>(T value) => value switch
    {
        null => "(none)",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

/// <summary>One thing read back differently: its kind ("answer text"), where ("answer to q3"), what was published and what was read.</summary>
public sealed record Difference(string Kind, string Where, string Expected, string Actual)
{
    /// <summary>The difference in one paragraph: where the texts part, with some context on both sides.</summary>
    public override string ToString()
    {
        int at = 0;
        while (at < Expected.Length && at < Actual.Length && Expected[at] == Actual[at])
            at++;
        int from = Math.Max(0, at - 40);
        string Around(string s) => Escape(s[Math.Min(from, s.Length)..Math.Min(s.Length, at + 60)]);
        return $"{Where}: {Kind} differs at character {at}\n  published: …{Around(Expected)}…\n  read back: …{Around(Actual)}…";
    }

    private static string Escape(string s) => s.Replace("\n", "⏎", StringComparison.Ordinal).Replace("\u00A0", "⍽", StringComparison.Ordinal);
}
