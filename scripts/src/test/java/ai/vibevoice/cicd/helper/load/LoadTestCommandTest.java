package ai.vibevoice.cicd.helper.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.helper.io.Json;
import ai.vibevoice.cicd.helper.regression.MetricsFile;
import ai.vibevoice.cicd.helper.testing.Cli;
import ai.vibevoice.cicd.helper.testing.TtsEmulator;
import ai.vibevoice.cicd.helper.testing.WebSocketTestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the emulator: loose bounds here; the tight figures come from {@code LoadTestBenchmark}. */
class LoadTestCommandTest {
  @TempDir Path dir;
  TtsEmulator tts;

  @BeforeEach
  void start() throws IOException {
    tts = new TtsEmulator();
  }

  @AfterEach
  void stop() {
    tts.close();
  }

  JsonNode run(String... extra) {
    String[] args = new String[extra.length + 5];
    args[0] = "load-test";
    args[1] = "--url";
    args[2] = tts.url().toString();
    args[3] = "--output";
    args[4] = dir.resolve("metrics.json").toString();
    System.arraycopy(extra, 0, args, 5, extra.length);
    Cli cli = Cli.run(args);
    assertEquals(0, cli.exitCode(), cli.toString());
    assertTrue(cli.err().startsWith("load test: "), cli.err());
    return Json.read(dir.resolve("metrics.json"));
  }

  /**
   * Only what physics guarantees whatever the machine's load: latency counts from the intended
   * start, before the request can reach the server, so no sample can be below the emulator's delays;
   * first audio comes before the end. How close the figures are to the truth is a benchmark's
   * question (LoadTestBenchmark), never a test's.
   */
  @Test
  void ttfa_and_end_to_end_are_measured_separately() {
    tts.firstChunkDelayNanos = 30_000_000;
    tts.chunkIntervalNanos = 20_000_000;
    tts.chunks = 3; // end to end 70 ms
    JsonNode m = run("--rate", "50", "--duration", "1s", "--warmup", "500ms").get("metrics");
    assertEquals(50, m.get("total_requests").asLong());
    assertEquals(0.0, m.get("error_rate").asDouble(), m.toString());
    JsonNode ttfa = m.get("ttfa_ms");
    JsonNode e2e = m.get("e2e_latency_ms");
    assertEquals(50, ttfa.get("count").asLong(), m.toString());
    assertEquals(50, e2e.get("count").asLong(), m.toString());
    assertTrue(ttfa.get("min").asDouble() >= 30, "ttfa min " + ttfa);
    assertTrue(e2e.get("min").asDouble() >= 70, "e2e min " + e2e);
    for (String p : new String[] {"p50", "p90", "p99", "max"}) {
      assertTrue(ttfa.get(p).asDouble() <= e2e.get(p).asDouble(), p + ": ttfa " + ttfa + " e2e " + e2e);
    }
    // 3 chunks of 4800 bytes = 0.3 s of 24 kHz PCM16 per request
    assertEquals(15.0, m.get("audio_seconds").asDouble(), 1e-9);
    // processing time / audio time: at least 70 ms / 300 ms
    assertTrue(m.get("real_time_factor").asDouble() >= 0.7 / 3, m.toString());
  }

  @Test
  void metrics_file_is_readable_by_the_regression_check() {
    run("--rate", "20", "--requests", "10");
    MetricsFile file = MetricsFile.read(dir.resolve("metrics.json"));
    assertEquals(10, file.totalRequests());
    assertTrue(file.latency().get("ttfa_ms").containsKey("p90"), file.toString());
  }

  @Test
  void errors_are_counted_by_class() {
    tts.failEvery = 4;
    JsonNode m = run("--rate", "40", "--requests", "40").get("metrics");
    assertEquals(10, m.get("errors_by_class").get("http_500").asLong(), m.toString());
    assertEquals(0.25, m.get("error_rate").asDouble(), 1e-9);
  }

