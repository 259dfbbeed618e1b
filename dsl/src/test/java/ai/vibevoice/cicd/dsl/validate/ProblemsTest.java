package ai.vibevoice.cicd.dsl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.repo.RepoPath;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The literal text of every validation message. The validator's tests build their expected text
 * from {@link Problems}, so a blank or garbled message would pass them; these pin the words a user reads.
 */
class ProblemsTest {

  static Stream<Arguments> messages() {
    return Stream.of(
        m("invalidFileName", () -> InvalidFileName.message("a b.yml"),
            "file name 'a b.yml' must be letters, digits, '.', '_' or '-' ending in .yml or .yaml"),
        m("duplicateFile", () -> DuplicateFile.message("ci.yml"), "two workflows are generated into ci.yml"),
        m("noTriggers", NoTriggers::message, "the workflow has no triggers ('on:')"),
        m("duplicateTrigger", () -> DuplicateTrigger.message("push"), "trigger push is declared twice"),
        m("noJobs", NoJobs::message, "the workflow has no jobs"),
        m("invalidJobId", () -> InvalidJobId.message("1a"),
            "job id '1a' must start with a letter or '_' and contain only letters, digits, '-' and '_'"),
        m("duplicateJobId", () -> DuplicateJobId.message("a"), "job id 'a' is used by more than one job"),
        m("needsMissingJob", () -> NeedsMissingJob.message("b"), "needs 'b', which is not a job of this workflow"),
        m("needsCycle", () -> NeedsCycle.message(List.of("a", "b", "a")), "needs form a cycle: a -> b -> a"),
        m("noSteps", NoSteps::message, "the job runs steps but has none"),
        m("noTimeout", NoTimeout::message, "the job has no timeout-minutes (a hung runner otherwise burns 6 hours)"),
        m("invalidStepId", () -> InvalidStepId.message("1s"),
            "step id '1s' must start with a letter or '_' and contain only letters, digits, '-' and '_'"),
        m("duplicateStepId", () -> DuplicateStepId.message("s"), "step id 's' is used by more than one step of the job"),
        m("jobOutputNotNeeded", () -> JobOutputNotNeeded.message("needs.a.outputs.d", "a"),
            "reads ${{ needs.a.outputs.d }}, but job a is not in its needs"),
        m("jobOutputUndeclared", () -> UndeclaredJobOutput.message("needs.a.outputs.d", "a", List.of("x", "y")),
            "reads ${{ needs.a.outputs.d }}, but job a declares no such output (declared: [x, y])"),
        m("jobsContextOutsideCallOutputs", () -> JobsContextOutsideCallOutputs.message("jobs.a.outputs.d"),
            "reads ${{ jobs.a.outputs.d }}; the jobs context exists only in on.workflow_call.outputs"),
        m("expressionInName", ExpressionInName::message,
            "the name has ${{ }} typed into a string, which nothing checks; build it with Text.of(\"...\", expr)"),
        m("expressionInStepName", ExpressionInStepName::message,
            "the step name has ${{ }} typed into it, which nothing checks; give the step a fixed name"),
        m("contextNotAvailable", () -> ContextNotAvailable.message("secrets.X", "secrets", "run-name", List.of("github", "vars")),
            "reads ${{ secrets.X }}, but the secrets context is not available in run-name (available: github, vars)"),
        m("stepRefUnknown", () -> UnknownStep.message("steps.s.outcome", "s"),
            "reads ${{ steps.s.outcome }}, but no earlier step of the job has id 's'"),
        m("stepOutputUndeclared", () -> UndeclaredStepOutput.message("steps.s.outputs.o", "s", List.of("v")),
            "reads ${{ steps.s.outputs.o }}, but step s declares no such output (declared: [v])"),
        m("matrixUndeclared", () -> UndeclaredMatrixKey.message("matrix.os", List.of("arch")),
            "reads ${{ matrix.os }}, but the job's matrix has no such axis (axes: [arch])"),
        m("inputUndeclared", () -> UndeclaredInput.message("inputs.x", List.of("y")),
            "reads ${{ inputs.x }}, but the workflow declares no such input (inputs: [y])"),
        m("invalidCron", () -> InvalidCron.message("bad"), "schedule: bad"),
        m("workflowRunUnknown", () -> UnknownWorkflowRun.message("Build", List.of("Test")),
            "workflow_run names workflow 'Build', which is not generated here (generated: [Test])"),
        m("trailingWhitespace", () -> TrailingWhitespace.message(3),
            "run script line 3 ends in white space, which would force the script out of its literal block"),
        m("expressionInScript", ExpressionInScript::message,
            "run script contains '${{', spliced into the shell as text (script injection);"
                + " pass values with Step.run(Text.of(...)) or env: instead"),
        m("untrustedInScriptInput", () -> UntrustedInScriptInput.message("github.head_ref"),
            "interpolates ${{ github.head_ref }}, which an outsider can choose, into github-script's script"
                + " (code injection); pass it through env: and read process.env instead"),
        m("calleeNotGenerated", () -> CalleeNotGenerated.message("c.yml"),
            "calls ./.github/workflows/c.yml, which is not generated in this set"),
        m("unknownCallInput", () -> UnknownCallInput.message("x", List.of("d")),
            "passes input 'x', which the called workflow does not declare (inputs: [d])"),
        m("missingCallInput", () -> MissingCallInput.message("d"), "does not pass required input 'd' of the called workflow"),
        m("unknownCallSecret", () -> UnknownCallSecret.message("x", List.of("t")),
            "passes secret 'x', which the called workflow does not declare (secrets: [t])"),
        m("missingCallSecret", () -> MissingCallSecret.message("t"), "does not pass required secret 't' of the called workflow"),
        m("topLevelWrite", () -> TopLevelWrite.message("packages"),
            "grants write at workflow level (packages); grant it on the jobs that need it"),
        m("pullRequestTargetWithoutOptIn", PullRequestTargetWithoutOptIn::message,
            "uses pull_request_target (secrets and a write token on fork events) without allowPullRequestTarget(reason)"),
        m("secretsInheritWithoutOptIn", SecretsInheritWithoutOptIn::message,
            "uses secrets: inherit without a documented reason; pass the secrets the callee needs by name"),
        m("pullRequestWithoutConcurrency", PullRequestWithoutConcurrency::message,
            "runs on pull_request but no concurrency group cancels superseded runs"),
        m("checkoutPersistsCredentials", CheckoutPersistsCredentials::message,
            "checks out with persisted credentials; set persist-credentials: false (or declare the step pushes)"),
        m("artifactNameCollides", () -> ArtifactNameCollides.message("sbom", List.of("arch")),
            "uploads artifact 'sbom' from a matrix job, but the name does not use matrix axes [arch], so the legs collide"),
        m("pathMissing", () -> RepositoryPaths.pathMissing(RepoPath.file("a/b.txt")),
            "names a/b.txt, which is not in the repository (expected a file)"),
        m("pathWrongKind", () -> RepositoryPaths.pathWrongKind(RepoPath.directory("a")),
            "names a, which is not a directory in the repository"),
        m("expressionDoesNotParse", () -> ExpressionDoesNotParse.message(" a == ", 6, "expression ends too early"),
            "expression '${{ a == }}' does not parse at position 6: expression ends too early"),
        m("inputWithoutFallback", () -> InputWithoutFallback.message("inputs.r", List.of("push", "schedule")),
            "inputs.r is empty on push, schedule (only workflow_dispatch sets it): read it with orDefault(),"
                + " which falls back to the declared default"),
        m("secretUndeclaredInCalledWorkflow", () -> UndeclaredSecretInCalledWorkflow.message("secrets.K", List.of("D")),
            "secrets.K is not a secret this called workflow declares (declared: [D]); callers pass only declared secrets,"
                + " so it is always empty"),
        m("localActionMissing", () -> RepositoryPaths.localActionMissing("./.github/actions/x"),
            "uses ./.github/actions/x, which has no action.yml or action.yaml in the repository"));
  }

  private static Arguments m(String name, Supplier<String> message, String literal) {
    return Arguments.of(name, message, literal);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("messages")
  void every_message_reads_as_written(String name, Supplier<String> message, String literal) {
    assertEquals(literal, message.get(), name);
  }

}
