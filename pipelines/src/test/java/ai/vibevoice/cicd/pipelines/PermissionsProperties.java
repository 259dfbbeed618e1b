package ai.vibevoice.cicd.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ai.vibevoice.cicd.dsl.render.WorkflowRenderer;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Least privilege by construction: for every pipeline, each job renders exactly what its steps and grants declare. */
class PermissionsProperties {

  @Provide
  Arbitrary<Workflow> pipelines() {
    return Arbitraries.of(Pipelines.all()).map(WorkflowSource::workflow);
  }

  @Property
  @SuppressWarnings("unchecked")
  void every_job_renders_exactly_the_union_of_declared_needs(@ForAll("pipelines") Workflow w) {
    Map<String, Object> doc = (Map<String, Object>) new Load(LoadSettings.builder().build())
        .loadFromString(WorkflowRenderer.render(w, List.of()));
    Map<String, Object> jobs = (Map<String, Object>) doc.get("jobs");
    for (Job j : w.jobs()) {
      List<Need> declared = new ArrayList<>(j.grants());
      if (j instanceof RunJob r) r.steps().forEach(s -> declared.addAll(s.permissionNeeds()));
      Permissions expected = Need.union(declared);
      if (j instanceof CallJob c) expected = expected.union(c.callee().required());
      Map<String, String> want = new LinkedHashMap<>();
      expected.grants().forEach((scope, access) -> want.put(scope.key(), access.key()));
      Object rendered = ((Map<String, Object>) jobs.get(j.id())).get("permissions");
      assertEquals(want, rendered, w.fileName() + ": job " + j.id());
    }
  }

  @Property
  void no_workflow_grants_write_at_the_top(@ForAll("pipelines") Workflow w) {
    assertFalse(w.permissions().grantsWrite(), w.fileName());
  }
}
