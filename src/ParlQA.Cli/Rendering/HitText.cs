using System.Globalization;
using ParlQA.Archive;
using ParlQA.Archive.Search;

namespace ParlQA.Cli.Rendering;

/// <summary>A search hit as the terminal shows it, and as a JSON line for scripts: where it is, the document's title,
/// who asked and answered it when, the question's passage and, when the match is there, the answer's.</summary>
internal static class HitText
{
    public static void Write(TextWriter output, SearchHit hit, SearchSort sort)
    {
        output.WriteLine($"{Lead(hit, sort)}  {hit.DocumentId}#{hit.QuestionId}{(Title(hit) is { } title ? "  " + Shorten(title, 90) : "")}");
        if (Facts(hit) is { Length: > 0 } facts)
            output.WriteLine("         " + facts);
        output.WriteLine("         Q: " + hit.Snippet);
        if (hit.AnswerSnippet is { } answer)
            output.WriteLine("         A: " + answer);
    }

    /// <summary>What the hit's document is about: its title or subject, else (read without either) what kind of document it is.</summary>
    public static string? Title(SearchHit hit) => hit.Title ?? DocumentFacts.Kind(hit.Kind);

    /// <summary>What a hit's line starts with: its score, or in a search by date its date (answered, else asked), which
    /// is what orders it there (every hit scores 0 then).</summary>
    public static string Lead(SearchHit hit, SearchSort sort) => sort == SearchSort.Date
        ? (hit.AnsweredOn ?? hit.SubmittedOn)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated   "
        : string.Create(CultureInfo.InvariantCulture, $"{hit.Score,7:0.00}");

    /// <summary>"asked by Mutluer (GroenLinks-PvdA), Kostić (PvdD) on 2024-03-06; answered by Minister Dijkgraaf on 2024-03-25".</summary>
    public static string Facts(SearchHit hit)
    {
        var parts = new List<string>();
        if (hit.AskedBy.Count > 0 || hit.SubmittedOn is not null)
            parts.Add("asked" + (hit.AskedBy.Count > 0 ? " by " + string.Join(", ", hit.AskedBy.Select(m => m.Party is null ? m.Name : $"{m.Name} ({m.Party})")) : "") + On(hit.SubmittedOn));
        if (hit.AnsweredBy is not null || hit.AnsweredOn is not null)
            parts.Add("answered" + (hit.AnsweredBy is { } by ? " by " + by : "") + On(hit.AnsweredOn));
        else if (hit.Answer is null)
            parts.Add("not answered");
        return string.Join("; ", parts);
    }

    /// <summary>What the page says before its hits: a corrected query, words not all matched, "did you mean".</summary>
    public static void WriteNotes(TextWriter output, SearchPage page)
    {
        var typed = string.Join(" ", page.DidYouMean.Select(s => s.Word));
        var meant = string.Join(" ", page.DidYouMean.Select(s => s.Suggested));
        if (page.Corrected)
            output.WriteLine($"nothing matches '{typed}'; these are the results for '{meant}'");
        else if (page.DidYouMean.Count > 0)
            output.WriteLine($"did you mean '{meant}' (for '{typed}')?");
        if (page.RelaxedWords.Count > 0)
            output.WriteLine($"too few questions have all of {string.Join(", ", page.RelaxedWords)}: those with at least {page.RelaxedTo} of them, most first");
    }

    public static SearchLine Line(SearchHit hit) =>
        new(hit.DocumentId, hit.QuestionId, Math.Round(hit.Score, 3), hit.Snippet)
        {
            Label = hit.Label,
            Title = hit.Title,
            AskedBy = [.. hit.AskedBy.Select(m => m.Party is null ? m.Name : $"{m.Name} ({m.Party})")],
            AnsweredBy = hit.AnsweredBy,
            SubmittedOn = hit.SubmittedOn,
            AnsweredOn = hit.AnsweredOn,
            AnswerSnippet = hit.AnswerSnippet,
        };

    private static string On(DateOnly? date) => date is { } d ? " on " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
