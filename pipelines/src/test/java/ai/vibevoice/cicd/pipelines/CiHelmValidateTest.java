package ai.vibevoice.cicd.pipelines;

import static ai.vibevoice.cicd.pipelines.Model.indexOf;
import static ai.vibevoice.cicd.pipelines.Model.onlyUse;
import static ai.vibevoice.cicd.pipelines.Model.runJob;
import static ai.vibevoice.cicd.pipelines.Model.runs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.step.Step;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ci-helm-validate.yml against R4, on the model. */
class CiHelmValidateTest {
  final Workflow w = new CiHelmValidate().workflow();
  final RunJob validate = runJob(w, "validate");
  final RunJob kind = runJob(w, "kind");

  @Test
  void r4_1_runs_on_changes_to_the_chart_and_to_itself_never_on_tags() {
    Push push = w.trigger(Push.class).orElseThrow();
    assertTrue(push.filters().paths().contains("infra/k8s/helm/voice-agent/**"));
    // A push trigger with paths alone also runs on every tag push (paths are not evaluated for
    // tags).
    assertEquals(List.of(Platform.DEFAULT_BRANCH), push.filters().branches());
    assertTrue(
        w.trigger(PullRequest.class)
            .orElseThrow()
            .filters()
            .paths()
            .contains(".github/workflows/ci-helm-validate.yml"));
  }

  @Test
  void r4_2_builds_the_chart_dependencies_then_lints_it() {
    for (RunJob job : new RunJob[] {validate, kind}) {
      Step deps = runs(job, "helm dependency build infra/k8s/helm/voice-agent");
      assertTrue(
          deps.run()
              .contains(
                  "helm repo add prometheus-community https://prometheus-community.github.io/helm-charts"));
      assertTrue(
          deps.run().contains("helm repo add grafana https://grafana.github.io/helm-charts"));
      Step first =
          job.steps().stream()
              .filter(
                  s -> s.run() != null && s.run().matches("(?s).*helm (lint|template|install).*"))
              .findFirst()
              .orElseThrow();
      assertTrue(indexOf(job, deps) < indexOf(job, first), "dependencies before " + first.name());
    }
    runs(validate, "helm lint --strict infra/k8s/helm/voice-agent\n");
    assertEquals(
        Platform.HELM_VERSION, Model.with(onlyUse(validate, "Azure/setup-helm"), "version"));
  }

  @Test
  void r4_3_renders_default_and_ci_values_and_validates_them_against_kubernetes_schemas() {
    runs(validate, "helm template voice-agent infra/k8s/helm/voice-agent > rendered/default.yaml");
    runs(
        validate,
        "--values "
            + Platform.HELM_CI_VALUES
            + " "
            + CiHelmValidate.IMAGE_OVERRIDES
            + " > rendered/ci.yaml");
    runs(validate, "kubeconform -strict");
    runs(validate, "kubeconform@" + Platform.KUBECONFORM_VERSION);
  }

  @Test
  void r4_4_kind_is_optional_by_input_or_label() {
    assertEquals(
        "inputs.kind == true || contains(github.event.pull_request.labels.*.name, 'kind')",
        kind.ifCondition().text());
    assertTrue(
        w.trigger(WorkflowDispatch.class).orElseThrow().inputs().stream()
            .anyMatch(i -> i.name().equals("kind")));
    onlyUse(kind, "helm/kind-action");
  }

  @Test
  void r4_5_installs_the_chart_waits_for_rollouts_and_checks_connectivity_in_cluster() {
    runs(
        kind,
        "helm install voice-agent infra/k8s/helm/voice-agent --values "
            + Platform.HELM_CI_VALUES
            + " "
            + CiHelmValidate.IMAGE_OVERRIDES);
    runs(kind, "kubectl create secret docker-registry " + SupportFiles.PULL_SECRET);
    runs(kind, "kubectl rollout status");
    runs(kind, "wget -q -O- -T 10 http://voice-agent-tts:8000/ready");
    // The agent answers 200 healthy whether or not it reaches the TTS service; the field says.
    Step probes = runs(kind, "http://voice-agent-agent:8080/health");
    assertTrue(
        probes.run().contains("sh -c 'body=") && probes.run().contains("tts_available\\\":true"),
        probes.run());
  }
}
