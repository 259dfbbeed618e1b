package ai.vibevoice.cicd.helper.regression;

import ai.vibevoice.cicd.helper.io.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** The result file (JSON, every comparison) and the Markdown report (a table, worst first). */
public final class RegressionReport {
  private RegressionReport() {}

  /** Format version of the result file; bump it when a field changes meaning. */
  public static final int SCHEMA_VERSION = 1;

  public static ObjectNode json(
      RegressionCheck.Result result, String current, String baseline, Baseline action) {
    ObjectNode root = Json.object();
    root.put("schema_version", SCHEMA_VERSION);
    root.put("verdict", result == null ? Verdict.PASS.label() : result.verdict().label());
    root.put("current", current);
    root.put("baseline", baseline);
    root.put("baseline_action", action.label());
    if (result != null) {
      root.put("low_sample", result.lowSample());
      ArrayNode rows = root.putArray("comparisons");
      for (Comparison c : result.comparisons()) {
        ObjectNode row = rows.addObject();
        row.put("metric", c.metric());
        row.put("statistic", c.statistic());
        row.put("baseline", c.baseline());
        row.put("current", c.current());
        row.put("change", c.changeAbs());
        if (c.changePct() == null) {
          row.putNull("change_pct");
        } else {
          row.put("change_pct", round(c.changePct()));
        }
        ObjectNode threshold = row.putObject("threshold");
        threshold.put("kind", c.thresholdKind());
        if (c.warnAt() == null) {
          threshold.putNull("warn");
        } else {
          threshold.put("warn", c.warnAt());
        }
        threshold.put("fail", c.failAt());
        row.put("verdict", c.verdict().label());
        row.put("reason", c.reason());
      }
    } else {
      root.putArray("comparisons");
    }
    return root;
  }

  /** What happened to the baseline file. */
  public enum Baseline {
    CREATED,
    UPDATED,
    KEPT,
    /** Measured under another load, so replaced without a comparison (--update-baseline). */
    REPLACED;

    /** The spelling in result files and reports, like {@link Verdict#label()}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static String markdown(
      RegressionCheck.Result result, String current, String baseline, Baseline action) {
    StringBuilder md = new StringBuilder("## Performance regression check\n\n");
    if (result == null) {
      md.append(
              action == Baseline.REPLACED
                  ? "The baseline at `" + baseline + "` was measured under another load"
                  : "No baseline existed at `" + baseline + "`")
          .append("; this run's metrics (`")
          .append(current)
          .append("`) are now the baseline. Nothing was compared.\n");
      return md.toString();
    }
    md.append("**Verdict: ").append(result.verdict().label().toUpperCase(Locale.ROOT)).append("**");
    long failed = result.comparisons().stream().filter(c -> c.verdict() == Verdict.FAIL).count();
    long warned = result.comparisons().stream().filter(c -> c.verdict() == Verdict.WARN).count();
    md.append(" (")
        .append(failed)
        .append(" failed, ")
        .append(warned)
        .append(" warned, ")
        .append(result.comparisons().size())
        .append(" compared)");
    if (result.lowSample()) {
      md.append(". Too few requests in this run: latency failures are reported as warnings");
    }
    md.append(".\n\n");
    md.append(
        "| verdict | metric | statistic | baseline | current | change | limit (warn / fail) | note |\n");
    md.append("| --- | --- | --- | ---: | ---: | ---: | --- | --- |\n");
    List<Comparison> rows = result.comparisons().stream().sorted(Comparison.WORST_FIRST).toList();
    for (Comparison c : rows) {
      boolean latency = c.thresholdKind().equals("relative_pct");
      md.append("| ")
          .append(icon(c.verdict()))
          .append(' ')
          .append(c.verdict().label())
          .append(" | ")
          .append(c.metric())
          .append(" | ")
          .append(c.statistic())
          .append(" | ")
          .append(number(c.baseline(), latency))
          .append(" | ")
          .append(number(c.current(), latency))
          .append(" | ")
          .append(change(c, latency))
          .append(" | ")
          .append(limits(c, latency))
          .append(" | ")
          .append(c.reason())
          .append(" |\n");
    }
    md.append("\nBaseline `")
        .append(baseline)
        .append("` ")
        .append(action.label())
        .append("; current `")
        .append(current)
        .append("`.\n");
    return md.toString();
  }

  private static String icon(Verdict verdict) {
    return switch (verdict) {
      case FAIL -> "\u274c";
      case WARN -> "\u26a0\ufe0f";
      case PASS -> "\u2705";
    };
  }

  private static String number(double value, boolean latency) {
    return latency
        ? String.format(Locale.ROOT, "%.1f ms", value)
        : String.format(Locale.ROOT, "%.4f", value);
  }

  private static String change(Comparison c, boolean latency) {
    String abs = String.format(Locale.ROOT, latency ? "%+.1f ms" : "%+.4f", c.changeAbs());
    String pct =
        c.changePct() == null
            ? (c.changeAbs() == 0 ? "" : " (from 0)")
            : String.format(Locale.ROOT, " (%+.1f %%)", c.changePct());
    return abs + pct;
  }

  private static String limits(Comparison c, boolean latency) {
    if (latency) {
      return "+"
          + RegressionCheck.fmt(c.warnAt())
          + " % / +"
          + RegressionCheck.fmt(c.failAt())
          + " %";
    }
    return (c.warnAt() == null ? "-" : "> " + RegressionCheck.fmt(c.warnAt()))
        + " / > "
        + RegressionCheck.fmt(c.failAt());
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
