package ai.vibevoice.cicd.dsl.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FnTest {
  @Test
  void when_renders_githubs_conditional_idiom() {
    assertEquals(
        "github.ref == 'refs/heads/main' && 'maven' || ''",
        Fn.when(Github.onBranch("main"), Expr.of("maven"), Expr.of("")).text());
  }

  @Test
  void when_refuses_a_falsy_then_value_and_says_how_to_swap() {
    for (Object falsy : new Object[] {"", false, 0, null}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Fn.when(Github.onBranch("main"), Expr.of(falsy), Expr.of("maven")));
      assertEquals(
          true,
          e.getMessage().contains("use when(!(github.ref == 'refs/heads/main')"),
          e.getMessage());
    }
  }

  @Test
  void every_function_and_context_renders_in_githubs_spelling_and_parses_back() {
    Expr list = Contexts.github("event.pull_request.labels.*.name");
    List<Expr> all =
        List.of(
            Fn.success(),
            Fn.failure(),
            Fn.always(),
            Fn.cancelled(),
            Fn.notCancelled(),
            Fn.contains(list, "ci"),
            Fn.startsWith(Github.REF, "refs/tags/"),
            Fn.endsWith(Github.REF, "/main"),
            Fn.format("{0}-{1}", Contexts.runner("os"), new ContextRef("strategy", "job-index")),
            Fn.join(list, ", "),
            Fn.toJSON(new ContextRef("job", "status")),
            Fn.fromJSON(new ContextRef("env", "MATRIX")),
            Fn.hashFiles("uv.lock", "pyproject.toml"),
            Contexts.vars("REGISTRY"),
            Contexts.secrets("TOKEN"));
    assertEquals(
        List.of(
            "success()",
            "failure()",
            "always()",
            "cancelled()",
            "!cancelled()",
            "contains(github.event.pull_request.labels.*.name, 'ci')",
            "startsWith(github.ref, 'refs/tags/')",
            "endsWith(github.ref, '/main')",
            "format('{0}-{1}', runner.os, strategy.job-index)",
            "join(github.event.pull_request.labels.*.name, ', ')",
            "toJSON(job.status)",
            "fromJSON(env.MATRIX)",
            "hashFiles('uv.lock', 'pyproject.toml')",
            "vars.REGISTRY",
            "secrets.TOKEN"),
        all.stream().map(Expr::text).toList());
    all.forEach(e -> assertEquals(e, ExprParser.parse(e.text()), e.text()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Fn::hashFiles);
    assertEquals("hashFiles needs a pattern", e.getMessage());
  }
}
