package ai.vibevoice.cicd.pipelines.scripts;

import static ai.vibevoice.cicd.pipelines.scripts.TestValues.TTS_DIGEST;
import static ai.vibevoice.cicd.pipelines.scripts.TestValues.manifestJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.pipelines.CiPerformance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmark job's scripts in ci-performance.yml, with {@code docker}, {@code gh} and {@code
 * scripts/ci-helper} stubbed: the image under test is pinned to the digest the registry reports,
 * the baseline is the newest run with a live baseline artifact, the helper's verdict becomes the
 * job's, and an answer that is not what the tool promises fails the step instead of passing as "no
 * regression" or "no baseline" (which would replace the baseline).
 */
class PerformanceScriptsTest {
  @TempDir Path tmp;

  private static PipelineStep step(String nameOrId) {
    return PipelineStep.find(new CiPerformance(), "benchmark", nameOrId);
  }

  // --- "Resolve the image under test to a digest (once)"

  private static ScriptRun.Builder resolve(String requested, Answer inspect) {
    return ScriptRun.of(step("image"))
        .expr("inputs.image || ''", requested)
        .env("GITHUB_REPOSITORY", "Acme/Voice")
        .stub(Stub.command("docker").on("buildx imagetools inspect *", inspect));
  }

  static Stream<Arguments> requestedImages() {
    String pinned = "ghcr.io/acme/voice/tts-service@" + TTS_DIGEST;
    return Stream.of(
        Arguments.of("", "ghcr.io/acme/voice/tts-service:main", "ghcr.io/acme/voice/tts-service"),
        Arguments.of(
            "ghcr.io/acme/voice/tts-service:v1.4.2",
            "ghcr.io/acme/voice/tts-service:v1.4.2",
            "ghcr.io/acme/voice/tts-service"),
        Arguments.of(pinned, pinned, "ghcr.io/acme/voice/tts-service"),
        Arguments.of(
            "localhost:5000/voice/tts-service:v1",
            "localhost:5000/voice/tts-service:v1",
            "localhost:5000/voice/tts-service"),
        Arguments.of(
            "localhost:5000/voice/tts-service",
            "localhost:5000/voice/tts-service",
            "localhost:5000/voice/tts-service"));
  }

  @ParameterizedTest(name = "''{0}'' is {2}")
  @MethodSource("requestedImages")
  void the_image_is_pinned_to_the_digest_the_registry_reports(
      String requested, String inspected, String name) {
    ScriptRun.Result run =
        resolve(requested, Answer.stdout(manifestJson(TTS_DIGEST))).run(tmp).assertSucceeded();
    assertEquals(
        List.of(
            List.of(
                "buildx", "imagetools", "inspect", inspected, "--format", "{{json .Manifest}}")),
        run.calls("docker"));
    String pinned = name + "@" + TTS_DIGEST;
    assertEquals(Map.of("reference", pinned), run.outputs());
    assertEquals(Map.of("TTS_IMAGE", pinned, "AGENT_IMAGE", pinned), run.envWritten());
    assertEquals("Image under test: `" + pinned + "` (from `" + inspected + "`)\n", run.summary());
  }

  @ParameterizedTest(name = "''{0}'' gives ''{1}''")
  @CsvSource({"'{}', null", "'{\"digest\":\"main\"}', main", "'', ''"})
  void an_answer_that_is_not_a_digest_fails_the_step(String answer, String got) {
    ScriptRun.Result run = resolve("", Answer.stdout(answer)).run(tmp).assertFailed();
    assertEquals(
        "::error::ghcr.io/acme/voice/tts-service:main did not resolve to a digest (got '"
            + got
            + "')\n",
        run.stdout());
    assertEquals(Map.of(), run.outputs());
    assertEquals(Map.of(), run.envWritten());
  }

