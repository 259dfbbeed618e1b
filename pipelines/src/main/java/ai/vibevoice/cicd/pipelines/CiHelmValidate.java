package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.actions.KindAction;
import ai.vibevoice.cicd.dsl.actions.SetupHelm;
import ai.vibevoice.cicd.dsl.expr.Fn;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.PullRequestType;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.dsl.workflow.Concurrency;
import ai.vibevoice.cicd.dsl.workflow.Defaults;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;
import ai.vibevoice.cicd.pipelines.Platform.Service;

/**
 * {@code ci-helm-validate.yml} (R4): helm lint, helm template with the default values and the
 * generated CI profile, kubeconform over the rendered manifests, and an optional Kind job (manual
 * input or the {@code kind} label) that installs the chart, waits for the rollouts and checks the
 * services from inside the cluster.
 */
public final class CiHelmValidate implements WorkflowSource {
  static final WorkflowInput KIND = WorkflowInput.bool("kind", "Also install the chart on a Kind cluster", false);
  static final String RENDERED = "rendered";

  @Override
  public Workflow workflow() {
    String file = ".github/workflows/ci-helm-validate.yml";
    RunJob validate = Job.builder("validate")
        .name("Helm lint, template and schema validation")
        .runsOn(Platform.RUNNER)
        .timeoutMinutes(15)
        .step(Steps.checkout())
        .step(SetupHelm.builder().name("Set up Helm").version(Platform.HELM_VERSION).build())
        .step(Step.run("go install github.com/yannh/kubeconform/cmd/kubeconform@" + Platform.KUBECONFORM_VERSION
                + "\necho \"$(go env GOPATH)/bin\" >> \"$GITHUB_PATH\"")
            .name("Install kubeconform " + Platform.KUBECONFORM_VERSION + " (checksum-verified by the Go module proxy)"))
        .step(Step.run(String.join("\n",
                "find " + Platform.HELM_DIR + " -name Chart.yaml -printf '%h\\n' | sort | while read -r chart; do",
                "  helm lint --strict \"$chart\"",
                "done",
                "helm lint --strict " + Platform.HELM_CHART + " --values " + Platform.HELM_CI_VALUES))
            .name("helm lint (every chart)"))
        .step(Step.run(String.join("\n",
                "mkdir -p " + RENDERED,
                "helm template " + Platform.HELM_RELEASE + " " + Platform.HELM_CHART + " > " + RENDERED + "/default.yaml",
                "helm template " + Platform.HELM_RELEASE + " " + Platform.HELM_CHART + " --values " + Platform.HELM_CI_VALUES
                    + " > " + RENDERED + "/ci.yaml"))
            .name("helm template (default values and the CI profile)"))
        .step(Step.run("kubeconform -strict -summary -output pretty -kubernetes-version " + Platform.KUBERNETES_VERSION
                + " " + RENDERED + "/default.yaml " + RENDERED + "/ci.yaml")
            .name("Validate against the Kubernetes " + Platform.KUBERNETES_VERSION + " schemas (kubeconform)"))
        .step(Steps.uploadReports("the rendered manifests", "rendered-manifests", RENDERED, 14))
        .build();
    RunJob kind = Job.builder("kind")
        .name("Install on Kind")
        .needs(validate)
        .ifCondition(KIND.ref().eq(Expr_TRUE)
            .or(Fn.contains(Github.event("pull_request.labels.*.name"), Platform.KIND_LABEL)))
        .runsOn(Platform.RUNNER)
        .timeoutMinutes(30)
        .step(Steps.checkout())
        .step(SetupHelm.builder().name("Set up Helm").version(Platform.HELM_VERSION).build())
        .step(KindAction.builder().name("Create a Kind cluster").clusterName("ci").build())
        .step(Step.run("helm install " + Platform.HELM_RELEASE + " " + Platform.HELM_CHART + " --values " + Platform.HELM_CI_VALUES
                + " --wait --timeout 15m\nkubectl rollout status deployment --timeout=10m")
            .name("Install the chart and wait for the rollouts"))
        .step(Step.run(connectivity()).name("Check the services from inside the cluster"))
        .step(Step.run("kubectl get all -o wide\nkubectl get events --sort-by=.lastTimestamp | tail -n 50")
            .name("Cluster state")
            .ifCondition(Fn.always()))
        .build();
    return Workflow.builder("ci-helm-validate.yml", "Helm chart validation")
        .description("Lints, renders and schema-validates the Helm chart when it changes; optionally installs it on Kind.")
        .on(
            Push.builder().paths(Platform.HELM_DIR + "/**", Platform.HELM_CI_VALUES, file).build(),
            PullRequest.builder()
                .types(PullRequestType.OPENED, PullRequestType.SYNCHRONIZE, PullRequestType.REOPENED, PullRequestType.LABELED)
                .paths(Platform.HELM_DIR + "/**", Platform.HELM_CI_VALUES, file)
                .build(),
            WorkflowDispatch.of(KIND))
        .concurrency(Concurrency.of(Text.of("ci-helm-validate-", Github.REF), Github.eventIs("pull_request")))
        .defaults(Defaults.bash())
        .jobs(validate, kind)
        .build();
  }

  private static final ai.vibevoice.cicd.dsl.expr.Expr Expr_TRUE = ai.vibevoice.cicd.dsl.expr.Expr.of(true);

  private static String connectivity() {
    StringBuilder script = new StringBuilder();
    for (Service s : Service.values()) {
      script.append("kubectl run probe-").append(s.key).append(" --rm --attach --restart=Never --quiet")
          .append(" --image=busybox:1.37 -- wget -q -O- -T 10 http://").append(Platform.HELM_RELEASE).append('-')
          .append(s.key).append(':').append(s.port).append("/health\n");
    }
    return script.toString().strip();
  }
}
