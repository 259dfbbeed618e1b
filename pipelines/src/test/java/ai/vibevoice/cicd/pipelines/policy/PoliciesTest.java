package ai.vibevoice.cicd.pipelines.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.expr.Literal;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.plan.Condition;
import ai.vibevoice.cicd.dsl.plan.Evaluator;
import ai.vibevoice.cicd.dsl.plan.Event;
import ai.vibevoice.cicd.dsl.plan.Outcome;
import ai.vibevoice.cicd.dsl.plan.Plan;
import ai.vibevoice.cicd.dsl.plan.Plan.JobPlan;
import ai.vibevoice.cicd.dsl.plan.Plan.WorkflowPlan;
import ai.vibevoice.cicd.dsl.plan.Planner;
import ai.vibevoice.cicd.dsl.plan.Truth;
import ai.vibevoice.cicd.dsl.workflow.LocalWorkflow;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;
import ai.vibevoice.cicd.pipelines.HelperJar;
import ai.vibevoice.cicd.pipelines.Pipelines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Security and hygiene policies proven over the committed pipelines for the standard events and
 * generated variations (changed paths, branch names, tags): each failure names the event and the
 * job.
 */
class PoliciesTest {
  private static final List<Workflow> WORKFLOWS =
      Pipelines.all().stream().map(WorkflowSource::workflow).toList();
  private static final String RELEASE_WORKFLOW = "ci-build-push.yml";

  /**
   * Changed-path sets: unknown, none, one path under each filter pattern's directory, and paths
   * outside all of them.
   */
  private static List<List<String>> pathVariations() {
    List<List<String>> out = new ArrayList<>();
    out.add(null);
    out.add(List.of("README.md"));
    out.add(List.of("src/agent/main.py", "uv.lock"));
    out.add(List.of("infra/k8s/helm/voice-agent/values.yaml"));
    out.add(List.of(".github/workflows/ci-test.yml"));
    out.add(List.of("docs/workflows.md", "infra/k8s/helm/voice-agent/templates/x.yaml"));
    return out;
  }

  private static final List<String> BRANCHES =
      List.of(
          "main", "feature/x", "fix/deep/nested", "release/1.0", "dependabot/pip/uv-1.0", "v1.2.3");
  private static final List<String> TAGS =
      List.of("v1.2.3", "v0.1.0", "v10.20.30-rc.1", "latest", "1.2.3", "docs/v1");

  /**
   * The untrusted events: pull requests from forks (every default type, every path set) and the
   * merge queue.
   */
  private static List<Event> untrusted() {
    List<Event> out = new ArrayList<>();
    for (List<String> paths : pathVariations()) {
      for (String type : List.of("opened", "synchronize", "reopened", "labeled")) {
        out.add(Event.pullRequestFromFork("main").withType(type).withPaths(paths));
      }
      out.add(Event.mergeGroup("main").withPaths(paths));
    }
    return out;
  }

  /**
   * Every event the policies enumerate: the standard ones, then variations of branch, tag and
   * paths.
   */
  private static List<Event> all() {
    List<Event> out = new ArrayList<>(Event.standard(WORKFLOWS).values());
    out.addAll(untrusted());
    for (List<String> paths : pathVariations()) {
      for (String b : BRANCHES) {
        out.add(Event.push("refs/heads/" + b).withPaths(paths));
        out.add(Event.pullRequest(b).withPaths(paths));
        out.add(Event.workflowDispatch("refs/heads/" + b));
      }
      for (String t : TAGS) {
        out.add(Event.push("refs/tags/" + t).withPaths(paths));
        out.add(Event.workflowDispatch("refs/tags/" + t));
      }
    }
    out.add(
        Event.workflowDispatch("refs/heads/main")
            .withWorkflow("ci-helm-validate.yml")
            .withInput("kind", "true"));
    return out;
  }

  private static Stream<JobPlan> happening(WorkflowPlan w) {
    return w.jobs().stream().filter(j -> j.outcome() != Outcome.SKIPPED);
  }

  private static String where(Event e, WorkflowPlan w, JobPlan j) {
    return e.describe() + ": " + w.file() + " job " + j.id();
  }

