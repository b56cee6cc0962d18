using System.Globalization;
using System.Text.RegularExpressions;
using ParlQA.Model;
using ParlQA.Reading.Enrichment;
using ParlQA.Rounds.Domain;

namespace ParlQA.Rounds.Publishing;

/// <summary>
/// A round as the archive's document: the numbered list with its answers, groups, references and footnotes —
/// the same model the readers produce, and exactly what the PDF and HTML publications print (texts in their
/// published form, answers and footnotes in the order they are printed), so reading a publication back gives
/// this document again.
/// </summary>
public static partial class RoundDocument
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
        var printed = Printed(round);
        var answerOf = printed.SelectMany(p => p.Answer.QuestionNumbers.Select(n => (n, p.Answer))).ToDictionary(x => x.n, x => x.Answer);
        var labels = Labels(listed.Select(q => q.Number!.Value).ToList(), printed.Select(p => p.Answer).ToList());
        var questions = listed.Select(q =>
        {
            var text = OfficialText.Question(q);
            return new Question
            {
                Id = "q" + Number(q.Number!.Value),
                Label = Number(q.Number!.Value),
                Numbers = [q.Number!.Value],
                Text = text,
                Sources = Urls(text),
                AnswerId = answerOf.TryGetValue(q.Number!.Value, out var a) ? AnswerId(a) : null,
            };
        }).ToList();
        var answers = printed.Select(p => new Answer
        {
            Id = AnswerId(p.Answer),
            Label = labels[p.Answer.Id],
            QuestionIds = p.Answer.QuestionNumbers.Select(n => "q" + Number(n)).ToList(),
            Text = MarkedText.Strip(p.MarkedText),
            References = p.Answer.ReferenceTo is { } r ? [new Reference("q" + Number(r))] : [],
            FootnoteNumbers = p.Notes.Select(n => n.Number).ToList(),
        }).ToList();
        var document = new QaDocument
        {
            Id = IdOf(round),
            Kind = DocumentKind.QuestionList,
            Chamber = "Tweede Kamer",
            Subject = round.LetterTitle,
            Committee = round.Committee,
            Addressees = round.Ministers,
            // A letter known by its title alone is named in the subject; without date or Kamerstuk there is no letter to point to.
            SubjectLetter = round.LetterDate is not null || Kamerstuk(round.LetterCitation) is not null
                ? new SubjectLetter { Date = round.LetterDate, Citation = Kamerstuk(round.LetterCitation) } : null,
            SubmittedOn = round.SentOn,
            AnsweredOn = round.AnsweredOn,
            AnsweredBy = round.Ministers.Count > 0 ? OfficialText.Ministers(round) : null,
            Chair = round.Chair,
            Clerk = round.ClerkName,
            Questions = questions,
            Answers = answers,
            Footnotes = printed.SelectMany(p => p.Notes).ToList(),
            Source = new SourceInfo { Format = "round", Sha256 = Hash(round) },
        };
        // The ministers' promises go into the commitments register like those of any answer the readers read.
        return document with { Commitments = CommitmentFinder.InAnswers(document) };
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

    /// <summary>
    /// The answers as printed, each under the last of the questions it answers: the published text with its footnote
    /// markers where the officer put them (<see cref="MarkedText.Marker"/> of the document's number; footnotes without a marker after the last
    /// word), and its footnotes numbered through the document in the order their markers are printed.
    /// </summary>
    public static IReadOnlyList<PrintedAnswer> Printed(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var printed = new List<PrintedAnswer>();
        int next = 1;
        foreach (var answer in round.Answers.OrderBy(a => a.QuestionNumbers.Max()))
        {
            var text = PublishedText.Canonical(SpaceBeforeMarker().Replace(answer.Text, ""));
            var order = FootnoteMarkers.In(text).Where(n => n >= 1 && n <= answer.Footnotes.Count).Distinct().ToList();
            var unmarked = Enumerable.Range(1, answer.Footnotes.Count).Except(order).ToList();
            var number = order.Concat(unmarked).Select((n, i) => (n, Printed: next + i)).ToDictionary(x => x.n, x => x.Printed);
            var marked = FootnoteMarkers.Split(text).Aggregate("", (all, part) =>
                all + part.Text + (part.Marker is int n && number.TryGetValue(n, out var p) ? MarkedText.Marker(p) : ""));
            marked += string.Concat(unmarked.Select(n => MarkedText.Marker(number[n])));
            var notes = order.Concat(unmarked).Select(n =>
            {
                var note = PublishedText.Canonical(answer.Footnotes[n - 1]);
                return new Footnote { Number = number[n], Text = note, Urls = Urls(note) };
            }).ToList();
            printed.Add(new PrintedAnswer(answer, marked, notes));
            next += notes.Count;
        }
        return printed;
    }

    /// <summary>
    /// The number column of an answer: empty where the answer covers just the one question printed above it, as the
    /// Kamer prints it; the numbers it answers ("2–3", "2, 4") where it covers more, or where questions printed
    /// above it wait for a later answer — so a reader never has to guess which questions an answer covers.
    /// </summary>
    private static Dictionary<string, string?> Labels(IReadOnlyList<int> numbers, IReadOnlyList<DraftAnswer> printed)
    {
        var labels = new Dictionary<string, string?>();
        var waiting = new List<int>();
        var byLast = printed.ToDictionary(a => a.QuestionNumbers.Max());
        foreach (int n in numbers)
        {
            waiting.Add(n);
            if (!byLast.TryGetValue(n, out var answer))
                continue;
            bool plain = answer.QuestionNumbers.Count == 1 && waiting.Count == 1;
            labels[answer.Id] = plain ? null : RoundProcedure.Label(answer.QuestionNumbers);
            waiting.RemoveAll(answer.QuestionNumbers.Contains);
        }
        return labels;
    }

    private static Citation? Kamerstuk(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var match = KamerstukNumber().Match(text);
        return match.Success
            ? new Citation { Dossier = match.Groups[1].Value, Number = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), Text = text }
            : new Citation { Text = text };
    }

    /// <summary>The web addresses in a printed text, without the sentence's closing punctuation (as the readers find them).</summary>
    private static List<string> Urls(string text) =>
        Url().Matches(text).Select(m => TrimUrl(m.Value)).Where(u => u.Length > 8).Distinct().ToList();

    private static string TrimUrl(string url)
    {
        while (url.Length > 0)
        {
            char last = url[^1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '’' or '”')
                url = url[..^1];
            else if (last == ')' && url.Count(c => c == '(') < url.Count(c => c == ')'))
                url = url[..^1];
            else
                break;
        }
        return url;
    }

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>«»""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"(\d[\d ]*\d)\s*,\s*nr\.\s*(\d+)")]
    private static partial Regex KamerstukNumber();

    /// <summary>A marker is printed against the word before it: "het rapport [1]" as "het rapport¹".</summary>
    [GeneratedRegex(@"[ \t]+(?=\[[1-9][0-9]?\])")]
    private static partial Regex SpaceBeforeMarker();

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Hash(Round round) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{round.Id}:{round.Version}")));
}

/// <summary>An answer as printed: its text with footnote markers in the document's numbers ("[4]"), and its footnotes.</summary>
public sealed record PrintedAnswer(DraftAnswer Answer, string MarkedText, IReadOnlyList<Footnote> Notes);
