package ai.vibevoice.cicd.dsl.permission;

import ai.vibevoice.cicd.dsl.util.KebabKey;

/** The level granted to a scope; ordered so that the larger of two grants is the stronger. */
public enum Access implements KebabKey {
  NONE,
  READ,
  WRITE;

  /** The stronger of two grants. */
  public Access max(Access other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
