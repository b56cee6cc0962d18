using System.Globalization;
using ParlQA.Model;
using ParlQA.Rounds.Domain;

namespace ParlQA.Rounds.Publishing;

/// <summary>
/// A round as the archive's document: the numbered list with its answers, groups, references and footnotes —
/// the same model the readers produce, so a published round is searched, linked and cited like any other.
/// </summary>
public static class RoundDocument
{
    /// <summary>The archive id of a round's publication.</summary>
    public static string IdOf(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return "pq-" + round.Id;
    }

    public static QaDocument From(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var listed = round.Standing.Where(q => q.Number is not null).OrderBy(q => q.Number).ToList();
        var answerOf = round.Answers.SelectMany(a => a.QuestionNumbers.Select(n => (n, a))).ToDictionary(x => x.n, x => x.a);
        var footnotes = Footnotes(round);
        var firstNote = FirstNotes(round);
        var questions = listed.Select(q => new Question
        {
            Id = "q" + Number(q.Number!.Value),
            Label = Number(q.Number!.Value),
            Numbers = [q.Number!.Value],
            Text = q.Text,
            Sources = q.Sources,
            AnswerId = answerOf.TryGetValue(q.Number!.Value, out var a) ? AnswerId(a) : null,
        }).ToList();
        var answers = round.Answers.OrderBy(a => a.QuestionNumbers.Min()).Select(a => new Answer
        {
            Id = AnswerId(a),
            // As printed: only a grouped answer carries the numbers it answers ("2–3").
            Label = a.QuestionNumbers.Count > 1 ? RoundProcedure.Label(a.QuestionNumbers) : null,
            QuestionIds = a.QuestionNumbers.Select(n => "q" + Number(n)).ToList(),
            Text = FootnoteMarkers.Strip(a.Text),
            References = a.ReferenceTo is { } r ? [new Reference("q" + Number(r))] : [],
            FootnoteNumbers = a.Footnotes.Select((_, i) => firstNote[a.Id] + i).ToList(),
        }).ToList();
        return new QaDocument
        {
            Id = IdOf(round),
            Kind = DocumentKind.QuestionList,
            Chamber = "Tweede Kamer",
            Subject = round.LetterTitle,
            Committee = round.Committee,
            Addressees = round.Ministers,
            SubjectLetter = new SubjectLetter { Date = round.LetterDate, Citation = Kamerstuk(round.LetterCitation) },
            SubmittedOn = round.SentOn,
            AnsweredOn = round.AnsweredOn,
            AnsweredBy = round.Ministers.Count > 0 ? round.Ministers[0] : null,
            Chair = round.Chair,
            Clerk = round.ClerkName,
            Questions = questions,
            Answers = answers,
            Footnotes = footnotes.Select((f, i) => new Footnote { Number = i + 1, Text = f.Text, Urls = Urls(f.Text) }).ToList(),
            Source = new SourceInfo { Format = "round", Sha256 = Hash(round) },
        };
    }

    /// <summary>
    /// An answer's id in the document, as the readers make it: "a" and the first number it answers. The round's own
    /// ids ("d3") say in which order answers were drafted, which no reader of the document could know.
    /// </summary>
    public static string AnswerId(DraftAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return "a" + Number(answer.QuestionNumbers.Min());
    }

    /// <summary>Footnotes numbered through the document, in the order of the answers that carry them.</summary>
    private static List<(string AnswerId, string Text)> Footnotes(Round round) =>
        round.Answers.OrderBy(a => a.QuestionNumbers.Min()).SelectMany(a => a.Footnotes.Select(f => (a.Id, f))).ToList();

    /// <summary>The document's number of each answer's first footnote (its k-th footnote is that plus k).</summary>
    public static IReadOnlyDictionary<string, int> FirstNotes(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        int next = 1;
        foreach (var answer in round.Answers.OrderBy(a => a.QuestionNumbers.Min()))
        {
            first[answer.Id] = next;
            next += answer.Footnotes.Count;
        }
        return first;
    }

    private static Citation? Kamerstuk(string? text)
    {
        if (text is null)
            return null;
        var match = System.Text.RegularExpressions.Regex.Match(text, @"(\d[\d ]*\d)\s*,\s*nr\.\s*(\d+)");
        return match.Success
            ? new Citation { Dossier = match.Groups[1].Value, Number = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), Text = text }
            : new Citation { Text = text };
    }

    private static List<string> Urls(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"https?://\S+[^\s.,;:)]").Select(m => m.Value).ToList();

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Hash(Round round) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{round.Id}:{round.Version}")));
}
