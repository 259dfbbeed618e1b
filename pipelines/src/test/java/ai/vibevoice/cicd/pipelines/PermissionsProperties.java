package ai.vibevoice.cicd.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import ai.vibevoice.cicd.dsl.job.CallJob;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.render.WorkflowRenderer;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import ai.vibevoice.cicd.dsl.workflow.WorkflowSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Least privilege by construction: for every pipeline, each job renders exactly what its steps and
 * grants declare.
 */
class PermissionsProperties {

  /**
   * Examples drawn per property: far more than there are pipelines, so every one is drawn
   * (QuickTheories skips repeats); {@link #forEveryPipeline} checks that none was missed.
   */
  private static final int EXAMPLES = 200;

  static Gen<Workflow> pipelines() {
    return arbitrary()
        .pick(Pipelines.all().stream().map(WorkflowSource::workflow).toList())
        .describedAs(Workflow::fileName);
  }

  /** Checks the property on drawn pipelines, then that every pipeline was among them. */
  private static void forEveryPipeline(Consumer<Workflow> property) {
    Set<String> checked = new TreeSet<>();
    qt().withExamples(EXAMPLES)
        .forAll(pipelines())
        .checkAssert(
            w -> {
              property.accept(w);
              checked.add(w.fileName());
            });
    Set<String> all = new TreeSet<>();
    Pipelines.all().forEach(p -> all.add(p.workflow().fileName()));
    assertEquals(all, checked, "pipelines the property was checked on");
  }

  @Test
  @SuppressWarnings("unchecked")
  void every_job_renders_exactly_the_union_of_declared_needs() {
    forEveryPipeline(
        w -> {
          Map<String, Object> doc =
              (Map<String, Object>)
                  new Load(LoadSettings.builder().build())
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
        });
  }

  @Test
  void no_workflow_grants_write_at_the_top() {
    forEveryPipeline(w -> assertFalse(w.permissions().grantsWrite(), w.fileName()));
  }
}
