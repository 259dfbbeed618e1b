package ai.vibevoice.cicd.helper.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.helper.io.Json;
import ai.vibevoice.cicd.helper.regression.MetricsFile;
import ai.vibevoice.cicd.helper.testing.Cli;
import ai.vibevoice.cicd.helper.testing.TtsEmulator;
import ai.vibevoice.cicd.helper.testing.WebSocketTestServer;
import ai.vibevoice.cicd.helper.tts.Protocol;
import ai.vibevoice.cicd.helper.tts.Synthesis;
import ai.vibevoice.cicd.helper.tts.TtsClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against the emulator: loose bounds here; the tight figures come from {@code LoadTestBenchmark}.
 */
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

  /** load-test against the emulator with {@code more} arguments. */
  Cli loadTest(String... more) {
    return loadTestAt(tts.url().toString(), more);
  }

  /** load-test against the server at {@code url} with {@code more} arguments. */
  static Cli loadTestAt(String url, String... more) {
    return Cli.run(List.of("load-test", "--url", url), more);
  }

  /** A load test that must succeed; its metrics file. */
  JsonNode run(String... extra) {
    Path metrics = dir.resolve("metrics.json");
    Cli cli =
        Cli.run(
            List.of("load-test", "--url", tts.url().toString(), "--output", metrics.toString()),
            extra);
    assertEquals(0, cli.exitCode(), cli.toString());
    assertTrue(cli.err().startsWith("load test: "), cli.err());
    return Json.read(metrics);
  }

  /**
   * Only what physics guarantees whatever the machine's load: latency counts from the intended
   * start, before the request can reach the server, so no sample can be below the emulator's
   * delays; first audio comes before the end. How close the figures are to the truth is a
   * benchmark's question (LoadTestBenchmark), never a test's.
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
      assertTrue(
          ttfa.get(p).asDouble() <= e2e.get(p).asDouble(), p + ": ttfa " + ttfa + " e2e " + e2e);
    }
    // 3 chunks of 4800 bytes = 0.3 s of 24 kHz PCM16 per request
    assertEquals(15.0, m.get("audio_seconds").asDouble(), 1e-9);
    // processing time / audio time: at least 70 ms / 300 ms
    assertTrue(m.get("real_time_factor").asDouble() >= 0.7 / 3, m.toString());
  }

  @Test
  void the_shared_sample_rate_option_turns_bytes_into_seconds() {
    // 3 chunks of 4800 bytes of PCM16 per request: 0.6 s at 12 kHz
    JsonNode m = run("--rate", "20", "--requests", "10", "--sample-rate", "12000").get("metrics");
    assertEquals(6.0, m.get("audio_seconds").asDouble(), 1e-9);
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
  void a_200_answer_without_a_body_is_empty_audio() {
    tts.emptyAudio = true;
    JsonNode m = run("--rate", "20", "--requests", "5").get("metrics");
    assertEquals(5, m.get("errors_by_class").path("empty_audio").asLong(), m.toString());
  }

  @Test
  void busy_and_refused_connections_have_their_own_classes() {
    tts.busy = true;
    assertEquals(
        5,
        run("--rate", "20", "--requests", "5")
            .get("metrics")
            .get("errors_by_class")
            .get("busy")
            .asLong());
    tts.close();
    assertEquals(
        5,
        run("--rate", "20", "--requests", "5")
            .get("metrics")
            .get("errors_by_class")
            .get("connection")
            .asLong());
  }

  @Test
  void slow_requests_count_as_timeouts() {
    tts.firstChunkDelayNanos = 2_000_000_000L;
    JsonNode m =
        run("--rate", "10", "--requests", "3", "--request-timeout", "200ms").get("metrics");
    assertEquals(3, m.get("errors_by_class").get("timeout").asLong(), m.toString());
  }

  /**
   * A 500 ms stall of one request (and of every request arriving meanwhile), tied to a request
   * number so that no amount of load can move it out of the measured phase. Open model, 100/s, 200
   * requests: if request k stalls, requests k to k + 25 are all due within 250 ms of it, and each
   * finishes no earlier than the stall's end whether the server held it or the client sent it late,
   * so at least 26 of 200 (13 %) take 250 ms or more, and at least 11 take 400 ms or more (lower
   * bounds: load only adds to them). Closed model, one in flight, 300 requests: only the stalled
   * request sees its 3 s stall, and p99 would need four samples of 3 s. The stall is that long
   * because this bound is an upper one: on a saturated machine ordinary requests took up to 1 s (a
   * 500 ms stall failed 1 run of 2 there), so it sits three times above the slowest ordinary
   * request seen.
   */
  @Test
  void open_model_reports_a_stall_that_the_closed_model_hides() {
    tts.firstChunkDelayNanos = 2_000_000;
    tts.stallAtRequest(20 + 100, 500_000_000L); // after the 20 warm-up requests
    JsonNode open =
        run("--rate", "100", "--requests", "200", "--warmup", "200ms")
            .get("metrics")
            .get("e2e_latency_ms");
    assertTrue(open.get("p90").asDouble() >= 250, "open " + open);
    assertTrue(open.get("p99").asDouble() >= 400, "open " + open);
    assertTrue(open.get("max").asDouble() >= 500, "open " + open);
    tts.stallAtRequest(50, 3_000_000_000L);
    JsonNode closed =
        run("--concurrency", "1", "--requests", "300").get("metrics").get("e2e_latency_ms");
    assertTrue(closed.get("max").asDouble() >= 3000, "closed " + closed);
    assertTrue(closed.get("p99").asDouble() < 3000, "closed " + closed);
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
      Cli cli =
          loadTestAt(
              demo.url().toString(),
              "--protocol",
              "websocket",
              "--concurrency",
              "1",
              "--requests",
              "5",
              "--output",
              dir.resolve("ws.json").toString());
      assertEquals(0, cli.exitCode(), cli.toString());
      JsonNode m = Json.read(dir.resolve("ws.json")).get("metrics");
      assertEquals(5, m.get("successful_requests").asLong(), m.toString());
      assertTrue(m.get("ttfa_ms").get("p50").asDouble() >= 10, m.toString());
    }
  }

  @Test
  void usage_errors_exit_2() {
    Cli both = loadTest("--rate", "1", "--concurrency", "1", "--requests", "1");
    assertEquals(2, both.exitCode(), both.toString());
    Cli none = loadTest("--rate", "1");
    assertEquals(2, none.exitCode(), none.toString());
    Cli file =
        loadTest(
            "--rate", "1", "--requests", "1", "--text-file", dir.resolve("none.txt").toString());
    assertEquals(2, file.exitCode(), file.toString());
    assertTrue(file.err().contains("none.txt: file not found"), file.toString());
  }

  @Test
  void a_200_answer_that_is_not_audio_is_its_own_error_class() {
    tts.answerBody = "{\"detail\":\"model not loaded\"}".getBytes(StandardCharsets.UTF_8);
    tts.answerContentType = "application/json";
    JsonNode json = run("--rate", "20", "--requests", "4").get("metrics");
    assertEquals(4, json.get("errors_by_class").path("not_audio").asLong(), json.toString());
    tts.answerBody = "<html><body>Bad gateway</body></html>".getBytes(StandardCharsets.UTF_8);
    tts.answerContentType = "text/html; charset=utf-8";
    JsonNode html = run("--rate", "20", "--requests", "4").get("metrics");
    assertEquals(4, html.get("errors_by_class").path("not_audio").asLong(), html.toString());
    tts.answerBody = new byte[4801];
    tts.answerContentType = "audio/pcm";
    JsonNode odd = run("--rate", "20", "--requests", "4").get("metrics");
    assertEquals(4, odd.get("errors_by_class").path("not_audio").asLong(), odd.toString());
    tts.answerBody = new byte[4800];
    JsonNode even = run("--rate", "20", "--requests", "4").get("metrics");
    assertEquals(4, even.get("successful_requests").asLong(), even.toString());
  }

  /**
   * A server that accepts, reads the request, and then says nothing (or only the headers of a
   * streamed answer): each timed-out request must close its connection, so the client never has
   * more sockets established than --max-in-flight (read from the kernel's table, which changes the
   * moment the client closes, so no amount of load blurs it) and none is left when the run ends.
   */
  @Test
  void request_timeout_closes_the_connection_of_a_server_that_never_answers() throws Exception {
    for (boolean headers : new boolean[] {false, true}) {
      try (SilentServer silent = new SilentServer(headers)) {
        AtomicInteger maxEstablished = new AtomicInteger();
        Thread sampler =
            new Thread(
                () -> {
                  while (!Thread.currentThread().isInterrupted()) {
                    maxEstablished.accumulateAndGet(
                        establishedTo(silent.socket.getLocalPort()), Math::max);
                    try {
                      Thread.sleep(2);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
        sampler.start();
        Cli cli;
        try {
          cli =
              loadTestAt(
                  silent.url(),
                  "--rate",
                  "50",
                  "--requests",
                  "30",
                  "--request-timeout",
                  "100ms",
                  "--max-in-flight",
                  "3",
                  "--output",
                  dir.resolve("silent.json").toString());
        } finally {
          sampler.interrupt();
          sampler.join();
        }
        assertEquals(0, cli.exitCode(), cli.toString());
        JsonNode m = Json.read(dir.resolve("silent.json")).get("metrics");
        assertEquals(30, m.get("total_requests").asLong(), m.toString());
        assertEquals(0, m.get("successful_requests").asLong(), m.toString());
        assertTrue(m.get("errors_by_class").path("timeout").asLong() >= 1, m.toString());
        if (Files.isReadable(Path.of("/proc/net/tcp"))) {
          assertTrue(
              maxEstablished.get() <= 3,
              "headers " + headers + ": " + maxEstablished + " sockets established at once");
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (silent.open.get() > 0 && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
        assertEquals(
            0,
            silent.open.get(),
            "headers "
                + headers
                + ": connections left open after the run (accepted "
                + silent.accepted
                + ")");
      }
    }
  }

  /**
   * Client sockets in ESTABLISHED to {@code port}, each counted once (the table is read in chunks
   * and may repeat a row).
   */
  static int establishedTo(int port) {
    Set<String> locals = new HashSet<>();
    for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
      try {
        for (String line : Files.readAllLines(Path.of(table))) {
          String[] f = line.trim().split("\\s+");
          if (f.length > 3
              && f[3].equals("01")
              && f[2].contains(":")
              && Integer.parseInt(f[2].substring(f[2].lastIndexOf(':') + 1), 16) == port) {
            locals.add(f[1]);
          }
        }
      } catch (IOException | RuntimeException e) {
        // no such table here
      }
    }
    return locals.size();
  }

  @Test
  void an_unwritable_output_is_refused_before_anything_is_sent() throws IOException {
    Path notADirectory = Files.writeString(dir.resolve("file"), "x");
    for (Path output : new Path[] {dir, notADirectory.resolve("metrics.json")}) {
      Cli cli = loadTest("--rate", "20", "--requests", "3", "--output", output.toString());
      assertEquals(2, cli.exitCode(), cli.toString());
      assertTrue(cli.err().contains(output.toString()), cli.toString());
      assertFalse(cli.err().contains("load test: "), cli.toString());
    }
    Path report = notADirectory.resolve("report.md");
    Cli markdown = loadTest("--rate", "20", "--requests", "3", "--markdown", report.toString());
    assertEquals(2, markdown.exitCode(), markdown.toString());
    assertTrue(markdown.err().contains("report.md"), markdown.toString());
    assertEquals(0, tts.synthesisRequests.get());
  }

  @Test
  void a_run_without_success_names_its_error_and_reports_no_latency() throws IOException {
    tts.close();
    Cli cli =
        loadTest(
            "--rate",
            "20",
            "--requests",
            "3",
            "--output",
            dir.resolve("m.json").toString(),
            "--markdown",
            dir.resolve("report.md").toString());
    assertEquals(0, cli.exitCode(), cli.toString());
    assertTrue(
        cli.err().contains("connection") && cli.err().contains("Connection refused"),
        cli.toString());
    assertTrue(cli.err().contains("p50 n/a"), cli.toString());
    assertFalse(cli.err().contains(" 0.0 ms"), cli.toString());
    JsonNode m = Json.read(dir.resolve("m.json")).get("metrics");
    for (String metric : new String[] {"ttfa_ms", "e2e_latency_ms"}) {
      for (String p : new String[] {"mean", "p50", "p90", "p95", "p99", "max", "min"}) {
        assertTrue(m.get(metric).get(p).isNull(), metric + "." + p + " " + m);
      }
      assertEquals(0, m.get(metric).get("count").asLong());
    }
    String md = Files.readString(dir.resolve("report.md"));
    assertTrue(md.contains("| end to end | n/a |"), md);
  }

  @Test
  void the_first_requests_of_a_cold_client_are_never_recorded() {
    JsonNode m = run("--rate", "20", "--requests", "10").get("metrics");
    assertEquals(10, m.get("total_requests").asLong());
    assertTrue(
        tts.synthesisRequests.get() > 10, "server saw " + tts.synthesisRequests + " requests");
  }

  @Test
  void an_http_client_never_loads_tls() throws Exception {
    try (TtsClient client =
        new TtsClient(
            tts.url(), new Synthesis(Protocol.REST, null, "tts-1"), Duration.ofSeconds(5))) {
      assertTrue(client.stream("hello", System.nanoTime()).get().ok());
      assertFalse(
          client.tlsLoaded(), "the JDK HttpClient (and its SSLContext) was created for http://");
    }
  }

  @Test
  void the_client_reports_its_own_lateness() throws IOException {
    JsonNode metrics =
        run("--rate", "40", "--requests", "20", "--markdown", dir.resolve("report.md").toString());
    JsonNode lateness = metrics.get("metrics").get("client_lateness_ms");
    assertEquals(20, lateness.get("count").asLong(), lateness.toString());
    assertTrue(lateness.get("min").asDouble() >= 0, lateness.toString());
    assertTrue(
        lateness.get("p99").asDouble() <= lateness.get("max").asDouble(), lateness.toString());
    String md = Files.readString(dir.resolve("report.md"));
    assertTrue(md.contains("| client lateness |"), md);
  }

  /**
   * --output /dev/stdout (or a pipe) is written in place: a rename over it would replace the
   * device.
   */
  @Test
  void an_output_that_is_not_a_regular_file_is_written_in_place() throws Exception {
    Path fifo = dir.resolve("metrics.fifo");
    Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
    StringBuilder read = new StringBuilder();
    Thread reader =
        new Thread(
            () -> {
              try {
                read.append(Files.readString(fifo));
              } catch (IOException e) {
                read.append(e);
              }
            });
    reader.setDaemon(true);
    reader.start();
    Cli cli = loadTest("--rate", "20", "--requests", "3", "--output", fifo.toString());
    assertEquals(0, cli.exitCode(), cli.toString());
    reader.join(10_000);
    assertFalse(Files.isRegularFile(fifo), "the pipe was replaced by a file");
    assertTrue(read.toString().contains("\"total_requests\""), read.toString());
  }

  @Test
  void lateness_above_5_ms_at_p99_is_warned_about() {
    ObjectNode metrics = Json.object();
    ObjectNode lateness = metrics.putObject("metrics").putObject("client_lateness_ms");
    lateness.put("p99", 4.9).put("max", 7.0);
    assertEquals(null, LoadReport.latenessWarning(metrics));
    lateness.put("p99", 5.1);
    String warning = LoadReport.latenessWarning(metrics);
    assertTrue(warning != null && warning.contains("lateness p99 5.10 ms"), warning);
    lateness.putNull("p99");
    assertEquals(null, LoadReport.latenessWarning(metrics));
  }

  /**
   * Accepts connections, reads what comes, answers nothing (or only headers); counts open sockets.
   */
  static final class SilentServer implements AutoCloseable {
    final ServerSocket socket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    final AtomicInteger open = new AtomicInteger();
    final AtomicInteger accepted = new AtomicInteger();
    final Thread acceptor;

    SilentServer(boolean headers) throws IOException {
      acceptor =
          new Thread(
              () -> {
                while (!socket.isClosed()) {
                  try {
                    Socket s = socket.accept();
                    accepted.incrementAndGet();
                    open.incrementAndGet();
                    Thread reader =
                        new Thread(
                            () -> {
                              try (s;
                                  InputStream in = s.getInputStream();
                                  OutputStream out = s.getOutputStream()) {
                                byte[] buffer = new byte[8192];
                                boolean answered = false;
                                while (in.read(buffer) >= 0) {
                                  if (headers && !answered) {
                                    out.write(
                                        "HTTP/1.1 200 OK\r\nContent-Type: audio/pcm\r\nTransfer-Encoding: chunked\r\n\r\n"
                                            .getBytes(StandardCharsets.US_ASCII));
                                    out.flush();
                                    answered = true;
                                  }
                                }
                              } catch (IOException e) {
                                // closed by the client
                              } finally {
                                open.decrementAndGet();
                              }
                            },
                            "silent-reader");
                    reader.setDaemon(true);
                    reader.start();
                  } catch (IOException e) {
                    return;
                  }
                }
              },
              "silent-acceptor");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
