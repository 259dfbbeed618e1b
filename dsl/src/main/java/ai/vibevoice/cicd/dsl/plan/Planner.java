package ai.vibevoice.cicd.dsl.plan;

import ai.vibevoice.cicd.dsl.expr.ContextRef;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.JobVisitor;
import ai.vibevoice.cicd.dsl.job.RemoteWorkflow;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.plan.Evaluator.Unknown;
import ai.vibevoice.cicd.dsl.plan.Plan.JobPlan;
import ai.vibevoice.cicd.dsl.plan.Plan.StepPlan;
import ai.vibevoice.cicd.dsl.plan.Plan.WorkflowPlan;
import ai.vibevoice.cicd.dsl.step.ActionRef;
import ai.vibevoice.cicd.dsl.step.InputRole;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.Trigger;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.dsl.workflow.LocalWorkflow;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Answers "what runs when": for an event and a set of workflows, which workflows start and which of
 * their jobs run, are skipped or depend on the run, with reusable workflows expanded. Jobs are
 * assumed to succeed unless a condition says otherwise; see {@link Evaluator} for the unknowns.
 */
public final class Planner {
  /**
   * GitHub's {@code timeout-minutes} when a job sets none (and the bound of a reusable workflow of
   * another repository).
   */
  public static final int DEFAULT_TIMEOUT = 360;

  private Planner() {}

  /** The plan of {@code event} over {@code workflows}, assuming every job and step succeeds. */
  public static Plan plan(Event event, List<Workflow> workflows) {
    return plan(event, workflows, Evaluator.Status.ASSUME_SUCCESS);
  }

  /**
   * The plan with status functions read as {@code status} says (symbolic: for finding dead
   * conditions).
   */
  public static Plan plan(Event event, List<Workflow> workflows, Evaluator.Status status) {
    List<WorkflowPlan> out = new ArrayList<>();
    for (Workflow w : workflows) out.add(workflow(event, w, status));
    return new Plan(event, out);
  }

  private static WorkflowPlan workflow(Event event, Workflow w, Evaluator.Status status) {
    Match match = trigger(event, w);
    Outcome outcome = Outcome.of(match.truth());
    Evaluator eval = Evaluator.of(event).withStatus(status).withInputs(dispatchInputs(event, w));
    String concurrency = w.concurrency() == null ? null : eval.text(w.concurrency().group());
    if (outcome == Outcome.SKIPPED)
      return new WorkflowPlan(
          w.fileName(), w.name(), outcome, match.reason(), concurrency, List.of(), List.of(), 0);
    List<JobPlan> jobs = jobs(eval, w, outcome, null, Permissions.none(), null, List.of());
    List<String> path = longestPath(jobs);
    int minutes =
        path.stream()
            .mapToInt(
                id ->
                    jobs.stream()
                        .filter(j -> j.id().equals(id))
                        .findFirst()
                        .orElseThrow()
                        .timeoutMinutes())
            .sum();
    return new WorkflowPlan(
        w.fileName(), w.name(), outcome, match.reason(), concurrency, jobs, path, minutes);
  }

  /** The first trigger that matches, else the first that may, else why none does. */
  private static Match trigger(Event event, Workflow w) {
    if (event.workflow() != null && !event.workflow().equals(w.fileName())) {
      return Match.no("the event starts " + event.workflow() + " only");
    }
    Match maybe = null;
    Match no = null;
    for (Trigger t : w.triggers()) {
      Match m = Filters.match(t, event);
      if (m.truth() == Truth.TRUE) return m;
      if (m.truth() == Truth.UNKNOWN && maybe == null) maybe = m;
      if (m.truth() == Truth.FALSE && (no == null || t.event().equals(event.name()))) no = m;
    }
    if (maybe != null) return maybe;
    return no != null ? no : Match.no("no triggers");
  }

