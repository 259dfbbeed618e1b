package ai.vibevoice.cicd.dsl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    new Walker(List.of(rule), (at, message) -> found.add(new Problem(at.workflow().fileName(),
        at.job() == null ? null : at.job().id(), at.step(), message).toString())).walk(List.of(workflows));
    return found;
  }

  /** The message of {@link ContextNotAvailable} for {@code ref} read at {@code place}. */
  static String notAvailable(String ref, String context, String place, String... available) {
    return ContextNotAvailable.message(ref, context, place, List.of(available));
  }

  static void assertOnly(String expected, Workflow... workflows) {
    assertEquals(List.of(expected), problems(workflows));
  }
}
