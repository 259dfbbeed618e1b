package ai.vibevoice.cicd.dsl.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GitHub's expression grammar read into the typed model, and the errors of text that does not
 * parse.
 */
class ExprParserTest {
  /** Asserts that {@code text} does not parse, with {@code message}; returns the error. */
  private static ExprParser.ParseException assertRefused(String text, String message) {
    ExprParser.ParseException e =
        assertThrows(ExprParser.ParseException.class, () -> ExprParser.parse(text));
    assertEquals(message, e.getMessage());
    return e;
  }

  @Test
  void a_raw_expression_is_walked_as_what_it_parses_to() {
    Expr raw = Expr.raw("secrets.A || inputs.b");
    assertEquals(List.of(ExprParser.parse("secrets.A || inputs.b")), raw.children());
    assertEquals(
        List.of("A"), List.copyOf(ContextRef.secretsRead(List.of(raw.and(Expr.of(true))))));
    assertEquals(List.of(), Expr.raw("secrets.A ||").children());
  }

  @Test
  void each_node_names_the_context_it_reads_and_operators_read_none() {
    assertEquals(
        Arrays.asList(
            "inputs", "matrix", "steps", "needs", "jobs", "github", "matrix", null, null, null),
        List.of(
                "inputs.rate",
                "matrix.arch",
                "steps.a.outcome",
                "needs.b.result",
                "jobs.c.outputs.d",
                "github.sha",
                "matrix",
                "true",
                "format('{0}', 1)",
                "!inputs.rate")
            .stream()
            .map(t -> ExprParser.parse(t).readsContext())
            .toList());
  }

  @Test
  void references_become_typed_nodes() {
    assertEquals(new InputRef("rate"), ExprParser.parse("inputs.rate"));
    assertEquals(new MatrixRef("arch"), ExprParser.parse(" matrix.arch "));
    assertEquals(
        new StepRef("meta", StepRef.Property.OUTPUT, "json"),
        ExprParser.parse("steps.meta.outputs.json"));
    assertEquals(
        new StepRef("found", StepRef.Property.OUTCOME, null),
        ExprParser.parse("steps.found.outcome"));
    assertEquals(
        new JobRef(JobRef.Context.NEEDS, "build", "digest"),
        ExprParser.parse("needs.build.outputs.digest"));
    assertEquals(
        new JobRef(JobRef.Context.NEEDS, "build", JobRef.RESULT),
        ExprParser.parse("needs.build.result"));
    assertEquals(
        new ContextRef("github", "event.pull_request.labels.*.name"),
        ExprParser.parse("github.event.pull_request.labels.*.name"));
    assertEquals(
        new ContextRef("github", "event.head_commit.message"),
        ExprParser.parse("github.event['head_commit'].message"));
    assertEquals(new ContextRef("matrix", ""), ExprParser.parse("matrix"));
  }

  @Test
  void operators_keep_githubs_precedence() {
    Expr a = new ContextRef("github", "a");
    Expr b = new ContextRef("github", "b");
    Expr c = new ContextRef("github", "c");
    assertEquals(a.or(b.and(c)), ExprParser.parse("github.a || github.b && github.c"));
    assertEquals(a.or(b).and(c), ExprParser.parse("(github.a || github.b) && github.c"));
    assertEquals(a.eq(b.lt(c)), ExprParser.parse("github.a == github.b < github.c"));
    assertEquals(
        new Not(a).and(b.ne(Expr.of("x"))), ExprParser.parse("!github.a && github.b != 'x'"));
    assertEquals("(github.a || github.b) && github.c", a.or(b).and(c).text());
    assertEquals("github.a && (github.b && github.c)", a.and(b.and(c)).text());
  }

