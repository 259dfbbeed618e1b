package ai.vibevoice.cicd.helper.regression;

import java.util.Locale;

/** The outcome of one comparison or of a whole check, worst last. */
public enum Verdict {
  PASS,
  WARN,
  FAIL;

  public Verdict worst(Verdict other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** The spelling in result files and reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
