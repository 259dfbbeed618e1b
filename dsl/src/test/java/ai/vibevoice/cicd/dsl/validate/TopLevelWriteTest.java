package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;

import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import org.junit.jupiter.api.Test;

/**
 * {@link TopLevelWrite}: the literal text of its message, what it rejects and the near misses it
 * accepts.
 */
class TopLevelWriteTest {

  @Test
  void rejects_write_permissions_at_workflow_level() {
    Workflow w =
        workflow(job("a").build())
            .permissions(Permissions.of(Scope.PACKAGES, Access.WRITE))
            .build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: "
            + "grants write at workflow level (packages); grant it on the jobs that need it",
        w);
  }
}
