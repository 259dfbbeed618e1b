package ai.vibevoice.cicd.pipelines;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.step.ActionRef;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;

/** Reads a workflow model in tests: jobs by id, steps by action or script, inputs as text. */
final class Model {
  private Model() {}

  static RunJob runJob(Workflow w, String id) {
    Job job = w.job(id).orElseThrow(() -> new AssertionError(w.fileName() + ": no job " + id));
    if (!(job instanceof RunJob run)) {
      throw new AssertionError(w.fileName() + ": job " + id + " is not a run job");
    }
    return run;
  }

  static CallJob callJob(Workflow w, String id) {
    Job job = w.job(id).orElseThrow(() -> new AssertionError(w.fileName() + ": no job " + id));
    if (!(job instanceof CallJob call)) {
      throw new AssertionError(w.fileName() + ": job " + id + " is not a call job");
    }
    return call;
  }

  /** Every step of the job that uses {@code action} (owner/name[/path]). */
  static List<Step> uses(RunJob job, String action) {
    return job.steps().stream()
        .filter(s -> s.uses() instanceof ActionRef a && a.name().equals(action))
        .toList();
  }

  /** The one step using {@code action}. */
  static Step onlyUse(RunJob job, String action) {
    List<Step> steps = uses(job, action);
    if (steps.size() != 1) {
      fail("job " + job.id() + ": expected one step using " + action + ", found " + steps.size());
    }
    return steps.get(0);
  }

  /** The first step using {@code action} whose input {@code key} renders as {@code value}. */
  static Step useWith(RunJob job, String action, String key, String value) {
    return uses(job, action).stream()
        .filter(s -> with(s, key).equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "job "
                        + job.id()
                        + ": no step using "
                        + action
                        + " with "
                        + key
                        + ": "
                        + value));
  }

  /** The input {@code key} of a step as rendered text ("" when absent). */
  static String with(Step step, String key) {
    Text value = step.with().get(key);
    return value == null ? "" : value.render();
  }

  /** The step whose script contains {@code fragment}. */
  static Step runs(RunJob job, String fragment) {
    return job.steps().stream()
        .filter(s -> s.run() != null && s.run().contains(fragment))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("job " + job.id() + ": no step runs '" + fragment + "'"));
  }

  /** Index of a step in its job, to check order. */
  static int indexOf(RunJob job, Step step) {
    return job.steps().indexOf(step);
  }

  static void assertGrants(Job job, Scope scope, Access access) {
    assertTrue(
        job.permissions().access(scope) == access,
        "job "
            + job.id()
            + ": "
            + scope.key()
            + " is "
            + job.permissions().access(scope).key()
            + ", want "
            + access.key());
  }

  static String condition(Step step) {
    return step.ifCondition() == null ? "" : step.ifCondition().text();
  }
}
