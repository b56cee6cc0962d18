namespace ParlQA.Archive.People;

/// <summary>
/// The documents of one member, party, ministry or answering person, newest first, and what they add up to: questions
/// asked, documents answered, the median days from question to answer.
/// </summary>
public sealed record PeopleGroup(string Name, IReadOnlyList<DocumentPeople> Documents)
{
    public int Questions => Documents.Sum(d => d.Questions);

    /// <summary>Documents with an answer.</summary>
    public int Answered => Documents.Count(d => d.AnsweredOn is not null);

    /// <summary>Documents with both dates, which the median is over.</summary>
    public int Timed => Documents.Count(d => d.Days is not null);

    public double? MedianDays => Median(Documents.Select(d => d.Days).OfType<int>().ToList());

    /// <summary>The share answered within three weeks (the Reglement van Orde's term), of those timed.</summary>
    public double? WithinThreeWeeks => Timed == 0 ? null : (double)Documents.Count(d => d.Days <= 21) / Timed;

    /// <summary>The ministry most of these documents were answered for (a person's own, usually).</summary>
    public string? Ministry => Documents.Select(d => d.Ministry).OfType<string>().GroupBy(m => m, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();

    /// <summary>Others named in these documents (parties of a member, members of a party, answerers of a ministry), most documents first.</summary>
    public static IReadOnlyList<(string Name, int Documents)> Count(IEnumerable<string?> names) =>
        [.. names.OfType<string>().GroupBy(n => n, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal)];

    private static double? Median(List<int> days)
    {
        if (days.Count == 0)
            return null;
        days.Sort();
        return days.Count % 2 == 1 ? days[days.Count / 2] : (days[days.Count / 2 - 1] + days[days.Count / 2]) / 2.0;
    }
}
