package ai.vibevoice.cicd.dsl.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FnTest {
  @Test
  void when_renders_githubs_conditional_idiom() {
    assertEquals("github.ref == 'refs/heads/main' && 'maven' || ''",
        Fn.when(Github.onBranch("main"), Expr.of("maven"), Expr.of("")).text());
  }

  @Test
  void when_refuses_a_falsy_then_value_and_says_how_to_swap() {
    for (Object falsy : new Object[] {"", false, 0, null}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Fn.when(Github.onBranch("main"), Expr.of(falsy), Expr.of("maven")));
      assertEquals(true, e.getMessage().contains("use when(!(github.ref == 'refs/heads/main')"), e.getMessage());
    }
  }
}
