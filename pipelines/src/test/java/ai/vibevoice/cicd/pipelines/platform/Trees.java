package ai.vibevoice.cicd.pipelines.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reading the plain data trees of YAML files (Compose, Helm values, rendered manifests) in tests.
 */
public final class Trees {
  private Trees() {}

  /** The entries of {@code map} under {@code keys}, in that order, those present. */
  public static <V> Map<String, V> select(Map<String, V> map, String... keys) {
    Map<String, V> selected = new LinkedHashMap<>();
    for (String k : keys) if (map.containsKey(k)) selected.put(k, map.get(k));
    return selected;
  }

  /** {@code value} as a map, or an empty map when it is not one. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
