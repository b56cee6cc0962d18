using ParlQA.Archive.Search;

namespace ParlQA.Archive.Tests;

public sealed class SimilarQueryTests
{
    [Fact]
    public void Rarest_LeavesOutWordsTooCommonToTellQuestionsApart_RarestFirst()
    {
        var counts = new Dictionary<string, long> { ["kabinet"] = 90_000, ["tibetaan"] = 800, ["gevangen"] = 1_200, ["oeigoer"] = 40 };

        var chosen = SimilarQuery.Rarest(["kabinet", "tibetaan", "gevangen", "oeigoer", "nieuwwoord"], s => counts.GetValueOrDefault(s), 1_000_000);

        Assert.Equal(["nieuwwoord", "oeigoer", "tibetaan", "gevangen"], chosen);
    }

    [Fact]
    public void Rarest_InASmallArchive_KeepsEveryWord_AtMostEight()
    {
        var stems = Enumerable.Range(1, 12).Select(i => "woord" + i).ToList();

        var chosen = SimilarQuery.Rarest(stems, s => 300, 800);

        Assert.Equal(8, chosen.Count);
    }

    [Fact]
    public void Rarest_AllTooCommon_KeepsTheTwoRarest()
    {
        var counts = new Dictionary<string, long> { ["kabinet"] = 90_000, ["minister"] = 80_000, ["nederland"] = 95_000 };

        Assert.Equal(["minister", "kabinet"], SimilarQuery.Rarest(["kabinet", "minister", "nederland"], s => counts[s], 1_000_000));
    }
}
