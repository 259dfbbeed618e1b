package ai.vibevoice.cicd.dsl.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.ExprVisitor;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.JobVisitor;
import ai.vibevoice.cicd.dsl.trigger.Trigger;
import ai.vibevoice.cicd.dsl.trigger.TriggerVisitor;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Data flows one way: model -> validation -> tree -> YAML. And no sealed family can outgrow its visitor. */
class ArchitectureTest {
  private static final Path SOURCES = Path.of("src/main/java/ai/vibevoice/cicd/dsl");
  private static final List<String> MODEL = List.of("expr", "trigger", "permission", "job", "step", "workflow", "util", "file", "dependabot");

  @Test
  void the_model_imports_nothing_from_the_renderer_validator_or_docs() throws IOException {
    for (String pkg : MODEL) {
      try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          for (String line : Files.readAllLines(f)) {
            if (line.startsWith("import ")) {
              assertTrue(!line.contains(".dsl.render.") && !line.contains(".dsl.validate.") && !line.contains(".dsl.doc.")
                      && !line.contains("snakeyaml"),
                  f + " imports " + line);
            }
          }
        }
      }
    }
  }

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

  private static void assertCovered(Class<?> family, Class<?> visitor) {
    List<Class<?>> kinds = Arrays.asList(family.getPermittedSubclasses());
    List<Class<?>> visited = Arrays.stream(visitor.getDeclaredMethods())
        .filter(m -> m.getParameterCount() == 1).<Class<?>>map(m -> m.getParameterTypes()[0]).toList();
    assertEquals(kinds.size(), visited.size(), "visitor " + visitor.getSimpleName() + " vs " + kinds);
    assertTrue(visited.containsAll(kinds), visitor.getSimpleName() + " misses one of " + kinds);
    for (Method m : visitor.getDeclaredMethods()) assertTrue(m.getName().startsWith("visit"), m.toString());
  }
}
