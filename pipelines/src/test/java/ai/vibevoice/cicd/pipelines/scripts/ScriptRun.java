package ai.vibevoice.cicd.pipelines.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Defaults;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs a step's script as GitHub's runner does ({@code bash --noprofile --norc -eo pipefail FILE}
 * in the workspace) in a temporary directory: {@link Stub}s first on {@code PATH}, then only a few
 * real tools (bash, jq, coreutils, grep, sed), so a command the test did not stub is not found
 * instead of reaching the network; {@code GITHUB_OUTPUT}, {@code GITHUB_ENV}, {@code
 * GITHUB_STEP_SUMMARY} and {@code GITHUB_PATH} are files, {@code RUNNER_TEMP} a directory. Every
 * expression in the step's environment must be given a value by the test ({@link Builder#expr}) or
 * the run is refused.
 */
final class ScriptRun {
  /** Real commands the scripts may use besides the stubs. */
  static final List<String> REAL_TOOLS =
      List.of(
          "bash",
          "jq",
          "cat",
          "mkdir",
          "touch",
          "id",
          "basename",
          "dirname",
          "grep",
          "sed",
          "tr",
          "head",
          "tail",
          "sort",
          "uniq",
          "wc",
          "cut",
          "env",
          "rm",
          "cp",
          "mv",
          "ls",
          "tee",
          "mktemp",
          "awk",
          "true",
          "false");

  /**
   * Variables the runner sets that the scripts read; the workflow, the job, the step and the test
   * may override them.
   */
  static final Map<String, String> RUNNER_DEFAULTS =
      Map.of(
          "CI", "true",
          "GITHUB_ACTIONS", "true",
          "GITHUB_SERVER_URL", "https://github.com",
          "GITHUB_REPOSITORY", TestValues.REPOSITORY,
          "GITHUB_ACTOR", "octocat",
          "GITHUB_REF", "refs/heads/main",
          "GITHUB_EVENT_NAME", "push",
          "RUNNER_OS", "Linux");

  /** The files a step writes its outputs, environment, summary and PATH additions to. */
  private static final List<String> RUNNER_FILES =
      List.of("GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_STEP_SUMMARY", "GITHUB_PATH");

  /** A hang is a failure, not a wait: scripts under test finish in well under a second. */
  private static final long HANG_GUARD_SECONDS = 120;

  private ScriptRun() {}

  /**
   * A run of the step's script with the step's environment (expressions still to be given values).
   */
  static Builder of(PipelineStep step) {
    String shell = shell(step);
    if (!"bash".equals(shell)) {
      throw new AssertionError(step.where() + " runs in " + shell + ", not bash");
    }
    return new Builder(step.where(), step.script(), step.env(), workingDirectory(step));
  }

  /** A run of {@code script} with no environment of its own (for the harness's own tests). */
  static Builder script(String script) {
    return new Builder("script", script, Map.of(), null);
  }

  private static String shell(PipelineStep s) {
    return inherited(s, s.step().shell(), Defaults::shell)
        // Without a shell GitHub runs `bash -e {0}`: no pipefail, so not what the harness runs.
        .orElse("the runner's default shell (bash -e, without pipefail)");
  }

  private static String workingDirectory(PipelineStep s) {
    return inherited(s, s.step().workingDirectory(), Defaults::workingDirectory).orElse(null);
  }

  /** The step's {@code own} setting, else its job's default, else its workflow's. */
  private static Optional<String> inherited(
      PipelineStep s, String own, Function<Defaults, String> setting) {
    if (own != null) return Optional.of(own);
    return Stream.of(s.job().defaults(), s.workflow().defaults())
        .filter(d -> d != null && setting.apply(d) != null)
        .map(setting)
        .findFirst();
  }

  /** Sets up one run; {@link #run(Path)} executes it. */
  static final class Builder {
    private final String where;
    private final String script;
    private final Map<String, Text> stepEnv;
    private final String workingDirectory;
    private final Map<String, String> expressions = new LinkedHashMap<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<Stub> stubs = new ArrayList<>();
    private final Map<String, Stub> stubsAt = new LinkedHashMap<>();
    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, String> tempFiles = new LinkedHashMap<>();

    private Builder(
        String where, String script, Map<String, Text> stepEnv, String workingDirectory) {
      this.where = where;
      this.script = script;
      this.stepEnv = stepEnv;
      this.workingDirectory = workingDirectory;
    }

    /**
     * Gives {@code ${{ expression }}} (e.g. {@code inputs.tts-digest}) a value wherever the step's
     * env uses it.
     */
    Builder expr(String expression, String value) {
      return put(expressions, expression, value);
    }

    /** Sets a variable, overriding the runner's, the workflow's, the job's and the step's value. */
    Builder env(String name, String value) {
      return put(env, name, value);
    }

