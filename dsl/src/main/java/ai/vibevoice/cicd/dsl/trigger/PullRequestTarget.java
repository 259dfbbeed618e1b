package ai.vibevoice.cicd.dsl.trigger;

import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;
import java.util.Objects;

/**
 * {@code on.pull_request_target}: runs in the base repository with secrets and a write token, so
 * checking out or running the pull request's code is a takeover. Generation refuses it unless the
 * workflow opts in with a documented reason ({@code Workflow.Builder#allowPullRequestTarget}).
 */
public record PullRequestTarget(List<PullRequestType> types, Filters filters) implements Trigger {
  public PullRequestTarget {
    types = Ordered.copyOf(types, "pull_request_target types");
    Objects.requireNonNull(filters, "pull_request_target filters");
  }
}
