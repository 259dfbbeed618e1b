package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.expr.Contexts;
import ai.vibevoice.cicd.dsl.expr.StepRef;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.dsl.workflow.LocalWorkflow;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/** What the rule tests share: the problems of a set as the generator prints them. */
final class RuleTesting {
  /** Where a problem of the fixtures' workflow is reported. */
  static final String AT = ".github/workflows/test.yml: ";

  private RuleTesting() {}

  /** Every problem the whole registry finds. */
  static List<String> problems(Workflow... workflows) {
    return WorkflowValidator.validate(List.of(workflows)).stream().map(Problem::toString).toList();
  }

  /** The problems {@code rule} alone finds. */
  static List<String> problems(Rule rule, Workflow... workflows) {
    List<String> found = new ArrayList<>();
    new Walker(List.of(rule), (at, message) -> found.add(Problem.at(at, message).toString()))
        .walk(List.of(workflows));
    return found;
  }

  /**
   * The message of {@link ContextNotAvailable} for {@code ref} read at {@code place}, where the
   * contexts {@code available} (separated by spaces) are.
   */
  static String notAvailable(String ref, String context, String place, String available) {
    return ContextNotAvailable.message(ref, context, place, List.of(available.split(" ")));
  }

  /**
   * The problems {@code rule} alone finds in a call of a workflow that requires input digest and
   * secret token, passing input nope and secret other instead; the callee is generated in the same
   * set when {@code calleeInSet}.
   */
  static List<String> problemsOfMismatchedCall(Rule rule, boolean calleeInSet) {
    Workflow callee = callee();
    Workflow caller =
        workflow(
                Job.call("call", new LocalWorkflow(callee))
                    .with("nope", "1")
                    .secret("other", Contexts.secrets("X"))
                    .build())
            .build();
    return calleeInSet ? problems(rule, caller, callee) : problems(rule, caller);
  }

  /**
   * The problems {@code rule} alone finds in a call of the same workflow passing input nope and
   * inheriting every secret (so no secret can be unknown or missing).
   */
  static List<String> problemsOfInheritingCall(Rule rule) {
    Workflow callee = callee();
    Workflow caller =
        workflow(
                Job.call("call", new LocalWorkflow(callee))
                    .with("nope", "1")
                    .secretsInherit("the callee reads the organisation's token")
                    .build())
            .build();
    return problems(rule, caller, callee);
  }

  /** A called workflow that requires input digest and secret token. */
  private static Workflow callee() {
    return Workflow.builder("callee.yml", "Callee")
        .on(
            WorkflowCall.builder()
                .input(WorkflowInput.string("digest", "image digest", null).asRequired())
                .secret("token", "a token", true)
                .build())
        .job(job("x").build())
        .build();
  }

  static void assertOnly(String expected, Workflow... workflows) {
    assertEquals(List.of(expected), problems(workflows));
  }

  /** A run step {@code id} whose env reads {@code ${{ steps.<stepId>.outcome }}}. */
  static Step readsOutcomeOf(String stepId, String id) {
    return Step.run("x")
        .id(id)
        .env("A", new StepRef(stepId, StepRef.Property.OUTCOME, null))
        .build();
  }
}