    /** Puts {@code stub} on {@code PATH} under its name. */
    Builder stub(Stub stub) {
      stubs.add(stub);
      return this;
    }

    /**
     * Puts {@code stub} at {@code relativePath} in the workspace (e.g. {@code scripts/ci-helper}).
     */
    Builder stubAt(String relativePath, Stub stub) {
      return put(stubsAt, relativePath, stub);
    }

    /** A file in the workspace, as an earlier step or the checkout left it. */
    Builder file(String relativePath, String content) {
      return put(files, relativePath, content);
    }

    /** A file under {@code RUNNER_TEMP}, as an earlier step left it. */
    Builder runnerTempFile(String relativePath, String content) {
      return put(tempFiles, relativePath, content);
    }

    /** What every setter of a keyed setting does: the later value for a key wins. */
    private <V> Builder put(Map<String, V> settings, String key, V value) {
      settings.put(key, value);
      return this;
    }

    /** Runs the script in a new directory under {@code parent} and returns what it did. */
    Result run(Path parent) {
      try {
        return execute(Files.createTempDirectory(parent, "run-"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private Result execute(Path root) throws IOException, InterruptedException {
      Path bash = onPath("bash").orElseThrow(() -> new AssertionError("bash is not on PATH"));
      Path workspace = Files.createDirectories(root.resolve("workspace"));
      Path runnerTemp = Files.createDirectories(root.resolve("runner-temp"));
      Path home = Files.createDirectories(root.resolve("home"));
      Path tmp = Files.createDirectories(root.resolve("tmp"));
      Path bin = Files.createDirectories(root.resolve("stubs"));
      Path tools = Files.createDirectories(root.resolve("tools"));
      Path calls = Files.createDirectories(root.resolve("calls"));
      Path github = Files.createDirectories(root.resolve("github"));
      Path data = root.resolve("stub-data");
      for (String tool : REAL_TOOLS) {
        Optional<Path> real = onPath(tool);
        if (real.isPresent()) {
          // A wrapper, not a symbolic link: JUnit warns about links leaving its temporary
          // directory.
          Path wrapper =
              Files.writeString(
                  tools.resolve(tool),
                  "#!" + bash + "\nexec " + Stub.quote(real.get().toString()) + " \"$@\"\n");
          Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        } else if (tool.equals("jq")) {
          throw new AssertionError("jq is not on PATH: apt-get install jq");
        }
      }
      for (Stub stub : stubs) {
        stub.install(
            bin.resolve(stub.name()),
            bash,
            calls.resolve(logName(stub.name())),
            data.resolve(logName(stub.name())));
      }
      for (Map.Entry<String, Stub> e : stubsAt.entrySet()) {
        String key = e.getKey();
        e.getValue()
            .install(
                workspace.resolve(key),
                bash,
                calls.resolve(logName(key)),
                data.resolve(logName(key)));
      }
      write(workspace, files);
      write(runnerTemp, tempFiles);
      Map<String, Path> runnerFiles = new LinkedHashMap<>();
      for (String variable : RUNNER_FILES) {
        runnerFiles.put(variable, Files.createFile(github.resolve(variable)));
      }
      Path scriptFile = Files.writeString(root.resolve("script.sh"), script + "\n");

      Map<String, String> variables =
          new LinkedHashMap<>(
              Map.of(
                  "PATH", bin + File.pathSeparator + tools,
                  "HOME", home.toString(),
                  "TMPDIR", tmp.toString(),
                  "LANG", "C.UTF-8",
                  "LC_ALL", "C.UTF-8",
                  "GITHUB_WORKSPACE", workspace.toString(),
                  "RUNNER_TEMP", runnerTemp.toString()));
      runnerFiles.forEach((variable, file) -> variables.put(variable, file.toString()));
      variables.putAll(RUNNER_DEFAULTS);
      Map<String, String> unresolved = new TreeMap<>();
      for (Map.Entry<String, Text> e : stepEnv.entrySet()) {
        if (env.containsKey(e.getKey())) continue;
        String value = substitute(e.getValue());
        if (value == null) {
          unresolved.put(e.getKey(), e.getValue().render());
        } else {
          variables.put(e.getKey(), value);
        }
      }
      if (!unresolved.isEmpty()) {
        throw new AssertionError(
            where
                + ": give these variables test values, with expr(expression, value) or env(name, value): "
                + unresolved);
      }
      env.forEach(variables::put);

      Path cwd =
          workingDirectory == null
              ? workspace
              : Files.createDirectories(workspace.resolve(workingDirectory));
      Path stdout = root.resolve("stdout");
      Path stderr = root.resolve("stderr");
      ProcessBuilder pb =
          new ProcessBuilder(
                  bash.toString(),
                  "--noprofile",
                  "--norc",
                  "-eo",
                  "pipefail",
                  scriptFile.toString())
              .directory(cwd.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile());
      pb.environment().clear();
      pb.environment().putAll(variables);
      Process process = pb.start();
      if (!process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(where + ": the script did not finish (a stub waiting for input?)");
      }
      return new Result(
          where,
          process.exitValue(),
          Files.readString(stdout),
          Files.readString(stderr),
          Files.readString(runnerFiles.get("GITHUB_OUTPUT")),
          Files.readString(runnerFiles.get("GITHUB_ENV")),
          Files.readString(runnerFiles.get("GITHUB_STEP_SUMMARY")),
          Files.readString(runnerFiles.get("GITHUB_PATH")),
          calls,
          workspace,
          runnerTemp);
    }

    /** The text with each expression replaced by the test's value; null when one has none. */
    private String substitute(Text text) {
      StringBuilder value = new StringBuilder();
      for (Object part : text.parts()) {
        if (part instanceof Expr e) {
          String given = expressions.get(e.text());
          if (given == null) return null;
          value.append(given);
        } else {
          value.append(part);
        }
      }
      return value.toString();
    }

    private static void write(Path dir, Map<String, String> files) throws IOException {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path file = dir.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, f.getValue());
      }
    }
  }

  /** Where {@code command} is on this JVM's {@code PATH}, if anywhere. */
  static Optional<Path> onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) return Optional.empty();
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) continue;
      Path candidate = Path.of(dir, command);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static String logName(String command) {
    return command.replace('/', '_') + ".log";
  }