  @Test
  void
      nothing_reachable_from_a_fork_or_the_merge_queue_writes_reads_secrets_or_writes_a_shared_cache() {
    List<String> broken = new ArrayList<>();
    for (Event e : untrusted()) {
      Plan plan = Planner.plan(e, WORKFLOWS);
      for (WorkflowPlan w : plan.started()) {
        happening(w)
            .forEach(
                j -> {
                  if (j.grantsWrite()) broken.add(where(e, w, j) + " holds " + j.permissions());
                  if (!j.secrets().equals(List.of("GITHUB_TOKEN")))
                    broken.add(where(e, w, j) + " reads secrets " + j.secrets());
                  j.cacheWrites().stream()
                      .filter(
                          c ->
                              c.startsWith("registry")
                                  || c.endsWith(Event.DEFAULT_BRANCH)
                                  || c.contains("refs/tags/"))
                      .forEach(c -> broken.add(where(e, w, j) + " writes " + c));
                });
      }
    }
    assertEquals(List.of(), broken.stream().distinct().toList());
  }

  @Test
  void
      promotion_and_signing_come_only_after_the_smoke_test_and_the_image_scan_of_the_same_digests() {
    Workflow release =
        WORKFLOWS.stream()
            .filter(w -> w.fileName().equals(RELEASE_WORKFLOW))
            .findFirst()
            .orElseThrow();
    List<String> broken = new ArrayList<>();
    for (Event e : all()) {
      WorkflowPlan w = Planner.plan(e, WORKFLOWS).workflow(RELEASE_WORKFLOW).orElseThrow();
      if (w.job("promote").map(j -> j.outcome() == Outcome.SKIPPED).orElse(true)) continue;
      for (String gated : List.of("promote", "provenance")) {
        Set<String> before = upstream(release, gated);
        for (String gate : List.of("smoke-test", "image-scan")) {
          if (!before.contains(gate))
            broken.add(
                e.describe()
                    + ": "
                    + RELEASE_WORKFLOW
                    + " job "
                    + gated
                    + " does not wait for "
                    + gate);
          if (w.job(gate).map(j -> j.outcome() != Outcome.RUN).orElse(true)) {
            broken.add(
                e.describe()
                    + ": "
                    + RELEASE_WORKFLOW
                    + " promotes while "
                    + gate
                    + " does not run");
          }
        }
      }
      Map<String, Map<String, String>> digests = new LinkedHashMap<>();
      for (Job j : release.jobs()) {
        if (j instanceof CallJob c && c.callee() instanceof LocalWorkflow) {
          Map<String, String> d = new LinkedHashMap<>();
          c.with()
              .forEach(
                  (k, v) -> {
                    if (k.endsWith("-digest")) d.put(k, ((Text) v).render());
                  });
          digests.put(j.id(), d);
        }
      }
      Map<String, String> scanned = digests.get("image-scan");
      assertTrue(!scanned.isEmpty(), "image-scan receives no digests");
      for (String signer : List.of("smoke-test", "provenance")) {
        assertEquals(
            scanned,
            digests.get(signer),
            e.describe() + ": " + signer + " works on other digests than image-scan");
      }
    }
    assertEquals(List.of(), broken.stream().distinct().toList());
  }

  /** Every job {@code id} waits for, directly or through other jobs. */
  private static Set<String> upstream(Workflow w, String id) {
    Set<String> out = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(w.job(id).orElseThrow().needs());
    while (!todo.isEmpty()) {
      String n = todo.remove(0);
      if (out.add(n)) todo.addAll(w.job(n).orElseThrow().needs());
    }
    return out;
  }

  @Test
  void one_push_to_a_branch_with_an_open_pull_request_starts_each_check_once() {
    List<String> broken = new ArrayList<>();
    for (List<String> paths : pathVariations()) {
      for (String branch : BRANCHES) {
        if (branch.equals("main")) continue;
        Event push = Event.push("refs/heads/" + branch).withPaths(paths);
        Event sync = Event.pullRequest("main").withType("synchronize").withPaths(paths);
        Set<String> byPush =
            new LinkedHashSet<>(
                Planner.plan(push, WORKFLOWS).started().stream().map(WorkflowPlan::file).toList());
        for (WorkflowPlan w : Planner.plan(sync, WORKFLOWS).started()) {
          if (byPush.contains(w.file()))
            broken.add(push.describe() + " and its pull request both start " + w.file());
        }
      }
    }
    assertEquals(List.of(), broken.stream().distinct().toList());
  }

