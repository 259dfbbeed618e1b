package ai.vibevoice.cicd.helper.load;

import java.time.Duration;

/**
 * How much load, and how. The open model starts requests on a fixed schedule ({@code rate} per
 * second) whatever the latency; the closed model keeps {@code concurrency} requests in flight.
 * Exactly one of {@code duration} and {@code requests} bounds the run.
 */
public record LoadPlan(
    Double rate,
    Integer concurrency,
    Duration duration,
    Long requests,
    Duration warmup,
    int maxInFlight) {
  public LoadPlan {
    if ((rate == null) == (concurrency == null)) {
      throw new IllegalArgumentException("give exactly one of rate and concurrency");
    }
    if ((duration == null) == (requests == null)) {
      throw new IllegalArgumentException("give exactly one of duration and requests");
    }
    if (rate != null && !(rate > 0 && rate <= 100_000)) {
      throw new IllegalArgumentException(
          "--rate must be above 0 and at most 100000 per second, got " + rate);
    }
    if (concurrency != null && (concurrency < 1 || concurrency > 10_000)) {
      throw new IllegalArgumentException("--concurrency must be 1 to 10000, got " + concurrency);
    }
    if (requests != null && requests < 1) {
      throw new IllegalArgumentException("--requests must be at least 1, got " + requests);
    }
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("--max-in-flight must be at least 1, got " + maxInFlight);
    }
    if (warmup == null) {
      warmup = Duration.ZERO;
    }
  }

  public boolean open() {
    return rate != null;
  }

  /** Requests of the measured phase in the open model. */
  public long openRequests() {
    return requests != null ? requests : Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
  }
}
