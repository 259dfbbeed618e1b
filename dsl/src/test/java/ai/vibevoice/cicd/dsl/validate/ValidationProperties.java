package ai.vibevoice.cicd.dsl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.Fixtures;
import ai.vibevoice.cicd.dsl.expr.JobRef;
import ai.vibevoice.cicd.dsl.expr.StepRef;
import ai.vibevoice.cicd.dsl.job.Job;
import ai.vibevoice.cicd.dsl.job.RunJob;
import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Validation accepts acyclic job graphs and rejects every one where a cycle or dangling reference is injected. */
class ValidationProperties {

  /** A random DAG: job i may need any job before it. */
  @Provide
  Arbitrary<List<List<Integer>>> dags() {
    return Arbitraries.integers().between(2, 8).flatMap(n -> {
      List<Arbitrary<List<Integer>>> rows = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        rows.add(i == 0 ? Arbitraries.just(List.of()) : Arbitraries.integers().between(0, i - 1).list().ofMaxSize(3).uniqueElements());
      }
      return net.jqwik.api.Combinators.combine(rows).as(l -> l);
    });
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

  @Property(tries = 200)
  void accepts_every_acyclic_graph(@ForAll("dags") List<List<Integer>> dag) {
    Workflow w = Fixtures.workflow(build(dag, -1, -1).toArray(Job[]::new)).build();
    assertEquals(List.of(), WorkflowValidator.validate(List.of(w)));
  }

  @Property(tries = 200)
  void rejects_every_graph_with_an_injected_cycle(@ForAll("dags") List<List<Integer>> dag, @ForAll @IntRange(max = 100) int pick) {
    int from = 1 + pick % (dag.size() - 1);
    int to = pick % from;
    Workflow w = Fixtures.workflow(build(dag, from, to).toArray(Job[]::new)).build();
    List<Problem> problems = WorkflowValidator.validate(List.of(w));
    assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("needs form a cycle: ")), problems.toString());
  }

  @Property(tries = 200)
  void rejects_every_injected_dangling_reference(@ForAll("dags") List<List<Integer>> dag, @ForAll @IntRange(max = 100) int pick,
      @ForAll boolean stepRef) {
    List<Job> jobs = build(dag, -1, -1);
    int at = pick % jobs.size();
    RunJob target = (RunJob) jobs.get(at);
    jobs.set(at, target.toBuilder().env("DANGLING", stepRef
        ? new StepRef("ghost", StepRef.Property.OUTPUT, "x")
        : new JobRef(JobRef.Scope.NEEDS, "ghost", "x")).build());
    List<Problem> problems = WorkflowValidator.validate(List.of(Fixtures.workflow(jobs.toArray(Job[]::new)).build()));
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("j" + at, problems.get(0).job());
  }
}
