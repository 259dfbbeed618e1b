package ai.vibevoice.cicd.helper;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.helper.testing.Cli;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CiHelperTest {
  /** The exit-code lines of a subcommand's help: its own 0 and 1, then the shared 2 and 3. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "check-regression|0 pass or warn (or baseline created);1 regression (verdict fail);"
            + "2 bad usage or input;3 internal error",
        "build-metadata|0 written;2 bad usage, bad input or missing required values (all listed);"
            + "3 internal error",
        "smoke-test|0 every check passed;1 a check failed (named);2 bad usage or input;"
            + "3 internal error",
        "load-test|0 measured (errors are in the metrics, not the exit code);"
            + "2 bad usage or input;3 internal error"
      })
  void every_subcommand_lists_its_own_exit_codes_and_the_shared_ones(
      String subcommand, String codes) {
    Cli help = Cli.run(subcommand, "--help");
    String out = help.out();
    List<String> listed =
        Arrays.stream(out.substring(out.indexOf("Exit codes:")).split("\n"))
            .skip(1)
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .map(l -> l.replaceAll("\\s{2,}", " "))
            .toList();
    assertEquals(0, help.exitCode(), help::toString);
    assertEquals(List.of(codes.split(";")), listed);
  }
}
