package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.job.Defaults;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.MergeGroup;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;

/**
 * {@code ci-workflows.yml}: this repository's own build. Runs every test (the drift tests
 * included), then the generator's check mode and actionlint, so a workflow edited by hand or a Java
 * change not regenerated fails the pull request.
 */
public final class DriftCheck implements WorkflowSource {
  /** The required check's stable name (branch protection refers to it). */
  public static final String JOB_NAME = "Workflows are generated and lint-clean";

  @Override
  public Workflow workflow() {
    return Workflow.builder("ci-workflows.yml", "CI workflows")
        .description(
            "Builds the DSL and the helper programs, runs every test and fails when a committed"
                + " workflow drifts from the Java or actionlint finds a problem.")
        .on(
            Push.builder().branches(Platform.DEFAULT_BRANCH).build(),
            PullRequest.any(),
            new MergeGroup())
        .concurrency(
            Concurrency.of(
                Text.of(Github.WORKFLOW, "-", Github.REF), Github.eventIs("pull_request")))
        .defaults(Defaults.bash())
        .job(
            Job.builder("verify")
                .name(JOB_NAME)
                .runsOn(Platform.RUNNER)
                .timeoutMinutes(30)
                .step(Steps.checkout())
                .step(Steps.setupJava())
                .step(
                    Step.run(
                            Text.of(
                                "./",
                                HelperJar.MAVEN_WRAPPER,
                                " --batch-mode --no-transfer-progress verify"))
                        .name("Build and test (drift tests included)"))
                .step(
                    Step.run(
                            Text.of(
                                "./",
                                HelperJar.MAVEN_WRAPPER,
                                " --batch-mode --quiet compile exec:java@generate-workflows -Dexec.args=\"--root . --check\""))
                        .name("Check generated files"))
                .step(Steps.actionlint())
                .build())
        .build();
  }
}
