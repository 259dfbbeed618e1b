package ai.vibevoice.cicd.dsl.validate;

/** Collects what rules find; a problem is located by the file, job and step of {@code at}. */
@FunctionalInterface
public interface Reporter {
  void report(Sight at, String message);
}
