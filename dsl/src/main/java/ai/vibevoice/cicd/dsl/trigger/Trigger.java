package ai.vibevoice.cicd.dsl.trigger;

import ai.vibevoice.cicd.dsl.codegen.Visitable;
import java.util.Locale;

/**
 * An event that starts a workflow (a key under {@code on:}). One record per event, GitHub's names;
 * {@link RawTrigger} is the escape hatch for events the DSL does not model. See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows">events</a>.
 */
@Visitable(TriggerVisitor.class)
public sealed interface Trigger
    permits Push,
        PullRequest,
        PullRequestTarget,
        Schedule,
        WorkflowDispatch,
        WorkflowCall,
        WorkflowRun,
        Release,
        MergeGroup,
        RawTrigger {

  /**
   * The event name, as the key under {@code on:}: the record's name in snake case ({@code
   * PullRequestTarget} is {@code pull_request_target}), since each record is named for its event.
   */
  default String event() {
    return getClass()
        .getSimpleName()
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .toLowerCase(Locale.ROOT);
  }

  /** Calls the method of {@code visitor} for this kind (generated: {@code TriggerDispatch}). */
  default <R> R accept(TriggerVisitor<R> visitor) {
    return TriggerDispatch.accept(this, visitor);
  }
}