  /**
   * The {@code inputs} of a dispatched workflow: given values typed by the declaration, else
   * defaults.
   */
  private static Map<String, Object> dispatchInputs(Event event, Workflow w) {
    Map<String, Object> in = new LinkedHashMap<>();
    if (!event.name().equals("workflow_dispatch") || w.trigger(WorkflowDispatch.class).isEmpty())
      return in;
    for (WorkflowInput i : w.trigger(WorkflowDispatch.class).get().inputs()) {
      String given = event.inputs().get(i.name());
      Object v =
          given == null
              ? Evaluator.normalize(i.defaultValue())
              : switch (i.type()) {
                case BOOLEAN -> Boolean.parseBoolean(given);
                case NUMBER -> Evaluator.number(given);
                default -> given;
              };
      in.put(i.name(), v);
    }
    return in;
  }

  /**
   * The job plans of {@code w}, in dependency order. A called workflow's jobs carry the caller's id
   * as prefix, happen only as far as the caller does, and get at most the caller's grant.
   */
  private static List<JobPlan> jobs(
      Evaluator eval,
      Workflow w,
      Outcome workflowOutcome,
      String caller,
      Permissions grant,
      Map<String, Expr> passedSecrets,
      List<String> callerNeeds) {
    String prefix = caller == null ? "" : caller + "/";
    Map<String, Outcome> outcomes = new HashMap<>();
    List<JobPlan> out = new ArrayList<>();
    for (Job j : ordered(w.jobs())) {
      Map<String, Outcome> needs = new LinkedHashMap<>();
      j.needs().forEach(n -> needs.put(n, outcomes.get(n)));
      Evaluator je = eval.withNeeds(needs);
      Condition condition =
          je.condition(j.ifCondition() == null ? Expr.raw("success()") : j.ifCondition());
      Outcome outcome = workflowOutcome.and(Outcome.of(condition.truth()));
      outcomes.put(j.id(), outcome);
      Condition shown = j.ifCondition() == null ? null : condition;
      List<String> ids =
          j.needs().isEmpty() ? callerNeeds : j.needs().stream().map(n -> prefix + n).toList();
      Permissions perms = caller == null ? j.permissions() : intersect(grant, j.permissions());
      String name = j.name() == null ? j.id() : je.text(j.name());
      out.addAll(
          j.accept(
              new JobVisitor<List<JobPlan>>() {
                @Override
                public List<JobPlan> visitRunJob(RunJob r) {
                  List<String> runner = r.runsOn().labels().stream().map(je::text).toList();
                  if (r.runsOn().group() != null) runner = List.of("group " + r.runsOn().group());
                  List<StepPlan> steps = new ArrayList<>();
                  List<String> caches = new ArrayList<>();
                  for (Step s : r.steps()) {
                    Outcome so = outcome;
                    if (s.ifCondition() != null) {
                      Condition sc = je.withNeeds(Map.of()).condition(s.ifCondition());
                      so = outcome.and(Outcome.of(sc.truth()));
                      steps.add(new StepPlan(s.name() == null ? s.label() : s.name(), so, sc));
                    }
                    if (so != Outcome.SKIPPED) cacheWrite(je, s).ifPresent(caches::add);
                  }
                  return List.of(
                      new JobPlan(
                          prefix + j.id(),
                          name,
                          caller,
                          null,
                          outcome,
                          shown,
                          ids,
                          runner,
                          r.timeoutMinutes() == null ? DEFAULT_TIMEOUT : r.timeoutMinutes(),
                          keys(perms),
                          secrets(eval.event(), referencedSecrets(r), passedSecrets),
                          steps,
                          caches));
                }

                @Override
                public List<JobPlan> visitCallJob(CallJob c) {
                  Map<String, Expr> passed = c.secretsInheritReason() != null ? null : c.secrets();
                  List<String> secretNames =
                      passed == null
                          ? List.of("(inherit)")
                          : secrets(eval.event(), new TreeSet<>(passed.keySet()), passedSecrets);
                  boolean remote = c.callee() instanceof RemoteWorkflow;
                  List<JobPlan> plans = new ArrayList<>();
                  plans.add(
                      new JobPlan(
                          prefix + j.id(),
                          name,
                          caller,
                          c.callee().uses(),
                          outcome,
                          shown,
                          ids,
                          List.of(),
                          remote ? DEFAULT_TIMEOUT : 0,
                          keys(remote ? intersect(perms, c.callee().required()) : perms),
                          secretNames,
                          List.of(),
                          List.of()));
                  if (c.callee() instanceof LocalWorkflow l) {
                    Map<String, Object> inputs = new LinkedHashMap<>();
                    for (WorkflowInput i : l.workflow().workflowCall().inputs())
                      inputs.put(i.name(), Evaluator.normalize(i.defaultValue()));
                    c.with()
                        .forEach(
                            (k, v) ->
                                inputs.put(
                                    k,
                                    v instanceof Text t ? value(je, t) : Evaluator.normalize(v)));
                    Evaluator callee = eval.withNeeds(Map.of()).withInputs(inputs);
                    plans.addAll(
                        jobs(callee, l.workflow(), outcome, prefix + j.id(), perms, passed, ids));
                  }
                  return plans;
                }
              }));
    }
    return out;
  }

