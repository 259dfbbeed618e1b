package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.trigger.Schedule;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link InputWithoutFallback}: the literal text of its message, what it rejects and the near
 * misses it accepts.
 */
class InputWithoutFallbackTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "inputs.r is empty on push, schedule (only workflow_dispatch sets it): read it with orDefault(),"
            + " which falls back to the declared default",
        InputWithoutFallback.message("inputs.r", List.of("push", "schedule")));
  }

  @Test
  void a_dispatch_input_read_on_other_events_needs_its_fallback() {
    WorkflowInput rate = WorkflowInput.string("rate", "Rate", "2");
    WorkflowInput update = WorkflowInput.bool("update", "Update", false);
    WorkflowInput keep = WorkflowInput.bool("keep", "Keep", true);
    Workflow bare =
        workflow(job("a").env("R", rate.ref()).build())
            .on(Schedule.cron("0 2 * * *"), WorkflowDispatch.of(rate))
            .build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: "
            + InputWithoutFallback.message("inputs.rate", List.of("push", "schedule")),
        bare);
    assertEquals(
        "inputs.rate is empty on schedule (only workflow_dispatch sets it): read it with orDefault(),"
            + " which falls back to the declared default",
        InputWithoutFallback.message("inputs.rate", List.of("schedule")));
    Workflow fallback =
        workflow(
                job("a")
                    .env("R", rate.orDefault())
                    .env("U", update.orDefault())
                    .env("K", keep.orDefault())
                    .build())
            .on(Schedule.cron("0 2 * * *"), WorkflowDispatch.of(rate, update, keep))
            .build();
    assertEquals(List.of(), RuleTesting.problems(fallback));
    Workflow dispatchOnly =
        Workflow.builder("test.yml", "Test")
            .on(WorkflowDispatch.of(rate))
            .job(job("a").env("R", rate.ref()).build())
            .build();
    assertEquals(
        List.of(), RuleTesting.problems(dispatchOnly), "no other event: the input is always set");
    assertEquals("inputs.rate || '2'", rate.orDefault().text());
    assertEquals("inputs.update == true", update.orDefault().text());
    assertEquals(
        "format('{0}', inputs.keep) != 'false'",
        keep.orDefault().text(), "a dispatched false stays false");
  }

  @Test
  void a_raw_expression_with_its_fallback_is_read_like_a_typed_one() {
    WorkflowInput rate = WorkflowInput.string("rate", "Rate", "2");
    Workflow typed =
        workflow(job("a").env("R", rate.orDefault()).env("S", rate.ref()).build())
            .on(Schedule.cron("0 2 * * *"), WorkflowDispatch.of(rate))
            .build();
    Workflow raw =
        typed.toBuilder()
            .clearJobs()
            .job(
                job("a")
                    .env("R", Expr.raw("inputs.rate || '2'"))
                    .env("S", Expr.raw("inputs.rate"))
                    .build())
            .build();
    assertEquals(1, RuleTesting.problems(typed).size(), "S reads the input without its fallback");
    assertEquals(RuleTesting.problems(typed), RuleTesting.problems(raw));
  }
}
