package ai.vibevoice.cicd.helper.tts;

/**
 * One synthesis request as the load test sees it. Times are {@link System#nanoTime()} values;
 * {@code start} is when the request was meant to start, so queueing counts as latency; {@code sent}
 * is when its last byte was handed to the network (-1: never sent), so {@code sent - start} is how
 * late the client itself was. {@code error} is null on success, else its class ({@code http_500},
 * {@code timeout}, {@code connection}, {@code empty_audio}, {@code not_audio}, {@code busy}, {@code
 * dropped}, {@code protocol}).
 */
public record Outcome(
    long start,
    long sent,
    long firstAudio,
    long end,
    long audioBytes,
    String error,
    String detail) {
  public boolean ok() {
    return error == null;
  }

  public static Outcome failed(long start, long end, String error, String detail) {
    return failed(start, -1, end, error, detail);
  }

  public static Outcome failed(long start, long sent, long end, String error, String detail) {
    return new Outcome(start, sent, -1, end, 0, error, detail);
  }
}