  /**
   * A text's value: the expression's own value when it is one expression, else the interpolated
   * string.
   */
  private static Object value(Evaluator e, Text t) {
    if (t.parts().size() == 1 && t.parts().get(0) instanceof Expr x) return e.value(x);
    List<String> unknown = new ArrayList<>();
    for (Expr x : t.expressions()) if (e.value(x) instanceof Unknown u) unknown.addAll(u.names());
    return unknown.isEmpty() ? e.text(t) : new Unknown(unknown, Truth.UNKNOWN);
  }

  /** Jobs in an order where each comes after the jobs it needs (declaration order otherwise). */
  private static List<Job> ordered(List<Job> jobs) {
    List<Job> out = new ArrayList<>();
    List<Job> left = new ArrayList<>(jobs);
    while (!left.isEmpty()) {
      Job next =
          left.stream()
              .filter(
                  j ->
                      j.needs().stream()
                          .allMatch(n -> out.stream().anyMatch(o -> o.id().equals(n))))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "jobs "
                              + left.stream().map(Job::id).toList()
                              + " need each other or a missing job"));
      out.add(next);
      left.remove(next);
    }
    return out;
  }

  /**
   * Per scope the lower of the two grants: what a caller grants a called workflow's job that asks
   * for {@code asks}.
   */
  static Permissions intersect(Permissions grant, Permissions asks) {
    Map<Scope, Access> m = new LinkedHashMap<>();
    asks.grants()
        .forEach(
            (s, a) -> {
              Access g = grant.access(s);
              Access min = g.compareTo(a) < 0 ? g : a;
              if (min != Access.NONE) m.put(s, min);
            });
    return new Permissions(m);
  }

  private static Map<String, String> keys(Permissions p) {
    Map<String, String> m = new LinkedHashMap<>();
    p.grants().forEach((s, a) -> m.put(s.key(), a.key()));
    return m;
  }

  /**
   * The secrets a job names: a run job in its env and its steps' with and env, typed or written
   * into a string; a call job in the secrets it passes (the workflow reference lists them too).
   */
  public static SortedSet<String> referencedSecrets(Job job) {
    return job.accept(
        new JobVisitor<SortedSet<String>>() {
          @Override
          public SortedSet<String> visitRunJob(RunJob r) {
            List<Text> texts = new ArrayList<>(r.env().values());
            for (Step s : r.steps()) {
              texts.addAll(s.with().values());
              texts.addAll(s.env().values());
            }
            return secretsIn(texts);
          }

          @Override
          public SortedSet<String> visitCallJob(CallJob c) {
            return ContextRef.secretsRead(c.secrets().values());
          }
        });
  }

  /** The secrets {@code texts} read, typed or written into their strings. */
  public static SortedSet<String> secretsIn(Collection<Text> texts) {
    List<Expr> exprs = new ArrayList<>();
    texts.forEach(t -> exprs.addAll(t.parsedExpressions((text, unparsed) -> {})));
    return ContextRef.secretsRead(exprs);
  }

  /**
   * The secrets a job can read: always {@code GITHUB_TOKEN}; of the others only those it names, and
   * in a called workflow only those the caller passes; none on a pull request from a fork.
   */
  private static List<String> secrets(
      Event event, SortedSet<String> referenced, Map<String, Expr> passed) {
    List<String> out = new ArrayList<>(List.of("GITHUB_TOKEN"));
    if (event.isPullRequest() && event.fork()) return out;
    for (String s : referenced) {
      if (s.equals("GITHUB_TOKEN")) continue;
      if (passed == null || passed.containsKey(s)) out.add(s);
    }
    return out;
  }

  /**
   * The cache a step writes, if any, from its action's input roles: an export to {@code cache-to}
   * (a registry cache every ref shares, unless {@code type=gha}), or a GitHub Actions cache (scoped
   * to the run's ref) under a key or enabled by an input.
   */
  private static Optional<String> cacheWrite(Evaluator e, Step s) {
    String ref = "actions cache, scope " + e.event().githubRef();
    for (Map.Entry<String, InputRole> input : s.inputRoles().entrySet()) {
      Text set = s.with().get(input.getKey());
      String v = set == null ? "" : e.text(set);
      boolean on = !v.isEmpty() && !v.equals("false");
      switch (input.getValue()) {
        case CACHE_KEY -> {
          return Optional.of(ref);
        }
        case CACHE_TO -> {
          if (on) {
            return Optional.of(
                v.contains("type=gha") ? ref : "registry cache (shared by every ref): " + v);
          }
        }
        case ENABLES_CACHE -> {
          if (on) {
            String action = s.uses() instanceof ActionRef a ? a.name() : s.uses().value();
            return Optional.of(ref + " (" + action + ")");
          }
        }
        default -> {}
      }
    }
    return Optional.empty();
  }

  /**
   * The chain of jobs with the largest sum of timeouts, skipped jobs left out; a calling job ends
   * with its callee's jobs.
   */
  private static List<String> longestPath(List<JobPlan> jobs) {
    Map<String, JobPlan> byId = new LinkedHashMap<>();
    jobs.forEach(j -> byId.put(j.id(), j));
    Map<String, List<String>> best = new HashMap<>();
    List<String> longest = List.of();
    int longestMinutes = -1;
    for (JobPlan j : jobs) {
      List<String> path = pathTo(j, byId, best);
      int m = path.stream().mapToInt(id -> byId.get(id).timeoutMinutes()).sum();
      if (j.outcome() != Outcome.SKIPPED && m > longestMinutes) {
        longest = path;
        longestMinutes = m;
      }
    }
    return longest;
  }

  private static List<String> pathTo(
      JobPlan j, Map<String, JobPlan> byId, Map<String, List<String>> best) {
    if (best.containsKey(j.id())) return best.get(j.id());
    List<String> deps = new ArrayList<>(j.needs());
    if (j.uses() != null)
      byId.values().stream()
          .filter(c -> j.id().equals(c.calledBy()))
          .forEach(c -> deps.add(c.id()));
    List<String> longest = List.of();
    int minutes = -1;
    for (String d : deps) {
      JobPlan dep = byId.get(d);
      if (dep == null || dep.outcome() == Outcome.SKIPPED) continue;
      List<String> p = pathTo(dep, byId, best);
      int m = p.stream().mapToInt(id -> byId.get(id).timeoutMinutes()).sum();
      if (m > minutes) {
        longest = p;
        minutes = m;
      }
    }
    List<String> path = new ArrayList<>(longest);
    path.add(j.id());
    best.put(j.id(), List.copyOf(path));
    return path;
  }
}
