package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Binary;
import ai.vibevoice.cicd.dsl.expr.Call;
import ai.vibevoice.cicd.dsl.expr.ContextRef;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.ExprParser;
import ai.vibevoice.cicd.dsl.expr.InputRef;
import ai.vibevoice.cicd.dsl.expr.JobRef;
import ai.vibevoice.cicd.dsl.expr.Literal;
import ai.vibevoice.cicd.dsl.expr.MatrixRef;
import ai.vibevoice.cicd.dsl.expr.RawExpr;
import ai.vibevoice.cicd.dsl.expr.StepRef;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.expr.Untrusted;
import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.job.Container;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.MatrixAxis;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.step.ActionRef;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.Cron;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.PullRequestTarget;
import ai.vibevoice.cicd.dsl.trigger.Schedule;
import ai.vibevoice.cicd.dsl.trigger.Trigger;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.dsl.trigger.WorkflowRun;
import ai.vibevoice.cicd.dsl.workflow.LocalWorkflow;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a set of workflows before anything is written and reports every problem at once, each
 * naming file, job and step. Structural rules come from GitHub's workflow syntax; the security rules
 * from zizmor and OpenSSF Scorecard (see CICD.md).
 */
public final class WorkflowValidator {
  private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9._-]+\\.ya?ml");

  private final List<Workflow> workflows;
  private final List<Problem> problems = new ArrayList<>();

  private WorkflowValidator(List<Workflow> workflows) {
    this.workflows = workflows;
  }

  /** Every problem of the set, empty when it may be written. */
  public static List<Problem> validate(List<Workflow> workflows) {
    WorkflowValidator v = new WorkflowValidator(List.copyOf(workflows));
    v.run();
    return List.copyOf(v.problems);
  }

  /** Throws one exception listing every problem, if there is any. */
  public static void check(List<Workflow> workflows) {
    List<Problem> found = validate(workflows);
    if (!found.isEmpty()) throw new ValidationException(found);
  }

  private void run() {
    Set<String> files = new HashSet<>();
    for (Workflow w : workflows) {
      if (!files.add(w.fileName())) report(w, null, null, Problems.duplicateFile(w.fileName()));
      checkWorkflow(w);
    }
  }

  private void report(Workflow w, String job, String step, String message) {
    problems.add(new Problem(w.fileName(), job, step, message));
  }

  private void checkWorkflow(Workflow w) {
    if (!FILE.matcher(w.fileName()).matches()) report(w, null, null, Problems.invalidFileName(w.fileName()));
    if (w.triggers().isEmpty()) report(w, null, null, Problems.noTriggers());
    if (w.jobs().isEmpty()) report(w, null, null, Problems.noJobs());
    Set<String> events = new HashSet<>();
    for (Trigger t : w.triggers()) {
      if (!events.add(t.event())) report(w, null, null, Problems.duplicateTrigger(t.event()));
    }
    checkTriggers(w);
    checkSecurity(w);
    List<String> inputs = w.inputs().stream().map(WorkflowInput::name).toList();
    Sight top = new Sight(w, null, null, inputs, List.of(), Set.of(), Map.of());
    top.in(Place.RUN_NAME).text(w.runName());
    if (w.concurrency() != null) top.in(Place.WORKFLOW_CONCURRENCY).concurrency(w.concurrency());
    w.env().values().forEach(top.in(Place.WORKFLOW_ENV)::text);

    Map<String, Job> byId = new LinkedHashMap<>();
    for (Job j : w.jobs()) {
      if (!ID.matcher(j.id()).matches()) report(w, j.id(), null, Problems.invalidJobId(j.id()));
      if (byId.putIfAbsent(j.id(), j) != null) report(w, j.id(), null, Problems.duplicateJobId(j.id()));
    }
    for (Job j : w.jobs()) {
      for (String n : j.needs()) {
        if (!byId.containsKey(n)) report(w, j.id(), null, Problems.needsMissingJob(n));
      }
    }
    checkCycles(w, byId);
    WorkflowCall call = w.workflowCall();
    if (call != null) {
      for (WorkflowCall.Output o : call.outputs()) {
        for (Expr e : o.value().expressions()) {
          e.walk().forEach(x -> {
            if (x instanceof JobRef r && r.context() == JobRef.Context.JOBS) {
              Job target = byId.get(r.jobId());
              if (target == null) {
                report(w, null, null, "workflow_call output " + o.name() + ": " + Problems.needsMissingJob(r.jobId()));
              } else if (!r.isResult() && !target.outputNames().contains(r.output())) {
                report(w, null, null, "workflow_call output " + o.name() + ": "
                    + Problems.jobOutputUndeclared(r.text(), r.jobId(), target.outputNames()));
              }
            } else {
              top.in(Place.CALL_OUTPUT).leaf(x);
            }
          });
        }
      }
    }
    for (Job j : w.jobs()) {
      j.accept(new ai.vibevoice.cicd.dsl.job.JobVisitor<Void>() {
        @Override
        public Void visitRunJob(RunJob job) {
          checkRunJob(w, job, byId, inputs);
          return null;
        }

        @Override
        public Void visitCallJob(CallJob job) {
          checkCallJob(w, job, byId, inputs);
          return null;
        }
      });
    }
  }

  private void checkTriggers(Workflow w) {
    List<String> names = workflows.stream().map(Workflow::name).toList();
    for (Trigger t : w.triggers()) {
      if (t instanceof Schedule s) {
        s.crons().forEach(c -> Cron.problems(c).forEach(p -> report(w, null, null, Problems.invalidCron(p))));
      } else if (t instanceof WorkflowRun r) {
        r.workflows().stream().filter(n -> !names.contains(n))
            .forEach(n -> report(w, null, null, Problems.workflowRunUnknown(n, names)));
      }
    }
  }

  private void checkSecurity(Workflow w) {
    Permissions top = w.permissions();
    if (top.grantsWrite()) {
      String scopes = top.grants().entrySet().stream()
          .filter(e -> e.getValue() == Access.WRITE).map(e -> e.getKey().key()).collect(Collectors.joining(", "));
      report(w, null, null, Problems.topLevelWrite(scopes));
    }
    if (w.on(PullRequestTarget.class) && (w.pullRequestTargetReason() == null || w.pullRequestTargetReason().isBlank())) {
      report(w, null, null, Problems.pullRequestTargetWithoutOptIn());
    }
    if (w.on(PullRequest.class) && !cancels(w.concurrency())) {
      report(w, null, null, Problems.pullRequestWithoutConcurrency());
    }
  }

  private static boolean cancels(Concurrency c) {
    return c != null && !(c.cancelInProgress() instanceof Literal l && Boolean.FALSE.equals(l.value()));
  }

  private void checkCycles(Workflow w, Map<String, Job> byId) {
    Map<String, Integer> state = new HashMap<>();
    Set<String> reported = new HashSet<>();
    for (String id : byId.keySet()) dfs(w, id, byId, state, new ArrayList<>(), reported);
  }

  private void dfs(Workflow w, String id, Map<String, Job> byId, Map<String, Integer> state,
      List<String> path, Set<String> reported) {
    Integer s = state.get(id);
    if (s != null && s == 2) return;
    if (s != null && s == 1) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
      cycle.add(id);
      String key = cycle.stream().sorted().distinct().collect(Collectors.joining(","));
      if (reported.add(key)) report(w, id, null, Problems.needsCycle(cycle));
      return;
    }
    Job j = byId.get(id);
    if (j == null) return;
    state.put(id, 1);
    path.add(id);
    for (String n : j.needs()) dfs(w, n, byId, state, path, reported);
    path.remove(path.size() - 1);
    state.put(id, 2);
  }

  private void checkRunJob(Workflow w, RunJob job, Map<String, Job> byId, List<String> inputs) {
    String id = job.id();
    if (job.steps().isEmpty()) report(w, id, null, Problems.noSteps());
    if (job.timeoutMinutes() == null) report(w, id, null, Problems.noTimeout());
    List<String> matrixKeys = job.strategy() == null ? List.of() : job.strategy().keys();
    Map<String, Step> stepsById = new LinkedHashMap<>();
    for (Step s : job.steps()) {
      if (s.id() == null) continue;
      if (!ID.matcher(s.id()).matches()) report(w, id, s.label(), Problems.invalidStepId(s.id()));
      if (stepsById.putIfAbsent(s.id(), s) != null) report(w, id, s.label(), Problems.duplicateStepId(s.id()));
    }
    Set<String> needs = Set.copyOf(job.needs());
    Sight jobScope = new Sight(w, job, null, inputs, matrixKeys, needs, byId);
    jobScope.stepsVisible.putAll(stepsById);
    jobScope.in(Place.JOB_IF).expr(job.ifCondition());
    checkName(w, job, jobScope);
    job.runsOn().labels().forEach(jobScope.in(Place.JOB_RUNS_ON)::text);
    if (job.environment() != null) jobScope.in(Place.JOB_ENVIRONMENT).text(job.environment().url());
    if (job.concurrency() != null) jobScope.in(Place.JOB_CONCURRENCY).concurrency(job.concurrency());
    job.outputs().values().forEach(jobScope.in(Place.JOB_OUTPUTS)::text);
    job.env().values().forEach(jobScope.in(Place.JOB_ENV)::text);
    if (job.container() != null) container(jobScope.in(Place.CONTAINER), job.container());
    job.services().values().forEach(c -> container(jobScope.in(Place.CONTAINER), c));

    Sight stepScope = new Sight(w, job, null, inputs, matrixKeys, needs, byId);
    for (Step s : job.steps()) {
      Sight sc = stepScope.at(s.label());
      sc.in(Place.STEP_IF).expr(s.ifCondition());
      if (s.name() != null && s.name().contains("${{")) report(w, id, s.label(), Problems.expressionInStepName());
      s.with().values().forEach(sc::text);
      s.env().values().forEach(sc::text);
      if (s.run() != null) checkScript(w, id, s);
      if (s.uses() instanceof ActionRef a) checkActionUse(w, job, s, a);
      if (s.id() != null) stepScope.stepsVisible.put(s.id(), s);
    }
  }

  /** A job's name may interpolate typed expressions; one typed into the string is not checked, so it is refused. */
  private void checkName(Workflow w, Job job, Sight scope) {
    if (job.name() == null) return;
    scope.in(Place.JOB_NAME).text(job.name());
    boolean typed = job.name().parts().stream().anyMatch(p -> p instanceof String s && s.contains("${{"));
    if (typed) report(w, job.id(), null, Problems.expressionInName());
  }

  private void container(Sight scope, Container c) {
    scope.text(c.image());
    c.env().values().forEach(scope::text);
  }

  private void checkScript(Workflow w, String job, Step s) {
    if (s.run().contains("${{")) report(w, job, s.label(), Problems.expressionInScript());
    String[] lines = s.run().split("\n", -1);
    if (lines.length > 1) {
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i];
        if (!l.isEmpty() && (l.endsWith(" ") || l.endsWith("\t"))) {
          report(w, job, s.label(), Problems.trailingWhitespace(i + 1));
        }
      }
    }
  }

  /**
   * The expressions written into a plain string that parse; each one that does not is handed to
   * {@code failed} with its text and its position in {@code s}.
   */
  private static List<Expr> parseEmbedded(String s, java.util.function.BiConsumer<String, ExprParser.ParseException> failed) {
    List<Expr> found = new ArrayList<>();
    List<ExprParser.Embedded> embedded;
    try {
      embedded = ExprParser.embedded(s);
    } catch (ExprParser.ParseException x) {
      failed.accept(s, x);
      return found;
    }
    for (ExprParser.Embedded e : embedded) {
      try {
        found.add(ExprParser.parse(e.text()));
      } catch (ExprParser.ParseException x) {
        failed.accept(e.text(), new ExprParser.ParseException(x.getMessage(), e.offset() + x.position()));
      }
    }
    return found;
  }

  private void checkActionUse(Workflow w, RunJob job, Step s, ActionRef a) {
    if (a.name().equals("actions/github-script") && s.with().containsKey("script")) {
      List<Expr> script = new ArrayList<>();
      for (Object part : s.with().get("script").parts()) {
        if (part instanceof Expr e) script.add(e);
        else if (part instanceof String text && text.contains("${{")) script.addAll(parseEmbedded(text, (t, x) -> { }));  // reported by Sight.text
      }
      script.stream().filter(Untrusted::isUntrusted)
          .forEach(e -> report(w, job.id(), s.label(), Problems.untrustedInScriptInput(e.text())));
    }
    if (a.name().equals("actions/checkout") && !s.pushes()) {
      Text persist = s.with().get("persist-credentials");
      if (persist == null || !persist.render().equals("false")) {
        report(w, job.id(), s.label(), Problems.checkoutPersistsCredentials());
      }
    }
    if (a.name().equals("actions/upload-artifact") && job.strategy() != null) {
      List<String> varying = job.strategy().axes().stream()
          .filter(ax -> ax.values().size() > 1).map(MatrixAxis::name).toList();
      Text name = s.with().get("name");
      Set<String> used = name == null ? Set.of() : name.expressions().stream().flatMap(Expr::walk)
          .filter(MatrixRef.class::isInstance).map(e -> ((MatrixRef) e).axis()).collect(Collectors.toSet());
      if (!varying.isEmpty() && !used.containsAll(varying)) {
        report(w, job.id(), s.label(), Problems.artifactNameCollides(name == null ? "artifact" : name.render(), varying));
      }
    }
  }

  private void checkCallJob(Workflow w, CallJob job, Map<String, Job> byId, List<String> inputs) {
    String id = job.id();
    List<String> matrixKeys = job.strategy() == null ? List.of() : job.strategy().keys();
    Sight scope = new Sight(w, job, null, inputs, matrixKeys, Set.copyOf(job.needs()), byId);
    scope.in(Place.CALL_IF).expr(job.ifCondition());
    checkName(w, job, scope);
    job.with().values().stream().filter(Text.class::isInstance).map(Text.class::cast).forEach(scope.in(Place.CALL_WITH)::text);
    job.secrets().values().forEach(scope.in(Place.CALL_SECRETS)::expr);
    if (job.concurrency() != null) scope.in(Place.JOB_CONCURRENCY).concurrency(job.concurrency());
    if (job.callee() instanceof LocalWorkflow local
        && workflows.stream().noneMatch(x -> x.fileName().equals(local.workflow().fileName()))) {
      report(w, id, null, Problems.calleeNotGenerated(local.workflow().fileName()));
    }
    WorkflowCall contract = job.callee().contract();
    List<String> declared = contract.inputs().stream().map(WorkflowInput::name).toList();
    job.with().keySet().stream().filter(k -> !declared.contains(k))
        .forEach(k -> report(w, id, null, Problems.unknownCallInput(k, declared)));
    contract.inputs().stream().filter(i -> i.required() && !job.with().containsKey(i.name()))
        .forEach(i -> report(w, id, null, Problems.missingCallInput(i.name())));
    List<String> secrets = contract.secrets().stream().map(WorkflowCall.Secret::name).toList();
    if (job.secretsInheritReason() != null) {
      if (job.secretsInheritReason().isBlank()) report(w, id, null, Problems.secretsInheritWithoutOptIn());
    } else {
      job.secrets().keySet().stream().filter(k -> !secrets.contains(k))
          .forEach(k -> report(w, id, null, Problems.unknownCallSecret(k, secrets)));
      contract.secrets().stream().filter(s -> s.required() && !job.secrets().containsKey(s.name()))
          .forEach(s -> report(w, id, null, Problems.missingCallSecret(s.name())));
    }
  }

  /** Events besides workflow_dispatch and workflow_call, on which dispatch inputs are empty. */
  private static List<String> otherEvents(Workflow w) {
    return w.triggers().stream().map(Trigger::event)
        .filter(e -> !e.equals("workflow_dispatch") && !e.equals("workflow_call")).toList();
  }

  /** Inputs only workflow_dispatch sets, in a workflow that also runs on events without inputs. */
  private static Set<String> dispatchOnly(Workflow w) {
    if (otherEvents(w).isEmpty()) return Set.of();
    Set<String> names = new HashSet<>();
    w.trigger(WorkflowDispatch.class).ifPresent(d -> d.inputs().forEach(i -> names.add(i.name())));
    WorkflowCall call = w.workflowCall();
    if (call != null) call.inputs().forEach(i -> names.remove(i.name()));
    return names;
  }

  /** A called workflow reads only the secrets its workflow_call declares, and the token GitHub always passes. */
  private static boolean undeclaredSecret(Workflow w, String path) {
    WorkflowCall call = w.workflowCall();
    if (call == null || path.isEmpty()) return false;
    String name = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
    return !name.equals("GITHUB_TOKEN") && call.secrets().stream().noneMatch(s -> s.name().equals(name));
  }

  /**
   * Reads of inputs that fall back to a default, as {@link WorkflowInput#orDefault()} writes them:
   * {@code inputs.x || literal}, {@code inputs.x == true}, {@code format('{0}', inputs.x) != 'false'}.
   */
  private static Set<Expr> fallbackReads(Expr e) {
    Set<Expr> found = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    e.walk().forEach(x -> {
      if (x instanceof Binary b) {
        if (b.op() == Binary.Op.OR && b.left() instanceof InputRef && b.right() instanceof Literal) found.add(b.left());
        if ((b.op() == Binary.Op.EQ || b.op() == Binary.Op.NE) && b.left() instanceof InputRef
            && b.right() instanceof Literal l && l.value() instanceof Boolean) {
          found.add(b.left());
        }
        if (b.op() == Binary.Op.NE && b.left() instanceof Call c && c.function().equals("format")
            && c.args().size() == 2 && c.args().get(1) instanceof InputRef && b.right() instanceof Literal) {
          found.add(c.args().get(1));
        }
      }
    });
    return found;
  }

  /** The context an expression node reads, or null for literals, functions and operators. */
  private static String contextOf(Expr x) {
    if (x instanceof ContextRef c) return c.context();
    if (x instanceof InputRef) return "inputs";
    if (x instanceof MatrixRef) return "matrix";
    if (x instanceof StepRef) return "steps";
    if (x instanceof JobRef r) return r.context() == JobRef.Context.JOBS ? "jobs" : "needs";
    return null;
  }

  /** Where an expression is read, and what it may see there. */
  private final class Sight {
    final Workflow w;
    final Job job;
    final String step;
    final List<String> inputs;
    final List<String> matrixKeys;
    final Set<String> needs;
    final Map<String, Job> jobs;
    final Map<String, Step> stepsVisible = new LinkedHashMap<>();
    Place place = Place.STEP;
    /** The input reads of the expression being checked that fall back to a default (identity). */
    Set<Expr> guarded = Set.of();

    Sight(Workflow w, Job job, String step, List<String> inputs, List<String> matrixKeys,
        Set<String> needs, Map<String, Job> jobs) {
      this.w = w;
      this.job = job;
      this.step = step;
      this.inputs = inputs;
      this.matrixKeys = matrixKeys;
      this.needs = needs;
      this.jobs = jobs;
    }

    /** The same scope at a step, seeing the steps before it. */
    Sight at(String stepLabel) {
      Sight s = new Sight(w, job, stepLabel, inputs, matrixKeys, needs, jobs);
      s.stepsVisible.putAll(stepsVisible);
      return s;
    }

    /** The same scope at another place (which decides the contexts an expression may read). */
    Sight in(Place where) {
      Sight s = new Sight(w, job, step, inputs, matrixKeys, needs, jobs);
      s.stepsVisible.putAll(stepsVisible);
      s.place = where;
      return s;
    }

    /** Typed expressions of {@code t}, and every {@code ${{ }}} written into its plain strings, parsed. */
    void text(Text t) {
      if (t == null) return;
      for (Object part : t.parts()) {
        if (part instanceof Expr e) expr(e);
        else if (part instanceof String s && s.contains("${{")) parsed(s).forEach(this::expr);
      }
    }

    /** The expressions written into a plain string; one that does not parse is reported. */
    List<Expr> parsed(String s) {
      return parseEmbedded(s, (text, x) -> report(w, job == null ? null : job.id(), step,
          Problems.expressionDoesNotParse(text, x.position(), x.getMessage())));
    }

    void concurrency(Concurrency c) {
      text(c.group());
      expr(c.cancelInProgress());
    }

    void expr(Expr e) {
      if (e == null) return;
      guarded = fallbackReads(e);
      e.walk().forEach(this::leaf);
    }

    /** Checks one node of an expression tree against what this scope can see. */
    void leaf(Expr x) {
      String jobId = job == null ? null : job.id();
      if (x instanceof RawExpr raw) {
        try {
          expr(ExprParser.parse(raw.text()));
        } catch (ExprParser.ParseException e) {
          report(w, jobId, step, Problems.expressionDoesNotParse(" " + raw.text() + " ", e.position() + 1, e.getMessage()));
        }
        return;
      }
      String context = contextOf(x);
      if (context != null && !place.allows(context)) {
        report(w, jobId, step, Problems.contextNotAvailable(x.text(), context, place.description, place.contexts));
        return;
      }
      if (x instanceof InputRef r && !inputs.contains(r.name())) {
        report(w, jobId, step, Problems.inputUndeclared(r.text(), inputs));
      } else if (x instanceof InputRef r && dispatchOnly(w).contains(r.name()) && !guarded.contains(x)) {
        report(w, jobId, step, Problems.inputWithoutFallback(r.text(), otherEvents(w)));
      } else if (x instanceof ContextRef c && c.context().equals("secrets") && undeclaredSecret(w, c.path())) {
        report(w, jobId, step, Problems.secretUndeclaredInCalledWorkflow(c.text(),
            w.workflowCall().secrets().stream().map(WorkflowCall.Secret::name).toList()));
      } else if (x instanceof MatrixRef r && !matrixKeys.contains(r.axis())) {
        report(w, jobId, step, Problems.matrixUndeclared(r.text(), matrixKeys));
      } else if (x instanceof JobRef r) {
        if (r.context() == JobRef.Context.JOBS) {
          report(w, jobId, step, Problems.jobsContextOutsideCallOutputs(r.text()));
        } else if (!needs.contains(r.jobId())) {
          report(w, jobId, step, Problems.jobOutputNotNeeded(r.text(), r.jobId()));
        } else {
          Job target = jobs.get(r.jobId());
          if (target != null && !r.isResult() && !target.outputNames().contains(r.output())) {
            report(w, jobId, step, Problems.jobOutputUndeclared(r.text(), r.jobId(), target.outputNames()));
          }
        }
      } else if (x instanceof StepRef r) {
        Step target = stepsVisible.get(r.stepId());
        if (target == null) {
          report(w, jobId, step, Problems.stepRefUnknown(r.text(), r.stepId()));
        } else if (r.property() == StepRef.Property.OUTPUT && !target.outputs().contains(r.output())) {
          report(w, jobId, step, Problems.stepOutputUndeclared(r.text(), r.stepId(), target.outputs()));
        }
      }
    }
  }
}
