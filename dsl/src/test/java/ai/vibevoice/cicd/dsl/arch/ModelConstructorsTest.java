package ai.vibevoice.cicd.dsl.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ArchitectureTest#model_records_are_made_by_their_builders} can fail. */
class ModelConstructorsTest {
  @Test
  void the_test_that_calls_steps_canonical_constructor_on_purpose_is_the_one_violation() {
    List<String> details =
        ArchitectureTest.model_records_are_made_by_their_builders
            .evaluate(
                new ClassFileImporter()
                    .importPackages("ai.vibevoice.cicd.dsl.step", "ai.vibevoice.cicd.dsl.validate"))
            .getFailureReport()
            .getDetails();
    assertEquals(1, details.size(), details::toString);
    assertTrue(
        details.get(0).contains("calls constructor <ai.vibevoice.cicd.dsl.step.Step.<init>(")
            && details.get(0).contains("(WorkflowValidatorTest.java:"),
        details.get(0));
  }
}
