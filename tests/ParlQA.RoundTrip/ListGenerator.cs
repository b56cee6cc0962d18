using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ParlQA.RoundTrip;

/// <summary>
/// Generates a committee's list of questions and answers from a seed, with what real lists have: 1–300 questions
/// (most under 30), one line to several paragraphs, bullets, rows of figures, answers to several questions at once
/// (adjacent and not), answers by reference ("Zie het antwoord op vraag 1"), answers that begin with figures or with
/// "Vraag …", questions that begin with figures, up to three footnotes per answer, long web addresses, diacritics
/// and «guillemets», hyphenated compounds and suspended hyphens, members' sources, lists with and without a chair.
/// The same seed gives the same list.
/// </summary>
public sealed partial class ListGenerator
{
    private readonly Random _random;

    private ListGenerator(int seed) => _random = new Random(seed);

    public static GeneratedList Generate(int seed) => new ListGenerator(seed).List(seed);

    private GeneratedList List(int seed)
    {
        var (committee, minister, second, ministry) = Pick(Phrases.Committees);
        var sent = new DateOnly(2019, 1, 7).AddDays(_random.Next(5 * 365));
        int count = Chance(0.70) ? _random.Next(1, 31) : Chance(0.73) ? _random.Next(31, 101) : _random.Next(101, 301);
        var questions = Enumerable.Range(1, count).Select(_ => Question()).ToList();
        return new GeneratedList
        {
            Seed = seed,
            Committee = committee,
            LetterTitle = Pick(Phrases.Letters),
            LetterDate = Chance(0.9) ? sent.AddDays(-_random.Next(10, 60)) : null,
            LetterCitation = Chance(0.8) ? Pick(Phrases.Citations) : null,
            Ministers = Chance(0.85) ? [minister] : [minister, second],
            Ministry = ministry,
            Chair = Chance(0.85) ? Pick(Phrases.Chairs) : null,
            Clerk = Pick(Phrases.Clerks),
            SentOn = sent,
            AnsweredOn = sent.AddDays(_random.Next(10, 60)),
            Questions = questions,
            Answers = Answers(count),
        };
    }

    private GeneratedQuestion Question()
    {
        var (member, party) = Pick(Phrases.Members);
        double kind = _random.NextDouble();
        string text = kind switch
        {
            < 0.40 => Sentence(Phrases.Asking),
            < 0.75 => Sentences(Phrases.Telling, _random.Next(1, 3)) + " " + Sentences(Phrases.Asking, _random.Next(1, 3)),
            < 0.83 => Sentence(Phrases.StartingWithFigures) + " " + Sentence(Phrases.Asking),
            < 0.90 => Sentences(Phrases.Telling, 2) + "\n\n" + Sentence(Phrases.Asking),
            < 0.95 => "Kunt u per onderdeel aangeven:\n• hoeveel " + Fill("{group}") + " het betreft;\n• welke rol " + Fill("{org}") + " daarbij speelt?",
            _ => $"Heeft u kennisgenomen van het bericht op {Url()}? " + Sentence(Phrases.Asking),
        };
        double sources = _random.NextDouble();
        IReadOnlyList<string> urls = sources < 0.80 ? [] : sources < 0.95 ? [Url()] : Enumerable.Range(0, _random.Next(2, 4)).Select(_ => Url()).ToList();
        return new GeneratedQuestion(text, urls, member, party);
    }

    /// <summary>Who answers what: mostly one question at a time, sometimes a run of two to four, sometimes two apart.</summary>
    private List<GeneratedAnswer> Answers(int count)
    {
        var answered = new bool[count + 2];
        var answers = new List<GeneratedAnswer>();
        for (int i = 1; i <= count; i++)
        {
            if (answered[i])
                continue;
            var numbers = new List<int> { i };
            double kind = _random.NextDouble();
            if (kind < 0.10)
            {
                int size = _random.Next(2, 5);
                for (int j = i + 1; j <= count && numbers.Count < size && !answered[j]; j++)
                    numbers.Add(j);
            }
            else if (kind < 0.14)
            {
                var later = Enumerable.Range(i + 2, 4).Where(j => j <= count && !answered[j]).ToList();
                if (later.Count > 0)
                    numbers.Add(Pick(later));
            }
            foreach (int n in numbers)
                answered[n] = true;
            answers.Add(Answer(numbers, count));
        }
        return answers;
    }

    private GeneratedAnswer Answer(List<int> numbers, int count)
    {
        if (numbers.Count == 1 && count > 1 && Chance(0.08))
        {
            int target;
            do
                target = Chance(0.7) && numbers[0] > 1 ? _random.Next(1, numbers[0]) : _random.Next(1, count + 1);
            while (target == numbers[0]);
            var text = Pick(Phrases.References) + (Chance(0.3) ? " " + Sentence(Phrases.Telling) : "");
            return new GeneratedAnswer(numbers, text, target, Footnotes());
        }
        var body = Body(numbers.Count);
        if (numbers.Count > 1 && Chance(0.3))
            body = Pick(Phrases.TogetherOpenings) + " " + body;
        var notes = Footnotes();
        // A marker without a place is printed after the answer's last word: the answer ends in a sentence, not in figures.
        if (notes.Count > 0 && !body.EndsWith('.'))
            body += "\n\n" + Sentence(Phrases.Telling);
        if (notes.Count > 0 && Chance(0.5))
            body = Marked(body, notes.Count);
        return new GeneratedAnswer(numbers, body, null, notes);
    }

