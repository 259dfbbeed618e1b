package ai.vibevoice.cicd.dsl.expr;

/**
 * Entry points to GitHub's contexts. See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/contexts">contexts</a>.
 * Inputs, matrix axes, job outputs and step outputs come from the objects that declare them; a
 * context no pipeline reads yet ({@code env}, {@code job}, {@code strategy}) is a {@link
 * ContextRef} of its own.
 */
public final class Contexts {
  private Contexts() {}

  /** {@code github.<path>}; the common ones are constants of {@link Github}. */
  public static Expr github(String path) {
    return new ContextRef("github", path);
  }

  /** {@code vars.<name>}: a configuration variable of the repository or organization. */
  public static Expr vars(String name) {
    return new ContextRef("vars", name);
  }

  /** {@code secrets.<name>}. */
  public static Expr secrets(String name) {
    return new ContextRef("secrets", name);
  }

  /** {@code runner.<path>} ({@code os}, {@code arch}, {@code temp}, {@code tool_cache}). */
  public static Expr runner(String path) {
    return new ContextRef("runner", path);
  }
}
