package ai.vibevoice.cicd.dsl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import ai.vibevoice.cicd.dsl.Fixtures;
import ai.vibevoice.cicd.dsl.expr.JobRef;
import ai.vibevoice.cicd.dsl.expr.StepRef;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Validation accepts acyclic job graphs and rejects every one where a cycle or dangling reference
 * is injected.
 */
class ValidationProperties {

  /** A random DAG: job i may need any job before it (at most three, each once). */
  static Gen<List<List<Integer>>> dags() {
    return in -> {
      int n = integers().between(2, 8).generate(in);
      List<List<Integer>> rows = new ArrayList<>();
      rows.add(List.of());
      for (int i = 1; i < n; i++) {
        rows.add(
            lists().of(integers().between(0, i - 1)).ofSizeBetween(0, 3).generate(in).stream()
                .distinct()
                .toList());
      }
      return rows;
    };
  }

  /** Any int in [0, 100]; the properties take it modulo the graph's size to pick a job. */
  static Gen<Integer> picks() {
    return integers().between(0, 100);
  }

  private static List<Job> build(List<List<Integer>> needs, int cycleFrom, int cycleTo) {
    List<RunJob> jobs = new ArrayList<>();
    for (int i = 0; i < needs.size(); i++) {
      RunJob.Builder b = Fixtures.job("j" + i);
      for (int n : needs.get(i)) b.needs(jobs.get(n));
      jobs.add(b.build());
    }
    if (cycleFrom >= 0) {
      // an earlier job now also waits for a later one that (transitively or directly) waits for it
      RunJob earlier = jobs.get(cycleTo);
      RunJob later = Fixtures.job("j" + cycleFrom).needs(earlier).build();
      jobs.set(cycleFrom, later);
      jobs.set(cycleTo, earlier.toBuilder().needs(later).build());
    }
    return new ArrayList<>(jobs);
  }

  @Test
  void accepts_every_acyclic_graph() {
    qt().withExamples(200)
        .forAll(dags())
        .checkAssert(
            dag -> {
              Workflow w = Fixtures.workflow(build(dag, -1, -1).toArray(Job[]::new)).build();
              assertEquals(List.of(), WorkflowValidator.validate(List.of(w)));
            });
  }

  @Test
  void rejects_every_graph_with_an_injected_cycle() {
    qt().withExamples(200)
        .forAll(dags(), picks())
        .checkAssert(
            (dag, pick) -> {
              int from = 1 + pick % (dag.size() - 1);
              int to = pick % from;
              Workflow w = Fixtures.workflow(build(dag, from, to).toArray(Job[]::new)).build();
              List<Problem> problems = WorkflowValidator.validate(List.of(w));
              assertTrue(
                  problems.stream().anyMatch(p -> p.message().startsWith("needs form a cycle: ")),
                  problems.toString());
            });
  }

  @Test
  void rejects_every_injected_dangling_reference() {
    qt().withExamples(200)
        .forAll(dags(), picks(), booleans().all())
        .checkAssert(
            (dag, pick, stepRef) -> {
              List<Job> jobs = build(dag, -1, -1);
              int at = pick % jobs.size();
              RunJob target = (RunJob) jobs.get(at);
              jobs.set(
                  at,
                  target.toBuilder()
                      .env(
                          "DANGLING",
                          stepRef
                              ? new StepRef("ghost", StepRef.Property.OUTPUT, "x")
                              : new JobRef(JobRef.Context.NEEDS, "ghost", "x"))
                      .build());
              List<Problem> problems =
                  WorkflowValidator.validate(
                      List.of(Fixtures.workflow(jobs.toArray(Job[]::new)).build()));
              assertEquals(1, problems.size(), problems.toString());
              assertEquals("j" + at, problems.get(0).job());
            });
  }
}
