package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.job.RunJob;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NeedsCycle}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class NeedsCycleTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals("needs form a cycle: a -> b -> a", NeedsCycle.message(List.of("a", "b", "a")));
  }

  @Test
  void rejects_needs_cycle() {
    RunJob a = job("a").build();
    RunJob b = job("b").needs(a).build();
    RunJob c = job("c").needs(b).build();
    RunJob aCyclic = a.toBuilder().needs(c).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: " + NeedsCycle.message(List.of("a", "c", "b", "a")),
        workflow(aCyclic, b, c).build());
  }
}
