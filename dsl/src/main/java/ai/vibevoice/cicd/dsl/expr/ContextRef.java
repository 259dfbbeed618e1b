package ai.vibevoice.cicd.dsl.expr;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A property of one of GitHub's contexts, or a whole context when {@code path} is empty ({@code
 * github.sha}, {@code secrets.TOKEN}, {@code runner.os}). Inputs, matrix axes, job and step results
 * have their own typed references.
 */
public record ContextRef(String context, String path) implements Ref {
  /**
   * The contexts this record covers; {@code inputs}, {@code matrix}, {@code needs}, {@code steps}
   * have typed refs.
   */
  public static final Set<String> CONTEXTS =
      Set.of("github", "env", "vars", "secrets", "runner", "job", "strategy");

  private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_.*-]*");

  /**
   * Contexts with typed references, which this record names only whole ({@code toJSON(matrix)}).
   */
  public static final Set<String> WHOLE_ONLY = Set.of("inputs", "matrix", "steps", "needs", "jobs");

  public ContextRef {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(path, "path");
    if (!CONTEXTS.contains(context) && !(WHOLE_ONLY.contains(context) && path.isEmpty())) {
      throw new IllegalArgumentException("unknown expression context '" + context + "'");
    }
    if (!path.isEmpty() && !PATH.matcher(path).matches()) {
      throw new IllegalArgumentException(
          "invalid property path '" + path + "' of context " + context);
    }
  }

  /** The names of the secrets these expressions read, at any depth, sorted. */
  public static SortedSet<String> secretsRead(Collection<? extends Expr> exprs) {
    SortedSet<String> names = new TreeSet<>();
    exprs.stream()
        .flatMap(Expr::walk)
        .filter(e -> e instanceof ContextRef c && c.context().equals("secrets"))
        .forEach(e -> names.add(((ContextRef) e).path()));
    return names;
  }
}