  @Test
  void no_condition_is_false_for_every_event_its_workflow_can_receive() {
    Map<String, String> falseOn = new LinkedHashMap<>();
    Set<String> notAlwaysFalse = new LinkedHashSet<>();
    for (Event e : all()) {
      Map<String, Condition> conditions = new LinkedHashMap<>();
      for (WorkflowPlan w : Planner.plan(e, WORKFLOWS, Evaluator.Status.SYMBOLIC).started()) {
        for (JobPlan j : w.jobs()) {
          if (j.condition() != null) conditions.put(w.file() + " job " + j.id(), j.condition());
          j.steps()
              .forEach(
                  s ->
                      conditions.put(
                          w.file() + " job " + j.id() + " step '" + s.name() + "'", s.condition()));
        }
      }
      for (Workflow w : receiving(e)) {
        if (w.concurrency() != null && !(w.concurrency().cancelInProgress() instanceof Literal)) {
          conditions.put(
              w.fileName() + " concurrency cancel-in-progress",
              Evaluator.of(e).condition(w.concurrency().cancelInProgress()));
        }
      }
      conditions.forEach(
          (where, c) -> {
            if (c.truth() == Truth.FALSE) falseOn.putIfAbsent(where, "'" + c.text() + "'");
            else notAlwaysFalse.add(where);
          });
    }
    List<String> dead =
        falseOn.entrySet().stream()
            .filter(x -> !notAlwaysFalse.contains(x.getKey()))
            .map(x -> x.getKey() + ": " + x.getValue() + " is false on every event it can receive")
            .toList();
    assertTrue(!notAlwaysFalse.isEmpty(), "no condition evaluated");
    assertEquals(List.of(), dead);
  }

  /** The workflows that start on {@code e}, directly or called by one that does. */
  private static List<Workflow> receiving(Event e) {
    List<Workflow> out = new ArrayList<>();
    for (WorkflowPlan p : Planner.plan(e, WORKFLOWS).started()) {
      Workflow w =
          WORKFLOWS.stream().filter(x -> x.fileName().equals(p.file())).findFirst().orElseThrow();
      out.add(w);
      w.jobs().stream()
          .filter(j -> j instanceof CallJob c && c.callee() instanceof LocalWorkflow)
          .filter(j -> p.job(j.id()).map(x -> x.outcome() != Outcome.SKIPPED).orElse(false))
          .forEach(j -> out.add(((LocalWorkflow) ((CallJob) j).callee()).workflow()));
    }
    return out;
  }

  @Test
  void no_helper_job_starts_a_runner_when_every_job_that_needs_it_is_skipped() {
    List<String> broken = new ArrayList<>();
    for (Event e : all()) {
      for (WorkflowPlan w : Planner.plan(e, WORKFLOWS).started()) {
        for (JobPlan j : w.jobs()) {
          if (!j.startsRunner() || !j.id().endsWith(HelperJar.JOB_ID)) continue;
          List<JobPlan> dependents =
              w.jobs().stream().filter(d -> d.needs().contains(j.id())).toList();
          if (!dependents.isEmpty()
              && dependents.stream().allMatch(d -> d.outcome() == Outcome.SKIPPED)) {
            broken.add(where(e, w, j) + " starts a runner, but every job needing it is skipped");
          }
        }
      }
    }
    assertEquals(List.of(), broken.stream().distinct().toList());
  }

  @Test
  void tag_pushes_start_only_the_release_workflow() {
    List<String> broken = new ArrayList<>();
    for (List<String> paths : pathVariations()) {
      for (String tag : TAGS) {
        Event e = Event.push("refs/tags/" + tag).withPaths(paths);
        for (WorkflowPlan w : Planner.plan(e, WORKFLOWS).started()) {
          if (!w.file().equals(RELEASE_WORKFLOW))
            broken.add(e.describe() + " starts " + w.file() + " (" + w.reason() + ")");
        }
      }
    }
    assertEquals(List.of(), broken.stream().distinct().toList());
  }

  @Test
  void a_release_tag_starts_the_release_workflow_and_promotes() {
    WorkflowPlan w =
        Planner.plan(Event.push("refs/tags/v1.2.3"), WORKFLOWS)
            .workflow(RELEASE_WORKFLOW)
            .orElseThrow();
    assertEquals(Outcome.RUN, w.outcome());
    assertEquals(Outcome.RUN, w.job("promote").orElseThrow().outcome());
  }
}
