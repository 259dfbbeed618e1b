package ai.vibevoice.cicd.helper.testing;

import ai.vibevoice.cicd.helper.CiHelper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Runs {@code ci-helper} in-process and keeps its exit code, stdout and stderr. */
public record Cli(int exitCode, String out, String err) {
  public static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CiHelper.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** Runs {@code ci-helper} with the arguments {@code first} and then {@code more}. */
  public static Cli run(List<String> first, String... more) {
    List<String> args = new ArrayList<>(first);
    Collections.addAll(args, more);
    return run(args.toArray(String[]::new));
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
