package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.trigger.WorkflowRun;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UnknownWorkflowRun}: its message, a workflow it accepts, and the workflows it rejects. */
class UnknownWorkflowRunTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "workflow_run names workflow 'Build', which is not generated here (generated: [Test])",
        UnknownWorkflowRun.message("Build", List.of("Test")));
  }

  @Test
  void rejects_workflow_run_naming_a_workflow_not_generated() {
    Workflow w = workflow(job("a").build()).on(WorkflowRun.completed(List.of("Build"))).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: " + UnknownWorkflowRun.message("Build", List.of("Test")), w);
  }
}
