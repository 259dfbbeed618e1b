package ai.vibevoice.cicd.dsl.trigger;

/**
 * One method per {@link Trigger}; renderer and validator implement it, so a new trigger cannot be
 * forgotten (the generated {@code TriggerDispatch} fails the compile for a kind without its
 * method).
 */
public interface TriggerVisitor<R> {
  R visitPush(Push t);

  R visitPullRequest(PullRequest t);

  R visitPullRequestTarget(PullRequestTarget t);

  R visitSchedule(Schedule t);

  R visitWorkflowDispatch(WorkflowDispatch t);

  R visitWorkflowCall(WorkflowCall t);

  R visitWorkflowRun(WorkflowRun t);

  R visitRelease(Release t);

  R visitMergeGroup(MergeGroup t);

  R visitRaw(RawTrigger t);
}
