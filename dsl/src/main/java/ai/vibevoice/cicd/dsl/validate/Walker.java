package ai.vibevoice.cicd.dsl.validate;

import ai.vibevoice.cicd.dsl.expr.Binary;
import ai.vibevoice.cicd.dsl.expr.Call;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.ExprParser;
import ai.vibevoice.cicd.dsl.expr.InputRef;
import ai.vibevoice.cicd.dsl.expr.Literal;
import ai.vibevoice.cicd.dsl.expr.RawExpr;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.job.Container;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.JobVisitor;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a workflow set once, building a {@link Sight} for every place, and hands each workflow,
 * job, step and expression node to every rule in registry order.
 */
final class Walker {
  private final List<Rule> rules;
  private final Reporter reporter;

  Walker(List<Rule> rules, Reporter reporter) {
    this.rules = rules;
    this.reporter = reporter;
  }

  void walk(List<Workflow> workflows) {
    for (Workflow w : workflows) workflow(workflows, w);
  }

  private void workflow(List<Workflow> workflows, Workflow w) {
    Sight top = new Sight(workflows, w);
    for (Rule r : rules) r.checkWorkflow(top, reporter);
    text(top.in(Place.RUN_NAME), w.runName());
    if (w.concurrency() != null) concurrency(top.in(Place.WORKFLOW_CONCURRENCY), w.concurrency());
    w.env().values().forEach(t -> text(top.in(Place.WORKFLOW_ENV), t));
    WorkflowCall call = w.workflowCall();
    if (call != null) {
      for (WorkflowCall.Output o : call.outputs()) {
        o.value().expressions().forEach(e -> expr(top.inCallOutput(o.name()), e));
      }
    }
    for (Job j : w.jobs()) {
      j.accept(
          new JobVisitor<Void>() {
            @Override
            public Void visitRunJob(RunJob job) {
              runJob(top, job);
              return null;
            }

            @Override
            public Void visitCallJob(CallJob job) {
              callJob(top, job);
              return null;
            }
          });
    }
  }

  private void runJob(Sight top, RunJob job) {
    Map<String, Step> stepsById = new LinkedHashMap<>();
    for (Step s : job.steps()) if (s.id() != null) stepsById.putIfAbsent(s.id(), s);
    Sight scope = top.forJob(job, Collections.unmodifiableMap(stepsById));
    for (Rule r : rules) {
      r.checkJob(scope, reporter);
      r.checkRunJob(scope, job, reporter);
    }
    expr(scope.in(Place.JOB_IF), job.ifCondition());
    if (job.name() != null) text(scope.in(Place.JOB_NAME), job.name());
    job.runsOn().labels().forEach(t -> text(scope.in(Place.JOB_RUNS_ON), t));
    if (job.environment() != null) text(scope.in(Place.JOB_ENVIRONMENT), job.environment().url());
    if (job.concurrency() != null) concurrency(scope.in(Place.JOB_CONCURRENCY), job.concurrency());
    job.outputs().values().forEach(t -> text(scope.in(Place.JOB_OUTPUTS), t));
    job.env().values().forEach(t -> text(scope.in(Place.JOB_ENV), t));
    if (job.container() != null) container(scope.in(Place.CONTAINER), job.container());
    job.services().values().forEach(c -> container(scope.in(Place.CONTAINER), c));

    Map<String, Step> visible = new LinkedHashMap<>();
    for (Step s : job.steps()) {
      Sight sc = scope.at(s.label(), Collections.unmodifiableMap(new LinkedHashMap<>(visible)));
      expr(sc.in(Place.STEP_IF), s.ifCondition());
      s.with().values().forEach(t -> text(sc, t));
      s.env().values().forEach(t -> text(sc, t));
      for (Rule r : rules) r.checkStep(sc, s, reporter);
      if (s.id() != null) visible.put(s.id(), s);
    }
  }

  private void callJob(Sight top, CallJob job) {
    Sight scope = top.forJob(job, Map.of());
    for (Rule r : rules) {
      r.checkJob(scope, reporter);
      r.checkCallJob(scope, job, reporter);
    }
    expr(scope.in(Place.CALL_IF), job.ifCondition());
    if (job.name() != null) text(scope.in(Place.JOB_NAME), job.name());
    job.with().values().stream()
        .filter(Text.class::isInstance)
        .map(Text.class::cast)
        .forEach(t -> text(scope.in(Place.CALL_WITH), t));
    job.secrets().values().forEach(e -> expr(scope.in(Place.CALL_SECRETS), e));
    if (job.concurrency() != null) concurrency(scope.in(Place.JOB_CONCURRENCY), job.concurrency());
  }

  private void container(Sight scope, Container c) {
    text(scope, c.image());
    c.env().values().forEach(t -> text(scope, t));
  }

  private void concurrency(Sight scope, Concurrency c) {
    text(scope, c.group());
    expr(scope, c.cancelInProgress());
  }

  /**
   * Every expression of {@code t}, typed or written into its strings; one that does not parse is
   * reported.
   */
  private void text(Sight at, Text t) {
    if (t == null) return;
    t.parsedExpressions((text, x) -> unparsed(at, new Unparsed(text, x.position(), x.getMessage())))
        .forEach(e -> expr(at, e));
  }

  private void expr(Sight at, Expr e) {
    if (e == null) return;
    // One walk: a raw expression parses anew on each, and guarded reads are told apart by identity.
    List<Expr> nodes = e.walk().toList();
    Sight guarded = at.guarding(fallbackReads(nodes));
    nodes.forEach(x -> node(guarded, x));
  }

  /**
   * A raw expression's parsed nodes are its children, walked next; one that does not parse is
   * reported.
   */
  private void node(Sight at, Expr x) {
    if (x instanceof RawExpr raw) {
      try {
        ExprParser.parse(raw.text());
      } catch (ExprParser.ParseException e) {
        unparsed(at, new Unparsed(" " + raw.text() + " ", e.position() + 1, e.getMessage()));
      }
      return;
    }
    for (Rule r : rules) r.checkExpression(x, at, reporter);
  }

  private void unparsed(Sight at, Unparsed u) {
    for (Rule r : rules) r.checkUnparsed(u, at, reporter);
  }

  /**
   * Reads of inputs that fall back to a default, as {@link WorkflowInput#orDefault()} writes them:
   * {@code inputs.x || literal}, {@code inputs.x == true}, {@code format('{0}', inputs.x) !=
   * 'false'}.
   */
  private static Set<Expr> fallbackReads(List<Expr> nodes) {
    Set<Expr> found = Collections.newSetFromMap(new IdentityHashMap<>());
    nodes.forEach(
        x -> {
          if (x instanceof Binary b) {
            if (b.op() == Binary.Op.OR
                && b.left() instanceof InputRef
                && b.right() instanceof Literal) found.add(b.left());
            if ((b.op() == Binary.Op.EQ || b.op() == Binary.Op.NE)
                && b.left() instanceof InputRef
                && b.right() instanceof Literal l
                && l.value() instanceof Boolean) {
              found.add(b.left());
            }
            if (b.op() == Binary.Op.NE
                && b.left() instanceof Call c
                && c.function().equals("format")
                && c.args().size() == 2
                && c.args().get(1) instanceof InputRef
                && b.right() instanceof Literal) {
              found.add(c.args().get(1));
            }
          }
        });
    return found;
  }
}
