package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.codegen.Buildable;
import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code strategy:}: a matrix of axes with include and exclude entries, fail-fast and max-parallel.
 * See <a
 * href="https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/run-job-variations">matrices</a>.
 */
@Buildable
public record Strategy(
    @Buildable.Adder("axis") List<MatrixAxis> axes,
    List<Map<String, Object>> include,
    List<Map<String, Object>> exclude,
    Boolean failFast,
    Integer maxParallel) {

  public Strategy {
    axes = Ordered.copyOf(axes, "matrix axes");
    include = copyEntries(include, "matrix include");
    exclude = copyEntries(exclude, "matrix exclude");
    if (axes.isEmpty() && include.isEmpty())
      throw new IllegalArgumentException("a matrix needs an axis or an include");
    if (maxParallel != null && maxParallel < 1)
      throw new IllegalArgumentException("max-parallel must be at least 1");
    List<String> names = axes.stream().map(MatrixAxis::name).toList();
    for (Map<String, Object> e : exclude) {
      for (String k : e.keySet()) {
        if (!names.contains(k))
          throw new IllegalArgumentException(
              "matrix exclude names '" + k + "', which is not an axis " + names);
      }
    }
  }

  private static List<Map<String, Object>> copyEntries(
      List<Map<String, Object>> entries, String what) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> e : Ordered.copyOf(entries, what)) {
      e.values().forEach(v -> MatrixValues.check(v, what));
      out.add(Ordered.copyOf(e, what));
    }
    return List.copyOf(out);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** The keys {@code matrix.<key>} may name: axes and keys that include entries add. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(axes.stream().map(MatrixAxis::name).toList());
    include.forEach(e -> e.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add));
    return keys;
  }

  public static final class Builder extends StrategyBuilderBase {
    private Builder() {}

    /**
     * An include entry; give keys ({@link MatrixAxis}, {@link MatrixKey} or, untyped, a String) and
     * values in pairs, in the order they should render.
     */
    public Builder include(Object... keyValues) {
      include.add(pairs(keyValues));
      return this;
    }

    public Builder exclude(Object... keyValues) {
      exclude.add(pairs(keyValues));
      return this;
    }

    private static String key(Object key) {
      if (key instanceof MatrixAxis axis) return axis.name();
      if (key instanceof MatrixKey k) return k.name();
      if (key instanceof String s) return s;
      throw new IllegalArgumentException(
          "a matrix key is a MatrixAxis, MatrixKey or String, not " + key);
    }

    private static Map<String, Object> pairs(Object... kv) {
      if (kv.length == 0 || kv.length % 2 != 0)
        throw new IllegalArgumentException("matrix entry needs key, value pairs");
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < kv.length; i += 2) m.put(key(kv[i]), kv[i + 1]);
      return m;
    }
  }
}
