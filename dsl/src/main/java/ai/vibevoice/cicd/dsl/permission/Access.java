package ai.vibevoice.cicd.dsl.permission;

/** The level granted to a scope; ordered so that the larger of two grants is the stronger. */
public enum Access {
  NONE("none"),
  READ("read"),
  WRITE("write");

  private final String key;

  Access(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The stronger of two grants. */
  public Access max(Access other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
