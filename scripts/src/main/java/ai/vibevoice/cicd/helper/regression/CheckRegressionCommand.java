package ai.vibevoice.cicd.helper.regression;

import ai.vibevoice.cicd.helper.ExitCode;
import ai.vibevoice.cicd.helper.InputException;
import ai.vibevoice.cicd.helper.io.AtomicFiles;
import ai.vibevoice.cicd.helper.io.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ci-helper check-regression}: compares a run's metrics with the baseline. */
@Command(
    name = "check-regression",
    description = {
      "Compares the latency statistics (ttfa_ms, e2e_latency_ms: mean and every percentile on both sides)"
          + " and the error rate of a metrics file with a baseline.",
      "Defaults: TTFA warn > +5 %%, fail > +10 %%; end-to-end warn > +10 %%, fail > +15 %%; error rate fails > 0.01;"
          + " increases of at most 5 ms are noise; under 30 requests latency findings only warn.",
      "A missing baseline is created from the current metrics (exit 0). An existing baseline is replaced only"
          + " with --update-baseline and a passing verdict (a warning does not ratchet the baseline)."
          + " A baseline measured under another load (load-test's model and rate or concurrency) is not"
          + " compared: exit 2, or with --update-baseline it is replaced (exit 0)."
    },
    exitCodeList = {"0:pass or warn (or baseline created)", "1:regression (verdict fail)"})
public final class CheckRegressionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--current",
      required = true,
      paramLabel = "FILE",
      description = "Metrics of this run.")
  Path current;

  @Option(
      names = "--baseline",
      required = true,
      paramLabel = "FILE",
      description = "Baseline metrics; created when missing.")
  Path baseline;

  @Option(
      names = "--thresholds",
      paramLabel = "FILE",
      description = "Thresholds overriding the defaults (JSON, or YAML by extension).")
  Path thresholds;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Result JSON: verdict and every comparison.")
  Path output;

  @Option(names = "--markdown", paramLabel = "FILE", description = "Markdown report, worst first.")
  Path markdown;

  @Option(
      names = "--update-baseline",
      description = "Replace the baseline with the current metrics when the verdict is pass.")
  boolean updateBaseline;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    MetricsFile now = MetricsFile.read(current);
    Thresholds limits = thresholds == null ? Thresholds.defaults() : Thresholds.read(thresholds);
    RegressionCheck.Result result = null;
    MetricsFile before = Files.exists(baseline) ? MetricsFile.read(baseline) : null;
    RegressionReport.Baseline action;
    if (before == null) {
      AtomicFiles.write(baseline, readBytes(current));
      action = RegressionReport.Baseline.CREATED;
      out.println("no baseline at " + baseline + ": stored " + current + " as the new baseline");
    } else if (!now.comparableWith(before)) {
      if (!updateBaseline) {
        throw new InputException(
            "not comparable: "
                + baseline
                + " was measured under "
                + before.load()
                + ", "
                + current
                + " under "
                + now.load()
                + "; measure a baseline under this load (--update-baseline) or run the baseline's");
      }
      AtomicFiles.write(baseline, readBytes(current));
      action = RegressionReport.Baseline.REPLACED;
      out.println(
          "baseline at "
              + baseline
              + " was measured under "
              + before.load()
              + ": replaced by "
              + current
              + " (under "
              + now.load()
              + "); nothing compared");
    } else {
      result = RegressionCheck.compare(before, now, limits);
      action = RegressionReport.Baseline.KEPT;
      if (updateBaseline && result.verdict() == Verdict.PASS) {
        AtomicFiles.write(baseline, readBytes(current));
        action = RegressionReport.Baseline.UPDATED;
      }
      for (Comparison c : result.comparisons()) {
        if (c.verdict() != Verdict.PASS) {
          out.printf(
              "%-4s %s.%s: %s -> %s (%s)%n",
              c.verdict().label(),
              c.metric(),
              c.statistic(),
              c.baseline(),
              c.current(),
              c.reason());
        }
      }
      out.println(
          "verdict: "
              + result.verdict().label()
              + " ("
              + result.comparisons().size()
              + " comparisons; baseline "
              + action.label()
              + ")");
    }
    if (output != null) {
      AtomicFiles.write(
          output,
          Json.write(
              RegressionReport.json(result, current.toString(), baseline.toString(), action)));
    }
    if (markdown != null) {
      AtomicFiles.write(
          markdown,
          RegressionReport.markdown(result, current.toString(), baseline.toString(), action));
    }
    return result != null && result.verdict() == Verdict.FAIL ? ExitCode.CHECK_FAILED : ExitCode.OK;
  }

  private static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
  }
}
