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
        m("invalidFileName", () -> Problems.invalidFileName("a b.yml"),
            "file name 'a b.yml' must be letters, digits, '.', '_' or '-' ending in .yml or .yaml"),
        m("duplicateFile", () -> Problems.duplicateFile("ci.yml"), "two workflows are generated into ci.yml"),
        m("noTriggers", Problems::noTriggers, "the workflow has no triggers ('on:')"),
        m("duplicateTrigger", () -> Problems.duplicateTrigger("push"), "trigger push is declared twice"),
        m("noJobs", Problems::noJobs, "the workflow has no jobs"),
        m("invalidJobId", () -> Problems.invalidJobId("1a"),
            "job id '1a' must start with a letter or '_' and contain only letters, digits, '-' and '_'"),
        m("duplicateJobId", () -> Problems.duplicateJobId("a"), "job id 'a' is used by more than one job"),
        m("needsMissingJob", () -> Problems.needsMissingJob("b"), "needs 'b', which is not a job of this workflow"),
        m("needsCycle", () -> Problems.needsCycle(List.of("a", "b", "a")), "needs form a cycle: a -> b -> a"),
        m("noSteps", Problems::noSteps, "the job runs steps but has none"),
        m("noTimeout", Problems::noTimeout, "the job has no timeout-minutes (a hung runner otherwise burns 6 hours)"),
        m("invalidStepId", () -> Problems.invalidStepId("1s"),
            "step id '1s' must start with a letter or '_' and contain only letters, digits, '-' and '_'"),
        m("duplicateStepId", () -> Problems.duplicateStepId("s"), "step id 's' is used by more than one step of the job"),
        m("jobOutputNotNeeded", () -> Problems.jobOutputNotNeeded("needs.a.outputs.d", "a"),
            "reads ${{ needs.a.outputs.d }}, but job a is not in its needs"),
        m("jobOutputUndeclared", () -> Problems.jobOutputUndeclared("needs.a.outputs.d", "a", List.of("x", "y")),
            "reads ${{ needs.a.outputs.d }}, but job a declares no such output (declared: [x, y])"),
        m("jobsContextOutsideCallOutputs", () -> Problems.jobsContextOutsideCallOutputs("jobs.a.outputs.d"),
            "reads ${{ jobs.a.outputs.d }}; the jobs context exists only in on.workflow_call.outputs"),
        m("expressionInName", Problems::expressionInName,
            "the name has ${{ }} typed into a string, which nothing checks; build it with Text.of(\"...\", expr)"),
        m("expressionInStepName", Problems::expressionInStepName,
            "the step name has ${{ }} typed into it, which nothing checks; give the step a fixed name"),
        m("contextNotAvailable", () -> Problems.contextNotAvailable("secrets.X", "secrets", "run-name", List.of("github", "vars")),
            "reads ${{ secrets.X }}, but the secrets context is not available in run-name (available: github, vars)"),
        m("stepRefUnknown", () -> Problems.stepRefUnknown("steps.s.outcome", "s"),
            "reads ${{ steps.s.outcome }}, but no earlier step of the job has id 's'"),
        m("stepOutputUndeclared", () -> Problems.stepOutputUndeclared("steps.s.outputs.o", "s", List.of("v")),
            "reads ${{ steps.s.outputs.o }}, but step s declares no such output (declared: [v])"),
        m("matrixUndeclared", () -> Problems.matrixUndeclared("matrix.os", List.of("arch")),
            "reads ${{ matrix.os }}, but the job's matrix has no such axis (axes: [arch])"),
        m("inputUndeclared", () -> Problems.inputUndeclared("inputs.x", List.of("y")),
            "reads ${{ inputs.x }}, but the workflow declares no such input (inputs: [y])"),
        m("invalidCron", () -> Problems.invalidCron("bad"), "schedule: bad"),
        m("workflowRunUnknown", () -> Problems.workflowRunUnknown("Build", List.of("Test")),
            "workflow_run names workflow 'Build', which is not generated here (generated: [Test])"),
        m("trailingWhitespace", () -> Problems.trailingWhitespace(3),
            "run script line 3 ends in white space, which would force the script out of its literal block"),
        m("expressionInScript", Problems::expressionInScript,
            "run script contains '${{', spliced into the shell as text (script injection);"
                + " pass values with Step.run(Text.of(...)) or env: instead"),
        m("untrustedInScriptInput", () -> Problems.untrustedInScriptInput("github.head_ref"),
            "interpolates ${{ github.head_ref }}, which an outsider can choose, into github-script's script"
                + " (code injection); pass it through env: and read process.env instead"),
        m("calleeNotGenerated", () -> Problems.calleeNotGenerated("c.yml"),
            "calls ./.github/workflows/c.yml, which is not generated in this set"),
        m("unknownCallInput", () -> Problems.unknownCallInput("x", List.of("d")),
            "passes input 'x', which the called workflow does not declare (inputs: [d])"),
        m("missingCallInput", () -> Problems.missingCallInput("d"), "does not pass required input 'd' of the called workflow"),
        m("unknownCallSecret", () -> Problems.unknownCallSecret("x", List.of("t")),
            "passes secret 'x', which the called workflow does not declare (secrets: [t])"),
        m("missingCallSecret", () -> Problems.missingCallSecret("t"), "does not pass required secret 't' of the called workflow"),
        m("topLevelWrite", () -> Problems.topLevelWrite("packages"),
            "grants write at workflow level (packages); grant it on the jobs that need it"),
        m("pullRequestTargetWithoutOptIn", Problems::pullRequestTargetWithoutOptIn,
            "uses pull_request_target (secrets and a write token on fork events) without allowPullRequestTarget(reason)"),
        m("secretsInheritWithoutOptIn", Problems::secretsInheritWithoutOptIn,
            "uses secrets: inherit without a documented reason; pass the secrets the callee needs by name"),
        m("pullRequestWithoutConcurrency", Problems::pullRequestWithoutConcurrency,
            "runs on pull_request but no concurrency group cancels superseded runs"),
        m("checkoutPersistsCredentials", Problems::checkoutPersistsCredentials,
            "checks out with persisted credentials; set persist-credentials: false (or declare the step pushes)"),
        m("artifactNameCollides", () -> Problems.artifactNameCollides("sbom", List.of("arch")),
            "uploads artifact 'sbom' from a matrix job, but the name does not use matrix axes [arch], so the legs collide"),
        m("pathMissing", () -> Problems.pathMissing(RepoPath.file("a/b.txt")),
            "names a/b.txt, which is not in the repository (expected a file)"),
        m("pathWrongKind", () -> Problems.pathWrongKind(RepoPath.directory("a")),
            "names a, which is not a directory in the repository"),
        m("expressionDoesNotParse", () -> Problems.expressionDoesNotParse(" a == ", 6, "expression ends too early"),
            "expression '${{ a == }}' does not parse at position 6: expression ends too early"),
        m("inputWithoutFallback", () -> Problems.inputWithoutFallback("inputs.r", List.of("push", "schedule")),
            "inputs.r is empty on push, schedule (only workflow_dispatch sets it): read it with orDefault(),"
                + " which falls back to the declared default"),
        m("secretUndeclaredInCalledWorkflow", () -> Problems.secretUndeclaredInCalledWorkflow("secrets.K", List.of("D")),
            "secrets.K is not a secret this called workflow declares (declared: [D]); callers pass only declared secrets,"
                + " so it is always empty"),
        m("localActionMissing", () -> Problems.localActionMissing("./.github/actions/x"),
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

  @org.junit.jupiter.api.Test
  void every_message_of_problems_is_pinned_here() {
    long factories = java.util.Arrays.stream(Problems.class.getDeclaredMethods())
        .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers())).count();
    assertEquals(factories, messages().count());
  }
}
