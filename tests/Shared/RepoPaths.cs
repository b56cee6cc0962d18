namespace ParlQA.Tests;

/// <summary>Finds files of the repository from a test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Sample(string relative) => Path.Combine(Samples, relative);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ParlQA.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ParlQA.sln not found above " + AppContext.BaseDirectory);
    }
}
