package ai.vibevoice.cicd.dsl.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an event does to a set of workflows: each workflow and whether it starts (and the rule that
 * decided), each job (reusable workflows expanded) with its outcome, grants, secrets and runner,
 * and the longest path through each job graph by {@code timeout-minutes}.
 */
public record Plan(Event event, List<WorkflowPlan> workflows) {
  public Plan {
    Objects.requireNonNull(event, "event");
    workflows = List.copyOf(workflows);
  }

  /** The plan of the workflow in {@code file}. */
  public Optional<WorkflowPlan> workflow(String file) {
    return workflows.stream().filter(w -> w.file().equals(file)).findFirst();
  }

  /** The workflows that start (or may, depending on what only the run knows). */
  public List<WorkflowPlan> started() {
    return workflows.stream().filter(w -> w.outcome() != Outcome.SKIPPED).toList();
  }

  /**
   * One workflow: its outcome on the event, why, its concurrency group, its jobs and its longest
   * path.
   */
  public record WorkflowPlan(
      String file,
      String name,
      Outcome outcome,
      String reason,
      String concurrency,
      List<JobPlan> jobs,
      List<String> longestPath,
      int longestMinutes) {
    public WorkflowPlan {
      Objects.requireNonNull(file, "workflow file");
      Objects.requireNonNull(outcome, () -> file + ": outcome");
      Objects.requireNonNull(reason, () -> file + ": reason");
      jobs = List.copyOf(jobs);
      longestPath = List.copyOf(longestPath);
    }

    /** The job with this id ({@code caller/callee-job} for a job of a called workflow). */
    public Optional<JobPlan> job(String id) {
      return jobs.stream().filter(j -> j.id().equals(id)).findFirst();
    }
  }

  /**
   * One job on the event. {@code calledBy} is the calling job of a reusable workflow's job; {@code
   * uses} is the callee of a calling job; {@code permissions} are the token's grants (for a called
   * job, what the caller grants intersected with what it asks); {@code secrets} those it can read.
   */
  public record JobPlan(
      String id,
      String name,
      String calledBy,
      String uses,
      Outcome outcome,
      Condition condition,
      List<String> needs,
      List<String> runner,
      int timeoutMinutes,
      Map<String, String> permissions,
      List<String> secrets,
      List<StepPlan> steps,
      List<String> cacheWrites) {
    public JobPlan {
      Objects.requireNonNull(id, "job id");
      Objects.requireNonNull(outcome, () -> "job " + id + ": outcome");
      needs = List.copyOf(needs);
      runner = List.copyOf(runner);
      permissions = Collections.unmodifiableMap(new LinkedHashMap<>(permissions));
      secrets = List.copyOf(secrets);
      steps = List.copyOf(steps);
      cacheWrites = List.copyOf(cacheWrites);
    }

    /** True when the job takes a runner: it runs steps and is not skipped. */
    public boolean startsRunner() {
      return uses == null && outcome != Outcome.SKIPPED;
    }

    /** True when any scope is granted write. */
    public boolean grantsWrite() {
      return permissions.containsValue("write");
    }
  }

  /** A step with an {@code if:}, and what it evaluates to on the event. */
  public record StepPlan(String name, Outcome outcome, Condition condition) {
    public StepPlan {
      Objects.requireNonNull(name, "step name");
      Objects.requireNonNull(outcome, () -> "step " + name + ": outcome");
      Objects.requireNonNull(condition, () -> "step " + name + ": condition");
    }
  }
}