  @Test
  void an_image_the_registry_does_not_know_fails_the_step() {
    ScriptRun.Result run =
        resolve(
                "ghcr.io/acme/voice/tts-service:nope",
                Answer.fails(1, "ERROR: ghcr.io/acme/voice/tts-service:nope: not found"))
            .run(tmp)
            .assertFailed();
    assertEquals("ERROR: ghcr.io/acme/voice/tts-service:nope: not found\n", run.stderr());
    assertEquals(Map.of(), run.envWritten());
  }

  // --- "Find the baseline (last successful default-branch run)"

  static final String RUNS =
      """
      [{"databaseId":302,"event":"push"},{"databaseId":301,"event":"pull_request"},
       {"databaseId":300,"event":"schedule"},{"databaseId":299,"event":"workflow_dispatch"},
       {"databaseId":298,"event":"schedule"}]""";
  static final String EXPIRED_BASELINE =
      """
      {"total_count":2,"artifacts":[{"id":11,"name":"perf-baseline","expired":true},
       {"id":12,"name":"perf-results-1","expired":false}]}""";
  static final String LIVE_BASELINE =
      """
      {"total_count":2,"artifacts":[{"id":13,"name":"perf-results-1","expired":false},
       {"id":14,"name":"perf-baseline","expired":false}]}""";
  static final String NO_BASELINE =
      """
      {"total_count":1,"artifacts":[{"id":15,"name":"perf-results-2","expired":false}]}""";

  private static ScriptRun.Builder findBaseline(Stub gh) {
    return ScriptRun.of(step("baseline-run")).expr("github.token", "ghs_test").stub(gh);
  }

  /** gh listing {@link #RUNS}; each test adds the answers to the artifact listings. */
  private static Stub ghListingRuns() {
    return Stub.command("gh").on("run list *", Answer.ghJson(RUNS));
  }

  private static String artifactsOf(int run) {
    return "api repos/acme/voice/actions/runs/" + run + "/artifacts *";
  }

  /** A call's arguments up to its {@code --jq} filter, which the stub has run in the real jq. */
  private static List<List<String>> withoutFilters(List<List<String>> calls) {
    List<List<String>> stripped = new ArrayList<>();
    for (List<String> call : calls) {
      assertEquals("--jq", call.get(call.size() - 2), "gh filters its answer: " + call);
      stripped.add(call.subList(0, call.size() - 1));
    }
    return stripped;
  }

  @Test
  void the_baseline_is_the_newest_scheduled_or_dispatched_run_with_a_live_baseline_artifact() {
    ScriptRun.Result run =
        findBaseline(
                ghListingRuns()
                    .on(artifactsOf(300), Answer.ghJson(EXPIRED_BASELINE))
                    .on(artifactsOf(299), Answer.ghJson(LIVE_BASELINE)))
            .run(tmp)
            .assertSucceeded();
    assertEquals(
        List.of(
            List.of(
                "run",
                "list",
                "--repo",
                "acme/voice",
                "--workflow",
                "ci-performance.yml",
                "--branch",
                "main",
                "--status",
                "success",
                "--limit",
                "20",
                "--json",
                "databaseId,event",
                "--jq"),
            List.of("api", "repos/acme/voice/actions/runs/300/artifacts", "--jq"),
            List.of("api", "repos/acme/voice/actions/runs/299/artifacts", "--jq")),
        withoutFilters(run.calls("gh")));
    assertEquals(Map.of("run-id", "299"), run.outputs());
    assertEquals("", run.stdout());
  }

  /** The run-id output is empty and a notice says that this run's metrics become the baseline. */
  private static void assertNoBaselineFound(ScriptRun.Result run) {
    assertEquals(Map.of("run-id", ""), run.outputs());
    assertEquals(
        "::notice::No baseline found: this run's metrics become the baseline\n", run.stdout());
  }

  @Test
  void without_a_live_baseline_the_run_id_is_empty_and_a_notice_says_so() {
    ScriptRun.Result run =
        findBaseline(ghListingRuns().on("api *", Answer.ghJson(NO_BASELINE)))
            .run(tmp)
            .assertSucceeded();
    assertEquals(
        4,
        run.calls("gh").size(),
        "the list, then each scheduled or dispatched run: " + run.calls("gh"));
    assertNoBaselineFound(run);
  }

