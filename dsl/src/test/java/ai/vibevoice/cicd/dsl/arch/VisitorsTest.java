package ai.vibevoice.cicd.dsl.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.ExprVisitor;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.JobVisitor;
import ai.vibevoice.cicd.dsl.trigger.Trigger;
import ai.vibevoice.cicd.dsl.trigger.TriggerVisitor;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No sealed family can outgrow its visitor: Java 17 does not check switch exhaustiveness, visitors
 * do.
 */
class VisitorsTest {
  @Test
  void every_expression_kind_has_a_visitor_method() {
    assertCovered(Expr.class, ExprVisitor.class);
  }

  @Test
  void every_trigger_kind_has_a_visitor_method() {
    assertCovered(Trigger.class, TriggerVisitor.class);
  }

  @Test
  void every_job_kind_has_a_visitor_method() {
    assertCovered(Job.class, JobVisitor.class);
  }

  @Test
  void every_expression_kind_with_sub_expressions_lists_them_as_its_children() {
    List<String> composite =
        kinds(Expr.class).stream()
            .filter(
                k ->
                    Arrays.stream(k.getRecordComponents())
                        .anyMatch(
                            c ->
                                c.getType() == Expr.class
                                    || c.getGenericType()
                                        .getTypeName()
                                        .equals("java.util.List<" + Expr.class.getName() + ">")))
            .map(Class::getSimpleName)
            .sorted()
            .toList();
    assertEquals(List.of("Binary", "Call", "Index", "Not"), composite);
    for (Class<?> k : kinds(Expr.class)) {
      boolean overrides =
          Arrays.stream(k.getDeclaredMethods()).anyMatch(m -> m.getName().equals("children"));
      assertEquals(composite.contains(k.getSimpleName()), overrides, k + " and children()");
    }
  }

  /**
   * The records of a sealed family, through its sealed sub-interfaces ({@code Expr}'s {@code Ref}).
   */
  private static List<Class<?>> kinds(Class<?> family) {
    return Arrays.stream(family.getPermittedSubclasses())
        .flatMap(k -> k.isSealed() ? kinds(k).stream() : Stream.of(k))
        .toList();
  }

  private static void assertCovered(Class<?> family, Class<?> visitor) {
    List<Class<?>> kinds = kinds(family);
    List<Class<?>> visited =
        Arrays.stream(visitor.getDeclaredMethods())
            .filter(m -> m.getParameterCount() == 1)
            .<Class<?>>map(m -> m.getParameterTypes()[0])
            .toList();
    assertEquals(
        kinds.size(), visited.size(), "visitor " + visitor.getSimpleName() + " vs " + kinds);
    assertTrue(visited.containsAll(kinds), visitor.getSimpleName() + " misses one of " + kinds);
    for (Method m : visitor.getDeclaredMethods())
      assertTrue(m.getName().startsWith("visit"), m.toString());
  }
}
