package ai.vibevoice.cicd.dsl;

import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.ActionRef;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.workflow.Workflow;

/** Small valid building blocks the tests vary one thing at a time. */
public final class Fixtures {
  private Fixtures() {}

  public static final ActionRef CHECKOUT =
      new ActionRef("actions/checkout", null, "3d3c42e5aac5ba805825da76410c181273ba90b1", "v7.0.1");

  public static final ActionRef UPLOAD =
      new ActionRef(
          "actions/upload-artifact", null, "bbbca2ddaa5d8feaa63e36b76fdaad77386f024f", "v7.0.0");

  /** A valid job with one run step. */
  public static RunJob.Builder job(String id) {
    return Job.builder(id)
        .runsOn("ubuntu-24.04")
        .timeoutMinutes(10)
        .step(Step.run("echo " + id).build());
  }

  /** A valid workflow around the given jobs, triggered on push. */
  public static Workflow.Builder workflow(Job... jobs) {
    return Workflow.builder("test.yml", "Test").on(Push.any()).jobs(jobs);
  }
}
