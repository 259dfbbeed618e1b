package ai.vibevoice.cicd.pipelines.scripts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for a command (docker, gh, cosign, ...) that a script under test calls: a small bash
 * script that appends its arguments to a log, one line per call, then answers by the first rule
 * whose pattern matches the arguments joined by spaces ({@code *} matches anything, every other
 * character itself). A call no rule matches fails with exit 97, so an unexpected command never
 * passes silently.
 */
final class Stub {
  /** Exit status of a call no rule answers. */
  static final int UNEXPECTED = 97;

  private record Rule(String pattern, Answer answer) {}

  private final String name;
  private final List<Rule> rules = new ArrayList<>();
  private Answer otherwise;

  private Stub(String name) {
    this.name = name;
  }

  /** A stub of {@code name}; with no rule it answers every call with exit 97. */
  static Stub command(String name) {
    return new Stub(name);
  }

  String name() {
    return name;
  }

  /**
   * Answers calls whose arguments match {@code pattern}, e.g. {@code "buildx imagetools create *"}.
   */
  Stub on(String pattern, Answer answer) {
    rules.add(new Rule(pattern, answer));
    return this;
  }

  /** Answers every call no rule matched. */
  Stub otherwise(Answer answer) {
    this.otherwise = answer;
    return this;
  }

  /**
   * Writes the stub to {@code executable}, its answers' data under {@code dataDir}, logging to
   * {@code log}.
   */
  void install(Path executable, Path bash, Path log, Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    Files.createDirectories(executable.getParent());
    StringBuilder sh = new StringBuilder();
    sh.append("#!").append(bash).append('\n');
    sh.append("# Stub of '")
        .append(name)
        .append("' written by ScriptRun: logs the call, answers by the first matching rule.\n");
    // One line per call: each argument preceded by \x1f, with backslashes doubled and newlines as
    // \n.
    sh.append("line=\"\"\n");
    sh.append(
        "for arg in \"$@\"; do arg=\"${arg//\\\\/\\\\\\\\}\"; line+=$'\\x1f'\"${arg//$'\\n'/\\\\n}\"; done\n");
    sh.append("printf '%s\\n' \"$line\" >> ").append(quote(log.toString())).append('\n');
    sh.append("STUB_ARGS=(\"$@\")\n");
    sh.append("option() { local prev=\"\" arg; for arg in \"${STUB_ARGS[@]}\"; do ")
        .append(
            "if [ \"$prev\" = \"$1\" ]; then printf '%s\\n' \"$arg\"; return 0; fi; prev=\"$arg\"; done; return 1; }\n");
    int n = 0;
    for (Rule rule : rules) {
      n++;
      sh.append("if [[ \"$*\" == ").append(pattern(rule.pattern())).append(" ]]; then\n");
      answer(sh, rule.answer(), dataDir, Integer.toString(n));
      sh.append("fi\n");
    }
    if (otherwise != null) {
      answer(sh, otherwise, dataDir, "otherwise");
    } else {
      sh.append("printf '%s\\n' \"stub ")
          .append(name.replace("\"", ""))
          .append(": no answer for: $*\" >&2\n");
      sh.append("exit ").append(UNEXPECTED).append('\n');
    }
    Files.writeString(executable, sh.toString());
    Files.setPosixFilePermissions(executable, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static void answer(StringBuilder sh, Answer answer, Path dataDir, String key)
      throws IOException {
    if (!answer.stdout().isEmpty()) {
      Path out = Files.writeString(dataDir.resolve(key + ".stdout"), answer.stdout());
      sh.append("  cat ").append(quote(out.toString())).append('\n');
    }
    if (!answer.stderr().isEmpty()) {
      Path err = Files.writeString(dataDir.resolve(key + ".stderr"), answer.stderr());
      sh.append("  cat ").append(quote(err.toString())).append(" >&2\n");
    }
    if (answer.data() != null) {
      Path data = Files.writeString(dataDir.resolve(key + ".data"), answer.data());
      sh.append("  STUB_DATA=").append(quote(data.toString())).append('\n');
    }
    if (answer.script() != null) {
      // Not `( ... ) || exit`: errexit is ignored inside a command on the left of ||.
      sh.append("  ( set -eo pipefail\n").append(answer.script()).append("\n  )\n");
      sh.append("  status=$?; [ \"$status\" -eq 0 ] || exit \"$status\"\n");
    }
    sh.append("  exit ").append(answer.exit()).append('\n');
  }

  /** A bash pattern: {@code *} is a wildcard, everything else is quoted. */
  static String pattern(String glob) {
    StringBuilder p = new StringBuilder();
    String[] literals = glob.split("\\*", -1);
    for (int i = 0; i < literals.length; i++) {
      if (i > 0) p.append('*');
      if (!literals[i].isEmpty()) p.append(quote(literals[i]));
    }
    return p.length() == 0 ? "''" : p.toString();
  }

  /** {@code text} in single quotes for bash. */
  static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