  @Test
  void without_any_run_the_run_id_is_empty_and_a_notice_says_so() {
    ScriptRun.Result run =
        findBaseline(Stub.command("gh").on("run list *", Answer.ghJson("[]")))
            .run(tmp)
            .assertSucceeded();
    assertEquals(1, run.calls("gh").size());
    assertNoBaselineFound(run);
  }

  @Test
  void a_failing_run_list_fails_the_step_instead_of_finding_no_baseline() {
    ScriptRun.Result run =
        findBaseline(
                Stub.command("gh")
                    .on(
                        "run list *",
                        Answer.fails(
                            1, "HTTP 401: Bad credentials (https://api.github.com/graphql)")))
            .run(tmp)
            .assertFailed();
    assertEquals("HTTP 401: Bad credentials (https://api.github.com/graphql)\n", run.stderr());
    assertEquals(Map.of(), run.outputs());
  }

  @Test
  void a_failing_artifact_listing_fails_the_step_instead_of_skipping_the_run() {
    ScriptRun.Result run =
        findBaseline(
                ghListingRuns()
                    .on(artifactsOf(300), Answer.fails(1, "HTTP 502: Bad Gateway"))
                    .on(artifactsOf(299), Answer.ghJson(LIVE_BASELINE)))
            .run(tmp)
            .assertFailed();
    assertEquals("HTTP 502: Bad Gateway\n", run.stderr());
    assertEquals(2, run.calls("gh").size());
    assertEquals(Map.of(), run.outputs());
  }

  // --- "Compare with the baseline (check-regression)"

  private static final List<String> CHECK_REGRESSION =
      List.of(
          "check-regression",
          "--current",
          "perf/metrics.json",
          "--baseline",
          "baseline/metrics.json",
          "--output",
          "perf/result.json",
          "--markdown",
          "perf/regression.md");

  /**
   * What check-regression writes: the verdict in --output, the table in --markdown; then its exit
   * status.
   */
  private static Answer helperSays(String resultJson, int exit) {
    return Answer.script(
            """
        cp "$STUB_DATA" "$(option --output)"
        printf '%s\\n' '| verdict | metric |' > "$(option --markdown)"
        """)
        .data(resultJson)
        .exit(exit);
  }

  // --- "Load test"

  @ParameterizedTest(name = "rate ''{0}'' loads with {1}")
  @CsvSource({"'', --concurrency 1 --requests 40", "3, --rate 3 --duration 120s"})
  void the_default_load_is_one_request_in_flight_and_a_dispatch_may_set_a_rate(
      String rate, String load) {
    ScriptRun.Result run =
        ScriptRun.of(step("Load test"))
            .expr("inputs.rate || ''", rate)
            .expr("inputs.duration || '120s'", "120s")
            .expr("steps.image.outputs.reference", "ghcr.io/acme/voice/tts-service@" + TTS_DIGEST)
            .file("perf/.keep", "")
            .stubAt(
                "scripts/ci-helper",
                Stub.command("ci-helper")
                    .on(
                        "load-test *",
                        Answer.script("printf '%s\\n' '| metric |' > \"$(option --markdown)\"")))
            .run(tmp)
            .assertSucceeded();
    List<String> call = run.calls("scripts/ci-helper").get(0);
    assertEquals(List.of(load.split(" ")), call.subList(3, 7), call.toString());
    assertEquals("| metric |\n", run.summary());
  }

  private static ScriptRun.Builder compare(String update, Answer helper) {
    return ScriptRun.of(step("check"))
        .expr("inputs.update-baseline == true", update)
        .file("perf/metrics.json", "{}")
        .file("baseline/metrics.json", "{}")
        .stubAt("scripts/ci-helper", Stub.command("ci-helper").on("check-regression *", helper));
  }

