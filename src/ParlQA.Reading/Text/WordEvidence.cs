namespace ParlQA.Reading.Text;

/// <summary>
/// The words a document uses, so that a line-end hyphen can be judged by the document itself:
/// if "mensenrechtenschendingen" appears whole elsewhere, "mensenrechtenschendin-/gen" is a break.
/// </summary>
internal sealed class WordEvidence
{
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);

    public static WordEvidence From(IEnumerable<string> lines)
    {
        var evidence = new WordEvidence();
        var lookup = evidence._words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var line in lines)
        {
            var rest = line.AsSpan();
            while (rest.Length > 0)
            {
                int space = rest.IndexOf(' ');
                var token = space < 0 ? rest : rest[..space];
                rest = space < 0 ? [] : rest[(space + 1)..];
                // The last token of a line ending in a hyphen is a fragment, not evidence.
                if (rest.IsEmpty && token.EndsWith('-'))
                    continue;
                var word = Clean(token);
                if (word.Length > 1)
                    lookup.Add(word);
            }
        }
        return evidence;
    }

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>A token without surrounding punctuation and quotes, keeping inner hyphens and apostrophes.</summary>
    public static string Clean(string token) => Clean(token.AsSpan()).ToString();

    private static ReadOnlySpan<char> Clean(ReadOnlySpan<char> token)
    {
        int start = 0, end = token.Length;
        while (start < end && !char.IsLetterOrDigit(token[start]))
            start++;
        while (end > start && !char.IsLetterOrDigit(token[end - 1]))
            end--;
        return token[start..end];
    }
}
