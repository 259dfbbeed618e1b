package ai.vibevoice.cicd.pipelines.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Dockerfile's final image can run, read from the text: the stages it is built from (a
 * {@code FROM base-${TARGETARCH}} stands for every stage of that prefix, since both platforms are
 * built) and the packages their {@code apt-get install} lines add. Python images bring python.
 */
final class Dockerfiles {
  private static final Pattern FROM =
      Pattern.compile("(?im)^FROM\\s+(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$");
  private static final Pattern INSTALL = Pattern.compile("apt-get install([^&;]*)");

  private Dockerfiles() {}

  /**
   * True when every variant of the final stage has {@code executable} (curl, wget, python,
   * python3).
   */
  static boolean finalStageHas(String dockerfile, String executable) {
    String text = dockerfile.replaceAll("\\\\\\r?\\n", " ");
    Map<String, Stage> stages = new LinkedHashMap<>();
    Matcher m = FROM.matcher(text);
    List<int[]> bounds = new ArrayList<>();
    List<String[]> heads = new ArrayList<>();
    while (m.find()) {
      bounds.add(new int[] {m.start(), m.end()});
      heads.add(new String[] {m.group(1), m.group(2)});
    }
    Stage last = null;
    for (int i = 0; i < heads.size(); i++) {
      String body =
          text.substring(
              bounds.get(i)[1], i + 1 < bounds.size() ? bounds.get(i + 1)[0] : text.length());
      String name = heads.get(i)[1] == null ? "#" + i : heads.get(i)[1];
      last = new Stage(heads.get(i)[0], body);
      stages.put(name.toLowerCase(Locale.ROOT), last);
    }
    return last != null && has(last, stages, executable.toLowerCase(Locale.ROOT), 0);
  }

  /**
   * Every variant the stage may be built from must have it (one platform without it fails there).
   */
  private static boolean has(Stage stage, Map<String, Stage> stages, String executable, int depth) {
    if (depth > 20) return false;
    if (installs(stage.body(), executable)) return true;
    String base = stage.from().toLowerCase(Locale.ROOT);
    if (base.contains("${")) {
      String prefix = base.substring(0, base.indexOf("${"));
      List<Stage> variants =
          stages.entrySet().stream()
              .filter(e -> e.getKey().startsWith(prefix))
              .map(Map.Entry::getValue)
              .toList();
      return !variants.isEmpty()
          && variants.stream().allMatch(v -> has(v, stages, executable, depth + 1));
    }
    Stage parent = stages.get(base);
    if (parent != null) return has(parent, stages, executable, depth + 1);
    return executable.startsWith("python") && base.startsWith("python:");
  }

  private static boolean installs(String body, String executable) {
    Matcher m = INSTALL.matcher(body);
    while (m.find()) {
      for (String word : m.group(1).trim().split("\\s+")) {
        if (word.startsWith("-")) continue;
        if (word.equals(executable)
            || (executable.startsWith("python") && word.matches("python3(\\.\\d+)?"))) return true;
      }
    }
    return false;
  }

  private record Stage(String from, String body) {}
}
