package ai.vibevoice.cicd.dsl.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import ai.vibevoice.cicd.dsl.expr.ExprParser;
import ai.vibevoice.cicd.dsl.plan.Evaluator.Unknown;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GitHub's expression rules over what an event determines; each test cites the rule it encodes. */
class EvaluatorTest {
  private static final Evaluator PUSH = Evaluator.of(Event.push("refs/heads/main"));

  private static Object eval(Evaluator e, String text) {
    return e.value(ExprParser.parse(text));
  }

  private static Object eval(String text) {
    return eval(PUSH, text);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '"',
      textBlock =
          """
          # https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#operators
          # "GitHub performs loose equality comparisons. If the types do not match, GitHub coerces the
          # type to a number."
          1 == '1'                           ; true
          true == 1                          ; true
          null == 0                          ; true
          '' == 0                            ; true
          'abc' == 0                         ; false
          # "GitHub ignores case when comparing strings."
          'Main' == 'main'                   ; true
          # "NaN is not equal to NaN"; a non-numeric string coerces to NaN
          NaN == NaN                         ; false
          'x' == 'y' || 'abc' == NaN         ; false
          # "Objects and arrays are only considered equal when they are the same instance."
          fromJSON('[1]') == fromJSON('[1]') ; false
          """)
  void equality_follows_the_operator_rules(String expression, boolean value) {
    assertEquals(value, eval(expression));
  }

  @Test
  void falsy_values_are_false_zero_empty_null_and_nan() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#literals
    // falsy: false, 0, -0, "", null, NaN; everything else (arrays, objects too) is truthy
    for (String falsy : List.of("false", "0", "-0", "''", "null", "NaN")) {
      assertEquals(Truth.FALSE, Evaluator.truth(eval(falsy)), falsy);
    }
    assertEquals(Truth.TRUE, Evaluator.truth(eval("fromJSON('[]')")));
    assertEquals(Truth.TRUE, Evaluator.truth(eval("'false'")));
  }

  @Test
  void and_and_or_return_one_of_their_operands() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#operators
    // && and || return an operand, which makes the conditional idiom a && b || c work
    assertEquals("maven", eval("!startsWith(github.ref, 'refs/tags/') && 'maven' || ''"));
    assertEquals(
        "",
        eval(
            Evaluator.of(Event.push("refs/tags/v1.2.3")),
            "!startsWith(github.ref, 'refs/tags/') && 'maven' || ''"));
    assertEquals(0.0, eval("0 && 'x'"));
  }

  @Test
  void the_string_functions_ignore_case() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#functions
    // startsWith, endsWith and contains are not case sensitive
    assertEquals(true, eval("startsWith('Hello world', 'he')"));
    assertEquals(true, eval("endsWith('Hello world', 'LD')"));
    assertEquals(true, eval("contains('Hello world', 'LLO')"));
    assertEquals(
        true, eval("contains(fromJSON('[\"push\", \"pull_request\"]'), github.event_name)"));
  }

  @Test
  void format_replaces_placeholders_and_doubled_braces() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#format
    // "Replaces values in the string ... Use {{ and }} to escape curly braces."
    assertEquals(
        "Hello Mona the Octocat", eval("format('Hello {0} {1} {2}', 'Mona', 'the', 'Octocat')"));
    assertEquals("{Hello Mona}", eval("format('{{Hello {0}}}', 'Mona')"));
  }

  @Test
  void join_tojson_and_fromjson_convert_values() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#join (default
    // separator ',')
    // https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#tojson and
    // #fromjson
    assertEquals("a,b", eval("join(fromJSON('[\"a\",\"b\"]'))"));
    assertEquals("a b", eval("join(fromJSON('[\"a\",\"b\"]'), ' ')"));
    assertEquals(true, eval("fromJSON('true')"));
    assertEquals(3.0, eval("fromJSON('{\"a\": 3}').a"));
    assertEquals("\"x\"", eval("toJSON('x')"));
  }

  @Test
  void a_condition_without_a_status_function_implies_success() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#status-check-functions
    // "A default status check of success() is applied unless you include one of these functions."
    Evaluator skippedNeed = PUSH.withNeeds(Map.of("build", Outcome.SKIPPED));
    assertEquals(
        Truth.FALSE,
        skippedNeed.condition(ExprParser.parse("github.event_name == 'push'")).truth());
    assertEquals(Truth.TRUE, skippedNeed.condition(ExprParser.parse("always()")).truth());
    assertEquals("skipped", eval(skippedNeed, "needs.build.result"));
  }

  @Test
  void status_functions_assume_success_unless_told_to_stay_symbolic() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#failure
    // failure() is true only when an earlier step or needed job failed, which the planner assumes
    // they did not
    assertEquals(Truth.FALSE, PUSH.condition(ExprParser.parse("failure()")).truth());
    Condition open =
        PUSH.withStatus(Evaluator.Status.SYMBOLIC).condition(ExprParser.parse("failure()"));
    assertEquals(Truth.UNKNOWN, open.truth());
    assertEquals(List.of("failure()"), open.unknowns());
  }

  @Test
  void what_the_event_does_not_determine_stays_symbolic_and_named() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#vars-context
    // variables are set in the repository settings, not by the event
    Object v = eval("vars.PERF_RUNNER || 'ubuntu-24.04'");
    assertInstanceOf(Unknown.class, v);
    assertEquals(List.of("vars.PERF_RUNNER"), ((Unknown) v).names());
    assertEquals(Truth.TRUE, Evaluator.truth(v));
    assertEquals(Truth.FALSE, Evaluator.truth(eval("vars.X && false")));
  }

  @Test
  void a_fork_pull_request_has_another_head_repository_and_no_secrets() {
    // https://docs.github.com/en/actions/reference/security/secure-use#pull-requests-from-forks
    // "With the exception of GITHUB_TOKEN, secrets are not passed to the runner when a workflow is
    // triggered from a forked repository."
    Evaluator fork = Evaluator.of(Event.pullRequestFromFork("main"));
    Evaluator own = Evaluator.of(Event.pullRequest("main"));
    String guard = "github.event.pull_request.head.repo.full_name == github.repository";
    assertEquals(false, eval(fork, guard));
    assertEquals(true, eval(own, guard));
    assertEquals("", eval(fork, "secrets.NPM_TOKEN"));
    assertInstanceOf(Unknown.class, eval(own, "secrets.NPM_TOKEN"));
  }

  @Test
  void the_payload_of_another_event_is_null_and_an_unknown_field_is_symbolic() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#github-context
    // github.event is the webhook payload of the triggering event: a push has no pull_request
    assertEquals(false, eval("contains(github.event.pull_request.labels.*.name, 'kind')"));
    Object labels =
        eval(
            Evaluator.of(Event.pullRequest("main")),
            "contains(github.event.pull_request.labels.*.name, 'kind')");
    assertInstanceOf(Unknown.class, labels);
  }

  @Test
  void dispatch_inputs_read_typed_values() {
    // https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#inputs-context
    // the inputs context keeps booleans as booleans
    Evaluator e =
        Evaluator.of(Event.workflowDispatch("refs/heads/main")).withInputs(Map.of("kind", true));
    assertEquals(true, eval(e, "inputs.kind == true"));
    assertEquals(null, eval(PUSH, "inputs.kind"));
  }
}
