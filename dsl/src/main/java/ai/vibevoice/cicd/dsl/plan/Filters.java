package ai.vibevoice.cicd.dsl.plan;

import ai.vibevoice.cicd.dsl.trigger.MergeGroup;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.PullRequestTarget;
import ai.vibevoice.cicd.dsl.trigger.PullRequestType;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.trigger.RawTrigger;
import ai.vibevoice.cicd.dsl.trigger.Release;
import ai.vibevoice.cicd.dsl.trigger.Schedule;
import ai.vibevoice.cicd.dsl.trigger.Trigger;
import ai.vibevoice.cicd.dsl.trigger.TriggerVisitor;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.trigger.WorkflowRun;
import java.util.List;

/**
 * Whether a trigger fires for an event, with GitHub's rules: event name, activity types and their
 * defaults, branch and tag filters with {@code !} patterns in order and their {@code -ignore}
 * forms, and paths filters (not evaluated for tag pushes). See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#onpushpull_requestpull_request_targetpathspaths-ignore">filters</a>.
 */
public final class Filters {
  private Filters() {}

  /** The pull request types a workflow gets when it lists none. */
  public static final List<String> DEFAULT_PULL_REQUEST_TYPES =
      List.of("opened", "synchronize", "reopened");

  /** Whether {@code trigger} starts its workflow on {@code event}, and why. */
  public static Match match(Trigger trigger, Event event) {
    if (trigger instanceof WorkflowCall)
      return Match.no("workflow_call: runs only when a workflow calls it");
    if (!trigger.event().equals(event.name())) return Match.no("no " + event.name() + " trigger");
    return trigger.accept(
        new TriggerVisitor<Match>() {
          @Override
          public Match visitPush(Push t) {
            return refs("push", t.filters(), event)
                .then(
                    event.isTag()
                        ? Match.yes("paths filters are not evaluated for tag pushes")
                        : paths(t.filters(), event));
          }

          @Override
          public Match visitPullRequest(PullRequest t) {
            return pullRequest("pull_request", t.types(), t.filters(), event);
          }

          @Override
          public Match visitPullRequestTarget(PullRequestTarget t) {
            return pullRequest("pull_request_target", t.types(), t.filters(), event);
          }

          @Override
          public Match visitSchedule(Schedule t) {
            if (event.cron() == null)
              return Match.yes("schedule " + t.crons() + " (on the default branch)");
            return t.crons().contains(event.cron())
                ? Match.yes("schedule '" + event.cron() + "' (on the default branch)")
                : Match.no("schedule " + t.crons() + " does not include '" + event.cron() + "'");
          }

          @Override
          public Match visitWorkflowDispatch(WorkflowDispatch t) {
            return Match.yes("workflow_dispatch on " + event.ref());
          }

          @Override
          public Match visitWorkflowCall(WorkflowCall t) {
            throw new IllegalStateException("handled above");
          }

          @Override
          public Match visitWorkflowRun(WorkflowRun t) {
            List<String> types =
                t.types().isEmpty() ? List.of("completed", "requested") : t.types();
            return types.contains(event.type() == null ? "completed" : event.type())
                ? Match.yes("workflow_run after " + t.workflows())
                : Match.no("workflow_run types " + types + " exclude " + event.type());
          }

          @Override
          public Match visitRelease(Release t) {
            List<String> types = t.types().stream().map(Release.Type::key).toList();
            if (types.isEmpty() || types.contains(event.type()))
              return Match.yes("release " + event.type());
            return Match.no("release types " + types + " exclude " + event.type());
          }

          @Override
          public Match visitMergeGroup(MergeGroup t) {
            return "checks_requested".equals(event.type())
                ? Match.yes("merge_group checks_requested")
                : Match.no("merge_group runs only for checks_requested, not " + event.type());
          }

          @Override
          public Match visitRaw(RawTrigger t) {
            return Match.yes(t.event() + " (raw trigger: its configuration is not checked)");
          }
        });
  }

