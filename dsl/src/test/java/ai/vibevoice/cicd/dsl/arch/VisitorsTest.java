package ai.vibevoice.cicd.dsl.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.RawExpr;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the compile does not check of the visitors: an expression kind's sub-expressions are its
 * {@code children()} (that every kind has a visitor method, {@code ModelProcessor} checks while
 * generating the dispatch).
 */
class VisitorsTest {
  @Test
  void every_expression_kind_with_sub_expressions_lists_them_as_its_children() {
    List<String> composite =
        kinds(Expr.class).stream()
            .filter(
                k ->
                    Arrays.stream(k.getRecordComponents())
                        .anyMatch(
                            c ->
                                c.getType() == Expr.class
                                    || c.getGenericType()
                                        .getTypeName()
                                        .equals("java.util.List<" + Expr.class.getName() + ">")))
            .map(Class::getSimpleName)
            .sorted()
            .toList();
    assertEquals(List.of("Binary", "Call", "Index", "Not"), composite);
    for (Class<?> k : kinds(Expr.class)) {
      boolean overrides =
          Arrays.stream(k.getDeclaredMethods()).anyMatch(m -> m.getName().equals("children"));
      // A raw expression's children are what its text parses to, not components.
      boolean parsed = k == RawExpr.class;
      assertEquals(
          composite.contains(k.getSimpleName()) || parsed, overrides, k + " and children()");
    }
  }

  /**
   * The records of a sealed family, through its sealed sub-interfaces ({@code Expr}'s {@code Ref}).
   */
  private static List<Class<?>> kinds(Class<?> family) {
    return Arrays.stream(family.getPermittedSubclasses())
        .flatMap(k -> k.isSealed() ? kinds(k).stream() : Stream.of(k))
        .toList();
  }
}