  @Test
  void literals_and_functions() {
    assertEquals(Expr.of("it's"), ExprParser.parse("'it''s'"));
    assertEquals(Expr.of(42L), ExprParser.parse("42"));
    assertEquals(Expr.of(255L), ExprParser.parse("0xff"));
    assertEquals(Expr.of(-1.5), ExprParser.parse("-1.5"));
    assertEquals(Expr.of(null), ExprParser.parse("null"));
    assertEquals(
        new Call("format", List.of(Expr.of("{0}-{1}"), new MatrixRef("a"), new MatrixRef("b"))),
        ExprParser.parse("format('{0}-{1}', matrix.a, matrix.b)"));
    assertEquals(
        new Index(new Call("fromJSON", List.of(new InputRef("list"))), Expr.of(0L)),
        ExprParser.parse("fromJSON(inputs.list)[0]"));
  }

  @Test
  void text_that_does_not_parse_names_the_position() {
    assertEquals(14, assertRefused("matrix.arch ===", "unexpected '='").position());
    assertRefused("foo.bar", "unknown context 'foo'");
    assertRefused("contains(github.ref)", "contains() takes 2 argument(s), got 1");
    assertRefused(
        "steps.meta.output.json",
        "steps.<id> has outputs.<name>, outcome and conclusion, not 'meta.output.json'");
    assertRefused("'open", "string literal without its closing quote");
    assertRefused("  ", "empty expression");
  }

  @Test
  void finds_every_expression_embedded_in_a_string() {
    assertEquals(
        List.of(
            new ExprParser.Embedded(" matrix.a ", 7),
            new ExprParser.Embedded(" format('}}', x) ", 23)),
        ExprParser.embedded("pre-${{ matrix.a }}-${{ format('}}', x) }}"));
    ExprParser.ParseException e =
        assertThrows(ExprParser.ParseException.class, () -> ExprParser.embedded("a ${{ b"));
    assertEquals("'${{' without '}}'", e.getMessage());
    assertEquals(2, e.position());
  }

  @Test
  void binary_operands_get_parentheses_exactly_where_precedence_or_grouping_needs_them() {
    Expr a = new ContextRef("github", "a");
    Expr b = new ContextRef("github", "b");
    Expr c = new ContextRef("github", "c");
    assertEquals("github.a || github.b || github.c", a.or(b).or(c).text());
    assertEquals("github.a || (github.b || github.c)", a.or(b.or(c)).text());
    assertEquals("github.a && (github.b || github.c)", a.and(b.or(c)).text());
    assertEquals("github.a || github.b && github.c", a.or(b.and(c)).text());
    assertEquals("(github.a == github.b) == github.c", a.eq(b).eq(c).text());
    assertEquals("github.a == (github.b != github.c)", a.eq(b.ne(c)).text());
    assertEquals("github.a < github.b == github.c", a.lt(b).eq(c).text());
    assertEquals("(github.a == github.b) < github.c", a.eq(b).lt(c).text());
    assertEquals("(github.a || github.b) == github.c", a.or(b).eq(c).text());
    for (Expr e :
        List.of(
            a.or(b.or(c)),
            a.eq(b).eq(c),
            a.eq(b).lt(c),
            a.and(b.or(c)),
            a.ge(b).and(c.le(a)),
            a.gt(b).or(a))) {
      assertEquals(e, ExprParser.parse(e.text()), e.text());
    }
  }

  @Test
  void whitespace_is_allowed_between_every_token_but_not_before_a_property_dot() {
    Expr a = new ContextRef("github", "a");
    assertEquals(new Not(a), ExprParser.parse(" ! github.a "));
    assertEquals(a, ExprParser.parse(" ( github.a ) "));
    assertEquals(
        new Call("contains", List.of(new ContextRef("github", "ref"), Expr.of("x"))),
        ExprParser.parse("contains( github.ref , 'x' )"));
    assertEquals(new Call("success", List.of()), ExprParser.parse("success( )"));
    assertEquals(
        new ContextRef("github", "event.head_commit"),
        ExprParser.parse("github.event[ 'head_commit' ]"));
    assertEquals(
        new Index(new Call("fromJSON", List.of(new InputRef("list"))), Expr.of(0L)),
        ExprParser.parse("fromJSON( inputs.list ) [ 0 ]"));
    assertEquals(a.le(Expr.of(1L)), ExprParser.parse("github.a<=1"));
  }

