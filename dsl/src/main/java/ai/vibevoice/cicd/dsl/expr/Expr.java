package ai.vibevoice.cicd.dsl.expr;

import ai.vibevoice.cicd.dsl.codegen.Visitable;
import java.util.List;
import java.util.stream.Stream;

/**
 * A GitHub Actions expression as a typed value, rendered as the text inside {@code ${{ }}}.
 *
 * <p>References to job and step outputs are made through the objects that declare them, so a rename
 * cannot leave a dangling reference. {@link #raw(String)} is the loud escape hatch for anything
 * else. See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/expressions">expressions</a>.
 */
@Visitable(ExprVisitor.class)
public sealed interface Expr permits Literal, Ref, Call, Binary, Not, Index, RawExpr {

  /** The expression text, without the surrounding {@code ${{ }}}. */
  default String text() {
    return accept(Printer.INSTANCE);
  }

  /**
   * Direct sub-expressions, for walkers (validation, hoisting): none, unless the kind has
   * expressions among its components ({@code VisitorsTest} checks that those kinds list them).
   */
  default List<Expr> children() {
    return List.of();
  }

  /**
   * The context this node reads ({@code github}, {@code inputs}, {@code needs}, ...), or null for a
   * literal, function or operator, which reads none itself (a {@link Ref} reads one). Where each is
   * available: <a
   * href="https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#context-availability">context
   * availability</a>.
   */
  default String readsContext() {
    return null;
  }

  /** Calls the method of {@code visitor} for this kind (generated: {@code ExprDispatch}). */
  default <R> R accept(ExprVisitor<R> visitor) {
    return ExprDispatch.accept(this, visitor);
  }

  /** A string, number, boolean or null literal. */
  static Expr of(Object value) {
    return new Literal(value);
  }

  /**
   * ESCAPE HATCH: expression text the DSL cannot check. Prefer the typed contexts and functions.
   */
  static Expr raw(String text) {
    return new RawExpr(text);
  }

  default Expr and(Expr other) {
    return new Binary(Binary.Op.AND, this, other);
  }

  default Expr or(Expr other) {
    return new Binary(Binary.Op.OR, this, other);
  }

  default Expr not() {
    return new Not(this);
  }

  default Expr eq(Expr other) {
    return new Binary(Binary.Op.EQ, this, other);
  }

  default Expr eq(String literal) {
    return eq(of(literal));
  }

  default Expr ne(Expr other) {
    return new Binary(Binary.Op.NE, this, other);
  }

  default Expr ne(String literal) {
    return ne(of(literal));
  }

  default Expr lt(Expr other) {
    return new Binary(Binary.Op.LT, this, other);
  }

  default Expr le(Expr other) {
    return new Binary(Binary.Op.LE, this, other);
  }

  default Expr gt(Expr other) {
    return new Binary(Binary.Op.GT, this, other);
  }

  default Expr ge(Expr other) {
    return new Binary(Binary.Op.GE, this, other);
  }

  /** This expression wrapped as interpolated text ({@code ${{ ... }}}). */
  default Text asText() {
    return Text.of(this);
  }

  /** Every node of this expression tree, depth first, this one included. */
  default Stream<Expr> walk() {
    return Stream.concat(Stream.of(this), children().stream().flatMap(Expr::walk));
  }
}