    /// <summary>The officer's markers ("[2]") put after some words, as answer letters place footnotes; the others go after the text.</summary>
    private string Marked(string body, int notes)
    {
        var words = body.Split(' ');
        var places = Enumerable.Range(0, words.Length).Where(i => MarkerPlace().IsMatch(words[i])).ToList();
        for (int n = 1; n <= notes && places.Count > 0; n++)
        {
            if (!Chance(0.7))
                continue;
            int at = Pick(places);
            words[at] += "[" + n.ToString(CultureInfo.InvariantCulture) + "]";
        }
        return string.Join(' ', words);
    }

    private string Body(int answering)
    {
        double kind = _random.NextDouble();
        return kind switch
        {
            < 0.15 => Pick(Phrases.Short),
            < 0.25 => Sentence(Phrases.StartingWithFigures) + (Chance(0.6) ? " " + Sentences(Phrases.Telling, _random.Next(1, 3)) : ""),
            < 0.28 when answering == 1 => Pick(Phrases.QuestionOpenings) + " " + Sentence(Phrases.Telling),
            < 0.60 => Sentences(Phrases.Telling, _random.Next(1, 5)),
            < 0.80 => string.Join("\n\n", Enumerable.Range(0, _random.Next(2, 5)).Select(_ => Sentences(Phrases.Telling, _random.Next(1, 5)))),
            < 0.90 => Bullets(),
            < 0.95 => Figures(),
            _ => $"Meer informatie staat op {Url()}. " + Sentence(Phrases.Telling),
        };
    }

    private string Bullets()
    {
        var text = new StringBuilder();
        if (Chance(0.5))
            text.Append(Sentences(Phrases.Telling, _random.Next(1, 3))).Append("\n\n");
        text.Append(Pick(Phrases.ListLeads));
        char bullet = Chance(0.8) ? '•' : '–';
        int items = _random.Next(2, 6);
        for (int i = 0; i < items; i++)
            text.Append('\n').Append(bullet).Append(' ').Append(Fill("{measure}")).Append(i == items - 1 ? '.' : ';');
        if (Chance(0.5))
            text.Append("\n\n").Append(Sentences(Phrases.Telling, _random.Next(1, 3)));
        return text.ToString();
    }

    /// <summary>A small table of figures: a head row and a row per year, each on a line of its own.</summary>
    private string Figures()
    {
        var text = new StringBuilder(Sentence(Phrases.Telling)).Append(" De cijfers zijn als volgt:\n\n");
        text.Append("Jaar Aantal Bedrag (x €").Append(Phrases.Nbsp).Append("1.000)");
        int first = _random.Next(2015, 2020);
        for (int year = first; year < first + _random.Next(2, 6); year++)
            text.Append('\n').Append(year.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Fill("{count}")).Append(' ').Append(Fill("{count}"));
        if (Chance(0.5))
            text.Append("\n\n").Append(Sentence(Phrases.Telling));
        return text.ToString();
    }

    private List<string> Footnotes()
    {
        double kind = _random.NextDouble();
        int count = kind < 0.75 ? 0 : kind < 0.90 ? 1 : kind < 0.97 ? 2 : 3;
        return Enumerable.Range(0, count).Select(_ => Capitalised(Fill(Pick(Phrases.NoteSources))) + (Chance(0.4) ? ", " + Url() : "")).ToList();
    }

    /// <summary>A web address of 40 to 200 characters, with a query string now and then.</summary>
    private string Url()
    {
        var path = Enumerable.Range(0, _random.Next(1, 9)).Select(_ => Pick(Phrases.PathWords) + (Chance(0.3) ? "-" + Pick(Phrases.PathWords) : ""));
        var url = "https://" + Pick(Phrases.Domains) + "/" + string.Join("/", path);
        if (Chance(0.2))
            url += "?id=2022D" + _random.Next(10000, 99999).ToString(CultureInfo.InvariantCulture) + "&did=2022D" + _random.Next(10000, 99999).ToString(CultureInfo.InvariantCulture);
        return url;
    }

    private string Sentences(string[] patterns, int count) => string.Join(" ", Enumerable.Range(0, count).Select(_ => Sentence(patterns)));

    private string Sentence(string[] patterns) => Capitalised(Fill(Pick(patterns)));

    private string Fill(string pattern) => Slot().Replace(pattern, m => Fill(Pick(Phrases.Slots[m.Groups[1].Value])));

    private static string Capitalised(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private T Pick<T>(IReadOnlyList<T> choices) => choices[_random.Next(choices.Count)];

    private bool Chance(double p) => _random.NextDouble() < p;

    [GeneratedRegex(@"\{(group|topic|place|year|amount|count|percent|org|clause|goal|hint|date|measure)\}")]
    private static partial Regex Slot();

    /// <summary>A word a footnote marker may follow: it ends in a letter, or in punctuation after a letter (not a figure, not an address).</summary>
    [GeneratedRegex(@"^[^/{\[\n]*\p{L}[.,:;?!»”]?$")]
    private static partial Regex MarkerPlace();
}
