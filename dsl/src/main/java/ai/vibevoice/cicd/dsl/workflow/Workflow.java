package ai.vibevoice.cicd.dsl.workflow;

import ai.vibevoice.cicd.dsl.builder.EnvBuilder;
import ai.vibevoice.cicd.dsl.codegen.Buildable;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.job.Defaults;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.Trigger;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One workflow file under {@code .github/workflows}. The top-level {@code permissions:} default to
 * none; each job gets exactly what its steps need. See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax">workflow
 * syntax</a>.
 *
 * @param description One or two sentences for the generated reference ({@code docs/workflows.md}).
 * @param permissions The workflow-level block; keep it read-only ({@code {}} by default) and let
 *     jobs derive theirs.
 */
@Buildable
public record Workflow(
    String fileName,
    @Buildable.NoSetter String name,
    String description,
    Text runName,
    List<Trigger> triggers,
    Permissions permissions,
    Concurrency concurrency,
    @Buildable.Adder("env") Map<String, Text> env,
    Defaults defaults,
    @Buildable.Adder("job") List<Job> jobs,
    @Buildable.NoSetter String pullRequestTargetReason) {

  public Workflow {
    Objects.requireNonNull(fileName, "workflow file name");
    String label = "workflow " + fileName;
    Objects.requireNonNull(name, () -> label + ": name");
    Objects.requireNonNull(description, () -> label + ": description");
    triggers = Ordered.copyOf(triggers, label + ": triggers");
    Objects.requireNonNull(permissions, () -> label + ": permissions");
    env = Ordered.copyOf(env, label + ": env");
    jobs = Ordered.copyOf(jobs, label + ": jobs");
  }

  public static Builder builder(String fileName, String name) {
    return new Builder(fileName, name);
  }

  /** The {@code workflow_call} trigger, or null when the workflow is not reusable. */
  public WorkflowCall workflowCall() {
    return trigger(WorkflowCall.class).orElse(null);
  }

  /** The trigger of the given kind, if present. */
  public <T extends Trigger> Optional<T> trigger(Class<T> kind) {
    return triggers.stream().filter(kind::isInstance).map(kind::cast).findFirst();
  }

  /** True when a trigger of this kind is present. */
  public boolean on(Class<? extends Trigger> kind) {
    return trigger(kind).isPresent();
  }

  /**
   * Whether the workflow runs on every pull request (no path or branch filters), so its jobs can be
   * required checks that never stay pending.
   */
  public boolean runsOnEveryPullRequest() {
    return trigger(PullRequest.class)
        .map(
            p ->
                p.filters().paths().isEmpty()
                    && p.filters().pathsIgnore().isEmpty()
                    && p.filters().branches().isEmpty()
                    && p.filters().branchesIgnore().isEmpty())
        .orElse(false);
  }

  /** The job with this id. */
  public Optional<Job> job(String id) {
    return jobs.stream().filter(j -> j.id().equals(id)).findFirst();
  }

  /** Every input declared by workflow_dispatch or workflow_call. */
  public List<WorkflowInput> inputs() {
    List<WorkflowInput> all = new ArrayList<>();
    trigger(WorkflowDispatch.class).ifPresent(d -> all.addAll(d.inputs()));
    trigger(WorkflowCall.class)
        .ifPresent(
            c ->
                c.inputs().stream()
                    .filter(i -> all.stream().noneMatch(a -> a.name().equals(i.name())))
                    .forEach(all::add));
    return all;
  }

  public Builder toBuilder() {
    return new Builder(fileName, name).from(this);
  }

  public static final class Builder extends WorkflowBuilderBase implements EnvBuilder<Builder> {
    private Builder(String fileName, String name) {
      this.fileName = fileName;
      this.name = name;
      this.description = "";
      this.permissions = Permissions.none();
    }

    public Builder on(Trigger... triggers) {
      for (Trigger t : triggers) this.triggers.add(Objects.requireNonNull(t, "trigger"));
      return this;
    }

    /** Removes every job added so far (for tools that rewrite a workflow). */
    public Builder clearJobs() {
      jobs.clear();
      return this;
    }

    public Builder jobs(Job... jobs) {
      for (Job j : jobs) job(j);
      return this;
    }

    /**
     * OPT-IN: allow {@code pull_request_target}, which runs with secrets and a write token on
     * events from forks. The reason is required and shown in the generated docs.
     */
    public Builder allowPullRequestTarget(String reason) {
      this.pullRequestTargetReason = Objects.requireNonNull(reason, "reason");
      return this;
    }
  }
}
