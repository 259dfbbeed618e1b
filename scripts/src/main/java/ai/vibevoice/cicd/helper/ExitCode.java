package ai.vibevoice.cicd.helper;

/** The exit codes every {@code ci-helper} subcommand uses; workflows branch on them. */
public final class ExitCode {
  private ExitCode() {}

  /** Success, warnings included. */
  public static final int OK = 0;

  /** The check the subcommand performs failed (a regression, a failed smoke check). */
  public static final int CHECK_FAILED = 1;

  /**
   * Bad usage or bad input (unknown option, malformed JSON, missing field, missing environment).
   */
  public static final int BAD_INPUT = 2;

  /** An internal error: a bug or an environment the tool cannot work in. */
  public static final int INTERNAL = 3;
}
