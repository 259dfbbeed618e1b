package ai.vibevoice.cicd.helper.smoke;

import ai.vibevoice.cicd.helper.ExitCode;
import ai.vibevoice.cicd.helper.InputException;
import ai.vibevoice.cicd.helper.io.DurationConverter;
import ai.vibevoice.cicd.helper.io.Json;
import ai.vibevoice.cicd.helper.tts.Audio;
import ai.vibevoice.cicd.helper.tts.Outcome;
import ai.vibevoice.cicd.helper.tts.Protocol;
import ai.vibevoice.cicd.helper.tts.Synthesis;
import ai.vibevoice.cicd.helper.tts.TtsClient;
import ai.vibevoice.cicd.helper.tts.TtsOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ci-helper smoke-test}: waits for the services, then checks one synthesis returns real
 * audio.
 */
@Command(
    name = "smoke-test",
    description = {
      "Waits (with backoff, until --timeout) for the TTS service to be ready (/ready, or /health with status"
          + " healthy where /ready does not exist; /config for the websocket demo server) and the agent to be"
          + " healthy and, where its /health says, reaching the TTS service (tts_available), then makes one"
          + " minimal synthesis request and checks the answer is real audio.",
      "Prints one line per check with its time; stops at the first failed check."
    },
    exitCodeList = {"0:every check passed", "1:a check failed (named)"})
