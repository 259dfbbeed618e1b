package ai.vibevoice.cicd.helper.tts;

import ai.vibevoice.cicd.helper.InputException;
import ai.vibevoice.cicd.helper.io.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Talks to one TTS front end in one {@link Protocol}. Redirects are never followed, so no request
 * leaves the host given on the command line.
 */
public final class TtsClient {
  private final URI base;
  private final Protocol protocol;
  private final Duration requestTimeout;
  private final String voice;
  private final String model;
  private final HttpClient http;

  public TtsClient(URI base, Protocol protocol, Duration requestTimeout, String voice, String model) {
    this.base = base;
    this.protocol = protocol;
    this.requestTimeout = requestTimeout;
    this.voice = voice;
    this.model = model;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
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
      throw new InputException(option + ": '" + value + "' must be an http(s):// or ws(s):// URL with a host");
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
  public HttpResponse<String> get(String path, Duration timeout) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(endpoint(httpBase(), path)).timeout(timeout).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** One non-streamed synthesis request (WAV where the protocol allows), the whole body read. */
  public HttpResponse<byte[]> synthesizeWhole(String text) throws IOException, InterruptedException {
    return http.send(request(text, false), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The URL a synthesis request goes to, for messages. */
  public URI synthesisUrl(String text, boolean streaming) {
    return switch (protocol) {
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
    CompletableFuture<Outcome> outcome = protocol == Protocol.WEBSOCKET
        ? streamWebSocket(text, intendedStart)
        : streamHttp(text, intendedStart);
    return outcome
        .orTimeout(requestTimeout.toNanos(), TimeUnit.NANOSECONDS)
        .exceptionally(e -> classify(intendedStart, e));
  }

  private CompletableFuture<Outcome> streamHttp(String text, long start) {
    AtomicLong first = new AtomicLong(-1);
    AtomicLong bytes = new AtomicLong();
    HttpResponse.BodyHandler<Void> handler = info -> HttpResponse.BodySubscribers.fromSubscriber(
        new Flow.Subscriber<List<ByteBuffer>>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(List<ByteBuffer> item) {
            long n = 0;
            for (ByteBuffer buffer : item) {
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
        }, s -> null);
    return http.sendAsync(request(text, true), handler).thenApply(response -> {
      long end = System.nanoTime();
      int code = response.statusCode();
      if (code == 503 || code == 429) {
        return Outcome.failed(start, end, "busy", "HTTP " + code);
      }
      if (code != 200) {
        return Outcome.failed(start, end, "http_" + code, "HTTP " + code);
      }
      if (bytes.get() == 0) {
        return Outcome.failed(start, end, "empty_audio", "HTTP 200 without audio");
      }
      return new Outcome(start, first.get(), end, bytes.get(), null, null);
    });
  }

  private CompletableFuture<Outcome> streamWebSocket(String text, long start) {
    CompletableFuture<Outcome> result = new CompletableFuture<>();
    AtomicLong first = new AtomicLong(-1);
    AtomicLong bytes = new AtomicLong();
    WebSocket.Listener listener = new WebSocket.Listener() {
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
          result.complete(Outcome.failed(start, end, "protocol", "close " + code + " " + reason));
        } else if (bytes.get() == 0) {
          result.complete(Outcome.failed(start, end, "empty_audio", "closed without a binary frame"));
        } else {
          result.complete(new Outcome(start, first.get(), end, bytes.get(), null, null));
        }
        return null;
      }

      @Override
      public void onError(WebSocket ws, Throwable error) {
        result.completeExceptionally(error);
      }
    };
    http.newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .buildAsync(websocketUrl(text), listener)
        .whenComplete((ws, error) -> {
          if (error != null) {
            result.completeExceptionally(error);
          } else {
            result.whenComplete((o, e) -> {
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
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof TimeoutException || (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException))) {
      return Outcome.failed(start, end, "timeout", "no complete answer in time");
    }
    if (cause instanceof WebSocketHandshakeException handshake) {
      int code = handshake.getResponse().statusCode();
      return Outcome.failed(start, end, code == 503 || code == 429 ? "busy" : "http_" + code, "handshake HTTP " + code);
    }
    if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException || cause instanceof IOException) {
      return Outcome.failed(start, end, "connection", String.valueOf(cause.getMessage()));
    }
    return Outcome.failed(start, end, "protocol", cause.toString());
  }

  private HttpRequest request(String text, boolean streaming) {
    ObjectNode body = Json.object();
    URI uri = synthesisUrl(text, streaming);
    switch (protocol) {
      case REST -> {
        body.put("text", text);
        body.put("output_format", streaming ? "pcm" : "wav");
        if (voice != null) {
          body.put("voice_id", voice);
        }
      }
      case OPENAI -> {
        body.put("model", model);
        body.put("input", text);
        if (voice != null) {
          body.put("voice", voice);
        }
        body.put("response_format", streaming ? "pcm" : "wav");
      }
      case WEBSOCKET -> throw new IllegalStateException("the websocket protocol has no HTTP request");
    }
    return HttpRequest.newBuilder(uri)
        .timeout(requestTimeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
        .build();
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
    String query = "text=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&cfg=1.5&steps=5"
        + (voice == null ? "" : "&voice=" + URLEncoder.encode(voice, StandardCharsets.UTF_8));
    return endpoint(URI.create(root), "/stream?" + query);
  }

  public Protocol protocol() {
    return protocol;
  }

  public URI base() {
    return base;
  }
}
