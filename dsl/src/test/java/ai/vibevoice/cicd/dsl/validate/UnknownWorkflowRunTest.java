package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;

import ai.vibevoice.cicd.dsl.trigger.WorkflowRun;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link UnknownWorkflowRun}: the literal text of its message, what it rejects and the near misses
 * it accepts.
 */
class UnknownWorkflowRunTest {

  @Test
  void rejects_workflow_run_naming_a_workflow_not_generated() {
    Workflow w = workflow(job("a").build()).on(WorkflowRun.completed(List.of("Build"))).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: "
            + "workflow_run names workflow 'Build', which is not generated here (generated: [Test])",
        w);
  }
}
