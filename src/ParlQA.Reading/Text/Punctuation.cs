using System.Text.RegularExpressions;
using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Text;

/// <summary>Small facts about how Dutch official text punctuates, shared by the recogniser and the joiners.</summary>
internal static partial class Punctuation
{
    /// <summary>
    /// Footnote markers after a sentence's last mark: typed ("…Sammy'? 1)", "…overleden’? [1] [2]") or from the
    /// layout (a Word reference, a PDF superscript).
    /// </summary>
    [GeneratedRegex(@"(?:(?<=\?[»”’""')]*)\s?\d{1,2}\)|(?<=[?!.][»”’""')]*)(?:(?:\s?\[\d{1,2}\])+|(?:" + FootnoteMarkerText.PatternText + @")+))\s*$")]
    private static partial Regex TrailingNoteMarkers();

    /// <summary>The text without footnote markers after its last mark, so "?" is seen where a note follows it.</summary>
    private static string WithoutNoteMarkers(string text) =>
        text.Length > 0 && (text[^1] is ')' or ']' or FootnoteMarkerText.End || char.IsWhiteSpace(text[^1])) ? TrailingNoteMarkers().Replace(text, "") : text;

    private const string ClosingMarks = "»”’\"')]";

    /// <summary>Abbreviations that end in a full stop without ending a sentence.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "nr.", "nrs.", "o.a.", "bijv.", "bv.", "jl.", "blz.", "art.", "e.a.", "c.s.", "d.d.", "t.a.v.", "m.b.t.",
        "i.c.m.", "z.g.", "zgn.", "resp.", "incl.", "excl.", "vs.", "ca.", "mr.", "dr.", "drs.", "ir.", "prof.",
        "mw.", "dhr.", "p.", "pag.", "vgl.", "e.d.", "enz.", "etc.", "m.n.", "i.p.v.", "t/m.", "Kamerstuk.",
    };

    /// <summary>The text with closing quotes and brackets stripped from its end.</summary>
    public static ReadOnlySpan<char> WithoutClosingMarks(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        while (text.Length > 0 && ClosingMarks.Contains(text[^1], StringComparison.Ordinal))
            text = text[..^1];
        return text;
    }

    /// <summary>Ends a sentence: ". ! ? :" (closing quotes allowed after), but not an abbreviation or an initial.</summary>
    public static bool EndsSentence(string text)
    {
        var core = WithoutClosingMarks(text);
        if (core.Length == 0)
            return false;
        char last = core[^1];
        if (last is '!' or '?' or ':')
            return true;
        if (last != '.')
            return false;
        int space = core.LastIndexOfAny(' ', '(');
        var word = core[(space + 1)..];
        if (Abbreviations.Contains(word.ToString()))
            return false;
        // An initial ("P.") or an ordinal list marker ("a.") does not end a sentence.
        return !(word.Length == 2 && char.IsLetter(word[0]));
    }

    /// <summary>Ends the way a question block ends: "?", a full stop that ends a sentence, or the bracket closing "(bron: …)".</summary>
    public static bool EndsQuestionBlock(string text)
    {
        text = WithoutNoteMarkers(text);
        var trimmed = text.AsSpan().TrimEnd();
        if (trimmed.Length == 0)
            return false;
        if (trimmed[^1] == ')')
            return true;
        var core = WithoutClosingMarks(trimmed);
        return core.Length > 0 && (core[^1] is '?' or '!' || core[^1] == '.' && EndsSentence(text));
    }

    /// <summary>Ends in a question mark (closing quotes and brackets allowed after).</summary>
    public static bool EndsWithQuestionMark(string text)
    {
        var core = WithoutClosingMarks(WithoutNoteMarkers(text));
        return core.Length > 0 && core[^1] == '?';
    }

    /// <summary>Starts like a sentence or a list item: a capital, a digit, an opening quote or bracket.</summary>
    public static bool StartsLikeSentence(string text) =>
        text.Length > 0 && (char.IsUpper(text[0]) || char.IsDigit(text[0]) || "«„“\"'‘(•".Contains(text[0], StringComparison.Ordinal));

    /// <summary>Starts with a capital letter, possibly after an opening quote or bracket.</summary>
    public static bool StartsWithCapital(string text)
    {
        foreach (char c in text)
        {
            if ("«„“\"'‘(".Contains(c, StringComparison.Ordinal))
                continue;
            return char.IsUpper(c);
        }
        return false;
    }

    public static string FirstWord(string text)
    {
        int space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? text : text[..space];
    }

    public static string LastWord(string text)
    {
        int space = text.LastIndexOf(' ');
        return space < 0 ? text : text[(space + 1)..];
    }
}
