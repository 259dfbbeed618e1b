package ai.vibevoice.cicd.dsl.expr;

import ai.vibevoice.cicd.dsl.repo.RepoPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * A string value that may interpolate expressions: {@code Text.of("ghcr.io/", Github.REPOSITORY)}
 * renders as {@code ghcr.io/${{ github.repository }}}. Parts are strings, {@link Expr}s or {@link
 * RepoPath}s (rendered as the path, and checked against the repository); adjacent strings are
 * merged.
 */
public record Text(List<Object> parts) {
  public Text {
    Objects.requireNonNull(parts, "text parts");
    List<Object> merged = new ArrayList<>();
    for (Object p : parts) {
      if (p == null) throw new NullPointerException("text parts contain null");
      if (p instanceof Text t) {
        t.parts().forEach(q -> append(merged, q));
      } else if (p instanceof String || p instanceof Expr || p instanceof RepoPath) {
        append(merged, p);
      } else {
        throw new IllegalArgumentException(
            "text part must be a String, Expr or RepoPath, not " + p.getClass());
      }
    }
    parts = List.copyOf(merged);
  }

  private static void append(List<Object> parts, Object p) {
    if (p instanceof String s) {
      if (s.isEmpty()) return;
      int last = parts.size() - 1;
      if (last >= 0 && parts.get(last) instanceof String prev) {
        parts.set(last, prev + s);
        return;
      }
    }
    parts.add(p);
  }

  /** Text from strings and expressions, in order. */
  public static Text of(Object... parts) {
    return new Text(List.of(parts));
  }

  /** The rendered value, with each expression as {@code ${{ text }}}. */
  public String render() {
    return parts.stream()
        .map(p -> p instanceof Expr e ? "${{ " + e.text() + " }}" : p.toString())
        .collect(Collectors.joining());
  }

  /** The expressions this text interpolates. */
  public List<Expr> expressions() {
    return parts.stream().filter(Expr.class::isInstance).map(Expr.class::cast).toList();
  }

  /**
   * Every expression of this text in order: the typed ones and each {@code ${{ }}} written into its
   * strings, parsed with GitHub's grammar; one that does not parse goes to {@code failed} with its
   * text and the error (positions counted in that text) instead.
   */
  public List<Expr> parsedExpressions(BiConsumer<String, ExprParser.ParseException> failed) {
    List<Expr> found = new ArrayList<>();
    for (Object part : parts) {
      if (part instanceof Expr e) found.add(e);
      else if (part instanceof String s && s.contains("${{")) found.addAll(embedded(s, failed));
    }
    return found;
  }

  private static List<Expr> embedded(
      String s, BiConsumer<String, ExprParser.ParseException> failed) {
    List<Expr> found = new ArrayList<>();
    List<ExprParser.Embedded> embedded;
    try {
      embedded = ExprParser.embedded(s);
    } catch (ExprParser.ParseException x) {
      failed.accept(s, x);
      return found;
    }
    for (ExprParser.Embedded e : embedded) {
      try {
        found.add(ExprParser.parse(e.text()));
      } catch (ExprParser.ParseException x) {
        failed.accept(
            e.text(), new ExprParser.ParseException(x.getMessage(), e.offset() + x.position()));
      }
    }
    return found;
  }

  /** The repository paths this text names. */
  public List<RepoPath> paths() {
    return parts.stream().filter(RepoPath.class::isInstance).map(RepoPath.class::cast).toList();
  }

  @Override
  public String toString() {
    return render();
  }
}