  private static Match pullRequest(
      String what,
      List<PullRequestType> declared,
      ai.vibevoice.cicd.dsl.trigger.Filters f,
      Event event) {
    List<String> types =
        declared.isEmpty()
            ? DEFAULT_PULL_REQUEST_TYPES
            : declared.stream().map(PullRequestType::key).toList();
    String listed = declared.isEmpty() ? " (default types " + types + ")" : "";
    Match type =
        types.contains(event.type())
            ? Match.yes(what + " " + event.type() + listed)
            : Match.no(what + " types " + types + " exclude " + event.type() + listed);
    Match base = list("base branch", event.refName(), f.branches(), f.branchesIgnore());
    return type.then(base).then(paths(f, event));
  }

  /**
   * Branch and tag filters of a push: the undefined kind of ref does not run when only the other is
   * filtered.
   */
  private static Match refs(String what, ai.vibevoice.cicd.dsl.trigger.Filters f, Event event) {
    boolean branchFilters = !f.branches().isEmpty() || !f.branchesIgnore().isEmpty();
    boolean tagFilters = !f.tags().isEmpty() || !f.tagsIgnore().isEmpty();
    if (!branchFilters && !tagFilters) return Match.yes(what + " to any branch or tag");
    if (event.isTag()) {
      if (!tagFilters)
        return Match.no(what + " filters only branches, so tag pushes do not run it");
      return list("tag", event.refName(), f.tags(), f.tagsIgnore());
    }
    if (!branchFilters)
      return Match.no(what + " filters only tags, so branch pushes do not run it");
    return list("branch", event.refName(), f.branches(), f.branchesIgnore());
  }

  /**
   * A name against {@code patterns} (the last matching pattern decides; {@code !} excludes) or
   * their ignore form.
   */
  static Match list(String what, String name, List<String> patterns, List<String> ignore) {
    if (!patterns.isEmpty()) {
      String decided = lastMatch(patterns, name);
      return decided != null && !decided.startsWith("!")
          ? Match.yes(what + " " + name + " matches '" + decided + "'")
          : Match.no(
              what
                  + " "
                  + name
                  + (decided == null
                      ? " matches none of " + patterns
                      : " is excluded by '" + decided + "'"));
    }
    if (!ignore.isEmpty()) {
      String decided = lastMatch(ignore, name);
      return decided != null && !decided.startsWith("!")
          ? Match.no(what + " " + name + " is ignored by '" + decided + "'")
          : Match.yes(what + " " + name + " is not ignored by " + ignore);
    }
    return Match.yes("any " + what);
  }

  /** The last pattern that matches {@code name}, or null. */
  private static String lastMatch(List<String> patterns, String name) {
    String decided = null;
    for (String p : patterns) {
      if (Glob.of(p).matches(name)) decided = p;
    }
    return decided;
  }

  /**
   * Paths filters: {@code paths} runs when any changed path is included; {@code paths-ignore}
   * unless every one is ignored.
   */
  static Match paths(ai.vibevoice.cicd.dsl.trigger.Filters f, Event event) {
    if (f.paths().isEmpty() && f.pathsIgnore().isEmpty()) return Match.yes("no paths filter");
    List<String> changed = event.changedPaths();
    if (changed == null) {
      return new Match(
          Truth.UNKNOWN,
          "paths "
              + (f.paths().isEmpty() ? "-ignore " + f.pathsIgnore() : f.paths())
              + " and the changed paths are unknown");
    }
    if (!f.paths().isEmpty()) {
      for (String path : changed) {
        String decided = lastMatch(f.paths(), path);
        if (decided != null && !decided.startsWith("!"))
          return Match.yes("path " + path + " matches '" + decided + "'");
      }
      return Match.no("no changed path matches " + f.paths());
    }
    for (String path : changed) {
      String decided = lastMatch(f.pathsIgnore(), path);
      if (decided == null || decided.startsWith("!"))
        return Match.yes("path " + path + " is not ignored by " + f.pathsIgnore());
    }
    return Match.no("every changed path is ignored by " + f.pathsIgnore());
  }
}
