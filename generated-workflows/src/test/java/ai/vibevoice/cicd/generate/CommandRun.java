package ai.vibevoice.cicd.generate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs {@link GenerateWorkflows} in-process as its command line does and keeps what the last run
 * printed, so the command's tests read its output and exit code.
 */
final class CommandRun {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Runs the command on {@code args}; what an earlier run printed is dropped. */
  int run(String... args) {
    return run(List.of(), args);
  }

  /**
   * Runs the command on {@code leading} then {@code more}; what an earlier run printed is dropped.
   */
  int run(List<String> leading, String... more) {
    out.reset();
    err.reset();
    return GenerateWorkflows.run(
        Stream.concat(leading.stream(), Stream.of(more)).toArray(String[]::new),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** What the last run printed to stdout. */
  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What the last run printed to stderr. */
  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
