package ai.vibevoice.cicd.helper;

/** Bad input the user can fix; the message names the file, JSON path, URL or field. Exit code 2. */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
