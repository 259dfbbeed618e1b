package ai.vibevoice.cicd.helper.load;

import ai.vibevoice.cicd.helper.io.Json;
import ai.vibevoice.cicd.helper.tts.Audio;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * The load test's outputs: the metrics file in the platform's format (extra fields added, none
 * changed), a Markdown report and an SVG chart of the latency percentiles.
 */
public final class LoadReport {
  private LoadReport() {}

  /** Percentiles drawn in the chart, evenly spaced. */
  static final List<Double> CHART_PERCENTILES =
      List.of(0.0, 50.0, 75.0, 90.0, 95.0, 99.0, 99.9, 100.0);

  /** What was run against what; written next to the metrics. */
  public record Target(String url, String protocol, String image, LoadPlan plan, int sampleRate) {}

  public static ObjectNode metrics(
      LoadRunner.Run run, Target target, String gitSha, String runId, Instant now) {
    LatencyRecorder.Snapshot s = run.recorder().snapshot();
    ObjectNode root = Json.object();
    root.put("timestamp", now.truncatedTo(ChronoUnit.SECONDS).toString());
    root.put("git_sha", gitSha);
    root.put("workflow_run_id", runId);
    ObjectNode t = root.putObject("target");
    t.put("url", target.url());
    t.put("protocol", target.protocol());
    if (target.image() != null) {
      t.put("image", target.image());
    }
    ObjectNode load = root.putObject("load");
    LoadPlan plan = target.plan();
    load.put("model", plan.open() ? "open" : "closed");
    if (plan.open()) {
      load.put("rate_per_s", plan.rate());
    } else {
      load.put("concurrency", plan.concurrency());
    }
    if (plan.duration() != null) {
      load.put("duration_s", plan.duration().toMillis() / 1000.0);
    } else {
      load.put("requests", plan.requests());
    }
    load.put("warmup_s", plan.warmup().toMillis() / 1000.0);
    load.put("wall_time_s", round(run.seconds(), 3));
    ObjectNode metrics = root.putObject("metrics");
    metrics.set("ttfa_ms", stats(s.ttfa()));
    metrics.set("e2e_latency_ms", stats(s.e2e()));
    // How late the client itself sent each request against its schedule: above a few ms, the
    // figures above include the load generator's own delay.
    metrics.set("client_lateness_ms", stats(s.lateness()));
    long successes = s.total() - s.errorCount();
    metrics.put("throughput_rps", round(run.seconds() > 0 ? successes / run.seconds() : 0, 3));
    metrics.put("error_rate", round(s.errorRate(), 6));
    metrics.put("total_requests", s.total());
    metrics.put("successful_requests", successes);
    ObjectNode errors = metrics.putObject("errors_by_class");
    s.errors().forEach(errors::put);
    if (s.firstError() != null) {
      metrics.put("first_error", s.firstError());
    }
    double audioSeconds = Audio.seconds(s.audioBytes(), target.sampleRate());
    metrics.put("audio_seconds", round(audioSeconds, 3));
    // Processing time over audio time: below 1 means faster than real time.
    metrics.put(
        "real_time_factor",
        audioSeconds > 0 ? round(s.e2eNanosOfSuccesses() / 1e9 / audioSeconds, 4) : 0.0);
    return root;
  }

  /**
   * Lateness at p99 above this is warned about: the load generator, not the server, set the pace.
   */
  static final double LATENESS_WARNING_MS = 5.0;

  /** Statistics of one histogram; without samples every statistic is null (never 0 ms). */
  static ObjectNode stats(Histogram h) {
    ObjectNode node = Json.object();
    if (h.getTotalCount() == 0) {
      for (String key : List.of("mean", "p50", "p90", "p95", "p99", "max", "min")) {
        node.putNull(key);
      }
    } else {
      node.put("mean", ms(h.getMean()));
      node.put("p50", ms(h.getValueAtPercentile(50)));
      node.put("p90", ms(h.getValueAtPercentile(90)));
      node.put("p95", ms(h.getValueAtPercentile(95)));
      node.put("p99", ms(h.getValueAtPercentile(99)));
      node.put("max", ms(h.getMaxValue()));
      node.put("min", ms(h.getMinValue()));
    }
    node.put("count", h.getTotalCount());
    return node;
  }