  @ParameterizedTest(name = "exit {1}: {0}")
  @CsvSource({"pass, 0", "warn, 0", "fail, 1"})
  void exit_zero_or_one_is_a_verdict_read_from_the_result(String verdict, int exit) {
    ScriptRun.Result run =
        compare("false", helperSays("{\"verdict\":\"" + verdict + "\",\"comparisons\":[]}", exit))
            .run(tmp)
            .assertSucceeded();
    assertEquals(List.of(CHECK_REGRESSION), run.calls("scripts/ci-helper"));
    assertEquals(Map.of("verdict", verdict), run.outputs());
    assertEquals("| verdict | metric |\n", run.summary());
  }

  @Test
  void asked_to_update_the_baseline_the_helper_is_told_so() {
    ScriptRun.Result run =
        compare("true", helperSays("{\"verdict\":\"pass\"}", 0)).run(tmp).assertSucceeded();
    List<String> expected = new ArrayList<>(CHECK_REGRESSION);
    expected.add("--update-baseline");
    assertEquals(List.of(expected), run.calls("scripts/ci-helper"));
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 127})
  void exit_two_or_more_is_an_error_not_a_verdict(int exit) {
    ScriptRun.Result run =
        compare("false", helperSays("{\"verdict\":\"pass\"}", exit)).run(tmp).assertFailed();
    assertEquals(exit, run.exitCode());
    assertEquals("::error::check-regression could not compare (exit " + exit + ")\n", run.stdout());
    assertEquals(Map.of(), run.outputs());
  }

  @Test
  void a_verdict_without_a_result_file_fails_the_step() {
    ScriptRun.Result run = compare("false", Answer.ok().exit(1)).run(tmp).assertFailed();
    run.assertStderrContains("perf/result.json");
    assertEquals(Map.of(), run.outputs());
  }

  @ParameterizedTest(name = "''{0}'' gives ''{1}''")
  @CsvSource({
    "'{\"comparisons\":[]}', null",
    "'{\"verdict\":\"ok\"}', ok",
    "'{\"verdict\":\"\"}', ''",
    "'{\"verdict\":\"PASS\"}', PASS"
  })
  void a_result_without_a_known_verdict_fails_the_step(String result, String got) {
    ScriptRun.Result run = compare("false", helperSays(result, 0)).run(tmp).assertFailed();
    assertEquals(
        "::error::check-regression wrote no verdict to perf/result.json (got '" + got + "')\n",
        run.stdout());
    assertEquals(Map.of(), run.outputs());
  }

  @Test
  void an_unreadable_result_fails_the_step() {
    ScriptRun.Result run = compare("false", helperSays("{\"verdict\":", 1)).run(tmp).assertFailed();
    run.assertStderrContains("parse error");
    assertEquals(Map.of(), run.outputs());
  }

  // --- "Verdict"

  private static ScriptRun.Result verdict(String verdict, Path tmp) {
    return ScriptRun.of(step("Verdict")).expr("steps.check.outputs.verdict", verdict).run(tmp);
  }

  @Test
  void a_fail_verdict_fails_the_job() {
    ScriptRun.Result run = verdict("fail", tmp).assertFailed();
    assertEquals(1, run.exitCode());
    assertEquals("::error::Performance regression (see the job summary)\n", run.stdout());
  }

  @Test
  void a_warn_verdict_warns_and_passes() {
    ScriptRun.Result run = verdict("warn", tmp).assertSucceeded();
    assertEquals(
        "::warning::Latency above the warning threshold (see the job summary)\n", run.stdout());
  }

  @Test
  void a_pass_verdict_passes() {
    ScriptRun.Result run = verdict("pass", tmp).assertSucceeded();
    assertEquals("No regression\n", run.stdout());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "PASS", "unknown"})
  void any_other_verdict_fails_the_job(String value) {
    ScriptRun.Result run = verdict(value, tmp).assertFailed();
    assertEquals("::error::Unknown verdict '" + value + "' from check-regression\n", run.stdout());
  }
}
