package ai.vibevoice.cicd.guide;

import ai.vibevoice.cicd.dsl.actions.Checkout;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;

// tag::tutorial[]
/** {@code hello.yml}: greets on every push to main and every pull request. */
public final class HelloWorkflow implements WorkflowSource {
  @Override
  public Workflow workflow() {
    return Workflow.builder("hello.yml", "Hello")
        .on(Push.builder().branches("main").build(), PullRequest.any())
        .concurrency(
            Concurrency.of(
                Text.of(Github.WORKFLOW, "-", Github.REF), Github.eventIs("pull_request")))
        .job(
            Job.builder("greet")
                .name("Greet")
                .runsOn("ubuntu-24.04")
                .timeoutMinutes(5)
                .step(Checkout.builder().name("Check out").persistCredentials(false).build())
                .step(Step.run("echo \"Hello from $GITHUB_REPOSITORY\"").name("Greet"))
                .build())
        .build();
  }
}
// end::tutorial[]
