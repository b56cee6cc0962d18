using System.Globalization;

namespace ParlQA.Sync;

/// <summary>Every message the sync gives, in one place, so tests can assert them exactly.</summary>
public static class SyncMessages
{
    public const string JobsOutOfRange = "--jobs must be between 1 and 4: the Kamer's feed is shared by everyone";

    public static string MalformedPage(string detail) => "malformed feed page: " + detail;

    public static string NotFound(Uri url) => $"{url}: not found (404)";

    public static string Refused(Uri url, int status, string? reason) => $"{url}: refused with HTTP {status} {reason}".TrimEnd();

    public static string Status(int status, string? reason) => $"HTTP {status} {reason}".TrimEnd();

    public static string TimedOut(TimeSpan timeout) => string.Create(CultureInfo.InvariantCulture, $"no answer within {timeout.TotalSeconds:0} s");

    public static string GaveUp(Uri url, string failure, int tries) => string.Create(CultureInfo.InvariantCulture, $"{url}: {failure} (gave up after {tries} tries)");

    public static string Truncated(long got, long announced) =>
        string.Create(CultureInfo.InvariantCulture, $"truncated: {got} of {announced} bytes arrived");

    public static string TooLarge(long bytes, long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"file is {bytes / (1024.0 * 1024):0.#} MB; the limit is {limit / (1024.0 * 1024):0.#} MB (--max-size)");

    /// <summary>A document of a written-question kind whose entry has no file link.</summary>
    public const string NoFile = "the feed lists no file for this document";

    /// <summary>The file could not be fetched or read; the document stays as metadata.</summary>
    public static string Unreadable(string reason) => "the file could not be read: " + reason;

    /// <summary>The file's own header says something else than the Kamer's record (which is kept).</summary>
    public static string Differs(string field, string inFile, string official) =>
        $"the file gives {field} as '{inFile}'; the Kamer's record says '{official}' (kept)";
}
