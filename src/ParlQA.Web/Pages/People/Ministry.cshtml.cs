using ParlQA.Archive.People;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages.People;

/// <summary>A ministry's page: the questions it received, who answered them, and how long answering took.</summary>
public sealed class MinistryModel(PeopleService people) : GroupPageModel(people)
{
    protected override PeopleGroup? Find(PeopleDirectory directory, string name) => directory.Ministry(name);

    protected override IReadOnlyList<(string Name, int Documents)> RelatedTo(PeopleDirectory directory, string name) => directory.AnswerersOf(name);
}
