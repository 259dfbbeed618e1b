package ai.vibevoice.cicd.dsl.validate;

import static ai.vibevoice.cicd.dsl.Fixtures.job;
import static ai.vibevoice.cicd.dsl.Fixtures.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.job.RunJob;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ExpressionDoesNotParse}: the literal text of its message, what it rejects and the near
 * misses it accepts.
 */
class ExpressionDoesNotParseTest {

  @Test
  void its_message_reads_as_written() {
    assertEquals(
        "expression '${{ a == }}' does not parse at position 6: expression ends too early",
        ExpressionDoesNotParse.message(" a == ", 6, "expression ends too early"));
  }

  @Test
  void reports_an_expression_that_does_not_parse_with_its_position() {
    RunJob j = job("a").env("X", "v-${{ github.sha == }}").build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: "
            + ExpressionDoesNotParse.message(" github.sha == ", 20, "expression ends too early"),
        workflow(j).build());
    assertEquals(
        "expression '${{ github.sha == }}' does not parse at position 20: expression ends too early",
        ExpressionDoesNotParse.message(" github.sha == ", 20, "expression ends too early"));
  }

  @Test
  void raw_expressions_go_through_the_parser() {
    RunJob j = job("a").ifCondition(Expr.raw("inputs.nope == 'x'")).build();
    RuleTesting.assertOnly(
        ".github/workflows/test.yml: job a: " + UndeclaredInput.message("inputs.nope", List.of()),
        workflow(j).build());
  }
}
