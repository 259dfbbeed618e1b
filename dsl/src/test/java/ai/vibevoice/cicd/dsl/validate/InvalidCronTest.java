package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.trigger.Schedule;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import org.junit.jupiter.api.Test;

/**
 * {@link InvalidCron}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class InvalidCronTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals("schedule: bad", InvalidCron.message("bad"));
  }

  @Test
  void rejects_invalid_cron() {
    Workflow w = workflow(job("a").build()).on(Schedule.cron("0 25 * * *")).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: "
            + InvalidCron.message(
                "cron '0 25 * * *': hour field: '25' is not a value from 0 to 23"),
        w);
  }
}
