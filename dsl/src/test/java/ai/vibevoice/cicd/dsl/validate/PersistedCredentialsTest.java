package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static ai.vibevoice.cicd.dsl.validate.RuleTesting.AT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.Fixtures;
import ai.vibevoice.cicd.dsl.actions.Checkout;
import ai.vibevoice.cicd.dsl.step.InputRole;
import ai.vibevoice.cicd.dsl.step.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PersistedCredentials}: its message, the steps it accepts, and the steps it rejects. */
class PersistedCredentialsTest {

  @Test
  void rejects_checkout_keeping_credentials_by_default_or_by_choice() {
    assertEquals(
        List.of(
            AT
                + "job a: step co: keeps the job's credentials on disk; set persist-credentials:"
                + " false (or declare the step pushes)",
            AT
                + "job a: step kept: "
                + "keeps the job's credentials on disk; set persist-credentials: false (or declare the step pushes)"),
        problems(
            Checkout.builder().id("co").build().step(),
            Checkout.builder().id("kept").persistCredentials(true).build().step()));
  }

  @Test
  void accepts_checkout_without_credentials_or_one_that_pushes() {
    assertEquals(
        List.of(),
        problems(
            Checkout.builder().id("co").persistCredentials(false).build().step(),
            Checkout.builder().id("push").pushes().build().step()));
  }

  @Test
  void applies_to_any_action_whose_manifest_gives_an_input_the_role_and_to_none_without() {
    Step raw = Step.uses(Fixtures.CHECKOUT).id("raw").build();
    Step declared =
        Step.uses(Fixtures.CHECKOUT)
            .id("declared")
            .inputRole("keep-token", InputRole.KEEPS_CREDENTIALS)
            .build();
    assertEquals(
        List.of(AT + "job a: step declared: " + PersistedCredentials.message("keep-token")),
        problems(raw, declared));
  }

  private static List<String> problems(Step... steps) {
    return RuleTesting.problems(
        new PersistedCredentials(), workflow(job("a").steps(List.of(steps)).build()).build());
  }
}
