package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.repo.RepoPath;
import java.util.List;

/**
 * The message of every validation failure, one factory method each, shared by the validator and the
 * tests so a test states the exact text a user sees.
 */
public final class Problems {
  private Problems() {}

  public static String invalidFileName(String file) {
    return "file name '" + file + "' must be letters, digits, '.', '_' or '-' ending in .yml or .yaml";
  }

  public static String duplicateFile(String file) {
    return "two workflows are generated into " + file;
  }

  public static String noTriggers() {
    return "the workflow has no triggers ('on:')";
  }

  public static String duplicateTrigger(String event) {
    return "trigger " + event + " is declared twice";
  }

  public static String noJobs() {
    return "the workflow has no jobs";
  }

  public static String invalidJobId(String id) {
    return "job id '" + id + "' must start with a letter or '_' and contain only letters, digits, '-' and '_'";
  }

  public static String duplicateJobId(String id) {
    return "job id '" + id + "' is used by more than one job";
  }

  public static String needsMissingJob(String missing) {
    return "needs '" + missing + "', which is not a job of this workflow";
  }

  public static String needsCycle(List<String> cycle) {
    return "needs form a cycle: " + String.join(" -> ", cycle);
  }

  public static String noSteps() {
    return "the job runs steps but has none";
  }

  public static String noTimeout() {
    return "the job has no timeout-minutes (a hung runner otherwise burns 6 hours)";
  }

  public static String invalidStepId(String id) {
    return "step id '" + id + "' must start with a letter or '_' and contain only letters, digits, '-' and '_'";
  }

  public static String duplicateStepId(String id) {
    return "step id '" + id + "' is used by more than one step of the job";
  }

  public static String jobOutputNotNeeded(String ref, String jobId) {
    return "reads ${{ " + ref + " }}, but job " + jobId + " is not in its needs";
  }

  public static String jobOutputUndeclared(String ref, String jobId, List<String> declared) {
    return "reads ${{ " + ref + " }}, but job " + jobId + " declares no such output (declared: " + declared + ")";
  }

  public static String jobsContextOutsideCallOutputs(String ref) {
    return "reads ${{ " + ref + " }}; the jobs context exists only in on.workflow_call.outputs";
  }

  public static String expressionInName() {
    return "the name has ${{ }} typed into a string, which nothing checks; build it with Text.of(\"...\", expr)";
  }

  public static String expressionInStepName() {
    return "the step name has ${{ }} typed into it, which nothing checks; give the step a fixed name";
  }

  public static String contextNotAvailable(String ref, String context, String place, List<String> available) {
    return "reads ${{ " + ref + " }}, but the " + context + " context is not available in " + place
        + " (available: " + String.join(", ", available) + ")";
  }

  public static String stepRefUnknown(String ref, String stepId) {
    return "reads ${{ " + ref + " }}, but no earlier step of the job has id '" + stepId + "'";
  }

  public static String stepOutputUndeclared(String ref, String stepId, List<String> declared) {
    return "reads ${{ " + ref + " }}, but step " + stepId + " declares no such output (declared: " + declared + ")";
  }

  public static String matrixUndeclared(String ref, List<String> keys) {
    return "reads ${{ " + ref + " }}, but the job's matrix has no such axis (axes: " + keys + ")";
  }

  public static String inputUndeclared(String ref, List<String> inputs) {
    return "reads ${{ " + ref + " }}, but the workflow declares no such input (inputs: " + inputs + ")";
  }

  public static String invalidCron(String detail) {
    return "schedule: " + detail;
  }

  public static String workflowRunUnknown(String name, List<String> generated) {
    return "workflow_run names workflow '" + name + "', which is not generated here (generated: " + generated + ")";
  }

  public static String trailingWhitespace(int line) {
    return "run script line " + line + " ends in white space, which would force the script out of its literal block";
  }

  public static String expressionInScript() {
    return "run script contains '${{', spliced into the shell as text (script injection);"
        + " pass values with Step.run(Text.of(...)) or env: instead";
  }

  public static String untrustedInScriptInput(String expression) {
    return "interpolates ${{ " + expression + " }}, which an outsider can choose, into github-script's script"
        + " (code injection); pass it through env: and read process.env instead";
  }

  public static String calleeNotGenerated(String file) {
    return "calls ./.github/workflows/" + file + ", which is not generated in this set";
  }

  public static String unknownCallInput(String input, List<String> declared) {
    return "passes input '" + input + "', which the called workflow does not declare (inputs: " + declared + ")";
  }

  public static String missingCallInput(String input) {
    return "does not pass required input '" + input + "' of the called workflow";
  }

  public static String unknownCallSecret(String secret, List<String> declared) {
    return "passes secret '" + secret + "', which the called workflow does not declare (secrets: " + declared + ")";
  }

  public static String missingCallSecret(String secret) {
    return "does not pass required secret '" + secret + "' of the called workflow";
  }

  public static String topLevelWrite(String scopes) {
    return "grants write at workflow level (" + scopes + "); grant it on the jobs that need it";
  }

  public static String pullRequestTargetWithoutOptIn() {
    return "uses pull_request_target (secrets and a write token on fork events) without allowPullRequestTarget(reason)";
  }

  public static String secretsInheritWithoutOptIn() {
    return "uses secrets: inherit without a documented reason; pass the secrets the callee needs by name";
  }

  public static String pullRequestWithoutConcurrency() {
    return "runs on pull_request but no concurrency group cancels superseded runs";
  }

  public static String checkoutPersistsCredentials() {
    return "checks out with persisted credentials; set persist-credentials: false (or declare the step pushes)";
  }

  public static String artifactNameCollides(String name, List<String> axes) {
    return "uploads artifact '" + name + "' from a matrix job, but the name does not use matrix axes "
        + axes + ", so the legs collide";
  }

  public static String pathMissing(RepoPath path) {
    return "names " + path.path() + ", which is not in the repository (expected " + path.kind().description() + ")";
  }

  public static String pathWrongKind(RepoPath path) {
    return "names " + path.path() + ", which is not " + path.kind().description() + " in the repository";
  }

  public static String expressionDoesNotParse(String expression, int position, String detail) {
    return "expression '${{" + expression + "}}' does not parse at position " + position + ": " + detail;
  }

  public static String inputWithoutFallback(String ref, List<String> events) {
    return ref + " is empty on " + String.join(", ", events)
        + " (only workflow_dispatch sets it): read it with orDefault(), which falls back to the declared default";
  }

  public static String secretUndeclaredInCalledWorkflow(String ref, List<String> declared) {
    return ref + " is not a secret this called workflow declares (declared: " + declared
        + "); callers pass only declared secrets, so it is always empty";
  }

  public static String localActionMissing(String uses) {
    return "uses " + uses + ", which has no action.yml or action.yaml in the repository";
  }
}
