package ai.vibevoice.cicd.helper.load;

import ai.vibevoice.cicd.helper.CiHelper;
import ai.vibevoice.cicd.helper.DaemonThreads;
import ai.vibevoice.cicd.helper.ExitCode;
import ai.vibevoice.cicd.helper.InputException;
import ai.vibevoice.cicd.helper.io.AtomicFiles;
import ai.vibevoice.cicd.helper.io.DurationConverter;
import ai.vibevoice.cicd.helper.io.Json;
import ai.vibevoice.cicd.helper.tts.Synthesis;
import ai.vibevoice.cicd.helper.tts.TtsClient;
import ai.vibevoice.cicd.helper.tts.TtsOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ci-helper load-test}: measures TTFA and end-to-end latency under a fixed arrival rate. */
@Command(
    name = "load-test",
    description = {
      "Sends synthesis requests to one TTS front end and writes the metrics file (ttfa_ms, e2e_latency_ms with"
          + " mean/p50/p90/p95/p99/max, throughput, error rate and errors by class, audio seconds, real-time factor).",
      "Open model (--rate): requests start on a fixed schedule whatever the latency, and latency counts from"
          + " each request's intended start, so queueing is never hidden. Closed model (--concurrency): for comparison.",
      "Only the host of --url is ever contacted; redirects are not followed."
    },
    exitCodeList = {"0:measured (errors are in the metrics, not the exit code)"})
