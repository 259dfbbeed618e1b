package ai.vibevoice.cicd.guide;

import ai.vibevoice.cicd.dsl.actions.Cache;
import ai.vibevoice.cicd.dsl.actions.Checkout;
import ai.vibevoice.cicd.dsl.actions.SetupJava;
import ai.vibevoice.cicd.dsl.actions.UploadSarif;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Fn;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.MatrixAxis;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.job.RunsOn;
import ai.vibevoice.cicd.dsl.job.Strategy;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.step.ActionStep;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.PullRequestType;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.trigger.RawTrigger;
import ai.vibevoice.cicd.dsl.trigger.Schedule;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.dsl.workflow.LocalWorkflow;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import java.util.Map;

/** The reference examples of docs/dsl-guide.md, one method per concept. */
final class ReferenceExamples {
  private ReferenceExamples() {}

  private static RunJob.Builder job(String id) {
    return Job.builder(id).runsOn("ubuntu-24.04").timeoutMinutes(10);
  }

  static Workflow triggers() {
    // tag::triggers[]
    WorkflowInput level =
        WorkflowInput.choice("level", "How much to check", "quick", "quick", "full");
    Workflow w =
        Workflow.builder("triggers.yml", "Triggers")
            .on(
                Push.builder().branches("main").tags("v*.*.*").pathsIgnore("docs/**").build(),
                PullRequest.builder()
                    .types(PullRequestType.OPENED, PullRequestType.SYNCHRONIZE)
                    .build(),
                Schedule.cron("0 2 * * *"),
                WorkflowDispatch.of(level))
            .concurrency(
                Concurrency.of(Text.of("triggers-", Github.REF), Github.eventIs("pull_request")))
            .job(
                job("check")
                    .step(Step.run("echo \"$LEVEL\"").env("LEVEL", level.orDefault()))
                    .build())
            .build();
    // end::triggers[]
    return w;
  }

  static Workflow jobs() {
    // tag::jobs[]
    RunJob test = job("test").name("Test").step(Step.run("make test")).build();
    RunJob report =
        Job.builder("report")
            .needs(test)
            .ifCondition(Fn.always().and(test.result().eq("failure")))
            .runsOn("ubuntu-24.04")
            .timeoutMinutes(5)
            .step(Step.run("echo 'the tests failed'"))
            .build();
    // end::jobs[]
    return Workflow.builder("jobs.yml", "Jobs").on(Push.any()).jobs(test, report).build();
  }

  static Workflow matrix() {
    // tag::matrix[]
    MatrixAxis python = MatrixAxis.of("python", "3.11", "3.12");
    MatrixAxis os = MatrixAxis.of("os", "ubuntu-24.04", "ubuntu-24.04-arm");
    RunJob test =
        Job.builder("test")
            .runsOn(RunsOn.expr(os.ref()))
            .timeoutMinutes(20)
            .strategy(
                Strategy.builder()
                    .axis(python)
                    .axis(os)
                    .exclude("python", "3.12", "os", "ubuntu-24.04-arm")
                    .failFast(false)
                    .build())
            .step(Step.run(Text.of("echo testing on Python ", python.ref())))
            .build();
    // end::matrix[]
    return Workflow.builder("matrix.yml", "Matrix").on(Push.any()).job(test).build();
  }

  static Workflow outputs() {
    // tag::outputs[]
    Step version =
        Step.run("echo \"version=$(cat VERSION)\" >> \"$GITHUB_OUTPUT\"")
            .id("version")
            .outputs("version")
            .build();
    RunJob build = job("build").step(version).output("version", version.output("version")).build();
    RunJob publish =
        job("publish")
            .needs(build)
            .step(
                Step.run(
                    Text.of(
                        "echo publishing ", build.output("version"), " of ", Github.REPOSITORY)))
            .build();
    // end::outputs[]
    return Workflow.builder("outputs.yml", "Outputs").on(Push.any()).jobs(build, publish).build();
  }

  static Workflow permissions() {
    // tag::permissions[]
    RunJob scan =
        job("scan")
            .step(Checkout.builder().persistCredentials(false).build())
            .step(Step.run("scanner --sarif results.sarif"))
            .step(UploadSarif.builder().sarifFile("results.sarif").build())
            .build();
    RunJob label =
        job("label")
            .grant(Scope.PULL_REQUESTS, Access.WRITE, "label the pull request")
            .step(
                Step.run("gh pr edit \"$PR\" --add-label scanned")
                    .env("PR", Github.event("pull_request.number"))
                    .env("GH_TOKEN", Github.TOKEN))
            .build();
    // end::permissions[]
    return Workflow.builder("permissions.yml", "Permissions")
        .on(PullRequest.any())
        .concurrency(Concurrency.of(Text.of("permissions-", Github.REF), true))
        .jobs(scan, label)
        .build();
  }

  static Workflow typedActions() {
    // tag::typed-actions[]
    ActionStep<SetupJava.Outputs> java =
        SetupJava.builder(SetupJava.Distribution.TEMURIN)
            .id("java")
            .javaVersion("17")
            .cache(SetupJava.BuildPlatform.MAVEN)
            .build();
    ActionStep<Cache.Outputs> models =
        Cache.builder(Text.of("models-", Fn.hashFiles("models.lock")), Text.of("~/.cache/models"))
            .id("models")
            .build();
    RunJob build =
        job("build")
            .step(java)
            .step(models)
            .step(
                Step.run(
                    Text.of(
                        "echo \"java ",
                        java.outputs().version(),
                        ", models cached: ",
                        models.outputs().cacheHit(),
                        "\"")))
            .build();
    // end::typed-actions[]
    return Workflow.builder("typed-actions.yml", "Typed actions").on(Push.any()).job(build).build();
  }

  static Workflow callee() {
    // tag::reusable-callee[]
    WorkflowInput image = WorkflowInput.string("image", "Image reference", null).asRequired();
    Workflow scan =
        Workflow.builder("scan-image.yml", "Scan an image")
            .on(WorkflowCall.builder().input(image).build())
            .job(
                job("scan")
                    .step(
                        Step.run("trivy image \"$IMAGE\"")
                            .name("Scan the image")
                            .env("IMAGE", image.ref()))
                    .build())
            .build();
    // end::reusable-callee[]
    return scan;
  }

  static Workflow reusable() {
    // tag::reusable[]
    CallJob scan =
        Job.call("scan", new LocalWorkflow(callee()))
            .with("image", "ghcr.io/acme/app@sha256:0123")
            .build();
    // end::reusable[]
    return Workflow.builder("release.yml", "Release").on(Push.any()).job(scan).build();
  }

  static Workflow escapeHatches() {
    // tag::escape-hatches[]
    Workflow w =
        Workflow.builder("escape-hatches.yml", "Escape hatches")
            .on(new RawTrigger("issues", Map.of("types", List.of("opened"))))
            .job(
                job("triage")
                    .ifCondition(Expr.raw("github.event.issue.comments > 3"))
                    .step(
                        Checkout.builder()
                            .persistCredentials(false)
                            .uncheckedInput("future-input", Text.of("on"))
                            .build())
                    .build())
            .build();
    // end::escape-hatches[]
    return w;
  }
}