  @Test
  void busy_and_refused_connections_have_their_own_classes() {
    tts.busy = true;
    assertEquals(5, run("--rate", "20", "--requests", "5").get("metrics").get("errors_by_class").get("busy").asLong());
    tts.close();
    assertEquals(5, run("--rate", "20", "--requests", "5").get("metrics").get("errors_by_class").get("connection").asLong());
  }

  @Test
  void slow_requests_count_as_timeouts() {
    tts.firstChunkDelayNanos = 2_000_000_000L;
    JsonNode m = run("--rate", "10", "--requests", "3", "--request-timeout", "200ms").get("metrics");
    assertEquals(3, m.get("errors_by_class").get("timeout").asLong(), m.toString());
  }

  /**
   * A 500 ms stall of one request (and of every request arriving meanwhile), tied to a request
   * number so that no amount of load can move it out of the measured phase. Open model, 100/s,
   * 200 requests: if request k stalls, requests k to k + 25 are all due within 250 ms of it, and each
   * finishes no earlier than the stall's end whether the server held it or the client sent it late,
   * so at least 26 of 200 (13 %) take 250 ms or more, and at least 11 take 400 ms or more. Closed
   * model, one in flight, 300 requests: only the stalled request sees the stall, and p99 would need
   * four slow samples.
   */
  @Test
  void open_model_reports_a_stall_that_the_closed_model_hides() {
    tts.firstChunkDelayNanos = 2_000_000;
    tts.stallAtRequest(20 + 100, 500_000_000L); // after the 20 warm-up requests
    JsonNode open = run("--rate", "100", "--requests", "200", "--warmup", "200ms").get("metrics").get("e2e_latency_ms");
    assertTrue(open.get("p90").asDouble() >= 250, "open " + open);
    assertTrue(open.get("p99").asDouble() >= 400, "open " + open);
    assertTrue(open.get("max").asDouble() >= 500, "open " + open);
    tts.stallAtRequest(50, 500_000_000L);
    JsonNode closed = run("--concurrency", "1", "--requests", "300").get("metrics").get("e2e_latency_ms");
    assertTrue(closed.get("max").asDouble() >= 500, "closed " + closed);
    assertTrue(closed.get("p99").asDouble() < 500, "closed " + closed);
  }

  @Test
  void markdown_report_links_a_percentile_chart() throws IOException {
    run("--rate", "20", "--requests", "10", "--markdown", dir.resolve("report.md").toString());
    String md = Files.readString(dir.resolve("report.md"));
    assertTrue(md.contains("![Latency percentiles](report.svg)"), md);
    assertTrue(md.contains("| time to first audio |"), md);
    String svg = Files.readString(dir.resolve("report.svg"));
    assertTrue(svg.startsWith("<svg") && svg.contains("<polyline"), svg);
  }

  @Test
  void websocket_protocol_measures_the_demo_server() throws IOException {
    try (WebSocketTestServer demo = new WebSocketTestServer()) {
      demo.firstFrameDelayMillis = 10;
      Cli cli = Cli.run("load-test", "--url", demo.url().toString(), "--protocol", "websocket", "--concurrency", "1",
          "--requests", "5", "--output", dir.resolve("ws.json").toString());
      assertEquals(0, cli.exitCode(), cli.toString());
      JsonNode m = Json.read(dir.resolve("ws.json")).get("metrics");
      assertEquals(5, m.get("successful_requests").asLong(), m.toString());
      assertTrue(m.get("ttfa_ms").get("p50").asDouble() >= 10, m.toString());
    }
  }

  @Test
  void usage_errors_exit_2() {
    Cli both = Cli.run("load-test", "--url", tts.url().toString(), "--rate", "1", "--concurrency", "1", "--requests", "1");
    assertEquals(2, both.exitCode(), both.toString());
    Cli none = Cli.run("load-test", "--url", tts.url().toString(), "--rate", "1");
    assertEquals(2, none.exitCode(), none.toString());
    Cli file = Cli.run("load-test", "--url", tts.url().toString(), "--rate", "1", "--requests", "1", "--text-file", dir.resolve("none.txt").toString());
    assertEquals(2, file.exitCode(), file.toString());
    assertTrue(file.err().contains("none.txt: file not found"), file.toString());
  }
}
