package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import org.junit.jupiter.api.Test;

/** {@link TopLevelWrite}: its message, a workflow it accepts, and the workflows it rejects. */
class TopLevelWriteTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "grants write at workflow level (packages); grant it on the jobs that need it",
        TopLevelWrite.message("packages"));
  }

  @Test
  void rejects_write_permissions_at_workflow_level() {
    Workflow w =
        workflow(job("a").build())
            .permissions(Permissions.of(Scope.PACKAGES, Access.WRITE))
            .build();
    RuleTesting.assertOnly(".github/workflows/test.yml: " + TopLevelWrite.message("packages"), w);
  }
}
