using System.Globalization;
using System.Text;

namespace ParlQA.Archive.Search;

/// <summary>
/// How the archive makes Dutch words findable: folded (lower case, accents off: "geïnformeerd" → "geinformeerd";
/// an apostrophe inside a word joins: "auto's" → "autos"), stemmed for inflection (<see cref="DutchStemmer"/>:
/// "geïnformeerd", "informeren" → "informer"), and the stems reversed, so that a compound's last part is a prefix
/// of the reversed stem: "mensenrechtenschendingen" → "mensenrechtenschending" → "gnidnehcs…", which a search for
/// "schending" (→ "gnidnehcs") finds.
/// </summary>
public static class DutchTerms
{
    /// <summary>The words of a text, folded.</summary>
    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        ForEachWord(text, word => words.Add(word.ToString()));
        return words;
    }

    public static string Fold(string word) => string.Concat(Words(word));

    /// <summary>The inflection stem of a folded word.</summary>
    public static string Stem(string folded) => DutchStemmer.Stem(folded);

    public static string Reverse(string word)
    {
        var chars = word.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    /// <summary>
    /// What the index holds of a text, in one pass over its characters: its folded words, space-separated (exact
    /// forms and phrases), and its stems reversed (the last parts of compounds). Each word not yet in
    /// <paramref name="forms"/> is added to it with its stem, for the index of forms.
    /// </summary>
    public static (string Words, string Reversed) IndexTexts(string text, WordForms? forms = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new StringBuilder(text.Length);
        var reversed = new StringBuilder(text.Length);
        char[] scratch = new char[64];
        ForEachWord(text, word =>
        {
            if (words.Length > 0)
            {
                words.Append(' ');
                reversed.Append(' ');
            }
            words.Append(word);
            if (scratch.Length < word.Length)
                scratch = new char[word.Length * 2];
            var stem = scratch.AsSpan(0, word.Length);
            word.CopyTo(stem);
            stem = DutchStemmer.Stem(stem);
            for (int i = stem.Length - 1; i >= 0; i--)
                reversed.Append(stem[i]);
            forms?.Add(word, stem);
        });
        return (words.ToString(), reversed.ToString());
    }

    private delegate void WordAction(ReadOnlySpan<char> word);

    /// <summary>
    /// Calls <paramref name="action"/> with each folded word of a text: letters and digits lower-cased, accents
    /// off, an apostrophe between letters left out ("auto's", "zo’n"). The one definition of a word that the
    /// index, the queries and the snippets share.
    /// </summary>
    private static void ForEachWord(string text, WordAction action)
    {
        // Only text with accents needs decomposing; most Dutch text is plain ASCII but for a few letters.
        var source = text.AsSpan().ContainsAnyExceptInRange('\0', '\u007F') ? text.Normalize(NormalizationForm.FormD).AsSpan() : text.AsSpan();
        var word = new char[Math.Min(source.Length, 256) + 1];
        int length = 0;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c))
            {
                if (length == word.Length)
                    Array.Resize(ref word, word.Length * 2);
                word[length++] = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c < 128 ? c : char.ToLowerInvariant(c);
                continue;
            }
            if (c >= 128 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (IsApostrophe(c) && length > 0 && i + 1 < source.Length && char.IsLetter(source[i + 1]))
                continue;
            if (length > 0)
                action(word.AsSpan(0, length));
            length = 0;
        }
        if (length > 0)
            action(word.AsSpan(0, length));
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';
}

/// <summary>
/// The forms of words seen while indexing, each with its stem: the index of forms lets a search find the other
/// forms of a word ("geïnformeerd" → informeren, informeert, …) in the index of exact words. Remembers what it
/// has seen, so that each form is handed out once for writing (<see cref="TakeNew"/>). Words with digits are
/// left out: they have no other forms. Not thread-safe: one writer at a time.
/// </summary>
public sealed class WordForms
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private List<(string Form, string Stem)> _new = [];

    public void Add(ReadOnlySpan<char> form, ReadOnlySpan<char> stem)
    {
        if (form.ContainsAnyInRange('0', '9'))
            return;
        var lookup = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(form))
            return;
        var text = form.ToString();
        _seen.Add(text);
        _new.Add((text, stem.SequenceEqual(form) ? text : stem.ToString()));
    }

    /// <summary>The forms added since the last call, to be written.</summary>
    public IReadOnlyList<(string Form, string Stem)> TakeNew()
    {
        var taken = _new;
        _new = [];
        return taken;
    }

    /// <summary>Forgets every form: after a write that failed, the next one writes them again.</summary>
    public void Forget()
    {
        _seen.Clear();
        _new.Clear();
    }
}
