package ai.vibevoice.cicd.dsl.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every trigger record is named for its event, so its event name is its name in snake case. */
class TriggerTest {
  @Test
  void filters_read_back_by_key_in_githubs_order() {
    Filters f = Push.builder().paths("src/**").tagsIgnore("v0*").branches("main").build().filters();
    assertEquals(List.of("branches", "tags-ignore", "paths"), List.copyOf(f.byKey().keySet()));
    assertEquals(List.of("v0*"), f.get(Filters.Key.TAGS_IGNORE));
    assertEquals(f, new Push(f).toBuilder().build().filters());
  }

  @Test
  void each_trigger_reports_githubs_event_name() {
    assertEquals(
        List.of(
            "push",
            "pull_request",
            "pull_request_target",
            "schedule",
            "workflow_dispatch",
            "workflow_call",
            "workflow_run",
            "release",
            "merge_group",
            "issues"),
        Stream.of(
                Push.any(),
                PullRequest.any(),
                new PullRequestTarget(List.of(), Filters.NONE),
                Schedule.cron("0 3 * * 1"),
                WorkflowDispatch.of(),
                WorkflowCall.builder().build(),
                WorkflowRun.completed(List.of("CI")),
                Release.of(),
                new MergeGroup(),
                new RawTrigger("issues", Map.of()))
            .map(Trigger::event)
            .toList());
  }
}
