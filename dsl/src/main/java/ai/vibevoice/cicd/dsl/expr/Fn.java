package ai.vibevoice.cicd.dsl.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * GitHub's expression functions, typed. See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#functions">functions</a>.
 */
public final class Fn {
  private Fn() {}

  /**
   * GitHub's conditional idiom {@code test && then || otherwise}. It is only right when {@code
   * then} is truthy, so a falsy literal there ({@code ''}, {@code false}, {@code 0}, {@code null})
   * is refused: negate the test and swap the branches.
   */
  public static Expr when(Expr test, Expr then, Expr otherwise) {
    if (then instanceof Literal l && isFalsy(l.value())) {
      throw new IllegalArgumentException(
          "when("
              + test.text()
              + ", "
              + then.text()
              + ", ...): the 'then' value is falsy,"
              + " so the expression would always yield the 'otherwise' value; use when("
              + test.not().text()
              + ", "
              + otherwise.text()
              + ", "
              + then.text()
              + ")");
    }
    return test.and(then).or(otherwise);
  }

  private static boolean isFalsy(Object v) {
    return v == null
        || Boolean.FALSE.equals(v)
        || "".equals(v)
        || (v instanceof Number n && n.doubleValue() == 0);
  }

  /** {@code success()}: all previous steps or needed jobs succeeded. */
  public static Expr success() {
    return new Call("success", List.of());
  }

  /** {@code failure()}: a previous step or needed job failed. */
  public static Expr failure() {
    return new Call("failure", List.of());
  }

  /**
   * {@code always()}: run even when cancelled; prefer {@link #notCancelled()} for clean-up that may
   * stop.
   */
  public static Expr always() {
    return new Call("always", List.of());
  }

  /** {@code cancelled()}: the workflow was cancelled. */
  public static Expr cancelled() {
    return new Call("cancelled", List.of());
  }

  /** {@code !cancelled()}: run after failures too, but stop when the run is cancelled. */
  public static Expr notCancelled() {
    return cancelled().not();
  }

  public static Expr contains(Expr search, Expr item) {
    return new Call("contains", List.of(search, item));
  }

  public static Expr contains(Expr search, String item) {
    return contains(search, Expr.of(item));
  }

  public static Expr startsWith(Expr search, String prefix) {
    return new Call("startsWith", List.of(search, Expr.of(prefix)));
  }

  public static Expr endsWith(Expr search, String suffix) {
    return new Call("endsWith", List.of(search, Expr.of(suffix)));
  }

  /** {@code format('{0}-{1}', a, b)}. */
  public static Expr format(String template, Expr... args) {
    List<Expr> all = new ArrayList<>();
    all.add(Expr.of(template));
    all.addAll(Arrays.asList(args));
    return new Call("format", all);
  }

  public static Expr join(Expr array, String separator) {
    return new Call("join", List.of(array, Expr.of(separator)));
  }

  public static Expr toJSON(Expr value) {
    return new Call("toJSON", List.of(value));
  }

  public static Expr fromJSON(Expr value) {
    return new Call("fromJSON", List.of(value));
  }

  /** {@code hashFiles('a', 'b')}: a hash of the files matching the patterns, for cache keys. */
  public static Expr hashFiles(String... patterns) {
    if (patterns.length == 0) throw new IllegalArgumentException("hashFiles needs a pattern");
    return new Call("hashFiles", Arrays.stream(patterns).<Expr>map(Expr::of).toList());
  }
}
