package ai.vibevoice.cicd.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Container;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The model's builders are written by hand, so a component added to a record and forgotten in its
 * {@code toBuilder()} or {@code build()} would silently drop a setting. Every value of the
 * platform's workflows and Dependabot configuration that has a builder must rebuild to itself, and
 * {@code build()} must give the same value twice.
 */
class ModelBuildersTest {
  @Test
  void every_model_value_of_the_platform_rebuilds_to_itself_through_its_builder() throws Exception {
    List<Object> roots = new ArrayList<>();
    Pipelines.all().forEach(s -> roots.add(s.workflow()));
    roots.add(Dependabot.config());
    // The platform's jobs run no container: one with every field set stands in for them.
    roots.add(
        Container.builder(Text.of("python:3.11-slim"))
            .env("A", "1")
            .ports("8000:8000")
            .volumes("/tmp:/tmp")
            .options("--cpus 1")
            .build());
    Walk walk = new Walk();
    for (Object root : roots) walk.visit(root);
    assertEquals(List.of(), List.copyOf(walk.differ));
    assertEquals(
        "CallJob Container PullRequest Push RunJob Step Strategy Update Workflow WorkflowCall",
        String.join(" ", walk.rebuilt));
  }

  /** Visits records, lists and maps depth first, rebuilding every record that has a builder. */
  private static final class Walk {
    final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<String> rebuilt = new TreeSet<>();
    final Set<String> differ = new TreeSet<>();

    void visit(Object o) throws Exception {
      if (o == null || !seen.add(o)) return;
      if (o instanceof Collection<?> c) {
        for (Object e : c) visit(e);
      } else if (o instanceof Map<?, ?> m) {
        for (Object e : m.values()) visit(e);
      } else if (o.getClass().isRecord()) {
        rebuild(o);
        for (RecordComponent rc : o.getClass().getRecordComponents()) {
          Method accessor = rc.getAccessor();
          accessor.setAccessible(true);
          visit(accessor.invoke(o));
        }
      }
    }

    private void rebuild(Object value) throws Exception {
      Method toBuilder;
      try {
        toBuilder = value.getClass().getMethod("toBuilder");
      } catch (NoSuchMethodException e) {
        return;
      }
      Object builder = toBuilder.invoke(value);
      Method build = builder.getClass().getMethod("build");
      build.setAccessible(true);
      Object once = build.invoke(builder);
      Object twice = build.invoke(builder);
      String type = value.getClass().getSimpleName();
      rebuilt.add(type);
      if (!value.equals(once)) differ.add(type + " rebuilt loses " + changed(value, once));
      if (!once.equals(twice)) differ.add(type + " built twice differs in " + changed(once, twice));
    }

    /** The names of the components in which two records of one type differ. */
    private static List<String> changed(Object a, Object b) throws Exception {
      List<String> names = new ArrayList<>();
      for (RecordComponent rc : a.getClass().getRecordComponents()) {
        Method accessor = rc.getAccessor();
        accessor.setAccessible(true);
        if (!Objects.equals(accessor.invoke(a), accessor.invoke(b))) names.add(rc.getName());
      }
      return names;
    }
  }
}
