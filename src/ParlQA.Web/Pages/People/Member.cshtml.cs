using ParlQA.Archive.People;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages.People;

/// <summary>A member's page: their party (or parties), their questions and the answers they received, and how long those took.</summary>
public sealed class MemberModel(PeopleService people) : GroupPageModel(people)
{
    protected override PeopleGroup? Find(PeopleDirectory directory, string name) => directory.Member(name);

    protected override IReadOnlyList<(string Name, int Documents)> RelatedTo(PeopleDirectory directory, string name) => directory.PartiesOf(name);
}
