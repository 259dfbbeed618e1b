package ai.vibevoice.cicd.helper.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import ai.vibevoice.cicd.helper.DaemonThreads;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A test-only TTS service on the JDK's HTTP server, with the platform's endpoints ({@code /health},
 * {@code /ready}, {@code /synthesize}, {@code /v1/audio/speech}) and controllable timing and
 * failures. Its executor is a cached pool: the server's default serves one exchange at a time.
 */
public final class TtsEmulator implements AutoCloseable {
  static {
    // Without TCP_NODELAY, Nagle's algorithm and the client's delayed ACK add up to 40 ms per
    // chunk.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** Delay before the first audio chunk, in nanoseconds. */
  public volatile long firstChunkDelayNanos = 0;

  /** Pause between further chunks, in nanoseconds. */
  public volatile long chunkIntervalNanos = 0;

  public volatile int chunks = 3;

  /** Bytes per chunk (even: PCM16). */
  public volatile int chunkBytes = 4_800;

  /** {@code /ready} answers 503 this many times before 200; negative: it never becomes ready. */
  public volatile int notReadyPolls = 0;

  /** When false, {@code /ready} answers 404 (an older service). */
  public volatile boolean hasReady = true;

  public volatile String healthStatus = "healthy";

  /**
   * When set, {@code /health} also answers {@code tts_available} with it, as the platform's agent
   * does.
   */
  public volatile Boolean ttsAvailable = null;

  /** Every n-th synthesis answers 500 (0: never). */
  public volatile int failEvery = 0;

  /** Every synthesis answers 503. */
  public volatile boolean busy = false;

  /** Synthesis answers 200 without audio. */
  public volatile boolean emptyAudio = false;

  /**
   * A window (nanoTime, from and until) during which every synthesis waits until the window ends.
   */
  public volatile long stallFrom = Long.MAX_VALUE;

  public volatile long stallUntil = Long.MIN_VALUE;

  /**
   * Synthesis request number (as counted by {@link #synthesisRequests}) that starts a stall; see
   * {@link #stallAtRequest}.
   */
  private volatile int stallAtRequest = Integer.MAX_VALUE;

  private volatile long stallLengthNanos;

  /**
   * Streamed synthesis answers 200 with this body and Content-Type instead of audio (null: audio).
   */
  public volatile byte[] answerBody;

  public volatile String answerContentType;

  public final AtomicInteger synthesisRequests = new AtomicInteger();

  /** The body of the last synthesis request, as sent (null before the first). */
  public volatile String lastSynthesisBody;

  public final AtomicInteger readyPolls = new AtomicInteger();
  private final HttpServer server;
  private final ExecutorService executor =
      Executors.newCachedThreadPool(DaemonThreads.named("tts-emulator"));

  public TtsEmulator() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    server.setExecutor(executor);
    server.createContext("/health", this::health);
    server.createContext("/ready", this::ready);
    server.createContext("/synthesize", this::synthesize);
    server.createContext("/v1/audio/speech", this::synthesize);
    server.start();
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * Every synthesis arriving in the next {@code length} after {@code after} waits until the window
   * ends.
   */
  public void stall(long afterNanos, long lengthNanos) {
    long from = System.nanoTime() + afterNanos;
    stallUntil = from + lengthNanos;
    stallFrom = from;
  }

  /**
   * The {@code n}-th synthesis request from now (counting from 1) is held for {@code lengthNanos}
   * after it arrives, and every synthesis arriving while it is held waits until the same moment. A
   * stall tied to a request rather than to a wall-clock moment, so a slow machine cannot move it
   * out of the measured phase.
   */
  public void stallAtRequest(int n, long lengthNanos) {
    stallLengthNanos = lengthNanos;
    stallAtRequest = synthesisRequests.get() + n;
  }

  private void health(HttpExchange exchange) throws IOException {
    json(
        exchange,
        200,
        "{\"status\":\""
            + healthStatus
            + "\",\"model_loaded\":true,\"model_name\":\"emulator\","
            + "\"device\":\"cpu\",\"warmup_completed\":true"
            + (ttsAvailable == null ? "" : ",\"tts_available\":" + ttsAvailable)
            + "}");
  }

  private void ready(HttpExchange exchange) throws IOException {
    if (!hasReady) {
      json(exchange, 404, "{\"detail\":\"Not Found\"}");
      return;
    }
    int poll = readyPolls.incrementAndGet();
    boolean ready = notReadyPolls >= 0 && poll > notReadyPolls;
    json(
        exchange, ready ? 200 : 503, ready ? "{\"status\":\"ready\"}" : "{\"status\":\"loading\"}");
  }

  private void synthesize(HttpExchange exchange) throws IOException {
    try (exchange) {
      lastSynthesisBody = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
      int n = synthesisRequests.incrementAndGet();
      long now = System.nanoTime();
      if (n == stallAtRequest) {
        stallUntil = now + stallLengthNanos;
        stallFrom = now;
      }
      if (now >= stallFrom && now < stallUntil) {
        sleepUntil(stallUntil);
      }
      if (busy) {
        exchange.sendResponseHeaders(503, -1);
        return;
      }
      if (failEvery > 0 && n % failEvery == 0) {
        exchange.sendResponseHeaders(500, -1);
        return;
      }
      boolean streaming =
          "stream=true".equals(exchange.getRequestURI().getQuery())
              || exchange.getRequestURI().getPath().startsWith("/v1/");
      exchange.getResponseHeaders().set("X-Sample-Rate", "24000");
      if (emptyAudio) {
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      byte[] answer = answerBody;
      if (answer != null && streaming) {
        if (answerContentType != null) {
          exchange.getResponseHeaders().set("Content-Type", answerContentType);
        }
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        return;
      }
      long start = System.nanoTime();
      if (!streaming) {
        sleepUntil(start + firstChunkDelayNanos + chunkIntervalNanos * (chunks - 1));
        byte[] wav = wav(chunkBytes * chunks);
        exchange.getResponseHeaders().set("Content-Type", "audio/wav");
        exchange.sendResponseHeaders(200, wav.length);
        exchange.getResponseBody().write(wav);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "audio/pcm");
      exchange.sendResponseHeaders(200, 0);
      OutputStream body = exchange.getResponseBody();
      byte[] chunk = new byte[chunkBytes];
      for (int i = 0; i < chunks; i++) {
        sleepUntil(start + firstChunkDelayNanos + chunkIntervalNanos * i);
        body.write(chunk);
        body.flush();
      }
    }
  }

  /** A PCM16 mono 24 kHz WAV file with {@code dataBytes} of silence. */
  public static byte[] wav(int dataBytes) {
    ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII))
        .putInt(36 + dataBytes)
        .put("WAVE".getBytes(StandardCharsets.US_ASCII));
    b.put("fmt ".getBytes(StandardCharsets.US_ASCII))
        .putInt(16)
        .putShort((short) 1)
        .putShort((short) 1)
        .putInt(24_000)
        .putInt(48_000)
        .putShort((short) 2)
        .putShort((short) 16);
    b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
    return b.array();
  }

  private static void json(HttpExchange exchange, int status, String body) throws IOException {
    try (exchange) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  private static void sleepUntil(long target) {
    long remaining;
    while ((remaining = target - System.nanoTime()) > 0) {
      LockSupport.parkNanos(remaining);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
