package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.actions.KindAction;
import ai.vibevoice.cicd.dsl.actions.SetupHelm;
import ai.vibevoice.cicd.dsl.expr.Fn;
import ai.vibevoice.cicd.dsl.expr.Github;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.job.Concurrency;
import ai.vibevoice.cicd.dsl.job.Defaults;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.PullRequestType;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.trigger.WorkflowInput;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;
import ai.vibevoice.cicd.pipelines.Platform.HelmDependency;
import ai.vibevoice.cicd.pipelines.Platform.Service;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code ci-helm-validate.yml} (R4): the chart's dependencies built, helm lint, helm template with
 * the default values and the generated CI profile, kubeconform over the rendered manifests, and an
 * optional Kind job (manual input or the {@code kind} label) that installs the chart with the
 * default branch's images, waits for the rollouts and checks the services from inside the cluster.
 */
public final class CiHelmValidate implements WorkflowSource {
  static final WorkflowInput KIND =
      WorkflowInput.bool("kind", "Also install the chart on a Kind cluster", false);
  static final String RENDERED = "rendered";

  @Override
  public Workflow workflow() {
    String file = ".github/workflows/ci-helm-validate.yml";
    Text chart = Text.of(Platform.HELM_CHART);
    Text ciValues = Text.of(" --values ", Platform.HELM_CI_VALUES);
    RunJob validate =
        Job.builder("validate")
            .name("Helm lint, template and schema validation")
            .runsOn(Platform.RUNNER)
            .timeoutMinutes(15)
            .step(Steps.checkout())
            .step(SetupHelm.builder().name("Set up Helm").version(Platform.HELM_VERSION).build())
            .step(
                Step.run(
                        "go install github.com/yannh/kubeconform/cmd/kubeconform@"
                            + Platform.KUBECONFORM_VERSION
                            + "\necho \"$(go env GOPATH)/bin\" >> \"$GITHUB_PATH\"")
                    .name(
                        "Install kubeconform "
                            + Platform.KUBECONFORM_VERSION
                            + " (checksum-verified by the Go module proxy)"))
            .step(dependencies())
            .step(
                Step.run(
                        Text.of(
                            "helm lint --strict ",
                            chart,
                            "\n",
                            "helm lint --strict ",
                            chart,
                            ciValues))
                    .name("helm lint (default values and the CI profile)"))
            .step(
                Step.run(
                        Text.of(
                            "mkdir -p " + RENDERED + "\n",
                            "helm template " + Platform.HELM_RELEASE + " ",
                            chart,
                            " > " + RENDERED + "/default.yaml\n",
                            "helm template " + Platform.HELM_RELEASE + " ",
                            chart,
                            ciValues,
                            " " + IMAGE_OVERRIDES + " > " + RENDERED + "/ci.yaml"))
                    .name("helm template (default values and the CI profile)"))
            .step(
                Step.run(
                        "kubeconform -strict -summary -output pretty -kubernetes-version "
                            + Platform.KUBERNETES_VERSION
                            + " "
                            + RENDERED
                            + "/default.yaml "
                            + RENDERED
                            + "/ci.yaml")
                    .name(
                        "Validate against the Kubernetes "
                            + Platform.KUBERNETES_VERSION
                            + " schemas (kubeconform)"))
            .step(Steps.uploadReports("the rendered manifests", "rendered-manifests", RENDERED, 14))
            .build();
    RunJob kind =
        Job.builder("kind")
            .name("Install on Kind")
            .needs(validate)
            .ifCondition(
                KIND.orDefault()
                    .or(
                        Fn.contains(
                            Github.event("pull_request.labels.*.name"), Platform.KIND_LABEL)))
            .runsOn(Platform.RUNNER)
            .timeoutMinutes(40)
            .step(Steps.freeDiskSpace())
            .step(Steps.checkout())
            .step(SetupHelm.builder().name("Set up Helm").version(Platform.HELM_VERSION).build())
            .step(KindAction.builder().name("Create a Kind cluster").clusterName("ci").build())
            .step(dependencies())
            .step(
                Step.run(
                        "kubectl create secret docker-registry "
                            + SupportFiles.PULL_SECRET
                            + " --docker-server="
                            + Platform.REGISTRY
                            + " --docker-username=\"$GITHUB_ACTOR\" --docker-password=\"$GH_TOKEN\"")
                    .name("Image pull secret for " + Platform.REGISTRY + " (the CI values name it)")
                    .env("GH_TOKEN", Github.TOKEN)
                    .requires(
                        new Need(
                            Scope.PACKAGES,
                            Access.READ,
                            "pull the default branch's images into Kind")))
            .step(
                Step.run(
                        Text.of(
                            "helm install " + Platform.HELM_RELEASE + " ",
                            chart,
                            ciValues,
                            // The wait covers the node pulling the multi-GB TTS image, the model
                            // download and its load and warm-up on the CPU (minutes each).
                            " " + IMAGE_OVERRIDES + " --wait --timeout 25m\n",
                            "kubectl rollout status deployment --timeout=5m"))
                    .name("Install the chart (default branch images) and wait for the rollouts"))
            .step(Step.run(connectivity()).name("Check the services from inside the cluster"))
            .step(
                Step.run(
                        "kubectl get all -o wide\nkubectl get events --sort-by=.lastTimestamp | tail -n 50")
                    .name("Cluster state")
                    .ifCondition(Fn.always()))
            .build();
    String[] paths = {Platform.HELM_CHART.path() + "/**", Platform.HELM_CI_VALUES.path(), file};
    return Workflow.builder("ci-helm-validate.yml", "Helm chart validation")
        .description(
            "Lints, renders and schema-validates the Helm chart when it changes; optionally installs it on Kind.")
        .on(
            Push.builder().branches(Platform.DEFAULT_BRANCH).paths(paths).build(),
            PullRequest.builder()
                .types(
                    PullRequestType.OPENED,
                    PullRequestType.SYNCHRONIZE,
                    PullRequestType.REOPENED,
                    PullRequestType.LABELED)
                .paths(paths)
                .build(),
            WorkflowDispatch.of(KIND))
        .concurrency(
            Concurrency.of(
                Text.of("ci-helm-validate-", Github.REF), Github.eventIs("pull_request")))
        .defaults(Defaults.bash())
        .jobs(validate, kind)
        .build();
  }

