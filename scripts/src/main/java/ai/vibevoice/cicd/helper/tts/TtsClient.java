package ai.vibevoice.cicd.helper.tts;

import ai.vibevoice.cicd.helper.InputException;
import ai.vibevoice.cicd.helper.io.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Talks to one TTS front end in one {@link Protocol}. Redirects are never followed, so no request
 * leaves the host given on the command line.
 */
public final class TtsClient implements AutoCloseable {
  private final URI base;
  private final Synthesis synthesis;
  private final Duration requestTimeout;
  private final int maxConnections;
  private final Map<String, byte[]> rawRequests = new ConcurrentHashMap<>();
  private HttpClient http;
  private Http1Client raw;

  public TtsClient(URI base, Synthesis synthesis, Duration requestTimeout) {
    this(base, synthesis, requestTimeout, 10_000);
  }

  /**
   * {@code maxConnections} bounds the sockets of streamed plain-HTTP requests (the load test passes
   * its --max-in-flight). Nothing is opened or loaded until the first request.
   */
  public TtsClient(URI base, Synthesis synthesis, Duration requestTimeout, int maxConnections) {
    this.base = base;
    this.synthesis = synthesis;
    this.requestTimeout = requestTimeout;
    this.maxConnections = maxConnections;
  }

  /** The JDK client, built on first use: building it loads the default SSLContext (about 0.1 s). */
  private synchronized HttpClient http() {
    if (http == null) {
      http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
    }
    return http;
  }

  /**
   * The plain-HTTP/1.1 client of streamed requests to an http:// URL, or null for https and
   * websocket.
   */
  private synchronized Http1Client raw() {
    if (raw == null
        && synthesis.protocol() != Protocol.WEBSOCKET
        && httpBase().getScheme().equalsIgnoreCase("http")) {
      URI uri = httpBase();
      try {
        raw =
            new Http1Client(
                new InetSocketAddress(uri.getHost(), uri.getPort() == -1 ? 80 : uri.getPort()),
                requestTimeout.toNanos(),
                maxConnections);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open a selector: " + e.getMessage(), e);
      }
    }
    return raw;
  }