  /**
   * A warning when the client sent late (p99 of its lateness above {@link #LATENESS_WARNING_MS}),
   * else null.
   */
  public static String latenessWarning(ObjectNode metrics) {
    JsonNode p99 = metrics.path("metrics").path("client_lateness_ms").path("p99");
    if (!p99.isNumber() || p99.asDouble() <= LATENESS_WARNING_MS) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "warning: the client sent requests late (lateness p99 %s ms, max %s ms, above %s ms):"
            + " the latencies include the load generator's own delay; use fewer requests per second or a less busy machine",
        fmt(p99.asDouble()),
        fmt(metrics.path("metrics").path("client_lateness_ms").path("max").asDouble()),
        fmt(LATENESS_WARNING_MS));
  }

  public static String markdown(ObjectNode metrics, String chartFileName) {
    ObjectNode m = (ObjectNode) metrics.get("metrics");
    StringBuilder md = new StringBuilder("## Load test\n\n");
    ObjectNode load = (ObjectNode) metrics.get("load");
    md.append("`")
        .append(metrics.path("target").path("url").asText())
        .append("` (")
        .append(metrics.path("target").path("protocol").asText())
        .append("), ")
        .append(load.path("model").asText())
        .append(" model");
    if (load.has("rate_per_s")) {
      md.append(" at ").append(fmt(load.get("rate_per_s").asDouble())).append(" requests/s");
    } else {
      md.append(" with ").append(load.get("concurrency").asInt()).append(" in flight");
    }
    md.append(", ")
        .append(m.get("total_requests").asLong())
        .append(" requests in ")
        .append(fmt(load.get("wall_time_s").asDouble()))
        .append(" s.\n\n");
    md.append(
        "| latency (ms) | mean | p50 | p90 | p95 | p99 | max |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (String metric : List.of("ttfa_ms", "e2e_latency_ms", "client_lateness_ms")) {
      ObjectNode st = (ObjectNode) m.get(metric);
      md.append("| ")
          .append(
              switch (metric) {
                case "ttfa_ms" -> "time to first audio";
                case "e2e_latency_ms" -> "end to end";
                default -> "client lateness";
              });
      for (String key : List.of("mean", "p50", "p90", "p95", "p99", "max")) {
        md.append(" | ").append(st.get(key).isNumber() ? fmt(st.get(key).asDouble()) : "n/a");
      }
      md.append(" |\n");
    }
    md.append(
            "\nClient lateness is how long after its intended start each request was actually sent: the load")
        .append(" generator's own delay, included in the latencies above.\n");
    String warning = latenessWarning(metrics);
    if (warning != null) {
      md.append("\n> **").append(warning.replaceFirst("^warning: ", "Warning: ")).append("**\n");
    }
    md.append(
        "\n| throughput | error rate | errors by class | audio received | real-time factor |\n| ---: | ---: | --- | ---: | ---: |\n");
    StringBuilder errors = new StringBuilder();
    m.get("errors_by_class")
        .fields()
        .forEachRemaining(
            e ->
                errors
                    .append(errors.length() == 0 ? "" : ", ")
                    .append(e.getKey())
                    .append(' ')
                    .append(e.getValue().asLong()));
    md.append("| ")
        .append(fmt(m.get("throughput_rps").asDouble()))
        .append(" /s | ")
        .append(String.format(Locale.ROOT, "%.2f %%", m.get("error_rate").asDouble() * 100))
        .append(" | ")
        .append(
            errors.length() == 0
                ? "none"
                : errors
                    + (m.has("first_error")
                        ? " (first: " + m.get("first_error").asText().replace("|", "\\|") + ")"
                        : ""))
        .append(" | ")
        .append(fmt(m.get("audio_seconds").asDouble()))
        .append(" s | ")
        .append(fmt(m.get("real_time_factor").asDouble()))
        .append(" |\n\n");
    md.append(
            "Real-time factor is processing time over audio duration: below 1 is faster than real time. ")
        .append("Latencies count from each request's intended start")
        .append(
            load.path("model").asText().equals("open")
                ? " on the schedule, so queueing is included.\n"
                : " (closed model: queueing is not measured).\n");
    if (chartFileName != null) {
      md.append("\n![Latency percentiles](").append(chartFileName).append(")\n");
    }
    return md.toString();
  }

  /** An SVG line chart: TTFA and end-to-end latency at each of {@link #CHART_PERCENTILES}. */
  public static String chart(LatencyRecorder.Snapshot s) {
    int width = 640;
    int height = 360;
    int left = 64;
    int right = 20;
    int top = 40;
    int bottom = 50;
    double max = 1;
    for (Histogram h : List.of(s.ttfa(), s.e2e())) {
      if (h.getTotalCount() > 0) {
        max = Math.max(max, ms(h.getMaxValue()));
      }
    }
    max = niceCeiling(max);
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
            width,
            height,
            width,
            height));
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"22\" font-size=\"15\">Latency by percentile (ms)</text>%n",
            left));
    double plotW = width - left - right;
    double plotH = height - top - bottom;
    for (int i = 0; i <= 4; i++) {
      double value = max * i / 4;
      double y = top + plotH - plotH * i / 4;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
              left,
              y,
              width - right,
              y));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
              left - 6,
              y + 4,
              fmt(value)));
    }
    int n = CHART_PERCENTILES.size();
    for (int i = 0; i < n; i++) {
      double x = left + plotW * i / (n - 1);
      double p = CHART_PERCENTILES.get(i);
      String label = p == 0 ? "min" : p == 100 ? "max" : "p" + fmt(p);
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
              x,
              height - bottom + 18,
              label));
    }
    series(svg, s.ttfa(), "#1f77b4", "time to first audio", 0, max, left, top, plotW, plotH);
    series(svg, s.e2e(), "#ff7f0e", "end to end", 1, max, left, top, plotW, plotH);
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static void series(
      StringBuilder svg,
      Histogram h,
      String color,
      String name,
      int index,
      double max,
      int left,
      int top,
      double plotW,
      double plotH) {
    double legendX = left + 10 + index * 170;
    double legendY = top + plotH + 40;
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\"/>%n",
            legendX,
            legendY - 4,
            legendX + 20,
            legendY - 4,
            color));
    svg.append(
        String.format(
            Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>%n", legendX + 26, legendY, name));
    if (h.getTotalCount() == 0) {
      return;
    }
    StringBuilder points = new StringBuilder();
    int n = CHART_PERCENTILES.size();
    for (int i = 0; i < n; i++) {
      double p = CHART_PERCENTILES.get(i);
      double value =
          p == 0
              ? ms(h.getMinValue())
              : p == 100 ? ms(h.getMaxValue()) : ms(h.getValueAtPercentile(p));
      double x = left + plotW * i / (n - 1);
      double y = top + plotH - plotH * value / max;
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s %s: %s ms</title></circle>%n",
              x,
              y,
              color,
              name,
              p == 0 ? "min" : p == 100 ? "max" : "p" + fmt(p),
              fmt(value)));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
            points.toString().trim(),
            color));
  }

  private static double niceCeiling(double value) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  static double ms(double micros) {
    return round(micros / 1000.0, 3);
  }

  static double round(double value, int places) {
    double scale = Math.pow(10, places);
    return Math.round(value * scale) / scale;
  }

  static String fmt(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e12) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : "%.2f", value);
  }
}
