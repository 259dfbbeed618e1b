package ai.vibevoice.cicd.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/adopting.md, executed: its steps (the shell block between the adopt markers) run with bash
 * on a copy of the platform snapshot and a clean copy of this repository (its tracked files), then
 * the generator runs there, checks the platform contract against that checkout, and must exit 0;
 * git must then commit every file the steps and the generator added.
 */
class AdoptionTest {
  private static final Pattern STEPS =
      Pattern.compile(
          "<!-- adopt:begin -->\\n```sh\\n(.*?)```\\n<!-- adopt:end -->", Pattern.DOTALL);

  @TempDir Path tmp;

  @Test
  void the_documented_steps_adopt_the_pipelines_in_the_platform_and_the_generator_exits_0()
      throws Exception {
    Path root = RepoRoot.PATH;
    Path platform = tmp.resolve("platform");
    copyTree(snapshot(root), platform);
    Path cicd = tmp.resolve("cicd");
    copyTracked(root, cicd);

    Matcher steps = STEPS.matcher(Files.readString(root.resolve("docs/adopting.md")));
    assertTrue(steps.find(), "docs/adopting.md has no adopt block");
    ProcessBuilder run = new ProcessBuilder("bash", "-euo", "pipefail", "-c", steps.group(1));
    run.environment().put("CICD", cicd.toString());
    run.environment().put("PLATFORM", platform.toString());
    Process bash =
        run.redirectErrorStream(true)
            .redirectOutput(tmp.resolve("steps.log").toFile())
            .directory(tmp.toFile())
            .start();
    assertTrue(bash.waitFor(2, TimeUnit.MINUTES), "the steps did not finish");
    if (bash.exitValue() != 0)
      fail("the steps failed:\n" + Files.readString(tmp.resolve("steps.log")));

    CommandRun command = new CommandRun();
    int code = command.run("--root", platform.toString());
    String printed = command.out() + command.err();
    assertEquals(0, code, printed);
    assertTrue(printed.contains("platform contract holds for " + platform), printed);
    assertTrue(printed.contains("created  .github/workflows/ci-test.yml"), printed);
    assertFalse(Files.exists(platform.resolve("tests/workflows/test_workflow_validation.py")));
    assertFalse(Files.exists(platform.resolve(".github/workflows/README.md")));

    code = command.run("--root", platform.toString(), "--check");
    assertEquals(0, code, command.out() + command.err());
    assertEquals(
        "",
        ignored(platform, cicd),
        "files the steps or the generator add that the platform's .gitignore would keep out of the"
            + " commit");
  }

  /**
   * What git, in a fresh repository at {@code platform} with only its own ignore rules, would leave
   * out of {@code git add -A} among the files this project brought (its files the steps copied) and
   * the generator wrote ({@code .github/}, {@code docs/workflows.md}): one path a line.
   */
  private static String ignored(Path platform, Path cicd) throws Exception {
    Set<String> added = new TreeSet<>();
    try (Stream<Path> files = Files.walk(cicd)) {
      files
          .filter(Files::isRegularFile)
          .map(f -> cicd.relativize(f).toString())
          .filter(f -> Files.exists(platform.resolve(f)))
          .forEach(added::add);
    }
    try (Stream<Path> files = Files.walk(platform.resolve(".github"))) {
      files
          .filter(Files::isRegularFile)
          .map(f -> platform.relativize(f).toString())
          .forEach(added::add);
    }
    added.add("docs/workflows.md");
    git(platform, "", "init", "-q");
    return git(platform, String.join("\n", added) + "\n", "check-ignore", "--stdin");
  }

  /**
   * Runs git in {@code dir} without the machine's own configuration; exit 0 or 1 (nothing matched).
   */
  private static String git(Path dir, String input, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "core.excludesFile=/dev/null"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    Process git = builder.start();
    try (var stdin = git.getOutputStream()) {
      stdin.write(input.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(git.waitFor(1, TimeUnit.MINUTES), "git " + args[0] + " did not finish");
    assertTrue(git.exitValue() <= 1, "git " + String.join(" ", args) + ": " + out);
    return out;
  }

  /**
   * The platform snapshot, located like the pipelines' tests do ({@code Shared} there): skipped or,
   * when required, failed.
   */
  private static Path snapshot(Path root) {
    String configured = System.getProperty("platform.snapshot", System.getenv("PLATFORM_SNAPSHOT"));
    Path dir =
        configured != null
            ? Path.of(configured)
            : root.resolve("../shared/platform/tts-ops").normalize();
    boolean there = Files.isRegularFile(dir.resolve("pyproject.toml"));
    if (!there && Boolean.getBoolean("platform.snapshot.required"))
      fail("the platform snapshot is required but not at " + dir);
    assumeTrue(
        there,
        "the platform snapshot is not at "
            + dir
            + ": skipped (set -Dplatform.snapshot or PLATFORM_SNAPSHOT)");
    return dir;
  }

  /** A clean clone's files: what git tracks, as the working tree has them. */
  private static void copyTracked(Path root, Path into) throws IOException, InterruptedException {
    Process git =
        new ProcessBuilder("git", "-C", root.toString(), "ls-files", "-z")
            .redirectErrorStream(false)
            .start();
    byte[] listing = git.getInputStream().readAllBytes();
    assumeTrue(git.waitFor() == 0, "not a git checkout: " + root);
    for (String file : new String(listing, StandardCharsets.UTF_8).split("\0")) {
      if (file.isEmpty() || !Files.exists(root.resolve(file))) continue;
      Path target = into.resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(root.resolve(file), target, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
          target.toFile().setWritable(true);
        }
      }
    }
    try (Stream<Path> dirs = Files.walk(to)) {
      dirs.filter(Files::isDirectory).forEach(d -> d.toFile().setWritable(true));
    }
  }
}