  /** Checks a {@code --*-url} option: http(s) (or ws(s) for the websocket protocol) with a host. */
  public static URI parseUrl(String option, String value) {
    URI uri;
    try {
      uri = URI.create(value);
    } catch (IllegalArgumentException e) {
      throw new InputException(option + ": '" + value + "' is not a URL: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!List.of("http", "https", "ws", "wss").contains(scheme) || uri.getHost() == null) {
      throw new InputException(
          option + ": '" + value + "' must be an http(s):// or ws(s):// URL with a host");
    }
    if (uri.getQuery() != null || uri.getFragment() != null) {
      throw new InputException(option + ": '" + value + "' must not have a query or fragment");
    }
    return uri;
  }

  /** {@code base} plus {@code path}, keeping any path prefix of the base URL. */
  public static URI endpoint(URI base, String path) {
    String text = base.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return URI.create(text + path);
  }

  /** GET of a path on the base URL, the whole body read. */
  public HttpResponse<String> get(String path, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint(httpBase(), path)).timeout(timeout).GET().build();
    return http().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** One non-streamed synthesis request (WAV where the protocol allows), the whole body read. */
  public HttpResponse<byte[]> synthesizeWhole(String text)
      throws IOException, InterruptedException {
    return http().send(request(text, false), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The URL a synthesis request goes to, for messages. */
  public URI synthesisUrl(String text, boolean streaming) {
    return switch (synthesis.protocol()) {
      case REST -> endpoint(httpBase(), streaming ? "/synthesize?stream=true" : "/synthesize");
      case OPENAI -> endpoint(httpBase(), "/v1/audio/speech");
      case WEBSOCKET -> websocketUrl(text);
    };
  }

  /**
   * Starts one streamed synthesis; {@code intendedStart} is the {@link System#nanoTime()} it was
   * scheduled for. The future always completes normally with an {@link Outcome}.
   */
  public CompletableFuture<Outcome> stream(String text, long intendedStart) {
    Http1Client plain = raw();
    if (plain != null) {
      return plain.send(rawRequests.computeIfAbsent(text, this::rawRequest), intendedStart);
    }
    CompletableFuture<Outcome> outcome =
        synthesis.protocol() == Protocol.WEBSOCKET
            ? streamWebSocket(text, intendedStart)
            : streamHttp(text, intendedStart);
    return outcome
        .orTimeout(requestTimeout.toNanos(), TimeUnit.NANOSECONDS)
        .exceptionally(e -> classify(intendedStart, e));
  }

  private CompletableFuture<Outcome> streamHttp(String text, long start) {
    AtomicLong first = new AtomicLong(-1);
    AtomicLong bytes = new AtomicLong();
    byte[] prefix = new byte[12];
    AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    AtomicReference<String> contentType = new AtomicReference<>();
    HttpResponse.BodyHandler<Void> handler =
        info -> {
          contentType.set(info.headers().firstValue("Content-Type").orElse(null));
          return HttpResponse.BodySubscribers.fromSubscriber(
              new Flow.Subscriber<List<ByteBuffer>>() {
                @Override
                public void onSubscribe(Flow.Subscription s) {
                  subscription.set(s);
                  s.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(List<ByteBuffer> item) {
                  long n = 0;
                  for (ByteBuffer buffer : item) {
                    int keep =
                        (int) Math.min(buffer.remaining(), prefix.length - (bytes.get() + n));
                    if (keep > 0) {
                      buffer.get(buffer.position(), prefix, (int) (bytes.get() + n), keep);
                    }
                    n += buffer.remaining();
                  }
                  if (n > 0 && first.get() < 0) {
                    first.compareAndSet(-1, System.nanoTime());
                  }
                  bytes.addAndGet(n);
                }

                @Override
                public void onError(Throwable throwable) {}

                @Override
                public void onComplete() {}
              },
              s -> null);
        };
    long sent = System.nanoTime();
    CompletableFuture<HttpResponse<Void>> exchange = http().sendAsync(request(text, true), handler);
    CompletableFuture<Outcome> outcome =
        exchange.thenApply(
            response -> {
              long end = System.nanoTime();
              int code = response.statusCode();
              if (code == 503 || code == 429) {
                return Outcome.failed(start, sent, end, "busy", "HTTP " + code);
              }
              if (code != 200) {
                return Outcome.failed(start, sent, end, "http_" + code, "HTTP " + code);
              }
              if (bytes.get() == 0) {
                return Outcome.failed(start, sent, end, "empty_audio", "HTTP 200 without audio");
              }
              String problem =
                  Audio.streamProblem(
                      contentType.get(),
                      prefix,
                      (int) Math.min(prefix.length, bytes.get()),
                      bytes.get());
              if (problem != null) {
                return Outcome.failed(start, sent, end, "not_audio", "HTTP 200 but " + problem);
              }
              return new Outcome(start, sent, first.get(), end, bytes.get(), null, null);
            });
    // A timeout must end the exchange itself, not just this future: the body may still be
    // streaming.
    outcome
        .orTimeout(requestTimeout.toNanos(), TimeUnit.NANOSECONDS)
        .whenComplete(
            (o, e) -> {
              if (e != null) {
                exchange.cancel(true);
                Flow.Subscription s = subscription.get();
                if (s != null) {
                  s.cancel();
                }
              }
            });
    return outcome;
  }

  private CompletableFuture<Outcome> streamWebSocket(String text, long start) {
    CompletableFuture<Outcome> result = new CompletableFuture<>();
    AtomicLong first = new AtomicLong(-1);
    AtomicLong bytes = new AtomicLong();
    WebSocket.Listener listener =
        new WebSocket.Listener() {
          @Override
          public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            if (data.remaining() > 0) {
              first.compareAndSet(-1, System.nanoTime());
              bytes.addAndGet(data.remaining());
            }
            ws.request(1);
            return null;
          }

          @Override
          public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            ws.request(1);
            return null;
          }

          @Override
          public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
            long end = System.nanoTime();
            if (code == 1013) {
              result.complete(Outcome.failed(start, end, "busy", "close 1013 " + reason));
            } else if (code != WebSocket.NORMAL_CLOSURE && code != 1005) {
              result.complete(
                  Outcome.failed(start, end, "protocol", "close " + code + " " + reason));
            } else if (bytes.get() == 0) {
              result.complete(
                  Outcome.failed(start, end, "empty_audio", "closed without a binary frame"));
            } else {
              result.complete(new Outcome(start, start, first.get(), end, bytes.get(), null, null));
            }
            return null;
          }

          @Override
          public void onError(WebSocket ws, Throwable error) {
            result.completeExceptionally(error);
          }
        };
    http()
        .newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .buildAsync(websocketUrl(text), listener)
        .whenComplete(
            (ws, error) -> {
              if (error != null) {
                result.completeExceptionally(error);
              } else {
                result.whenComplete(
                    (o, e) -> {
                      if (e != null) {
                        ws.abort();
                      }
                    });
              }
            });
    return result;
  }

  private static Outcome classify(long start, Throwable error) {
    long end = System.nanoTime();
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof TimeoutException
        || (cause instanceof HttpTimeoutException
            && !(cause instanceof HttpConnectTimeoutException))) {
      return Outcome.failed(start, end, "timeout", "no complete answer in time");
    }
    if (cause instanceof WebSocketHandshakeException handshake) {
      int code = handshake.getResponse().statusCode();
      return Outcome.failed(
          start,
          end,
          code == 503 || code == 429 ? "busy" : "http_" + code,
          "handshake HTTP " + code);
    }
    if (cause instanceof ConnectException
        || cause instanceof HttpConnectTimeoutException
        || cause instanceof IOException) {
      return Outcome.failed(start, end, "connection", String.valueOf(cause.getMessage()));
    }
    return Outcome.failed(start, end, "protocol", cause.toString());
  }

