package ai.vibevoice.cicd.dsl.doc;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.expr.Contexts;
import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.workflow.LocalWorkflow;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowDocsTest {
  final Workflow callee =
      Workflow.builder("scan.yml", "Scan")
          .on(WorkflowCall.builder().build())
          .job(job("scan").build())
          .build();
  final RunJob build = job("build").name("Build").build();
  final CallJob scan = Job.call("scan", new LocalWorkflow(callee)).needs(build).build();
  final Workflow caller =
      Workflow.builder("ci.yml", "CI")
          .description("Builds and scans.")
          .on(Push.builder().branches("main").build(), PullRequest.any())
          .jobs(
              build,
              scan,
              job("token")
                  .step(Step.run("x").env("T", Contexts.secrets("DEPLOY_TOKEN")).build())
                  .build())
          .build();
  final Workflow helm =
      Workflow.builder("helm.yml", "Helm")
          .on(PullRequest.builder().paths("infra/**").build())
          .job(job("lint").name("Helm lint").build())
          .build();
  final String md = WorkflowDocs.render(List.of(caller, callee, helm), List.of("generated"));

  @Test
  void chain_diagram_shows_called_workflows_as_subroutines_with_the_needs_edges() {
    String chain =
        md.substring(md.indexOf("## How the workflows chain"), md.indexOf("## Checks to require"));
    assertTrue(chain.contains("  scan[[\"scan.yml<br/>Scan\"]]\n"), chain);
    assertTrue(chain.contains("  build --> scan\n"), chain);
  }

  @Test
  void required_checks_are_jobs_of_every_pull_request_never_path_filtered_ones() {
    String checks = md.substring(md.indexOf("## Checks to require"), md.indexOf("## Workflows"));
    assertTrue(checks.contains("| Build | `ci.yml` |"), checks);
    assertFalse(checks.contains("Helm lint"), checks);
  }

  @Test
  void each_workflow_lists_triggers_secrets_and_jobs_with_permissions() {
    String ci = md.substring(md.indexOf("## ci.yml"), md.indexOf("## scan.yml"));
    assertTrue(ci.contains("- `push`: branches `main`\n- `pull_request` (any)\n"), ci);
    assertTrue(ci.contains("`DEPLOY_TOKEN`."), ci);
    assertTrue(ci.contains("| `scan` |  | calls `scan.yml` | `build` | none |  |"), ci);
    assertEquals(1, md.split("## helm.yml", -1).length - 1);
  }
}
