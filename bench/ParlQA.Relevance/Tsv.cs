namespace ParlQA.Relevance;

/// <summary>The tab-separated files of bench/judged: '#' lines are comments, the first other line is the header.</summary>
internal static class Tsv
{
    /// <summary>The data rows of <paramref name="path"/> with "path:line" for messages; a row with fewer than
    /// <paramref name="minColumns"/> non-empty cells is an error naming its line.</summary>
    public static IEnumerable<(string Where, string[] Cells)> Rows(string path, int minColumns)
    {
        int number = 0;
        bool header = true;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (header)
            {
                header = false;
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length < minColumns || cells.Take(minColumns).Any(string.IsNullOrWhiteSpace))
                throw new FormatException($"{path}:{number}: expected {minColumns} tab-separated columns");
            yield return ($"{path}:{number}", cells);
        }
    }
}
