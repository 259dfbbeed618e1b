package ai.vibevoice.cicd.helper.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * P1: a comparison is flagged exactly when it crosses its threshold, and the floor and sample rules
 * hold.
 */
class RegressionCheckProperties {

  @Test
  void latency_is_flagged_exactly_when_it_crosses_its_threshold() {
    qt().withExamples(2000)
        .forAll(decimals(0, 5000), decimals(0, 8000), thresholds(), longs().between(0, 200))
        .checkAssert(
            (baseline, current, thresholds, requests) -> {
              Comparison c =
                  RegressionCheck.latency(
                      "ttfa_ms",
                      "p95",
                      baseline,
                      current,
                      thresholds,
                      requests < thresholds.minRequests());
              Threshold t = thresholds.forLatency("ttfa_ms", "p95");
              double delta = current - baseline;
              Verdict expected;
              if (delta <= thresholds.floorMs()) {
                expected = Verdict.PASS;
              } else if (baseline == 0 || delta / baseline * 100 > t.failPct()) {
                expected = requests < thresholds.minRequests() ? Verdict.WARN : Verdict.FAIL;
              } else if (delta / baseline * 100 > t.warnPct()) {
                expected = Verdict.WARN;
              } else {
                expected = Verdict.PASS;
              }
              assertEquals(expected, c.verdict(), c.toString());
            });
  }

  @Test
  void error_rate_fails_exactly_above_its_level_whatever_the_baseline() {
    qt().forAll(decimals(0, 1), decimals(0, 1), thresholds())
        .checkAssert(
            (baseline, current, thresholds) -> {
              Comparison c = RegressionCheck.errorRate(baseline, current, thresholds);
              assertEquals(
                  current > thresholds.errorRateFailAbove(),
                  c.verdict() == Verdict.FAIL,
                  c.toString());
            });
  }

  @Test
  void improvements_never_flag_anything() {
    qt().withExamples(500)
        .forAll(decimals(1, 5000), decimals(0, 1), thresholds())
        .checkAssert(
            (baseline, improvement, thresholds) -> {
              MetricsFile before = metrics(baseline, 0);
              MetricsFile after = metrics(baseline * improvement, 0);
              RegressionCheck.Result result = RegressionCheck.compare(before, after, thresholds);
              assertEquals(Verdict.PASS, result.verdict(), result.toString());
            });
  }

  static MetricsFile metrics(double latency, double errorRate) {
    Map<String, Map<String, Double>> stats = new LinkedHashMap<>();
    for (String metric : MetricsFile.LATENCY_METRICS) {
      Map<String, Double> values = new LinkedHashMap<>();
      for (String stat : MetricsFile.REQUIRED_STATISTICS) {
        values.put(stat, latency);
      }
      stats.put(metric, values);
    }
    return new MetricsFile("test", stats, errorRate, 100, null);
  }

  /**
   * Doubles in [min, max] with two decimals, the scale these properties have always drawn: exact
   * ties with a threshold or the floor come up, so {@code >} against {@code >=} is tested.
   */
  static Gen<Double> decimals(double min, double max) {
    return longs()
        .between(Math.round(min * 100), Math.round(max * 100))
        .map(l -> BigDecimal.valueOf(l, 2).doubleValue());
  }

  static Gen<Thresholds> thresholds() {
    Gen<Double> pct = decimals(0, 100);
    Gen<Threshold> threshold =
        pct.zip(pct, (a, b) -> new Threshold(Math.min(a, b), Math.max(a, b)));
    Gen<Double> floors = decimals(0, 50);
    Gen<Long> minRequests = longs().between(0, 100);
    Gen<Double> errorLevels = decimals(0, 1);
    return in -> {
      Threshold ttfa = threshold.generate(in);
      Threshold e2e = threshold.generate(in);
      Threshold p95 = threshold.generate(in);
      double floor = floors.generate(in);
      long min = minRequests.generate(in);
      double errorLevel = errorLevels.generate(in);
      Map<String, Threshold> latency = new LinkedHashMap<>();
      latency.put("ttfa_ms", ttfa);
      latency.put("e2e_latency_ms", e2e);
      return new Thresholds(
          latency, Map.of("ttfa_ms", Map.of("p95", p95)), floor, min, errorLevel, null);
    };
  }
}
