package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a rule looks, and what is visible from there: the workflow set, the workflow, the job and
 * step (null above them), the place an expression is read and the steps before it; the job's needs
 * and matrix keys and the workflow's inputs are read from the model. The {@link Walker} builds one
 * per place.
 *
 * @param workflows every workflow of the set being validated
 * @param jobs the workflow's jobs by id (the first of two with one id)
 * @param job the job, or null at workflow level
 * @param step the step's label, or null above steps
 * @param place where the expression being checked is read
 * @param callOutput the workflow_call output being checked, or null elsewhere
 * @param steps the steps with an id visible here (earlier steps; every step from the job's outputs)
 * @param guarded the input reads of the expression being checked that fall back to a default
 */
public record Sight(
    List<Workflow> workflows,
    Workflow workflow,
    Map<String, Job> jobs,
    Job job,
    String step,
    Place place,
    String callOutput,
    Map<String, Step> steps,
    Set<Expr> guarded) {

  /** The sight of a whole workflow, above its jobs. */
  Sight(List<Workflow> workflows, Workflow workflow) {
    this(workflows, workflow, byId(workflow), null, null, Place.STEP, null, Map.of(), Set.of());
  }

  /** A sight of this workflow with the job, step and expression fields given. */
  private Sight with(
      Job job,
      String step,
      Map<String, Step> steps,
      Place place,
      String callOutput,
      Set<Expr> guarded) {
    return new Sight(workflows, workflow, jobs, job, step, place, callOutput, steps, guarded);
  }

  Sight in(Place where) {
    return with(job, step, steps, where, callOutput, guarded);
  }

  Sight inCallOutput(String name) {
    return with(job, step, steps, Place.CALL_OUTPUT, name, guarded);
  }

  Sight at(String stepLabel, Map<String, Step> visible) {
    return with(job, stepLabel, visible, place, callOutput, guarded);
  }

  /** The sight of a job's own fields, with the steps visible from its outputs. */
  Sight forJob(Job j, Map<String, Step> visible) {
    return with(j, null, visible, Place.STEP, null, Set.of());
  }

  /** The same place, located at {@code j} (a workflow-level rule reporting a job). */
  Sight ofJob(Job j) {
    return with(j, null, steps, place, callOutput, guarded);
  }

  /**
   * The same place, located at the step labelled {@code stepLabel} (a job-level rule reporting a
   * step).
   */
  Sight atStep(String stepLabel) {
    return at(stepLabel, steps);
  }

  /** The same place, where {@code reads} (compared by identity) fall back to a default. */
  Sight guarding(Set<Expr> reads) {
    return with(job, step, steps, place, callOutput, Collections.unmodifiableSet(reads));
  }

  /** The workflow's declared inputs. */
  public List<String> inputs() {
    return workflow.inputs().stream().map(WorkflowInput::name).toList();
  }

  /** The job's matrix keys (none above jobs). */
  public List<String> matrixKeys() {
    return job == null || job.strategy() == null ? List.of() : job.strategy().keys();
  }

  /** The jobs the job needs (none above jobs). */
  public Set<String> needs() {
    return job == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(job.needs()));
  }

  private static Map<String, Job> byId(Workflow workflow) {
    Map<String, Job> byId = new LinkedHashMap<>();
    for (Job j : workflow.jobs()) byId.putIfAbsent(j.id(), j);
    return Collections.unmodifiableMap(byId);
  }

  /** Whether {@code input} (a node of the expression being checked) falls back to a default. */
  public boolean guarded(Expr input) {
    return guarded.contains(input);
  }

  /**
   * Whether the context {@code x} reads is available at this place (true for nodes that read none).
   */
  public boolean canRead(Expr x) {
    String context = x.readsContext();
    return context == null || place.allows(context);
  }
}
