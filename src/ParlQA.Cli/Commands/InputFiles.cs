using Microsoft.Extensions.FileSystemGlobbing;

namespace ParlQA.Cli.Commands;

/// <summary>Expands the command line's files, folders and glob patterns into files, in a stable order.</summary>
internal static class InputFiles
{
    /// <summary>Each input with the files it names; an input naming nothing gets an error instead.</summary>
    public static IEnumerable<(string Input, string? File, string? Error)> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                yield return (input, input, null);
            }
            else if (Directory.Exists(input))
            {
                var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && !NotADocument(f))
                    .Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0)
                    yield return (input, null, "folder holds no files");
                foreach (var f in files)
                    yield return (input, f, null);
            }
            else if (input.IndexOfAny(['*', '?', '[']) >= 0)
            {
                var matches = Glob(input);
                if (matches.Count == 0)
                    yield return (input, null, "no files match this pattern");
                foreach (var f in matches)
                    yield return (input, f, null);
            }
            else
            {
                yield return (input, null, "no such file");
            }
        }
    }

    /// <summary>In a folder, answer keys, data tables and notes (.json, .tsv, .md) are not documents; named alone, every file is read.</summary>
    private static bool NotADocument(string path) => Path.GetExtension(path).ToLowerInvariant() is ".json" or ".tsv" or ".md";

    private static List<string> Glob(string pattern)
    {
        var root = Path.IsPathRooted(pattern) ? Path.GetPathRoot(pattern)! : Directory.GetCurrentDirectory();
        var relative = Path.IsPathRooted(pattern) ? pattern[root.Length..] : pattern;
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(relative);
        return matcher.GetResultsInFullPath(root)
            .Select(f => Path.IsPathRooted(pattern) ? f : Path.GetRelativePath(Directory.GetCurrentDirectory(), f))
            .Order(StringComparer.Ordinal).ToList();
    }
}
