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

  @Test
  void ttfa_and_end_to_end_are_measured_separately() {
    tts.firstChunkDelayNanos = 30_000_000;
    tts.chunkIntervalNanos = 20_000_000;
    tts.chunks = 3; // end to end 70 ms
    JsonNode m = run("--rate", "50", "--duration", "1s", "--warmup", "500ms").get("metrics");
    assertEquals(50, m.get("total_requests").asLong());
    assertEquals(0.0, m.get("error_rate").asDouble());
    double ttfa = m.get("ttfa_ms").get("p50").asDouble();
    double e2e = m.get("e2e_latency_ms").get("p50").asDouble();
    assertTrue(ttfa >= 30 && ttfa < 45, "ttfa p50 " + ttfa);
    assertTrue(e2e >= 70 && e2e < 85, "e2e p50 " + e2e);
    // 3 chunks of 4800 bytes = 0.3 s of 24 kHz PCM16 per request
    assertEquals(15.0, m.get("audio_seconds").asDouble(), 1e-9);
    assertTrue(m.get("real_time_factor").asDouble() > 0.2 && m.get("real_time_factor").asDouble() < 0.3, m.toString());
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

  /** A 500 ms stall: the open model shows it in p99, the closed model (one in flight) hides it. */
  @Test
  void open_model_reports_a_stall_that_the_closed_model_hides() {
    tts.firstChunkDelayNanos = 2_000_000;
    tts.stall(1_000_000_000L, 500_000_000L);
    double openP99 = run("--rate", "100", "--duration", "2s").get("metrics").get("e2e_latency_ms").get("p99").asDouble();
    tts.stall(1_000_000_000L, 500_000_000L);
    JsonNode closed = run("--concurrency", "1", "--duration", "2s").get("metrics");
    double closedP99 = closed.get("e2e_latency_ms").get("p99").asDouble();
    assertTrue(openP99 > 250, "open p99 " + openP99);
    assertTrue(closedP99 < 100, "closed p99 " + closedP99 + " " + closed);
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
