package ai.vibevoice.cicd.helper.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.helper.testing.Cli;
import ai.vibevoice.cicd.helper.testing.TtsEmulator;
import ai.vibevoice.cicd.helper.testing.WebSocketTestServer;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmokeTestCommandTest {
  TtsEmulator tts;
  TtsEmulator agent;

  @BeforeEach
  void start() throws IOException {
    tts = new TtsEmulator();
    agent = new TtsEmulator();
  }

  @AfterEach
  void stop() {
    tts.close();
    agent.close();
  }

  /** smoke-test against the emulated TTS service with {@code more} arguments. */
  private Cli smokeTest(String... more) {
    return Cli.run(List.of("smoke-test", "--tts-url", tts.url().toString()), more);
  }

  @Test
  void passes_when_both_services_are_ready_and_audio_is_a_wav() {
    Cli cli = smokeTest("--agent-url", agent.url().toString(), "--timeout", "10s");
    assertEquals(0, cli.exitCode(), cli.toString());
    assertLine(cli, "PASS tts ready", "/ready -> 200");
    assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("PASS agent healthy")), cli.out());
    assertLine(cli, "PASS tts synthesis", "WAV");
  }

  @Test
  void waits_with_backoff_until_the_model_is_ready() {
    tts.notReadyPolls = 3;
    Cli cli = smokeTest("--timeout", "20s");
    assertEquals(0, cli.exitCode(), cli.toString());
    assertEquals(4, tts.readyPolls.get());
  }

  @Test
  void falls_back_to_health_when_the_service_has_no_ready_endpoint() {
    tts.hasReady = false;
    Cli cli = smokeTest("--timeout", "5s");
    assertEquals(0, cli.exitCode(), cli.toString());
    assertTrue(cli.out().contains("/health -> 200"), cli.out());
  }

  @Test
  void unhealthy_service_without_ready_fails_the_ready_check_at_the_deadline() {
    tts.hasReady = false;
    tts.healthStatus = "unhealthy";
    assertNotReadyAtTheDeadline(
        smokeTest("--timeout", "1s"), "tts ready", "status unhealthy, want healthy");
  }

  @Test
  void empty_audio_fails_the_synthesis_check() {
    tts.emptyAudio = true;
    Cli cli = smokeTest("--timeout", "5s");
    assertEquals(1, cli.exitCode(), cli.toString());
    assertLine(cli, "FAIL tts synthesis", "empty body");
    assertTrue(cli.err().contains("smoke test failed: tts synthesis"), cli.toString());
  }

  @Test
  void server_error_fails_the_synthesis_check_with_the_status() {
    tts.failEvery = 1;
    Cli cli = smokeTest("--timeout", "5s");
    assertEquals(1, cli.exitCode(), cli.toString());
    assertTrue(cli.err().contains("/synthesize -> 500 (want 200)"), cli.toString());
  }

  @Test
  void unreachable_agent_fails_the_agent_check() throws IOException {
    agent.close();
    Cli cli = smokeTest("--agent-url", agent.url().toString(), "--timeout", "1s");
    assertEquals(1, cli.exitCode(), cli.toString());
    assertTrue(cli.err().contains("smoke test failed: agent healthy"), cli.toString());
  }

  @Test
  void an_agent_that_does_not_reach_the_tts_service_fails_the_agent_check() {
    agent.ttsAvailable = false;
    assertNotReadyAtTheDeadline(
        smokeTest("--agent-url", agent.url().toString(), "--timeout", "1s"),
        "agent healthy",
        "(tts_available false: it does not reach the TTS service)");
    agent.ttsAvailable = true;
    assertEquals(0, smokeTest("--agent-url", agent.url().toString(), "--timeout", "5s").exitCode());
  }

  /**
   * Runs the smoke test against {@code url} speaking {@code protocol}; it must pass and print
   * {@code evidence}.
   */
  private static void assertPasses(String url, String protocol, String evidence) {
    Cli cli = smokeTestOf(url, protocol);
    assertEquals(0, cli.exitCode(), cli.toString());
    assertTrue(cli.out().contains(evidence), cli.out());
  }

  /** The run failed {@code check} at the deadline, its last answer saying {@code why}. */
  private static void assertNotReadyAtTheDeadline(Cli cli, String check, String why) {
    assertEquals(1, cli.exitCode(), cli.toString());
    assertTrue(
        cli.err().contains("smoke test failed: " + check + ": not ready before the deadline"),
        cli.toString());
    assertTrue(cli.err().contains(why), cli.toString());
  }

  /** stdout has a line that starts with {@code start} and contains {@code fragment}. */
  private static void assertLine(Cli cli, String start, String fragment) {
    assertTrue(
        cli.out().lines().anyMatch(l -> l.startsWith(start) && l.contains(fragment)), cli.out());
  }

  /** The smoke test against {@code url} speaking {@code protocol}, with a 5 s timeout. */
  private static Cli smokeTestOf(String url, String protocol) {
    return Cli.run("smoke-test", "--tts-url", url, "--protocol", protocol, "--timeout", "5s");
  }

  @Test
  void sends_the_voice_and_model_of_the_shared_synthesis_options() {
    Cli rest = smokeTest("--timeout", "5s", "--voice", "v1");
    assertEquals(0, rest.exitCode(), rest.toString());
    assertEquals(
        "{\"text\":\"Hello from the smoke test.\",\"output_format\":\"wav\",\"voice_id\":\"v1\"}",
        tts.lastSynthesisBody);
    Cli openai =
        smokeTest("--timeout", "5s", "--protocol", "openai", "--voice", "v2", "--model", "m2");
    assertEquals(0, openai.exitCode(), openai.toString());
    assertEquals(
        "{\"model\":\"m2\",\"input\":\"Hello from the smoke test.\",\"voice\":\"v2\",\"response_format\":\"wav\"}",
        tts.lastSynthesisBody);
  }

  @Test
  void openai_protocol_checks_the_speech_endpoint() {
    assertPasses(tts.url().toString(), "openai", "/v1/audio/speech -> 200");
  }

  /**
   * The demo server generates before its first frame; a stand-in that writes frames in the same
   * instant as the 101 answer once left the JDK client waiting for a frame it never delivered (1
   * run of many, a 60 s timeout), so the stand-in waits 10 ms as the load test's does.
   */
  @Test
  void websocket_protocol_wants_binary_frames_from_the_demo_server() throws IOException {
    try (WebSocketTestServer demo = new WebSocketTestServer()) {
      demo.firstFrameDelayMillis = 10;
      assertPasses(demo.url().toString(), "websocket", "19200 audio bytes");
    }
  }

  @Test
  void websocket_busy_close_fails_the_synthesis_check() throws IOException {
    try (WebSocketTestServer demo = new WebSocketTestServer()) {
      demo.busy = true;
      Cli cli = smokeTestOf(demo.url().toString(), "websocket");
      assertEquals(1, cli.exitCode(), cli.toString());
      assertTrue(cli.err().contains("busy (close 1013 Service busy)"), cli.toString());
    }
  }

  @Test
  void bad_url_and_bad_duration_exit_2() {
    Cli url = Cli.run("smoke-test", "--tts-url", "localhost:8000");
    assertEquals(2, url.exitCode(), url.toString());
    assertTrue(url.err().contains("--tts-url: 'localhost:8000'"), url.toString());
    Cli duration = smokeTest("--timeout", "soon");
    assertEquals(2, duration.exitCode(), duration.toString());
    assertTrue(duration.err().contains("'soon' is not a duration"), duration.toString());
  }
}
