package ai.vibevoice.cicd.pipelines.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * Every run step of every generated workflow passes shellcheck at its default severity, so a
 * quoting slip or a command whose failure is ignored fails the build instead of a run on GitHub. A
 * finding that is wrong for a script is disabled by a comment in that script, with its reason.
 */
class ShellcheckTest {
  /** Property that turns a missing shellcheck into a skipped test (never the default). */
  static final String OPTIONAL = "shellcheck.optional";

  @Test
  void every_run_step_of_every_workflow_passes_shellcheck(@TempDir Path tmp) throws Exception {
    Map<String, String> scripts = new LinkedHashMap<>();
    for (PipelineStep step : PipelineStep.all()) {
      assertNull(scripts.put(step.where(), step.script()), "two run steps at " + step.where());
    }
    assertTrue(scripts.size() > 40, "found only " + scripts.size() + " run steps");
    List<String> findings = findings(shellcheck(), scripts, tmp);
    if (!findings.isEmpty()) {
      fail(report(findings));
    }
  }

  /** The failure message: how many findings, what to do, then one finding a line. */
  static String report(List<String> findings) {
    return findings.size()
        + " shellcheck finding(s) in the generated run steps "
        + "(fix the script in its pipeline class, or disable the check there with a comment giving the reason):\n"
        + String.join("\n", findings);
  }

  @Test
  void an_unquoted_variable_is_a_finding_naming_its_step_and_line(@TempDir Path tmp)
      throws Exception {
    List<String> findings =
        findings(
            shellcheck(),
            Map.of("example.yml, job build, step copy", "dir=\"$1\"\nrm -rf $dir/cache"),
            tmp);
    assertEquals(
        List.of(
            "example.yml, job build, step copy, line 2:8: note: "
                + "Double quote to prevent globbing and word splitting. [SC2086]"),
        findings);
    assertEquals(
        "1 shellcheck finding(s) in the generated run steps (fix the script in its pipeline class, "
            + "or disable the check there with a comment giving the reason):\n"
            + "example.yml, job build, step copy, line 2:8: note: Double quote to prevent globbing and word splitting. [SC2086]",
        report(findings));
  }

  @Test
  void every_disabled_check_gives_its_reason() {
    Map<String, String> scripts = new LinkedHashMap<>();
    PipelineStep.all().forEach(step -> scripts.put(step.where(), step.script()));
    assertEquals(List.of(), disablesWithoutReason(scripts));
  }

  @Test
  void a_disabled_check_without_a_reason_is_named() {
    Map<String, String> scripts =
        Map.of(
            "example.yml, job build, step copy",
            String.join(
                "\n",
                "# shellcheck disable=SC2086 # the flags are one word each, split on purpose",
                "cp $FLAGS a b",
                "# shellcheck disable=SC2046",
                "rm $(ls)"));
    assertEquals(
        List.of(
            "example.yml, job build, step copy, line 3: '# shellcheck disable=SC2046' gives no reason "
                + "(write it after the codes: # shellcheck disable=SC1234 # why)"),
        disablesWithoutReason(scripts));
  }

  private static final Pattern DISABLE = Pattern.compile("#\\s*shellcheck\\s+disable=\\S+(.*)$");
  private static final Pattern REASON = Pattern.compile("\\s+#\\s*\\S.*");

  /** Each {@code # shellcheck disable=} directive that has no {@code # reason} after its codes. */
  static List<String> disablesWithoutReason(Map<String, String> scripts) {
    List<String> missing = new ArrayList<>();
    scripts.forEach(
        (where, script) -> {
          List<String> lines = script.lines().toList();
          for (int i = 0; i < lines.size(); i++) {
            Matcher m = DISABLE.matcher(lines.get(i));
            if (m.find() && !REASON.matcher(m.group(1)).matches()) {
              missing.add(
                  where
                      + ", line "
                      + (i + 1)
                      + ": '"
                      + lines.get(i).trim()
                      + "' gives no reason "
                      + "(write it after the codes: # shellcheck disable=SC1234 # why)");
            }
          }
        });
    return missing;
  }

  @Test
  void a_missing_shellcheck_fails_with_how_to_install_it() {
    AssertionError error =
        assertThrows(AssertionError.class, () -> locate(Optional.empty(), false));
    assertEquals(
        "shellcheck is not on PATH: apt-get install shellcheck "
            + "(or run with -Dshellcheck.optional=true to skip this check)",
        error.getMessage());
  }

  @Test
  void a_missing_shellcheck_skips_only_when_the_property_allows_it() {
    TestAbortedException skipped =
        assertThrows(TestAbortedException.class, () -> locate(Optional.empty(), true));
    assertEquals(
        "Assumption failed: shellcheck is not on PATH and shellcheck.optional=true: skipped",
        skipped.getMessage());
  }

  /**
   * The shellcheck on PATH; a test failure naming the package when there is none, unless optional.
   */
  static Path shellcheck() {
    return locate(ScriptRun.onPath("shellcheck"), Boolean.getBoolean(OPTIONAL));
  }

  static Path locate(Optional<Path> found, boolean optional) {
    if (found.isPresent()) return found.get();
    Assumptions.assumeFalse(
        optional, "shellcheck is not on PATH and " + OPTIONAL + "=true: skipped");
    throw new AssertionError(
        "shellcheck is not on PATH: apt-get install shellcheck "
            + "(or run with -D"
            + OPTIONAL
            + "=true to skip this check)");
  }

  private static final Pattern GCC = Pattern.compile("^(\\d+)\\.sh:(\\d+):(\\d+): (.*)$");

  /**
   * Runs shellcheck once over every script (each written with a bash shebang line) and returns its
   * findings as "WHERE, line L:C: severity: message [SCnnnn]", lines counted in the script itself.
   */
  static List<String> findings(Path shellcheck, Map<String, String> scripts, Path dir)
      throws IOException, InterruptedException {
    List<String> where = new ArrayList<>(scripts.keySet());
    List<String> command =
        new ArrayList<>(List.of(shellcheck.toString(), "--shell=bash", "--format=gcc"));
    for (int i = 0; i < where.size(); i++) {
      String file = i + ".sh";
      Files.writeString(
          dir.resolve(file), "#!/usr/bin/env bash\n" + scripts.get(where.get(i)) + "\n");
      command.add(file);
    }
    Path out = dir.resolve("shellcheck.out");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    int status = process.waitFor();
    List<String> lines = Files.readAllLines(out);
    if (status > 1) {
      throw new AssertionError(
          "shellcheck failed (exit " + status + "):\n" + String.join("\n", lines));
    }
    List<String> findings = new ArrayList<>();
    for (String line : lines) {
      Matcher m = GCC.matcher(line);
      if (!m.matches()) {
        throw new AssertionError("unexpected shellcheck output: " + line);
      }
      int scriptLine = Integer.parseInt(m.group(2)) - 1;
      findings.add(
          where.get(Integer.parseInt(m.group(1)))
              + ", line "
              + scriptLine
              + ":"
              + m.group(3)
              + ": "
              + m.group(4));
    }
    if (status == 1 && findings.isEmpty()) {
      throw new AssertionError("shellcheck exited 1 without a finding");
    }
    return findings;
  }
}
