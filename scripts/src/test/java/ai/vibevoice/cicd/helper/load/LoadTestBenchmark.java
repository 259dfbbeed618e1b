package ai.vibevoice.cicd.helper.load;

import ai.vibevoice.cicd.helper.testing.TtsEmulator;
import ai.vibevoice.cicd.helper.tts.Protocol;
import ai.vibevoice.cicd.helper.tts.Synthesis;
import ai.vibevoice.cicd.helper.tts.TtsClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * Accuracy of the load test against a known truth (not a test: it prints figures for
 * docs/benchmarks.md). The emulator sends the first chunk after 20 ms and the last after 60 ms; at
 * 200 requests/s the measured p50 should be within 2 ms of that. Then a 500 ms stall, seen by the
 * open model and hidden by the closed one.
 */
public final class LoadTestBenchmark {
  public static void main(String[] args) throws Exception {
    double rate = args.length > 0 ? Double.parseDouble(args[0]) : 200;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    try (TtsEmulator tts = new TtsEmulator()) {
      tts.firstChunkDelayNanos = 20_000_000;
      tts.chunkIntervalNanos = 20_000_000;
      tts.chunks = 3;
      TtsClient client =
          new TtsClient(
              tts.url(), new Synthesis(Protocol.REST, null, "tts-1"), Duration.ofSeconds(10));
      LoadRunner runner = new LoadRunner(client, List.of("benchmark"));
      LoadPlan plan =
          new LoadPlan(rate, null, Duration.ofSeconds(seconds), null, Duration.ofSeconds(5), 1000);
      LoadRunner.Run run = runner.run(plan, new LatencyRecorder(), n -> {});
      LatencyRecorder.Snapshot s = run.recorder().snapshot();
      System.out.printf(
          Locale.ROOT,
          "accuracy: open model, %.0f requests/s for %d s (%d requests, %d errors)%n",
          rate,
          seconds,
          s.total(),
          s.errorCount());
      report("ttfa", s.ttfa(), 20.0);
      report("e2e ", s.e2e(), 60.0);

      tts.firstChunkDelayNanos = 2_000_000;
      tts.chunkIntervalNanos = 0;
      tts.chunks = 1;
      for (boolean open : new boolean[] {true, false}) {
        LoadPlan stallPlan =
            open
                ? new LoadPlan(
                    100.0, null, Duration.ofSeconds(10), null, Duration.ofSeconds(2), 1000)
                : new LoadPlan(null, 1, Duration.ofSeconds(10), null, Duration.ofSeconds(2), 1000);
        tts.stall(2_000_000_000L + 5_000_000_000L, 500_000_000L);
        LatencyRecorder.Snapshot st =
            runner.run(stallPlan, new LatencyRecorder(), n -> {}).recorder().snapshot();
        System.out.printf(
            Locale.ROOT,
            "stall of 500 ms, %s model: %d requests, e2e p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
            open ? "open (100/s)" : "closed (1 in flight)",
            st.total(),
            st.e2e().getValueAtPercentile(50) / 1000.0,
            st.e2e().getValueAtPercentile(99) / 1000.0,
            st.e2e().getMaxValue() / 1000.0);
      }
    }
    System.exit(0);
  }

  private static void report(String name, Histogram h, double truthMs) {
    double p50 = h.getValueAtPercentile(50) / 1000.0;
    System.out.printf(
        Locale.ROOT,
        "  %s truth %.1f ms: p50 %.2f ms (error %+.2f ms), p90 %.2f, p99 %.2f, max %.2f ms%n",
        name,
        truthMs,
        p50,
        p50 - truthMs,
        h.getValueAtPercentile(90) / 1000.0,
        h.getValueAtPercentile(99) / 1000.0,
        h.getMaxValue() / 1000.0);
  }
}
