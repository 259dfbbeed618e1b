package ai.vibevoice.cicd.helper.regression;

/** Relative limits of one latency statistic, in percent above the baseline. */
public record Threshold(double warnPct, double failPct) {
  public Threshold {
    if (!(warnPct >= 0)
        || !(failPct >= 0)
        || Double.isInfinite(warnPct)
        || Double.isInfinite(failPct)) {
      throw new IllegalArgumentException(
          "thresholds must be finite and not negative: warn " + warnPct + ", fail " + failPct);
    }
    if (warnPct > failPct) {
      throw new IllegalArgumentException(
          "warn threshold " + warnPct + " % is above fail threshold " + failPct + " %");
    }
  }
}
