package ai.vibevoice.cicd.helper.regression;

import java.util.Comparator;

/**
 * One compared statistic. {@code changePct} is null when the baseline is 0 (no division by zero);
 * {@code warnAt} and {@code failAt} are percentages for latency and absolute levels for the error
 * rate.
 */
public record Comparison(
    String metric,
    String statistic,
    double baseline,
    double current,
    Double changePct,
    Double warnAt,
    double failAt,
    String thresholdKind,
    Verdict verdict,
    String reason) {

  /** Worst first: fail, warn, pass; within a verdict the largest relative increase first. */
  public static final Comparator<Comparison> WORST_FIRST =
      Comparator.comparing(Comparison::verdict)
          .reversed()
          .thenComparing(
              c -> c.changePct() == null ? Double.POSITIVE_INFINITY : c.changePct(),
              Comparator.reverseOrder());

  public double changeAbs() {
    return current - baseline;
  }
}
