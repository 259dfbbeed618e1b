package ai.vibevoice.cicd.dsl.plan;

/** What happens to a workflow, job or step on an event. */
public enum Outcome {
  RUN,
  SKIPPED,
  /** The condition depends on something only the run knows (a variable, an output, a label). */
  DEPENDS_ON_RUNTIME;

  public static Outcome of(Truth truth) {
    return switch (truth) {
      case TRUE -> RUN;
      case FALSE -> SKIPPED;
      case UNKNOWN -> DEPENDS_ON_RUNTIME;
    };
  }

  /** The outcome of something that happens only when both this and {@code inner} happen. */
  public Outcome and(Outcome inner) {
    if (this == SKIPPED || inner == SKIPPED) return SKIPPED;
    return this == RUN && inner == RUN ? RUN : DEPENDS_ON_RUNTIME;
  }
}
