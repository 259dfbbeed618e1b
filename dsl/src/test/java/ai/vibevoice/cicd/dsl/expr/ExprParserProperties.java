package ai.vibevoice.cicd.dsl.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The printer and the parser agree: any expression tree the model can hold prints to text that
 * parses back to the same tree (operators, precedence, negation, calls, index access, literals).
 */
class ExprParserProperties {

  @Test
  void parsing_what_the_printer_writes_gives_the_same_tree() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Expr e = tree(new Random(seed), 4);
              assertEquals(e, ExprParser.parse(e.text()), e.text());
            });
  }

  /** A random tree at most {@code depth} levels deep, from a seed so that a failure reproduces. */
  static Expr tree(Random r, int depth) {
    if (depth == 0 || r.nextInt(4) == 0) return leaf(r);
    return switch (r.nextInt(5)) {
      case 0 -> new Not(tree(r, depth - 1));
      case 1 ->
          new Call(
              List.of("format", "contains", "startsWith", "join").get(r.nextInt(4)),
              List.of(tree(r, depth - 1), tree(r, depth - 1)));
      case 2 -> new Index(new Call("fromJSON", List.of(tree(r, depth - 1))), leaf(r));
      default ->
          new Binary(
              Binary.Op.values()[r.nextInt(Binary.Op.values().length)],
              tree(r, depth - 1),
              tree(r, depth - 1));
    };
  }

  private static Expr leaf(Random r) {
    return switch (r.nextInt(10)) {
      case 0 -> Expr.of(List.of("", "it's", "a}}b", "${{ x }}", "ü ' \\\\").get(r.nextInt(5)));
      case 1 -> Expr.of((long) r.nextInt(2000) - 1000);
      case 2 -> Expr.of(r.nextInt(100) / 8.0);
      case 3 -> Expr.of(r.nextBoolean());
      case 4 -> Expr.of(null);
      case 5 ->
          new ContextRef(
              List.of("github", "env", "vars", "secrets", "runner").get(r.nextInt(5)),
              List.of("ref", "event.pull_request.labels.*.name", "A_B", "x-y").get(r.nextInt(4)));
      case 6 -> new InputRef(List.of("rate", "update-baseline").get(r.nextInt(2)));
      case 7 -> new MatrixRef("arch");
      case 8 ->
          r.nextBoolean()
              ? new StepRef("meta", StepRef.Property.OUTPUT, "json")
              : new StepRef(
                  "meta",
                  r.nextBoolean() ? StepRef.Property.OUTCOME : StepRef.Property.CONCLUSION,
                  null);
      default ->
          new JobRef(JobRef.Context.NEEDS, "build", r.nextBoolean() ? "digest" : JobRef.RESULT);
    };
  }
}