  /** What a run did: exit status, output streams, the runner files, and each stub's calls. */
  record Result(
      String where,
      int exitCode,
      String stdout,
      String stderr,
      String githubOutput,
      String githubEnv,
      String summary,
      String githubPath,
      Path callsDir,
      Path workspace,
      Path runnerTemp) {

    /**
     * The calls of the stub {@code command} (a name on PATH or a workspace path), in order, each
     * its argument list.
     */
    List<List<String>> calls(String command) {
      Path log = callsDir.resolve(logName(command));
      if (!Files.exists(log)) return List.of();
      try {
        List<List<String>> calls = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
          calls.add(decode(line));
        }
        return calls;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static List<String> decode(String line) {
      if (line.isEmpty()) return List.of();
      List<String> args = new ArrayList<>();
      for (String encoded : line.substring(1).split("\u001f", -1)) {
        StringBuilder arg = new StringBuilder();
        for (int i = 0; i < encoded.length(); i++) {
          char c = encoded.charAt(i);
          if (c == '\\' && i + 1 < encoded.length()) {
            char next = encoded.charAt(++i);
            arg.append(next == 'n' ? '\n' : next);
          } else {
            arg.append(c);
          }
        }
        args.add(arg.toString());
      }
      return args;
    }

    /** {@code GITHUB_OUTPUT} as name to value (the last write wins). */
    Map<String, String> outputs() {
      return keyValues(githubOutput);
    }

    /** {@code GITHUB_ENV} as name to value (the last write wins). */
    Map<String, String> envWritten() {
      return keyValues(githubEnv);
    }

    /** Fails with the run's streams unless the script exited 0. */
    Result assertSucceeded() {
      assertEquals(0, exitCode, () -> where + " failed\n" + streams());
      return this;
    }

    /** Fails with the run's streams unless the script exited non-zero. */
    Result assertFailed() {
      assertNotEquals(0, exitCode, () -> where + " passed\n" + streams());
      return this;
    }

    /** Fails with the run's streams unless the script wrote {@code text} to stderr. */
    Result assertStderrContains(String text) {
      assertTrue(
          stderr.contains(text), () -> where + ": no \"" + text + "\" on stderr\n" + streams());
      return this;
    }

    /** Both output streams, for failure messages. */
    String streams() {
      return "--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }

    /**
     * GitHub's file format: {@code name=value} lines, or {@code name<<DELIMITER} up to a line
     * {@code DELIMITER}.
     */
    static Map<String, String> keyValues(String text) {
      Map<String, String> values = new LinkedHashMap<>();
      List<String> lines = text.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        int heredoc = line.indexOf("<<");
        int eq = line.indexOf('=');
        if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
          String delimiter = line.substring(heredoc + 2);
          List<String> value = new ArrayList<>();
          i++;
          while (i < lines.size() && !lines.get(i).equals(delimiter)) {
            value.add(lines.get(i++));
          }
          if (i == lines.size()) {
            throw new AssertionError("no closing " + delimiter + " in\n" + text);
          }
          values.put(line.substring(0, heredoc), String.join("\n", value));
        } else if (eq > 0) {
          values.put(line.substring(0, eq), line.substring(eq + 1));
        } else if (!line.isEmpty()) {
          throw new AssertionError("not name=value: '" + line + "' in\n" + text);
        }
      }
      return values;
    }
  }
}
