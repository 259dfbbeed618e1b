package ai.vibevoice.cicd.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.vibevoice.cicd.dsl.action.codegen.Bindings;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.validate.Problem;
import ai.vibevoice.cicd.dsl.validate.ValidationException;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mistakes a pipeline class makes while building are problems listed with the others, not internal
 * errors.
 */
class GeneratedFilesTest {
  private static final Path ROOT = RepoRoot.PATH;

  /** Reads an output its step never declared: the builder refuses it. */
  static final class UndeclaredOutput implements WorkflowSource {
    @Override
    public Workflow workflow() {
      Step probe = Step.run("echo").id("probe").build();
      return byHand(
          "a.yml",
          Job.builder("j")
              .runsOn("ubuntu-24.04")
              .timeoutMinutes(5)
              .step(probe)
              .step(Step.run("echo").env("P", probe.output("p99")).build()));
    }
  }

  /** A job without runs-on: the record refuses it. */
  static final class NoRunner implements WorkflowSource {
    @Override
    public Workflow workflow() {
      return byHand("b.yml", Job.builder("j").timeoutMinutes(5).step(Step.run("echo").build()));
    }
  }

  /** Builds, but fails validation (no timeout). */
  static final class NoTimeout implements WorkflowSource {
    @Override
    public Workflow workflow() {
      return byHand(
          "c.yml", Job.builder("j").runsOn("ubuntu-24.04").step(Step.run("echo").build()));
    }
  }

  /** The workflow {@code file}, run by hand, with the one job {@code job}. */
  private static Workflow byHand(String file, RunJob.Builder job) {
    return Workflow.builder(file, file).on(WorkflowDispatch.of()).job(job.build()).build();
  }

  @Test
  void builder_failures_of_every_source_are_listed_with_the_validation_problems() throws Exception {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                GeneratedFiles.models(
                    List.of(new UndeclaredOutput(), new NoRunner(), new NoTimeout()),
                    Bindings.manifests(ROOT)));
    assertEquals(
        List.of(
            UndeclaredOutput.class.getName()
                + " (building its workflow): step probe: output 'p99' is not declared (declared: [])",
            NoRunner.class.getName() + " (building its workflow): job j: runs-on is required",
            ".github/workflows/c.yml: job j: the job has no timeout-minutes (a hung runner otherwise burns 6 hours)"),
        e.problems().stream().map(Problem::toString).toList());
  }
}
