using ParlQA.Archive.People;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages.People;

/// <summary>A party's page: its members who asked, their questions and the answers received.</summary>
public sealed class PartyModel(PeopleService people) : GroupPageModel(people)
{
    protected override PeopleGroup? Find(PeopleDirectory directory, string name) => directory.Party(name);

    protected override IReadOnlyList<(string Name, int Documents)> RelatedTo(PeopleDirectory directory, string name) => directory.MembersOf(name);
}
