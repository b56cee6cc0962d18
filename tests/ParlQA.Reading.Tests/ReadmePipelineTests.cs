using ParlQA.Tests;

namespace ParlQA.Reading.Tests;

/// <summary>The README's reading pipeline is the one <see cref="ReadingPipeline"/> declares: every step, in its order.</summary>
public sealed class ReadmePipelineTests
{
    [Fact]
    public void Readme_PipelineSection_ListsEveryDeclaredStepInOrder()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        int start = readme.IndexOf("The reading pipeline, as `src/ParlQA.Reading/ReadingPipeline.cs` declares it", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no reading pipeline section");
        var block = readme[start..readme.IndexOf("```", readme.IndexOf("```", start, StringComparison.Ordinal) + 3, StringComparison.Ordinal)];
        var listed = block.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();

        string[] declared =
        [
            .. ReadingPipeline.Normalisers.Select(s => s.Name),
            .. ReadingPipeline.Recognisers.Select(s => s.Name),
            .. ReadingPipeline.BlockSteps.Select(s => s.Name),
            .. ReadingPipeline.HeaderReaders.Select(s => s.Name),
            .. ReadingPipeline.Enrichers.Select(s => s.Name),
        ];
        Assert.Equal(declared, listed);
        Assert.All(ReadingPipeline.Sources, s => Assert.Contains(s.Key + " ", block, StringComparison.Ordinal));
    }
}
