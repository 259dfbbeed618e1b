package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.Fixtures;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CheckoutPersistsCredentials}: its message, a workflow it accepts, and the workflows it
 * rejects.
 */
class CheckoutPersistsCredentialsTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "checks out with persisted credentials; set persist-credentials: false (or declare the step pushes)",
        CheckoutPersistsCredentials.message());
  }

  @Test
  void accepts_a_workflow_without_the_mistake() {
    assertEquals(
        List.of(),
        RuleTesting.problems(
            new CheckoutPersistsCredentials(), workflow(job("a").build()).build()));
  }

  @Test
  void rejects_checkout_that_persists_credentials_unless_the_step_pushes() {
    RunJob j = job("a").step(Step.uses(Fixtures.CHECKOUT).id("co").build()).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: step co: " + CheckoutPersistsCredentials.message(),
        workflow(j).build());
    RunJob pushing = job("a").step(Step.uses(Fixtures.CHECKOUT).id("co").pushes().build()).build();
    assertEquals(List.of(), RuleTesting.problems(workflow(pushing).build()));
  }
}
