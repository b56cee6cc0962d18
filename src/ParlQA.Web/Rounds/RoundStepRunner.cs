using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Publishing;
using ParlQA.Rounds.Storage;

namespace ParlQA.Web.Rounds;

/// <summary>Takes a step of <see cref="RoundSteps"/> for pages and API alike: publishing through the publisher, every other step as one locked change of the store.</summary>
public sealed class RoundStepRunner(RoundStore store, RoundPublisher publisher, TimeProvider clock)
{
    public Round Run(string roundId, RoundStep step, User? user, StepInput input)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(input);
        if (user is null)
            throw new RoundException(RoundMessages.SignInFirst(step.Action));
        return step.Apply is { } apply ? store.Change(roundId, r => apply(r, user, input, clock.GetUtcNow())) : publisher.Publish(roundId, user);
    }
}
