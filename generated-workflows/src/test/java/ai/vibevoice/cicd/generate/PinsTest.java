package ai.vibevoice.cicd.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.action.codegen.Bindings;
import ai.vibevoice.cicd.dsl.actions.Checkout;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.manifest.ActionManifest;
import ai.vibevoice.cicd.dsl.step.ActionRef;
import ai.vibevoice.cicd.dsl.step.InputRole;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.validate.Problem;
import ai.vibevoice.cicd.dsl.validate.WorkflowValidator;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pinning from the manifests: the pin and the input roles of every step that uses an action. */
class PinsTest {
  private static final ActionRef OLD_CHECKOUT =
      new ActionRef("actions/checkout", null, "0000000000000000000000000000000000000001", "v1.0.0");

  private static Workflow oneStep(Step step) {
    return Workflow.builder("w.yml", "W")
        .on(Push.any())
        .job(Job.builder("a").runsOn("ubuntu-24.04").timeoutMinutes(5).step(step).build())
        .build();
  }

  @Test
  void a_raw_step_gets_the_manifests_pin_and_roles_and_is_checked_like_the_binding()
      throws IOException {
    Map<String, ActionManifest> manifests = Bindings.manifests(RepoRoot.PATH);
    Workflow pinned = Pins.pinned(oneStep(Step.uses(OLD_CHECKOUT).id("co").build()), manifests);
    Step step = ((RunJob) pinned.jobs().get(0)).steps().get(0);
    assertEquals(Checkout.REF, step.uses());
    assertEquals(Map.of("persist-credentials", InputRole.KEEPS_CREDENTIALS), step.inputRoles());
    assertEquals(
        List.of(
            ".github/workflows/w.yml: job a: step co: keeps the job's credentials on disk; set"
                + " persist-credentials: false (or declare the step pushes)"),
        WorkflowValidator.validate(List.of(pinned)).stream().map(Problem::toString).toList());
  }

  @Test
  void a_role_the_manifest_does_not_declare_is_dropped_from_the_step() throws IOException {
    Step stale = Step.uses(OLD_CHECKOUT).id("co").inputRole("token", InputRole.CODE).build();
    Workflow pinned = Pins.pinned(oneStep(stale), Bindings.manifests(RepoRoot.PATH));
    assertEquals(
        Map.of("persist-credentials", InputRole.KEEPS_CREDENTIALS),
        ((RunJob) pinned.jobs().get(0)).steps().get(0).inputRoles());
  }

  @Test
  void a_step_already_pinned_with_its_roles_is_left_as_it_is() throws IOException {
    Workflow w = oneStep(Checkout.builder().persistCredentials(false).build().step());
    assertEquals(w, Pins.pinned(w, Bindings.manifests(RepoRoot.PATH)));
  }
}
