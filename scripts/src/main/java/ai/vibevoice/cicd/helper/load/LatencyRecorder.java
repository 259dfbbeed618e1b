package ai.vibevoice.cicd.helper.load;

import ai.vibevoice.cicd.helper.tts.Outcome;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Collects outcomes: TTFA and end-to-end latency of successful requests in HdrHistograms (microsecond
 * resolution, three significant digits, up to one hour), errors by class, audio bytes. Thread-safe.
 */
public final class LatencyRecorder {
  private static final long HIGHEST_MICROS = 3_600_000_000L;

  private final Histogram ttfa = new Histogram(HIGHEST_MICROS, 3);
  private final Histogram e2e = new Histogram(HIGHEST_MICROS, 3);
  private final Map<String, Long> errors = new TreeMap<>();
  private long total;
  private long audioBytes;
  private long e2eNanosOfSuccesses;

  public synchronized void record(Outcome outcome) {
    total++;
    if (!outcome.ok()) {
      errors.merge(outcome.error(), 1L, Long::sum);
      return;
    }
    ttfa.recordValue(micros(outcome.firstAudio() - outcome.start()));
    e2e.recordValue(micros(outcome.end() - outcome.start()));
    audioBytes += outcome.audioBytes();
    e2eNanosOfSuccesses += outcome.end() - outcome.start();
  }

  /** A consistent copy of everything recorded so far. */
  public synchronized Snapshot snapshot() {
    return new Snapshot(ttfa.copy(), e2e.copy(), new TreeMap<>(errors), total, audioBytes, e2eNanosOfSuccesses);
  }

  private static long micros(long nanos) {
    return Math.max(0, Math.min(HIGHEST_MICROS, Math.round(nanos / 1_000.0)));
  }

  /** What was recorded at one moment. */
  public record Snapshot(Histogram ttfa, Histogram e2e, Map<String, Long> errors, long total, long audioBytes,
      long e2eNanosOfSuccesses) {
    public long errorCount() {
      return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    public double errorRate() {
      return total == 0 ? 0 : (double) errorCount() / total;
    }
  }
}
