package ai.vibevoice.cicd.dsl.validate;

import java.util.List;

/**
 * Where in a workflow an expression is read, and which contexts GitHub makes available there. See
 * <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#context-availability">context
 * availability</a>.
 */
public enum Place {
  RUN_NAME("run-name", "github inputs vars"),
  WORKFLOW_CONCURRENCY("the workflow's concurrency", "github inputs vars"),
  WORKFLOW_ENV("the workflow's env", "github secrets inputs vars"),
  CALL_OUTPUT("a workflow_call output", "github jobs vars inputs"),
  JOB_IF("the job's if", "github needs vars inputs"),
  JOB_NAME("the job's name", "github needs strategy matrix vars inputs"),
  JOB_RUNS_ON("runs-on", "github needs strategy matrix vars inputs"),
  JOB_ENV("the job's env", "github needs strategy matrix vars secrets inputs"),
  JOB_ENVIRONMENT(
      "the job's environment", "github needs strategy matrix job runner env vars steps inputs"),
  JOB_CONCURRENCY("the job's concurrency", "github needs strategy matrix vars inputs"),
  JOB_OUTPUTS(
      "the job's outputs", "github needs strategy matrix job runner env vars secrets steps inputs"),
  CONTAINER(
      "a container or service", "github needs strategy matrix vars secrets inputs env job runner"),
  STEP_IF("the step's if", "github needs strategy matrix job runner env vars steps inputs"),
  STEP("the step", "github needs strategy matrix job runner env vars secrets steps inputs"),
  CALL_IF("the call job's if", "github needs vars inputs"),
  CALL_WITH("the call job's with", "github needs strategy matrix inputs vars"),
  CALL_SECRETS("the call job's secrets", "github needs strategy matrix secrets inputs vars");

  final String description;
  final List<String> contexts;

  /** {@code contexts}: the available contexts' names, separated by spaces. */
  Place(String description, String contexts) {
    this.description = description;
    this.contexts = List.of(contexts.split(" "));
  }

  boolean allows(String context) {
    return contexts.contains(context);
  }
}
