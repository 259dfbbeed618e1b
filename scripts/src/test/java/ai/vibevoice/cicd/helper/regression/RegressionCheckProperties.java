package ai.vibevoice.cicd.helper.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

/** P1: a comparison is flagged exactly when it crosses its threshold, and the floor and sample rules hold. */
class RegressionCheckProperties {

  @Property(tries = 2000)
  void latency_is_flagged_exactly_when_it_crosses_its_threshold(
      @ForAll @DoubleRange(min = 0, max = 5000) double baseline,
      @ForAll @DoubleRange(min = 0, max = 8000) double current,
      @ForAll("thresholds") Thresholds thresholds,
      @ForAll @LongRange(min = 0, max = 200) long requests) {
    Comparison c = RegressionCheck.latency("ttfa_ms", "p95", baseline, current, thresholds,
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
  }

  @Property(tries = 1000)
  void error_rate_fails_exactly_above_its_level_whatever_the_baseline(
      @ForAll @DoubleRange(min = 0, max = 1) double baseline,
      @ForAll @DoubleRange(min = 0, max = 1) double current,
      @ForAll("thresholds") Thresholds thresholds) {
    Comparison c = RegressionCheck.errorRate(baseline, current, thresholds);
    assertEquals(current > thresholds.errorRateFailAbove(), c.verdict() == Verdict.FAIL, c.toString());
  }

  @Property(tries = 500)
  void improvements_never_flag_anything(
      @ForAll @DoubleRange(min = 1, max = 5000) double baseline,
      @ForAll @DoubleRange(min = 0, max = 1) double improvement,
      @ForAll("thresholds") Thresholds thresholds) {
    MetricsFile before = metrics(baseline, 0);
    MetricsFile after = metrics(baseline * improvement, 0);
    RegressionCheck.Result result = RegressionCheck.compare(before, after, thresholds);
    assertEquals(Verdict.PASS, result.verdict(), result.toString());
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
    return new MetricsFile("test", stats, errorRate, 100);
  }

  @Provide
  Arbitrary<Thresholds> thresholds() {
    Arbitrary<Double> pct = Arbitraries.doubles().between(0, 100);
    Arbitrary<Threshold> threshold = Combinators.combine(pct, pct)
        .as((a, b) -> new Threshold(Math.min(a, b), Math.max(a, b)));
    return Combinators.combine(threshold, threshold, threshold,
            Arbitraries.doubles().between(0, 50), Arbitraries.longs().between(0, 100),
            Arbitraries.doubles().between(0, 1))
        .as((ttfa, e2e, p95, floor, minRequests, errorLevel) -> {
          Map<String, Threshold> latency = new LinkedHashMap<>();
          latency.put("ttfa_ms", ttfa);
          latency.put("e2e_latency_ms", e2e);
          return new Thresholds(latency, Map.of("ttfa_ms", Map.of("p95", p95)), floor, minRequests, errorLevel, null);
        });
  }
}
