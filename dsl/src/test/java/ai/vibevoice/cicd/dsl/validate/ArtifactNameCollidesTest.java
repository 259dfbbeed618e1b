package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.Fixtures;
import ai.vibevoice.cicd.dsl.actions.UploadArtifact;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.MatrixAxis;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.job.Strategy;
import ai.vibevoice.cicd.dsl.step.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ArtifactNameCollides}: the literal text of its message, what it rejects and the near
 * misses it accepts.
 */
class ArtifactNameCollidesTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "uploads artifact 'sbom' from a matrix job, but the name does not use matrix axes [arch], so the legs collide",
        ArtifactNameCollides.message("sbom", List.of("arch")));
  }

  @Test
  void rejects_artifact_names_that_collide_across_matrix_legs() {
    MatrixAxis service = MatrixAxis.of("service", "tts", "agent");
    MatrixAxis arch = MatrixAxis.of("arch", "amd64", "arm64");
    Strategy s = Strategy.builder().axis(service).axis(arch).build();
    RunJob j =
        job("a")
            .strategy(s)
            .step(
                UploadArtifact.builder(Text.of("x"))
                    .id("up")
                    .nameInput(Text.of("sbom-", service.ref()))
                    .build())
            .build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: step up: "
            + ArtifactNameCollides.message(
                "sbom-${{ matrix.service }}", List.of("service", "arch")),
        workflow(j).build());
    RunJob ok =
        job("a")
            .strategy(s)
            .step(
                UploadArtifact.builder(Text.of("x"))
                    .nameInput(Text.of("sbom-", service.ref(), "-", arch.ref()))
                    .build())
            .build();
    assertEquals(List.of(), RuleTesting.problems(workflow(ok).build()));
  }

  @Test
  void checks_the_input_of_role_artifact_name_and_leaves_a_raw_upload_without_roles_alone() {
    RunJob j =
        archLegs()
            .step(UploadArtifact.builder(Text.of("x")).id("unnamed").build())
            .step(Step.uses(Fixtures.UPLOAD).id("raw").with("path", "x").build())
            .build();
    assertEquals(
        List.of(
            RuleTesting.AT
                + "job a: step unnamed: uploads artifact 'artifact' from a matrix job, but the name"
                + " does not use matrix axes [arch], so the legs collide"),
        RuleTesting.problems(new ArtifactNameCollides(), workflow(j).build()));
  }

  @Test
  void reads_the_axes_of_a_name_written_as_a_plain_string_too() {
    RunJob j =
        archLegs()
            .step(UploadArtifact.builder(Text.of("x")).nameInput("sbom-${{ matrix.arch }}").build())
            .build();
    assertEquals(List.of(), RuleTesting.problems(new ArtifactNameCollides(), workflow(j).build()));
  }

  /** Job a with a matrix of two legs on axis arch. */
  private static RunJob.Builder archLegs() {
    return job("a")
        .strategy(Strategy.builder().axis(MatrixAxis.of("arch", "amd64", "arm64")).build());
  }
}
