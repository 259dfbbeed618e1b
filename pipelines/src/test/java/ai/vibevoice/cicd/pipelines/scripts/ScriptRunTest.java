package ai.vibevoice.cicd.pipelines.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.pipelines.CiSmokeTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The harness the script tests stand on: stubs record arguments exactly and answer by rule, an
 * unstubbed or unanswered command fails, GitHub's files are read back, and a step's expressions
 * must all be given values. If these broke, the script tests could pass while checking nothing.
 */
class ScriptRunTest {
  @TempDir Path tmp;

  @Test
  void a_stub_records_every_argument_exactly() {
    ScriptRun.Result run =
        ScriptRun.script(
                "tool a 'b c' '' $'two\\nlines' 'back\\\\slash' '{{json .Manifest}}'\ntool")
            .stub(Stub.command("tool").otherwise(Answer.ok()))
            .run(tmp)
            .assertSucceeded();
    assertEquals(
        List.of(
            List.of("a", "b c", "", "two\nlines", "back\\\\slash", "{{json .Manifest}}"),
            List.of()),
        run.calls("tool"));
  }

  @Test
  void a_stub_answers_by_the_first_matching_rule() {
    ScriptRun.Result run =
        ScriptRun.script(
                "tool get one\ntool get [x]\nstatus=0; tool put || status=$?; echo \"put: $status\"")
            .stub(
                Stub.command("tool")
                    .on("get one", Answer.stdout("first"))
                    .on("get *", Answer.stdout("second"))
                    .on("put", Answer.fails(4, "tool: denied")))
            .run(tmp)
            .assertSucceeded();
    assertEquals("first\nsecond\nput: 4\n", run.stdout());
    assertEquals("tool: denied\n", run.stderr());
  }

  @Test
  void a_call_no_rule_answers_fails_the_script() {
    ScriptRun.Result run =
        ScriptRun.script("tool surprise")
            .stub(Stub.command("tool").on("expected", Answer.ok()))
            .run(tmp)
            .assertFailed();
    assertEquals(Stub.UNEXPECTED, run.exitCode());
    assertEquals("stub tool: no answer for: surprise\n", run.stderr());
  }

  @Test
  void a_command_that_is_neither_stubbed_nor_allowed_is_not_found() {
    ScriptRun.Result run = ScriptRun.script("docker version").run(tmp).assertFailed();
    assertEquals(127, run.exitCode());
    run.assertStderrContains("docker: command not found");
  }

  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of(
            "a script answer sees the options and its data",
            "tool --output out.json --jq .x\ncat out.json",
            Stub.command("tool")
                .otherwise(
                    Answer.script("cp \"$STUB_DATA\" \"$(option --output)\"").data("{\"x\":1}")),
            true,
            "{\"x\":1}"),
        Arguments.of(
            "a gh answer applies the jq filter of the call",
            "gh api x --jq '.items[] | .name'",
            Stub.command("gh")
                .otherwise(Answer.ghJson("{\"items\":[{\"name\":\"a\"},{\"name\":\"b\"}]}")),
            true,
            "a\nb\n"),
        Arguments.of(
            "a failing script answer fails the stub",
            "tool",
            Stub.command("tool").otherwise(Answer.script("false\necho unreachable")),
            false,
            ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void a_stub_answers_as_its_answer_says(
      String behaviour, String script, Stub stub, boolean succeeds, String stdout) {
    ScriptRun.Result run = ScriptRun.script(script).stub(stub).run(tmp);
    if (succeeds) {
      run.assertSucceeded();
    } else {
      run.assertFailed();
    }
    assertEquals(stdout, run.stdout());
  }

  @Test
  void the_runner_files_are_read_back() {
    ScriptRun.Result run =
        ScriptRun.script(
                String.join(
                    "\n",
                    "echo \"one=1\" >> \"$GITHUB_OUTPUT\"",
                    "printf 'two<<EOF\\na\\nb\\nEOF\\n' >> \"$GITHUB_OUTPUT\"",
                    "echo \"NAME=value\" >> \"$GITHUB_ENV\"",
                    "echo \"# Summary\" >> \"$GITHUB_STEP_SUMMARY\"",
                    "cat \"$RUNNER_TEMP/given\" > made.txt"))
            .runnerTempFile("given", "from an earlier step")
            .run(tmp)
            .assertSucceeded();
    assertEquals(Map.of("one", "1", "two", "a\nb"), run.outputs());
    assertEquals(Map.of("NAME", "value"), run.envWritten());
    assertEquals("# Summary\n", run.summary());
    assertTrue(Files.isRegularFile(run.workspace().resolve("made.txt")));
  }

  @Test
  void the_script_runs_with_errexit_and_pipefail() {
    ScriptRun.Result run =
        ScriptRun.script("false | cat\necho unreachable").run(tmp).assertFailed();
    assertEquals("", run.stdout());
  }

  @Test
  void a_step_expression_without_a_test_value_is_refused() {
    PipelineStep digests = PipelineStep.find(new CiSmokeTest(), "smoke", "Check the digests");
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () ->
                ScriptRun.of(digests)
                    .expr("inputs.tts-digest", "sha256:0")
                    .expr("inputs.tts-image", "x")
                    .expr("inputs.agent-image", "y")
                    .run(tmp));
    assertEquals(
        "ci-smoke-test.yml, job smoke, step 'Check the digests': give these variables test values, "
            + "with expr(expression, value) or env(name, value): "
            + "{AGENT_IMAGE=${{ inputs.agent-image }}@${{ inputs.agent-digest }}, INPUTS_AGENT_DIGEST=${{ inputs.agent-digest }}}",
        error.getMessage());
  }
}
