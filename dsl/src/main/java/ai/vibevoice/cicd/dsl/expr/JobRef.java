package ai.vibevoice.cicd.dsl.expr;

import ai.vibevoice.cicd.dsl.util.KebabKey;
import java.util.Objects;

/**
 * A job's output or result: {@code needs.<job>.outputs.<name>} from a dependent job, or {@code
 * jobs.<job>.outputs.<name>} in a workflow_call output. Made by the job object, never by hand.
 */
public record JobRef(Context context, String jobId, String output) implements Ref {
  /**
   * The context the reference reads: <a
   * href="https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#needs-context">needs</a>
   * or <a
   * href="https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#jobs-context">jobs</a>.
   */
  public enum Context implements KebabKey {
    /** From a job that lists the job in {@code needs}. */
    NEEDS,
    /** From a reusable workflow's {@code on.workflow_call.outputs}. */
    JOBS
  }

  /** The output name for {@link #RESULT}: the job's result instead of an output. */
  public static final String RESULT = "";

  public JobRef {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(jobId, "job id");
    Objects.requireNonNull(output, "output");
  }

  public boolean isResult() {
    return output.isEmpty();
  }
}
