package ai.vibevoice.cicd.helper.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares a run's metrics with the baseline. Rules, in order, for a latency statistic: an increase
 * of at most the floor is noise (pass); above it, a 0 baseline is a regression (fail) and otherwise
 * the relative increase is held against the warn and fail limits; with fewer requests than the
 * minimum in the current run, a fail is reported as a warn. The error rate fails above its level.
 */
public final class RegressionCheck {
  private RegressionCheck() {}

  /** Every comparison, in metric order, and the overall verdict. */
  public record Result(Verdict verdict, List<Comparison> comparisons, boolean lowSample) {
    public Result {
      comparisons = List.copyOf(comparisons);
    }
  }

  public static Result compare(MetricsFile baseline, MetricsFile current, Thresholds thresholds) {
    boolean lowSample = current.totalRequests() < thresholds.minRequests();
    List<Comparison> comparisons = new ArrayList<>();
    for (String metric : MetricsFile.LATENCY_METRICS) {
      var before = baseline.latency().get(metric);
      current
          .latency()
          .get(metric)
          .forEach(
              (statistic, now) -> {
                Double then = before.get(statistic);
                if (then != null) {
                  comparisons.add(latency(metric, statistic, then, now, thresholds, lowSample));
                }
              });
    }
    comparisons.add(errorRate(baseline.errorRate(), current.errorRate(), thresholds));
    Verdict verdict =
        comparisons.stream().map(Comparison::verdict).reduce(Verdict.PASS, Verdict::worst);
    return new Result(verdict, comparisons, lowSample);
  }

  static Comparison latency(
      String metric,
      String statistic,
      double baseline,
      double current,
      Thresholds thresholds,
      boolean lowSample) {
    Threshold limit = thresholds.forLatency(metric, statistic);
    double delta = current - baseline;
    Double pct = baseline == 0 ? null : delta / baseline * 100;
    Verdict verdict;
    String reason;
    if (delta <= thresholds.floorMs()) {
      verdict = Verdict.PASS;
      reason =
          delta > 0 ? "within the " + fmt(thresholds.floorMs()) + " ms noise floor" : "no increase";
    } else if (pct == null) {
      verdict = Verdict.FAIL;
      reason = "baseline is 0";
    } else if (pct > limit.failPct()) {
      verdict = Verdict.FAIL;
      reason = "above +" + fmt(limit.failPct()) + " %";
    } else if (pct > limit.warnPct()) {
      verdict = Verdict.WARN;
      reason = "above +" + fmt(limit.warnPct()) + " %";
    } else {
      verdict = Verdict.PASS;
      reason = "within limits";
    }
    if (verdict == Verdict.FAIL && lowSample) {
      verdict = Verdict.WARN;
      reason += "; fewer than " + thresholds.minRequests() + " requests, so only a warning";
    }
    return new Comparison(
        metric,
        statistic,
        baseline,
        current,
        pct,
        limit.warnPct(),
        limit.failPct(),
        "relative_pct",
        verdict,
        reason);
  }

  static Comparison errorRate(double baseline, double current, Thresholds thresholds) {
    Double pct = baseline == 0 ? null : (current - baseline) / baseline * 100;
    Verdict verdict;
    String reason;
    if (current > thresholds.errorRateFailAbove()) {
      verdict = Verdict.FAIL;
      reason = "above " + fmt(thresholds.errorRateFailAbove());
    } else if (thresholds.errorRateWarnAbove() != null
        && current > thresholds.errorRateWarnAbove()) {
      verdict = Verdict.WARN;
      reason = "above " + fmt(thresholds.errorRateWarnAbove());
    } else {
      verdict = Verdict.PASS;
      reason = "at most " + fmt(thresholds.errorRateFailAbove());
    }
    return new Comparison(
        "error_rate",
        "value",
        baseline,
        current,
        pct,
        thresholds.errorRateWarnAbove(),
        thresholds.errorRateFailAbove(),
        "absolute",
        verdict,
        reason);
  }

  static String fmt(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.4g", value).replaceAll("\\.?0+$", "");
  }
}
