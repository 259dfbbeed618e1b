package ai.vibevoice.cicd.pipelines;

import static ai.vibevoice.cicd.pipelines.Model.onlyUse;
import static ai.vibevoice.cicd.pipelines.Model.runJob;
import static ai.vibevoice.cicd.pipelines.Model.runs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.trigger.PullRequest;
import ai.vibevoice.cicd.dsl.trigger.Push;
import ai.vibevoice.cicd.dsl.trigger.WorkflowDispatch;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import org.junit.jupiter.api.Test;

/** ci-helm-validate.yml against R4, on the model. */
class CiHelmValidateTest {
  final Workflow w = new CiHelmValidate().workflow();
  final RunJob validate = runJob(w, "validate");
  final RunJob kind = runJob(w, "kind");

  @Test
  void r4_1_runs_on_changes_under_infra_k8s_and_to_itself() {
    assertTrue(w.trigger(Push.class).orElseThrow().filters().paths().contains("infra/k8s/**"));
    assertTrue(w.trigger(PullRequest.class).orElseThrow().filters().paths()
        .contains(".github/workflows/ci-helm-validate.yml"));
  }

  @Test
  void r4_2_lints_every_chart() {
    runs(validate, "find infra/k8s -name Chart.yaml");
    runs(validate, "helm lint --strict \"$chart\"");
    assertEquals(Platform.HELM_VERSION, Model.with(onlyUse(validate, "Azure/setup-helm"), "version"));
  }

  @Test
  void r4_3_renders_default_and_ci_values_and_validates_them_against_kubernetes_schemas() {
    runs(validate, "helm template voice-agent infra/k8s/helm/voice-agent > rendered/default.yaml");
    runs(validate, "--values " + Platform.HELM_CI_VALUES + " > rendered/ci.yaml");
    runs(validate, "kubeconform -strict");
    runs(validate, "kubeconform@" + Platform.KUBECONFORM_VERSION);
  }

  @Test
  void r4_4_kind_is_optional_by_input_or_label() {
    assertEquals("inputs.kind == true || contains(github.event.pull_request.labels.*.name, 'kind')",
        kind.ifCondition().text());
    assertTrue(w.trigger(WorkflowDispatch.class).orElseThrow().inputs().stream().anyMatch(i -> i.name().equals("kind")));
    onlyUse(kind, "helm/kind-action");
  }

  @Test
  void r4_5_installs_the_chart_waits_for_rollouts_and_checks_connectivity_in_cluster() {
    runs(kind, "helm install voice-agent");
    runs(kind, "kubectl rollout status");
    runs(kind, "wget -q -O- -T 10 http://voice-agent-tts:8000/health");
    runs(kind, "http://voice-agent-agent:8080/health");
  }
}
