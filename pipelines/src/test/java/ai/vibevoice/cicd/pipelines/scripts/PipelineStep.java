package ai.vibevoice.cicd.pipelines.scripts;

import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;
import ai.vibevoice.cicd.pipelines.Pipelines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A run step found in the workflow model (workflow, job id, step name or id), with the environment
 * GitHub gives it: the workflow's, then the job's, then the step's own {@code env:}. Tests find the
 * scripts they run here, so they follow the pipeline classes instead of copies of their text.
 */
record PipelineStep(Workflow workflow, RunJob job, Step step) {

  PipelineStep {
    Objects.requireNonNull(step.run(), () -> where(workflow, job, step) + " is not a run step");
  }

  /**
   * The run step {@code nameOrId} of job {@code jobId}; fails when there is none or more than one.
   */
  static PipelineStep find(WorkflowSource source, String jobId, String nameOrId) {
    Workflow w = source.workflow();
    Job job =
        w.job(jobId).orElseThrow(() -> new AssertionError(w.fileName() + ": no job " + jobId));
    if (!(job instanceof RunJob run)) {
      throw new AssertionError(w.fileName() + ": job " + jobId + " is not a run job");
    }
    List<Step> found =
        run.steps().stream()
            .filter(s -> nameOrId.equals(s.id()) || nameOrId.equals(s.name()))
            .toList();
    if (found.size() != 1) {
      throw new AssertionError(
          w.fileName()
              + ", job "
              + jobId
              + ": expected one step named or with id '"
              + nameOrId
              + "', found "
              + found.size());
    }
    return new PipelineStep(w, run, found.get(0));
  }

  /** Every run step of every workflow {@link Pipelines#all()} generates, in file and step order. */
  static List<PipelineStep> all() {
    List<PipelineStep> all = new ArrayList<>();
    for (WorkflowSource source : Pipelines.all()) {
      Workflow w = source.workflow();
      for (Job job : w.jobs()) {
        if (job instanceof RunJob run) {
          for (Step step : run.steps()) {
            if (step.run() != null) {
              all.add(new PipelineStep(w, run, step));
            }
          }
        }
      }
    }
    return all;
  }

  /** Every run step called {@code name}, in every workflow. */
  static List<PipelineStep> named(String name) {
    return all().stream().filter(s -> name.equals(s.step().name())).toList();
  }

  String script() {
    return step.run();
  }

  /**
   * The variables the step sees, later levels overriding earlier ones, as the model writes them.
   */
  Map<String, Text> env() {
    Map<String, Text> env = new LinkedHashMap<>(workflow.env());
    env.putAll(job.env());
    env.putAll(step.env());
    return env;
  }

  /** Where the step is, for messages: "ci-build-push.yml, job merge-tts, step manifest". */
  String where() {
    return where(workflow, job, step);
  }

  private static String where(Workflow workflow, RunJob job, Step step) {
    return workflow.fileName() + ", job " + job.id() + ", " + step.label();
  }

  @Override
  public String toString() {
    return where();
  }
}
