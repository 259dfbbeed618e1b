package ai.vibevoice.cicd.dsl.plan;

/**
 * A three-valued answer: what the event decides, or {@link #UNKNOWN} when only the run can tell.
 */
public enum Truth {
  TRUE,
  FALSE,
  UNKNOWN;

  public static Truth of(boolean b) {
    return b ? TRUE : FALSE;
  }

  /** Kleene conjunction: false wins, then unknown. */
  public Truth and(Truth other) {
    if (this == FALSE || other == FALSE) return FALSE;
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
  }

  /** Kleene disjunction: true wins, then unknown. */
  public Truth or(Truth other) {
    if (this == TRUE || other == TRUE) return TRUE;
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : FALSE;
  }

  public Truth not() {
    return this == UNKNOWN ? UNKNOWN : of(this == FALSE);
  }
}