  /**
   * The chart's dependencies (Chart.yaml), downloaded into its {@code charts/} before lint,
   * template or install, which all fail without them. {@code helm dependency build} needs their
   * repositories added.
   */
  static Step dependencies() {
    List<Object> script = new ArrayList<>();
    for (HelmDependency d : Platform.HELM_DEPENDENCIES) {
      script.add("helm repo add " + d.repositoryName() + " " + d.repository() + "\n");
    }
    script.add("helm dependency build ");
    script.add(Platform.HELM_CHART);
    return Step.run(Text.of(script.toArray()))
        .name(
            "Chart dependencies ("
                + Platform.HELM_DEPENDENCIES.stream()
                    .map(HelmDependency::name)
                    .collect(Collectors.joining(", "))
                + ")")
        .build();
  }

  /**
   * {@code --set} arguments that point the chart at the default branch's images of this repository
   * (the tag promotion gives them), for the CI profile's template and the Kind install.
   */
  static final String IMAGE_OVERRIDES =
      Arrays.stream(Service.values())
          .map(
              s ->
                  "--set \""
                      + s.helmKey
                      + ".image.repository="
                      + Platform.REGISTRY
                      + "/${GITHUB_REPOSITORY,,}/"
                      + s.image
                      + "\" --set "
                      + s.helmKey
                      + ".image.tag="
                      + Platform.DEFAULT_BRANCH)
          .collect(Collectors.joining(" "));

  /**
   * Through each Service's DNS name: the TTS service's {@code /ready} (its model loaded), and the
   * agent's {@code /health} with {@code "tts_available":true}, which the agent answers 200 healthy
   * either way, so only that field shows it reaches the TTS service in the cluster. The agent's
   * check runs inside the probe pod, whose exit code {@code kubectl run --attach} returns: output
   * captured through the attach can be lost when the pod ends first.
   */
  private static String connectivity() {
    String probe = " --rm --attach --restart=Never --quiet --image=busybox:1.37 -- ";
    String tts = "http://" + Platform.HELM_RELEASE + "-" + Service.TTS.key + ":" + Service.TTS.port;
    String agent =
        "http://" + Platform.HELM_RELEASE + "-" + Service.AGENT.key + ":" + Service.AGENT.port;
    return String.join(
        "\n",
        "kubectl run probe-" + Service.TTS.key + probe + "wget -q -O- -T 10 " + tts + "/ready",
        "# shellcheck disable=SC2016 # the probe pod's sh expands $body and the substitution, not this shell",
        "if ! kubectl run probe-"
            + Service.AGENT.key
            + probe
            + "sh -c 'body=\"$(wget -q -O- -T 10 "
            + agent
            + "/health)\" && echo \"$body\" && echo \"$body\" | grep -q \"\\\"tts_available\\\":true\"'; then",
        "  echo \"::error::the agent does not report tts_available true in the cluster\"",
        "  exit 1",
        "fi");
  }
}
