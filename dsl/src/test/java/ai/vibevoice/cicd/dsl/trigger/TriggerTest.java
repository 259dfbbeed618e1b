package ai.vibevoice.cicd.dsl.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every trigger record is named for its event, so its event name is its name in snake case. */
class TriggerTest {
  @Test
  void filters_read_back_from_their_keys_and_refuse_an_unknown_key() {
    Filters f = Push.builder().branches("main").tagsIgnore("v0*").paths("src/**").build().filters();
    assertEquals(
        Map.of(
            "branches", List.of("main"), "tags-ignore", List.of("v0*"), "paths", List.of("src/**")),
        f.byKey());
    assertEquals(f, Filters.ofKeys(f.byKey()));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Filters.ofKeys(Map.of("tag", List.of("v*"))));
    assertEquals("unknown filters {tag=[v*]}", e.getMessage());
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
