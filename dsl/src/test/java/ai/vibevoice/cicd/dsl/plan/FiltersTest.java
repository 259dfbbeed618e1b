package ai.vibevoice.cicd.dsl.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.trigger.MergeGroup;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.PullRequestType;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.trigger.Schedule;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which trigger fires for which event, each test with the documentation rule it encodes. */
class FiltersTest {

  private static Truth push(Push p, Event e) {
    return Filters.match(p, e).truth();
  }

  /** Whether {@code p} fires for a push to {@code ref} that changes {@code paths}. */
  private static Truth pushChanging(Push p, String ref, String... paths) {
    return push(p, Event.push(ref).withPaths(List.of(paths)));
  }

  @Test
  void a_branch_filter_matches_the_pushed_branch() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#onpushbranchestagsbranches-ignoretags-ignore
    // the workflow runs for pushes to matching branches
    Push p = Push.builder().branches("main", "releases/**").build();
    assertEquals(Truth.TRUE, push(p, Event.push("refs/heads/releases/1.0/hotfix")));
    assertEquals(Truth.FALSE, push(p, Event.push("refs/heads/feature")));
  }

  @Test
  void a_later_negative_pattern_excludes_and_a_later_positive_one_includes_again() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#patterns-to-exclude-branches
    // "the order that you define patterns matters ... a matching
    // negative pattern (prefixed with !) after a positive match will exclude the Git ref ... a
    // matching
    // positive pattern after a negative match will include the Git ref again"
    Push p = Push.builder().branches("releases/**", "!releases/**-alpha").build();
    assertEquals(Truth.TRUE, push(p, Event.push("refs/heads/releases/10")));
    assertEquals(Truth.FALSE, push(p, Event.push("refs/heads/releases/10-alpha")));
    Push again =
        Push.builder().branches("releases/**", "!releases/**-alpha", "releases/1-alpha").build();
    assertEquals(Truth.TRUE, push(again, Event.push("refs/heads/releases/1-alpha")));
  }

  @Test
  void branches_ignore_runs_for_every_branch_it_does_not_match() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#onpushbranchestagsbranches-ignoretags-ignore
    // "branches-ignore ... run except for those that match"
    Push p = Push.builder().branchesIgnore("mona/octocat").build();
    assertEquals(Truth.FALSE, push(p, Event.push("refs/heads/mona/octocat")));
    assertEquals(Truth.TRUE, push(p, Event.push("refs/heads/main")));
  }

  @Test
  void only_branch_filters_keep_tag_pushes_out() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#onpushbranchestagsbranches-ignoretags-ignore
    // "If you define only tags/tags-ignore or only
    // branches/branches-ignore, the workflow won't run for events affecting the undefined Git ref."
    assertEquals(
        Truth.FALSE, push(Push.builder().branches("main").build(), Event.push("refs/tags/v1.2.3")));
    assertEquals(
        Truth.FALSE, push(Push.builder().tags("v*").build(), Event.push("refs/heads/main")));
    assertEquals(
        Truth.TRUE, push(Push.builder().tags("v*.*.*").build(), Event.push("refs/tags/v1.2.3")));
  }

  @Test
  void paths_filters_are_not_evaluated_for_tag_pushes() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#onpushpull_requestpull_request_targetpathspaths-ignore
    // "Path filters are not evaluated for
    // pushes of tags." A push trigger with only paths therefore fires on every tag push.
    Push p = Push.builder().paths("docs/**").build();
    assertEquals(Truth.TRUE, pushChanging(p, "refs/tags/v1.2.3", "src/a.py"));
    assertEquals(Truth.FALSE, pushChanging(p, "refs/heads/main", "src/a.py"));
  }

  @Test
  void a_paths_filter_runs_when_any_changed_path_matches() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#onpushpull_requestpull_request_targetpathspaths-ignore
    // "If at least one path matches a pattern
    // in the paths filter, the workflow runs."
    Push p =
        Push.builder().branches("main").paths("sub-project/**", "!sub-project/docs/**").build();
    assertEquals(Truth.TRUE, pushChanging(p, "refs/heads/main", "README.md", "sub-project/a.py"));
    assertEquals(Truth.FALSE, pushChanging(p, "refs/heads/main", "sub-project/docs/x.md"));
  }

  @Test
  void paths_ignore_skips_only_when_every_changed_path_is_ignored() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#onpushpull_requestpull_request_targetpathspaths-ignore
    // "the workflow will run if any path
    // name doesn't match patterns in paths-ignore, even if some path names match the patterns"
    Push p = Push.builder().pathsIgnore("docs/**").build();
    assertEquals(Truth.FALSE, pushChanging(p, "refs/heads/main", "docs/a.md"));
    assertEquals(Truth.TRUE, pushChanging(p, "refs/heads/main", "docs/a.md", "src/b.py"));
  }

  @Test
  void unknown_changed_paths_leave_a_paths_filter_open() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#onpushpull_requestpull_request_targetpathspaths-ignore
    // the decision needs the diff; without it
    // the planner says the run depends on it
    Match m = Filters.match(Push.builder().paths("docs/**").build(), Event.push("refs/heads/main"));
    assertEquals(Truth.UNKNOWN, m.truth());
  }

  @Test
  void a_pull_request_without_types_runs_for_opened_synchronize_and_reopened_only() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#pull_request
    // "By default, a workflow only runs when a pull_request event's activity type is
    // opened, synchronize, or reopened."
    PullRequest any = PullRequest.any();
    assertEquals(
        Truth.TRUE, Filters.match(any, Event.pullRequest("main").withType("synchronize")).truth());
    assertEquals(
        Truth.FALSE, Filters.match(any, Event.pullRequest("main").withType("labeled")).truth());
    PullRequest labeled = PullRequest.builder().types(PullRequestType.LABELED).build();
    assertEquals(
        Truth.TRUE, Filters.match(labeled, Event.pullRequest("main").withType("labeled")).truth());
  }

  @Test
  void a_pull_request_branch_filter_matches_the_base_branch() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#onpull_requestpull_request_targetbranchesbranches-ignore
    // "the branches filter evaluates against
    // the base branch"
    PullRequest p = PullRequest.builder().branches("main").build();
    assertEquals(Truth.TRUE, Filters.match(p, Event.pullRequest("main")).truth());
    assertEquals(Truth.FALSE, Filters.match(p, Event.pullRequest("develop")).truth());
  }

  @Test
  void the_merge_queue_runs_for_checks_requested() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#merge_group
    // activity type checks_requested is the only one
    assertEquals(Truth.TRUE, Filters.match(new MergeGroup(), Event.mergeGroup("main")).truth());
    assertEquals(
        Truth.FALSE,
        Filters.match(new MergeGroup(), Event.mergeGroup("main").withType("destroyed")).truth());
  }

  @Test
  void a_schedule_runs_on_the_default_branch_for_its_own_cron() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#schedule
    // "Scheduled workflows will only run on the default branch."
    Event nightly = Event.schedule("0 2 * * *");
    assertEquals("refs/heads/main", nightly.ref());
    assertEquals(Truth.TRUE, Filters.match(Schedule.cron("0 2 * * *"), nightly).truth());
    assertEquals(Truth.FALSE, Filters.match(Schedule.cron("0 9 * * 1"), nightly).truth());
  }

  @Test
  void workflow_dispatch_runs_on_the_chosen_ref() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#workflow_dispatch
    // the workflow runs on the ref chosen when dispatching, branch or tag
    assertEquals(
        Truth.TRUE,
        Filters.match(WorkflowDispatch.of(), Event.workflowDispatch("refs/tags/v1.2.3")).truth());
  }

  @Test
  void workflow_call_never_starts_a_workflow_by_itself() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#workflow_call
    // "used to indicate that a workflow can be called by another workflow"
    assertEquals(
        Truth.FALSE,
        Filters.match(WorkflowCall.builder().build(), Event.push("refs/heads/main")).truth());
  }
}
