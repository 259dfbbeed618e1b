package ai.vibevoice.cicd.helper;

import ai.vibevoice.cicd.helper.load.LoadTestCommand;
import ai.vibevoice.cicd.helper.metadata.BuildMetadataCommand;
import ai.vibevoice.cicd.helper.regression.CheckRegressionCommand;
import ai.vibevoice.cicd.helper.smoke.SmokeTestCommand;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ScopeType;

/**
 * {@code ci-helper}: the programs the workflows call, one subcommand each. Exit codes are those of
 * {@link ExitCode}; {@code scripts/ci-helper} is the launcher. The subcommands inherit the help
 * options and the exit code heading ({@code scope = INHERIT}); each lists the meaning of its own 0
 * and 1, and {@link #SHARED_EXIT_CODES} adds the codes every subcommand means alike.
 */
@Command(
    name = "ci-helper",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = CiHelper.Version.class,
    description = "Helper programs of the VibeVoice CI/CD pipelines.",
    subcommands = {
      CheckRegressionCommand.class,
      BuildMetadataCommand.class,
      SmokeTestCommand.class,
      LoadTestCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (warnings included)",
      "1:the check failed",
      "2:bad usage or bad input",
      "3:internal error"
    })
public final class CiHelper implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** Exit codes every subcommand means alike; a subcommand that says more keeps its own line. */
  static final Map<String, String> SHARED_EXIT_CODES =
      Map.of(
          String.valueOf(ExitCode.BAD_INPUT), "bad usage or input",
          String.valueOf(ExitCode.INTERNAL), "internal error");

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the tool with the given streams and returns its exit code (tests call this). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    // networknt's validator logs through SLF4J; without a provider SLF4J prints a warning to
    // stderr.
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    }
    CommandLine commandLine = new CommandLine(new CiHelper());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    for (CommandLine sub : commandLine.getSubcommands().values()) {
      UsageMessageSpec usage = sub.getCommandSpec().usageMessage();
      Map<String, String> codes = new TreeMap<>(usage.exitCodeList());
      SHARED_EXIT_CODES.forEach(codes::putIfAbsent);
      usage.exitCodeList(codes);
    }
    commandLine.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL);
    commandLine.setParameterExceptionHandler(
        (e, a) -> {
          err.println("ci-helper: " + e.getMessage());
          err.println(
              "Run '"
                  + e.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help' for usage.");
          return ExitCode.BAD_INPUT;
        });
    commandLine.setExecutionExceptionHandler(
        (e, cl, parsed) -> {
          if (e instanceof InputException) {
            err.println("ci-helper " + cl.getCommandName() + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
          }
          err.println("ci-helper " + cl.getCommandName() + ": internal error: " + e);
          e.printStackTrace(err);
          return ExitCode.INTERNAL;
        });
    return commandLine.execute(args);
  }

  /**
   * Whether stderr is a terminal; Java 17 cannot tell, so the launcher says (see
   * scripts/ci-helper).
   */
  public static boolean stderrIsTerminal() {
    return "1".equals(System.getenv("CI_HELPER_STDERR_TTY"))
        || Boolean.getBoolean("ci.helper.stderr.tty");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = CiHelper.class.getPackage().getImplementationVersion();
      return new String[] {"ci-helper " + (version == null ? "(development build)" : version)};
    }
  }
}
