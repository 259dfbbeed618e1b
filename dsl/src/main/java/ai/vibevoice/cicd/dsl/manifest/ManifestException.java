package ai.vibevoice.cicd.dsl.manifest;

/** A manifest file that cannot be read; the message names the file and JSON path. */
public final class ManifestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ManifestException(String message) {
    super(message);
  }
}
