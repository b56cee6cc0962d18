using System.Text;
using ParlQA.Model;
using ParlQA.Reading;
using ParlQA.Rounds.Publishing;

namespace ParlQA.RoundTrip;

/// <summary>The forms a published list is read back from.</summary>
[Flags]
public enum PublishedForm
{
    Pdf = 1,

    /// <summary>The text pdftotext makes of the PDF.</summary>
    PdfText = 2,

    Html = 4,

    All = Pdf | PdfText | Html,
}

/// <summary>
/// The round trip: a generated list is published through the round's publisher (PDF, and HTML) and read back by
/// ParlQA's readers — from the PDF, from the text pdftotext makes of it, and from the HTML — and each document read
/// is compared with the document published.
/// </summary>
public static class PublishedRoundTrip
{
    public static RoundTripResult Check(GeneratedList list, PublishedForm forms)
    {
        ArgumentNullException.ThrowIfNull(list);
        var round = list.ToRound();
        var published = RoundDocument.From(round);
        var results = new List<FormResult>();
        byte[]? pdf = forms.HasFlag(PublishedForm.Pdf) || forms.HasFlag(PublishedForm.PdfText) ? RoundPdf.Write(round) : null;
        if (forms.HasFlag(PublishedForm.Pdf))
            results.Add(Compare(PublishedForm.Pdf, published, pdf!, "list.pdf"));
        if (forms.HasFlag(PublishedForm.PdfText))
            results.Add(Compare(PublishedForm.PdfText, published, Encoding.UTF8.GetBytes(PdfToText.Run(pdf!)), "list.txt"));
        if (forms.HasFlag(PublishedForm.Html))
            results.Add(Compare(PublishedForm.Html, published, Encoding.UTF8.GetBytes(HtmlPage(round.LetterTitle, RoundHtml.Article(round))), "list.html"));
        return new RoundTripResult(results);
    }

    /// <summary>The article as a page of its own, the way a browser saves it.</summary>
    public static string HtmlPage(string title, string article) =>
        $"<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>{System.Net.WebUtility.HtmlEncode(title)}</title>\n</head>\n<body>\n<main>\n{article}</main>\n</body>\n</html>\n";

    private static FormResult Compare(PublishedForm form, QaDocument published, byte[] bytes, string name)
    {
        ReadResult read;
        try
        {
            read = DocumentReader.Read(bytes, name);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new FormResult(form, "reader crashed: " + e.GetType().Name + ": " + e.Message, []);
        }
        return read.Succeeded ? new FormResult(form, null, DocumentDifferences.Between(published, read.Document!)) : new FormResult(form, read.Error, []);
    }
}

/// <summary>How each form read back.</summary>
public sealed record RoundTripResult(IReadOnlyList<FormResult> Forms)
{
    public bool Holds => Forms.All(f => f.Holds);

    /// <summary>The first failure's form and kind ("pdf: answer text"), or null when the round trip holds.</summary>
    public string? FailureKind => Forms.FirstOrDefault(f => !f.Holds)?.Kind;

    public override string ToString() => string.Join("\n", Forms.Where(f => !f.Holds).Select(f => f.ToString()));
}

/// <summary>One form read back: the reader's error, or the differences from the document published.</summary>
public sealed record FormResult(PublishedForm Form, string? ReadError, IReadOnlyList<Difference> Differences)
{
    public bool Holds => ReadError is null && Differences.Count == 0;

    public string Kind => Name + ": " + (ReadError is not null ? "not read" : Differences[0].Kind);

    public string Name => Form switch { PublishedForm.PdfText => "pdftotext", PublishedForm.Html => "html", _ => "pdf" };

    public override string ToString() =>
        ReadError is not null ? $"{Name}: not read: {ReadError}"
        : $"{Name}: {Differences.Count} differences\n" + string.Join("\n", Differences.Take(5).Select(d => d.ToString()));
}