  private byte[] rawRequest(String text) {
    URI uri = synthesisUrl(text, true);
    byte[] body = requestBody(text, true).getBytes(StandardCharsets.UTF_8);
    String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      target += "?" + uri.getRawQuery();
    }
    String head =
        "POST "
            + target
            + " HTTP/1.1\r\n"
            + "Host: "
            + uri.getHost()
            + (uri.getPort() == -1 ? "" : ":" + uri.getPort())
            + "\r\n"
            + "User-Agent: ci-helper-load-test\r\n"
            + "Content-Type: application/json\r\n"
            + "Content-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
    System.arraycopy(body, 0, request, headBytes.length, body.length);
    return request;
  }

  private HttpRequest request(String text, boolean streaming) {
    return HttpRequest.newBuilder(synthesisUrl(text, streaming))
        .timeout(requestTimeout)
        .header("Content-Type", "application/json")
        .POST(
            HttpRequest.BodyPublishers.ofString(
                requestBody(text, streaming), StandardCharsets.UTF_8))
        .build();
  }

  private String requestBody(String text, boolean streaming) {
    ObjectNode body = Json.object();
    String voice = synthesis.voice();
    switch (synthesis.protocol()) {
      case REST -> {
        body.put("text", text);
        body.put("output_format", streaming ? "pcm" : "wav");
        if (voice != null) {
          body.put("voice_id", voice);
        }
      }
      case OPENAI -> {
        body.put("model", synthesis.model());
        body.put("input", text);
        if (voice != null) {
          body.put("voice", voice);
        }
        body.put("response_format", streaming ? "pcm" : "wav");
      }
      case WEBSOCKET ->
          throw new IllegalStateException("the websocket protocol has no HTTP request");
    }
    return body.toString();
  }

  private URI httpBase() {
    String scheme = base.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.startsWith("ws")) {
      return URI.create(base.toString().replaceFirst("(?i)^ws", "http"));
    }
    return base;
  }

  private URI websocketUrl(String text) {
    String root = base.toString().replaceFirst("(?i)^http", "ws");
    String voice = synthesis.voice();
    String query =
        "text="
            + URLEncoder.encode(text, StandardCharsets.UTF_8)
            + "&cfg=1.5&steps=5"
            + (voice == null ? "" : "&voice=" + URLEncoder.encode(voice, StandardCharsets.UTF_8));
    return endpoint(URI.create(root), "/stream?" + query);
  }

  public Protocol protocol() {
    return synthesis.protocol();
  }

  public URI base() {
    return base;
  }

  /** Whether the JDK HttpClient (which loads the default SSLContext when built) exists. */
  public synchronized boolean tlsLoaded() {
    return http != null;
  }

  /**
   * Whether {@link #abortInFlight()} ends the requests in flight (streamed plain HTTP); the
   * websocket and https paths cannot be ended from outside.
   */
  public synchronized boolean canAbortInFlight() {
    return raw() != null;
  }

  /**
   * Ends every streamed plain-HTTP request still in flight, closing its connection (the end of a
   * warm-up), before any request started later; their futures complete with the error class {@code
   * cancelled}. Does nothing where {@link #canAbortInFlight()} is false.
   */
  public synchronized void abortInFlight() {
    if (raw != null) {
      raw.abortInFlight();
    }
  }

  /** Closes the plain-HTTP connections; requests still in flight end as connection errors. */
  @Override
  public synchronized void close() {
    if (raw != null) {
      raw.close();
    }
  }
}
