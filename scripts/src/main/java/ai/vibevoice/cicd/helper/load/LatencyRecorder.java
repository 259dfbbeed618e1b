package ai.vibevoice.cicd.helper.load;

import ai.vibevoice.cicd.helper.tts.Outcome;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Collects outcomes: TTFA and end-to-end latency of successful requests in HdrHistograms
 * (microsecond resolution, three significant digits, up to one hour), the client's own lateness
 * (how long after its intended start each request was actually sent, successful or not), errors by
 * class with the first error's detail, audio bytes. Thread-safe.
 */
public final class LatencyRecorder {
  private static final long HIGHEST_MICROS = 3_600_000_000L;

  private final Histogram ttfa = new Histogram(HIGHEST_MICROS, 3);
  private final Histogram e2e = new Histogram(HIGHEST_MICROS, 3);
  private final Histogram lateness = new Histogram(HIGHEST_MICROS, 3);
  private final Map<String, Long> errors = new TreeMap<>();
  private String firstError;
  private long total;
  private long audioBytes;
  private long e2eNanosOfSuccesses;

  public synchronized void record(Outcome outcome) {
    total++;
    if (outcome.sent() >= 0) {
      lateness.recordValue(micros(outcome.sent() - outcome.start()));
    }
    if (!outcome.ok()) {
      errors.merge(outcome.error(), 1L, Long::sum);
      if (firstError == null) {
        firstError = outcome.error() + ": " + outcome.detail();
      }
      return;
    }
    ttfa.recordValue(micros(outcome.firstAudio() - outcome.start()));
    e2e.recordValue(micros(outcome.end() - outcome.start()));
    audioBytes += outcome.audioBytes();
    e2eNanosOfSuccesses += outcome.end() - outcome.start();
  }

  /** A consistent copy of everything recorded so far. */
  public synchronized Snapshot snapshot() {
    return new Snapshot(
        ttfa.copy(),
        e2e.copy(),
        lateness.copy(),
        new TreeMap<>(errors),
        firstError,
        total,
        audioBytes,
        e2eNanosOfSuccesses);
  }

  private static long micros(long nanos) {
    return Math.max(0, Math.min(HIGHEST_MICROS, Math.round(nanos / 1_000.0)));
  }

  /**
   * What was recorded at one moment; {@code firstError} is "class: detail" of the first error, or
   * null.
   */
  public record Snapshot(
      Histogram ttfa,
      Histogram e2e,
      Histogram lateness,
      Map<String, Long> errors,
      String firstError,
      long total,
      long audioBytes,
      long e2eNanosOfSuccesses) {
    public long errorCount() {
      return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    public double errorRate() {
      return total == 0 ? 0 : (double) errorCount() / total;
    }

    /** The most frequent error class (the first by name among equals), or null without errors. */
    public String mainError() {
      return errors.entrySet().stream()
          .max(
              Map.Entry.<String, Long>comparingByValue()
                  .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .map(Map.Entry::getKey)
          .orElse(null);
    }
  }
}