public final class LoadTestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--url",
      required = true,
      paramLabel = "URL",
      description = "Base URL of the TTS front end.")
  String url;

  @Mixin TtsOptions tts;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Model model;

  static final class Model {
    @Option(
        names = "--rate",
        paramLabel = "N",
        description = "Open model: requests started per second.")
    Double rate;

    @Option(
        names = "--concurrency",
        paramLabel = "N",
        description = "Closed model: requests kept in flight.")
    Integer concurrency;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Bound bound;

  static final class Bound {
    @Option(
        names = "--duration",
        paramLabel = "D",
        converter = DurationConverter.class,
        description = "Length of the measured phase, e.g. 60s.")
    Duration duration;

    @Option(names = "--requests", paramLabel = "N", description = "Number of measured requests.")
    Long requests;
  }

  @Option(
      names = "--warmup",
      paramLabel = "D",
      converter = DurationConverter.class,
      description = "Unrecorded warm-up at the same load first.")
  Duration warmup;

  @Option(
      names = "--text-file",
      paramLabel = "FILE",
      description = "Texts to synthesize, one per line, used in turn.")
  Path textFile;

  @Option(names = "--output", paramLabel = "FILE", description = "Metrics file (JSON).")
  Path output;

  @Option(
      names = "--markdown",
      paramLabel = "FILE",
      description = "Markdown report; the chart is written next to it (same name, .svg).")
  Path markdown;

  @Option(
      names = "--image",
      paramLabel = "REF",
      description = "Image under test (name@sha256:...), recorded in the metrics.")
  String image;

  @Option(
      names = "--request-timeout",
      paramLabel = "D",
      defaultValue = "30s",
      converter = DurationConverter.class,
      description =
          "Limit of one request, after which it counts as a timeout. Default: ${DEFAULT-VALUE}.")
  Duration requestTimeout;

  @Option(
      names = "--max-in-flight",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "Open model: requests due while this many are in flight are counted as dropped errors. Default: ${DEFAULT-VALUE}.")
  int maxInFlight;

  static final List<String> DEFAULT_TEXTS =
      List.of(
          "Hello, this is a latency test of the speech service.",
          "The quick brown fox jumps over the lazy dog.",
          "Please confirm your appointment for tomorrow at ten.");

  @Override
  public Integer call() throws InterruptedException {
    URI target = TtsClient.parseUrl("--url", url);
    LoadPlan plan;
    try {
      plan =
          new LoadPlan(
              model.rate, model.concurrency, bound.duration, bound.requests, warmup, maxInFlight);
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage());
    }
    List<String> texts = textFile == null ? DEFAULT_TEXTS : readTexts(textFile);
    // Found before the run, not after minutes of load: every file this run will write.
    checkWritable("--output", output);
    if (markdown != null) {
      checkWritable("--markdown", markdown);
      checkWritable("--markdown (chart)", chartOf(markdown));
    }
    LatencyRecorder recorder = new LatencyRecorder();
    PrintWriter err = spec.commandLine().getErr();
    AtomicLong started = new AtomicLong();
    Optional<ScheduledExecutorService> progress =
        CiHelper.stderrIsTerminal()
            ? Optional.of(progress(recorder, started, err))
            : Optional.empty();
    Synthesis synthesis = tts.synthesis();
    LoadRunner.Run run;
    try (TtsClient client = new TtsClient(target, synthesis, requestTimeout, maxInFlight)) {
      run = new LoadRunner(client, texts).run(plan, recorder, started::set);
    } finally {
      progress.ifPresent(
          p -> {
            p.shutdownNow();
            err.print("\r\033[K");
          });
    }
    ObjectNode metrics =
        LoadReport.metrics(
            run,
            new LoadReport.Target(
                url,
                synthesis.protocol().name().toLowerCase(Locale.ROOT),
                image,
                plan,
                tts.sampleRate()),
            env("GITHUB_SHA"),
            env("GITHUB_RUN_ID"),
            Instant.now());
    err.println(summary(metrics));
    String warning = LoadReport.latenessWarning(metrics);
    if (warning != null) {
      err.println(warning);
    }
    if (output != null) {
      write(output, Json.write(metrics));
      spec.commandLine().getOut().println("wrote " + output);
    }
    if (markdown != null) {
      String chartName = chartOf(markdown).getFileName().toString();
      write(markdown.resolveSibling(chartName), LoadReport.chart(recorder.snapshot()));
      write(markdown, LoadReport.markdown(metrics, chartName));
      spec.commandLine()
          .getOut()
          .println("wrote " + markdown + " and " + markdown.resolveSibling(chartName));
    }
    return ExitCode.OK;
  }

  private static String env(String name) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? "unknown" : value;
  }

  /**
   * Writes through a temporary file and a rename, except to an existing file that is not a regular
   * file ({@code /dev/stdout}, {@code /dev/null}, a pipe): a rename would replace the device.
   */
  static void write(Path file, String text) {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      try {
        Files.writeString(file, text);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
      }
    } else {
      AtomicFiles.write(file, text);
    }
  }

  static Path chartOf(Path markdown) {
    return markdown.resolveSibling(
        markdown.getFileName().toString().replaceFirst("\\.md$", "") + ".svg");
  }

  /**
   * Refuses (exit 2) a file that cannot be written: a directory, under a file, or without
   * permission.
   */
  static void checkWritable(String option, Path file) {
    if (file == null) {
      return;
    }
    Path absolute = file.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new InputException(option + " " + file + ": is a directory, cannot write it");
    }
    if (Files.exists(absolute) && !Files.isWritable(absolute)) {
      throw new InputException(option + " " + file + ": file is not writable");
    }
    if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
      return; // a device or pipe, written in place: its directory need not be writable
    }
    Path dir = absolute.getParent();
    while (dir != null && !Files.exists(dir)) {
      dir = dir.getParent();
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw new InputException(
          option + " " + file + ": cannot create its directory, " + dir + " is not a directory");
    }
    if (!Files.isWritable(dir)) {
      throw new InputException(option + " " + file + ": directory " + dir + " is not writable");
    }
  }

  static String summary(ObjectNode metrics) {
    var m = metrics.get("metrics");
    StringBuilder errors =
        new StringBuilder(
            String.format(Locale.ROOT, "errors %.2f %%", m.get("error_rate").asDouble() * 100));
    if (m.get("errors_by_class").size() > 0) {
      String main = null;
      long most = -1;
      for (var it = m.get("errors_by_class").fields(); it.hasNext(); ) {
        var e = it.next();
        if (e.getValue().asLong() > most) {
          most = e.getValue().asLong();
          main = e.getKey();
        }
      }
      errors.append(" (mostly ").append(main).append(" ").append(most);
      if (m.has("first_error")) {
        errors.append("; first: ").append(m.get("first_error").asText());
      }
      errors.append(")");
    }
    return String.format(
        Locale.ROOT,
        "load test: %d requests, %.1f/s, %s, ttfa p50 %s p95 %s p99 %s, e2e p50 %s p95 %s p99 %s, client lateness p99 %s",
        m.get("total_requests").asLong(),
        m.get("throughput_rps").asDouble(),
        errors,
        ms(m.get("ttfa_ms").get("p50")),
        ms(m.get("ttfa_ms").get("p95")),
        ms(m.get("ttfa_ms").get("p99")),
        ms(m.get("e2e_latency_ms").get("p50")),
        ms(m.get("e2e_latency_ms").get("p95")),
        ms(m.get("e2e_latency_ms").get("p99")),
        ms(m.get("client_lateness_ms").get("p99")));
  }

  private static String ms(JsonNode value) {
    return value != null && value.isNumber()
        ? String.format(Locale.ROOT, "%.1f ms", value.asDouble())
        : "n/a";
  }

  private static ScheduledExecutorService progress(
      LatencyRecorder recorder, AtomicLong started, PrintWriter err) {
    long t0 = System.nanoTime();
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("progress"));
    timer.scheduleAtFixedRate(
        () -> {
          LatencyRecorder.Snapshot s = recorder.snapshot();
          double seconds = (System.nanoTime() - t0) / 1e9;
          err.printf(
              Locale.ROOT,
              "\r\033[K%6.1f s  started %d (%.1f/s)  done %d  errors %d  ttfa p50 %.1f p95 %.1f ms  e2e p50 %.1f p95 %.1f ms",
              seconds,
              started.get(),
              started.get() / Math.max(seconds, 1e-9),
              s.total(),
              s.errorCount(),
              s.ttfa().getValueAtPercentile(50) / 1000.0,
              s.ttfa().getValueAtPercentile(95) / 1000.0,
              s.e2e().getValueAtPercentile(50) / 1000.0,
              s.e2e().getValueAtPercentile(95) / 1000.0);
          err.flush();
        },
        1,
        1,
        TimeUnit.SECONDS);
    return timer;
  }

  private static List<String> readTexts(Path file) {
    try {
      List<String> lines =
          Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
      if (lines.isEmpty()) {
        throw new InputException(file + ": no text lines");
      }
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).length() > 4096) {
          throw new InputException(file + ": line " + (i + 1) + ": longer than 4096 characters");
        }
      }
      return lines;
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": file not found");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
  }
}