  @Test
  void a_computed_key_after_a_context_is_an_index_not_a_property() {
    assertEquals(
        new Index(new ContextRef("github", "event"), new MatrixRef("key")),
        ExprParser.parse("github.event[matrix.key]"));
    assertEquals(
        new Index(new ContextRef("github", ""), Expr.of("a")), ExprParser.parse("(github)['a']"));
  }

  @Test
  void numbers_in_every_form_github_reads() {
    assertEquals(Expr.of(-16L), ExprParser.parse("-0x10"));
    assertEquals(Expr.of(16L), ExprParser.parse("+0X10"));
    assertEquals(Expr.of(1000.0), ExprParser.parse("1e3"));
    assertEquals(Expr.of(0.001), ExprParser.parse("1E-3"));
    assertEquals(Expr.of(1000.0), ExprParser.parse("1e+3"));
    assertEquals(Expr.of(0.5), ExprParser.parse(".5"));
    assertEquals(Expr.of(Double.NaN), ExprParser.parse("NaN"));
    assertEquals(1, assertRefused("2-1", "unexpected '-'").position());
    assertEquals(0, assertRefused("0x", "not a number: '0x'").position());
  }

  @Test
  void functions_take_exactly_their_number_of_arguments() {
    assertEquals(
        new Call("join", List.of(new InputRef("a"), Expr.of(","))),
        ExprParser.parse("join(inputs.a, ',')"));
    assertEquals(new Call("format", List.of(Expr.of("x"))), ExprParser.parse("format('x')"));
    assertEquals(
        new Call("hashFiles", List.of(Expr.of("a"), Expr.of("b"), Expr.of("c"))),
        ExprParser.parse("hashFiles('a', 'b', 'c')"));
    assertRefused("format()", "format() takes 1 or more argument(s), got 0");
    assertEquals(
        12,
        assertRefused("github.a || join('a', 'b', 'c')", "join() takes 1 to 2 argument(s), got 3")
            .position());
    assertRefused("success(1)", "success() takes 0 argument(s), got 1");
    assertRefused("toJSON()", "toJSON() takes 1 argument(s), got 0");
  }

  @Test
  void an_embedded_expression_ends_at_the_first_double_brace_outside_quotes() {
    assertEquals(List.of(new ExprParser.Embedded(" a ", 3)), ExprParser.embedded("${{ a }}"));
    assertEquals(
        List.of(new ExprParser.Embedded("a", 3), new ExprParser.Embedded("b", 9)),
        ExprParser.embedded("${{a}}${{b}}"));
    assertEquals(
        List.of(new ExprParser.Embedded(" '${{' ", 5)), ExprParser.embedded("x ${{ '${{' }} y"));
    ExprParser.ParseException e =
        assertThrows(ExprParser.ParseException.class, () -> ExprParser.embedded("${{ a }"));
    assertEquals(0, e.position());
    e = assertThrows(ExprParser.ParseException.class, () -> ExprParser.embedded("${{ '}}' "));
    assertEquals("'${{' without '}}'", e.getMessage());
  }

  @Test
  void an_index_parenthesises_an_operator_target_and_walks_into_call_arguments() {
    Expr a = new ContextRef("github", "a");
    assertEquals("(!github.a)[0]", new Index(new Not(a), Expr.of(0L)).text());
    assertEquals(
        "(github.a || github.b)['x']",
        new Index(a.or(new ContextRef("github", "b")), Expr.of("x")).text());
    assertEquals(
        "fromJSON(github.a)[0]", new Index(new Call("fromJSON", List.of(a)), Expr.of(0L)).text());
    assertEquals(
        List.of(new Call("toJSON", List.of(new MatrixRef("m"))), new MatrixRef("m")),
        new Call("toJSON", List.of(new MatrixRef("m"))).walk().toList());
  }
}