public final class SmokeTestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--tts-url",
      required = true,
      paramLabel = "URL",
      description = "Base URL of the TTS front end, e.g. http://localhost:8000.")
  String ttsUrl;

  @Option(
      names = "--agent-url",
      paramLabel = "URL",
      description = "Base URL of the agent service, e.g. http://localhost:8080.")
  String agentUrl;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "5m",
      converter = DurationConverter.class,
      description =
          "How long to wait for readiness (model download and warm-up can take minutes). Default: ${DEFAULT-VALUE}.")
  Duration timeout;

  @Option(
      names = "--request-timeout",
      paramLabel = "DURATION",
      defaultValue = "60s",
      converter = DurationConverter.class,
      description = "Limit of the synthesis request. Default: ${DEFAULT-VALUE}.")
  Duration requestTimeout;

  @Option(
      names = "--text",
      defaultValue = "Hello from the smoke test.",
      description = "Text to synthesize. Default: ${DEFAULT-VALUE}")
  String text;

  @Mixin TtsOptions tts;

  private PrintWriter out;

  /** A failed check: its name and why. */
  private static final class CheckFailed extends Exception {
    private static final long serialVersionUID = 1L;

    CheckFailed(String message) {
      super(message);
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    out = spec.commandLine().getOut();
    if (text.isBlank() || text.length() > 4096) {
      throw new InputException("--text: must have 1 to 4096 characters");
    }
    URI ttsBase = TtsClient.parseUrl("--tts-url", ttsUrl);
    URI agent = agentUrl == null ? null : TtsClient.parseUrl("--agent-url", agentUrl);
    Synthesis synthesis = tts.synthesis();
    TtsClient client = new TtsClient(ttsBase, synthesis, requestTimeout);
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      check("tts ready", () -> waitForTts(client, deadline));
      if (agent != null) {
        Synthesis health = new Synthesis(Protocol.REST, null, synthesis.model());
        TtsClient agentClient = new TtsClient(agent, health, requestTimeout);
        check("agent healthy", () -> waitForHealth(agentClient, "/health", deadline, false));
      }
      check("tts synthesis", () -> synthesize(client));
    } catch (CheckFailed e) {
      spec.commandLine().getErr().println("smoke test failed: " + e.getMessage());
      return ExitCode.CHECK_FAILED;
    }
    out.println("smoke test passed");
    return ExitCode.OK;
  }

  private interface Check {
    String run() throws CheckFailed, InterruptedException;
  }

  private void check(String name, Check check) throws CheckFailed, InterruptedException {
    long started = System.nanoTime();
    try {
      String detail = check.run();
      out.printf(Locale.ROOT, "PASS %-14s %7.2f s  %s%n", name, seconds(started), detail);
    } catch (CheckFailed e) {
      out.printf(Locale.ROOT, "FAIL %-14s %7.2f s  %s%n", name, seconds(started), e.getMessage());
      throw new CheckFailed(name + ": " + e.getMessage());
    }
  }

  private String waitForTts(TtsClient client, long deadline)
      throws CheckFailed, InterruptedException {
    if (client.protocol() == Protocol.WEBSOCKET) {
      return waitForHealth(client, "/config", deadline, false);
    }
    return waitForHealth(client, "/ready", deadline, true);
  }

  /**
   * Polls {@code path} until 200 (and, for {@code /health}, a status other than unhealthy and no
   * {@code "tts_available": false}). When {@code readyFallsBack} and the server has no {@code
   * /ready} (404 or 405), polls {@code /health} and wants status healthy.
   */
  private String waitForHealth(TtsClient client, String path, long deadline, boolean readyFallsBack)
      throws CheckFailed, InterruptedException {
    long backoff = 250;
    String current = path;
    String last = "no answer yet";
    while (true) {
      URI url = TtsClient.endpoint(client.base(), current);
      try {
        HttpResponse<String> response = client.get(current, Duration.ofSeconds(10));
        int code = response.statusCode();
        if ((code == 404 || code == 405) && readyFallsBack && current.equals("/ready")) {
          current = "/health";
          continue;
        }
        last = "GET " + url + " -> " + code;
        if (code == 200) {
          JsonNode body = json(response.body());
          Optional<String> status =
              body.path("status").isTextual()
                  ? Optional.of(body.get("status").asText())
                  : Optional.empty();
          boolean strict = current.equals("/health") && readyFallsBack;
          if (strict && !status.map("healthy"::equals).orElse(false)) {
            last += " (status " + status.orElse("absent") + ", want healthy)";
          } else if (status.map("unhealthy"::equals).orElse(false)) {
            last += " (status unhealthy)";
          } else if (body.path("tts_available").isBoolean()
              && !body.get("tts_available").asBoolean()) {
            // The agent's /health answers 200 healthy whether or not it reaches the TTS service.
            last += " (tts_available false: it does not reach the TTS service)";
          } else {
            return last;
          }
        }
      } catch (IOException e) {
        last =
            "GET "
                + url
                + ": "
                + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + e.getMessage());
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw new CheckFailed("not ready before the deadline; last: " + last);
      }
      Thread.sleep(Math.min(backoff, Math.max(1, remaining / 1_000_000)));
      backoff = Math.min(backoff * 2, 5_000);
    }
  }

  /** The answer as JSON; a missing node when it is not JSON, so every field reads as absent. */
  private static JsonNode json(String body) {
    try {
      JsonNode node = Json.MAPPER.readTree(body);
      return node == null ? MissingNode.getInstance() : node;
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  private String synthesize(TtsClient client) throws CheckFailed, InterruptedException {
    URI url = client.synthesisUrl(text, false);
    if (client.protocol() == Protocol.WEBSOCKET) {
      Outcome outcome = client.stream(text, System.nanoTime()).join();
      if (!outcome.ok()) {
        throw new CheckFailed("WS " + url + ": " + outcome.error() + " (" + outcome.detail() + ")");
      }
      return String.format(
          Locale.ROOT,
          "WS %s -> %d audio bytes (%.2f s), first audio after %.0f ms",
          url,
          outcome.audioBytes(),
          Audio.seconds(outcome.audioBytes(), tts.sampleRate()),
          (outcome.firstAudio() - outcome.start()) / 1e6);
    }
    HttpResponse<byte[]> response;
    try {
      response = client.synthesizeWhole(text);
    } catch (IOException e) {
      throw new CheckFailed(
          "POST " + url + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
    }
    if (response.statusCode() != 200) {
      throw new CheckFailed("POST " + url + " -> " + response.statusCode() + " (want 200)");
    }
    Optional<String> problem = Audio.problem(response.body());
    if (problem.isPresent()) {
      throw new CheckFailed("POST " + url + " -> 200 but " + problem.get());
    }
    return "POST " + url + " -> 200, " + Audio.describe(response.body(), tts.sampleRate());
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
