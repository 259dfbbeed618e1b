package ai.vibevoice.cicd.pipelines.scripts;

import static ai.vibevoice.cicd.pipelines.scripts.TestValues.AGENT_DIGEST;
import static ai.vibevoice.cicd.pipelines.scripts.TestValues.TTS_DIGEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Text;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every "Check the digests" step (Steps.checkDigests, in each workflow that takes digests as
 * inputs) accepts {@code sha256:} with 64 lower-case hex digits and refuses anything else in any of
 * its digests, since a dispatched run's inputs are typed by hand and a tag would move under the
 * run.
 */
class DigestCheckScriptTest {
  @TempDir Path tmp;

  static List<PipelineStep> checks() {
    List<PipelineStep> checks = PipelineStep.named("Check the digests");
    assertTrue(
        checks.size() >= 5, "expected the check in smoke test, scans and provenance: " + checks);
    return checks;
  }

  /**
   * The step with every expression given a valid value: digests for {@code *-digest}, image names
   * otherwise.
   */
  private static ScriptRun.Builder valid(PipelineStep check) {
    ScriptRun.Builder run = ScriptRun.of(check);
    for (Text value : check.env().values()) {
      for (Expr e : value.expressions()) {
        String text = e.text();
        run.expr(
            text,
            text.endsWith("-digest")
                ? (text.contains("agent") ? AGENT_DIGEST : TTS_DIGEST)
                : "ghcr.io/acme/voice/" + text.replaceAll("\\W", "-"));
      }
    }
    return run;
  }

  @ParameterizedTest
  @MethodSource("checks")
  void valid_digests_pass(PipelineStep check) {
    assertTrue(check.step().env().size() >= 1, check + " checks no digest");
    ScriptRun.Result run = valid(check).run(tmp).assertSucceeded();
    assertEquals("", run.stdout());
  }

  static Stream<Arguments> badDigests() {
    List<String> bad =
        List.of(
            "sha256:abc",
            "",
            "v1.4.2",
            "ghcr.io/acme/voice/tts-service:main",
            "sha256:" + TTS_DIGEST.substring(7).toUpperCase(),
            TTS_DIGEST + "\nsha256:0",
            " " + TTS_DIGEST);
    return checks().stream()
        .flatMap(
            check ->
                check.step().env().keySet().stream()
                    .flatMap(
                        variable ->
                            bad.stream().map(value -> Arguments.of(check, variable, value))));
  }

  @ParameterizedTest(name = "{0}: {1}=''{2}''")
  @MethodSource("badDigests")
  void anything_but_a_digest_in_any_input_fails(PipelineStep check, String variable, String value) {
    ScriptRun.Result run = valid(check).env(variable, value).run(tmp).assertFailed();
    assertEquals("::error::not an image digest: " + value + "\n", run.stdout());
  }
}
