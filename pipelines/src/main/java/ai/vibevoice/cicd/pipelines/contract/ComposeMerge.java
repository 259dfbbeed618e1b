package ai.vibevoice.cicd.pipelines.contract;

import ai.vibevoice.cicd.dsl.file.YamlTag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Docker Compose's merge of several files into one model, by the rules of the Compose Specification
 * (<a href="https://docs.docker.com/reference/compose-file/merge/">merge</a>) as compose-go applies
 * them: mappings merge key by key; {@code environment}, {@code labels}, {@code annotations}, {@code
 * sysctls} and {@code build.args} are normalised to mappings first (list entries {@code
 * KEY=VALUE}), so they merge variable by variable; {@code volumes} are keyed by their target;
 * {@code ports}, {@code networks} in list form and the other sequences Compose keeps unique ({@code
 * dns}, {@code cap_add}, {@code profiles}...) are unions; {@code command}, {@code entrypoint} and
 * {@code healthcheck.test} are replaced; other sequences are appended; {@code !reset} removes a key
 * and {@code !override} replaces a value whole. The result holds no tags.
 */
public final class ComposeMerge {
  private ComposeMerge() {}

  /** The files merged in order, each a document as {@link YamlFiles#read} returns it. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> merge(List<Object> files) {
    Map<String, Object> merged = new LinkedHashMap<>();
    for (Object file : files) {
      merged = (Map<String, Object>) merge(merged, normalise(file, ""), "");
    }
    return merged;
  }

  /** The merged services. */
  @SuppressWarnings("unchecked")
  public static Map<String, Map<String, Object>> services(Map<String, Object> merged) {
    Object services = merged.get("services");
    return services == null ? Map.of() : (Map<String, Map<String, Object>>) services;
  }

  /**
   * Sequences whose equal items Compose keeps once (compose-go's unique resources that are plain
   * strings).
   */
  private static final Set<String> UNIQUE_SEQUENCES =
      Set.of(
          "ports",
          "networks",
          "dns",
          "dns_search",
          "dns_opt",
          "cap_add",
          "cap_drop",
          "profiles",
          "expose",
          "tmpfs",
          "links");

  /**
   * Sequences of {@code KEY=VALUE} entries that Compose merges key by key, by their path's last two
   * segments or last one.
   */
  private static final Set<String> KEY_VALUE_SEQUENCES =
      Set.of("environment", "labels", "annotations", "sysctls", "build.args");

  private static Object merge(Object base, Object override, String path) {
    if (override instanceof YamlTag tag) {
      return tag.tag().equals("!reset") ? Reset.INSTANCE : resolve(tag.value());
    }
    if (base instanceof Map<?, ?> b && override instanceof Map<?, ?> o) {
      Map<String, Object> result = new LinkedHashMap<>();
      b.forEach((k, v) -> result.put((String) k, v));
      o.forEach(
          (k, v) -> {
            String key = (String) k;
            Object next = merge(result.get(key), v, path.isEmpty() ? key : path + "." + key);
            if (next == Reset.INSTANCE) result.remove(key);
            else result.put(key, next);
          });
      return result;
    }
    if (base instanceof List<?> b && override instanceof List<?> o && !replacedSequence(path)) {
      List<Object> result = new ArrayList<>(b);
      if (path.endsWith(".volumes")) {
        for (Object item : o) {
          result.removeIf(existing -> target(existing).equals(target(item)));
          result.add(item);
        }
      } else {
        boolean unique = UNIQUE_SEQUENCES.contains(last(path));
        for (Object item : o) {
          if (!unique || !result.contains(item)) result.add(item);
        }
      }
      return result;
    }
    return resolve(override);
  }

  /**
   * {@code value} without tags: {@code !reset} entries dropped, {@code !override} values taken as
   * they are.
   */
  private static Object resolve(Object value) {
    if (value instanceof YamlTag tag) {
      return tag.tag().equals("!reset") ? null : resolve(tag.value());
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> result = new LinkedHashMap<>();
      map.forEach(
          (k, v) -> {
            if (!(v instanceof YamlTag tag && tag.tag().equals("!reset")))
              result.put((String) k, resolve(v));
          });
      return result;
    }
    if (value instanceof List<?> list) {
      List<Object> result = new ArrayList<>();
      for (Object item : list) result.add(resolve(item));
      return result;
    }
    return value;
  }

  private static String last(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  private static boolean keyValueSequence(String path) {
    int dot = path.lastIndexOf('.');
    int previous = dot < 0 ? -1 : path.lastIndexOf('.', dot - 1);
    return KEY_VALUE_SEQUENCES.contains(last(path))
        || KEY_VALUE_SEQUENCES.contains(path.substring(previous + 1));
  }

  private static boolean replacedSequence(String path) {
    return path.endsWith(".command")
        || path.endsWith(".entrypoint")
        || path.endsWith(".healthcheck.test");
  }

  /**
   * Key-value sequences ({@code environment}, {@code labels}...) given as lists of {@code
   * KEY=VALUE} become mappings before merging.
   */
  private static Object normalise(Object value, String path) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> result = new LinkedHashMap<>();
      map.forEach(
          (k, v) ->
              result.put((String) k, normalise(v, path.isEmpty() ? (String) k : path + "." + k)));
      return result;
    }
    if (value instanceof List<?> list && keyValueSequence(path)) {
      Map<String, Object> result = new LinkedHashMap<>();
      for (Object item : list) {
        String entry = String.valueOf(item);
        int eq = entry.indexOf('=');
        result.put(
            eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? null : entry.substring(eq + 1));
      }
      return result;
    }
    if (value instanceof YamlTag tag && tag.value() != null) {
      return new YamlTag(tag.tag(), normalise(tag.value(), path));
    }
    return value;
  }

  /** The container path of a volume in short ({@code source:target[:mode]}) or long syntax. */
  private static String target(Object volume) {
    if (volume instanceof Map<?, ?> map) return String.valueOf(map.get("target"));
    String[] parts = String.valueOf(volume).replaceAll("\\$\\{[^}]*}", "X").split(":");
    return parts.length >= 2 ? parts[1] : parts[0];
  }

  private enum Reset {
    INSTANCE
  }
}
