package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.codegen.Visitable;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.JobRef;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import java.util.List;

/**
 * A job: a {@link RunJob} runs steps on a runner; a {@link CallJob} calls a reusable workflow. See
 * <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobs">jobs</a>.
 */
@Visitable(JobVisitor.class)
public sealed interface Job permits RunJob, CallJob {
  String id();

  /** The display name, which is also the check's name; may interpolate matrix values and inputs. */
  Text name();

  /** Ids of the jobs this one waits for. */
  List<String> needs();

  Expr ifCondition();

  Concurrency concurrency();

  Strategy strategy();

  /** Permissions declared on the job itself (explicit grants), each with its reason. */
  List<Need> grants();

  /** The permissions the job renders: derived from what its steps (or callee) and grants need. */
  Permissions permissions();

  /** Names of the outputs other jobs may read. */
  List<String> outputNames();

  /** Calls the method of {@code visitor} for this kind (generated: {@code JobDispatch}). */
  default <R> R accept(JobVisitor<R> visitor) {
    return JobDispatch.accept(this, visitor);
  }

  /** {@code needs.<id>.outputs.<name>}, checked against the declared outputs. */
  default Expr output(String name) {
    if (!outputNames().contains(name)) {
      throw new IllegalArgumentException(
          "job "
              + id()
              + ": output '"
              + name
              + "' is not declared (declared: "
              + outputNames()
              + ")");
    }
    return new JobRef(JobRef.Context.NEEDS, id(), name);
  }

  /** {@code needs.<id>.result}: success, failure, cancelled or skipped. */
  default Expr result() {
    return new JobRef(JobRef.Context.NEEDS, id(), JobRef.RESULT);
  }

  /** A job that runs steps on a runner. */
  static RunJob.Builder builder(String id) {
    return RunJob.builder(id);
  }

  /** A job that calls a reusable workflow. */
  static CallJob.Builder call(String id, Callee callee) {
    return CallJob.builder(id, callee);
  }
}
