package ai.vibevoice.cicd.helper.load;

import ai.vibevoice.cicd.helper.DaemonThreads;
import ai.vibevoice.cicd.helper.tts.Outcome;
import ai.vibevoice.cicd.helper.tts.TtsClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Runs a {@link LoadPlan}. In the open model every latency is measured from the request's intended
 * start on the schedule, so time spent queueing (in the client, the network or the server) is never
 * hidden (coordinated omission). In the closed model latency starts when a worker sends.
 */
public final class LoadRunner {
  private final TtsClient client;
  private final List<String> texts;

  public LoadRunner(TtsClient client, List<String> texts) {
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no texts to synthesize");
    }
    this.client = client;
    this.texts = List.copyOf(texts);
  }

  /** The measured phase's recorder, wall time and how many requests were started. */
  public record Run(LatencyRecorder recorder, long startNanos, long endNanos, long started) {
    public double seconds() {
      return (endNanos - startNanos) / 1e9;
    }
  }

  /**
   * Requests of the warm-up made when none is asked for: a cold client's first requests are slow.
   */
  public static final int IMPLICIT_WARMUP_REQUESTS = 3;

  /**
   * The implicit warm-up ends after this long even if its requests have not (they are then
   * aborted).
   */
  static final long IMPLICIT_WARMUP_NANOS = 2_000_000_000L;

  /**
   * Runs the warm-up (not recorded), then the measured phase; {@code onStart} sees every measured
   * start. Without a warm-up in the plan, {@link #IMPLICIT_WARMUP_REQUESTS} requests are made one
   * after another first (at most {@link #IMPLICIT_WARMUP_NANOS}), so class loading, the JIT's first
   * compilations and the first connection never count.
   */
  public Run run(LoadPlan plan, LatencyRecorder recorder, Consumer<Long> onStart)
      throws InterruptedException {
    if (plan.warmup().isZero()) {
      implicitWarmup();
    } else {
      LatencyRecorder ignored = new LatencyRecorder();
      if (plan.open()) {
        long warmupRequests = Math.max(1, Math.round(plan.rate() * plan.warmup().toNanos() / 1e9));
        open(plan.rate(), warmupRequests, plan.maxInFlight(), ignored, n -> {});
      } else {
        closed(plan.concurrency(), null, plan.warmup().toNanos(), ignored, n -> {});
      }
    }
    if (plan.open()) {
      return open(plan.rate(), plan.openRequests(), plan.maxInFlight(), recorder, onStart);
    }
    return closed(
        plan.concurrency(),
        plan.requests(),
        plan.duration() == null ? 0 : plan.duration().toNanos(),
        recorder,
        onStart);
  }

  private void implicitWarmup() throws InterruptedException {
    long deadline = System.nanoTime() + IMPLICIT_WARMUP_NANOS;
    for (int i = 0; i < IMPLICIT_WARMUP_REQUESTS; i++) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      CompletableFuture<Outcome> warmup =
          client.stream(texts.get(i % texts.size()), System.nanoTime());
      try {
        warmup.get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        if (client.canAbortInFlight()) {
          client.abortInFlight(); // done before any later request starts
        } else {
          // It cannot be ended here (websocket, https): wait for it, bounded by --request-timeout,
          // so
          // that it never overlaps the measured phase (the demo server serves one stream at a
          // time).
          warmup.join();
        }
        return;
      } catch (ExecutionException e) {
        // an error of the warm-up is not recorded; the measured phase will see it again
      }
    }
  }

  private Run open(
      double rate, long count, int maxInFlight, LatencyRecorder recorder, Consumer<Long> onStart)
      throws InterruptedException {
    double period = 1e9 / rate;
    AtomicInteger inFlight = new AtomicInteger();
    AtomicLong lastEnd = new AtomicLong();
    int n = (int) Math.min(count, Integer.MAX_VALUE);
    CountDownLatch done = new CountDownLatch(n);
    long start = System.nanoTime() + 5_000_000;
    for (int i = 0; i < n; i++) {
      long intended = start + Math.round(i * period);
      sleepUntil(intended);
      onStart.accept((long) i + 1);
      if (inFlight.get() >= maxInFlight) {
        // The server cannot keep up and the client will not queue without bound: an error, not a
        // pause.
        recorder.record(
            Outcome.failed(
                intended, System.nanoTime(), "dropped", "more than " + maxInFlight + " in flight"));
        done.countDown();
        continue;
      }
      inFlight.incrementAndGet();
      client.stream(texts.get(i % texts.size()), intended)
          .thenAccept(
              outcome -> {
                recorder.record(outcome);
                lastEnd.accumulateAndGet(outcome.end(), Math::max);
                inFlight.decrementAndGet();
                done.countDown();
              });
    }
    done.await();
    return new Run(recorder, start, Math.max(lastEnd.get(), System.nanoTime() - 1), n);
  }

  private Run closed(
      int concurrency,
      Long requests,
      long durationNanos,
      LatencyRecorder recorder,
      Consumer<Long> onStart)
      throws InterruptedException {
    AtomicLong issued = new AtomicLong();
    long start = System.nanoTime();
    long deadline = requests == null ? start + durationNanos : Long.MAX_VALUE;
    ExecutorService workers =
        Executors.newFixedThreadPool(concurrency, DaemonThreads.named("load-worker"));
    try {
      for (int w = 0; w < concurrency; w++) {
        workers.execute(
            () -> {
              while (true) {
                long n = issued.incrementAndGet();
                if ((requests != null && n > requests) || System.nanoTime() >= deadline) {
                  issued.decrementAndGet();
                  return;
                }
                onStart.accept(n);
                recorder.record(
                    client.stream(texts.get((int) (n % texts.size())), System.nanoTime()).join());
              }
            });
      }
    } finally {
      workers.shutdown();
    }
    if (!workers.awaitTermination(365, TimeUnit.DAYS)) {
      throw new IllegalStateException("load workers did not finish");
    }
    return new Run(recorder, start, System.nanoTime(), issued.get());
  }

  /**
   * Parks until {@code target}; no spinning: parking overshoots by tens of microseconds, which the
   * client's lateness reports, and spinning would cost CPU on every request.
   */
  private static void sleepUntil(long target) throws InterruptedException {
    long remaining;
    while ((remaining = target - System.nanoTime()) > 0) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      LockSupport.parkNanos(remaining);
    }
  }
}
