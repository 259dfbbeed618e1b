package ai.vibevoice.cicd.dsl.expr;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which expressions carry values an attacker can choose. Such values must never be spliced into a
 * {@code run:} script or a github-script {@code script} (injection): run scripts get every
 * expression moved into {@code env:}; the validator rejects them in a github-script {@code script}.
 * See <a href="https://docs.github.com/en/actions/concepts/security/script-injections">script
 * injections</a>.
 */
public final class Untrusted {
  private Untrusted() {}

  /**
   * github.* properties that are attacker-controllable (titles, bodies, branch names, emails...).
   */
  private static final List<Pattern> GITHUB_PATTERNS =
      List.of(Pattern.compile("head_ref"), Pattern.compile("event\\..*"));

  /** github.event properties that are safe although under {@code event.} (numbers, ids, shas). */
  private static final Pattern SAFE_EVENT =
      Pattern.compile(
          "event\\.(number|pull_request\\.number|pull_request\\.head\\.sha|pull_request\\.base\\.sha"
              + "|pull_request\\.head\\.repo\\.fork|issue\\.number|workflow_run\\.id|repository\\.default_branch"
              + "|release\\.draft|release\\.prerelease|pull_request\\.draft)");

  /** True when any part of {@code e} may carry attacker-chosen text. */
  public static boolean isUntrusted(Expr e) {
    return e.accept(UNTRUSTED);
  }

  /**
   * Whether an expression may carry attacker-chosen text: a reference by what it reads, anything
   * else by its parts. Inputs, outputs and matrix values are text someone else chose: treat them as
   * data.
   */
  private static final ExprVisitor<Boolean> UNTRUSTED =
      new ExprVisitor<>() {
        @Override
        public Boolean visitLiteral(Literal e) {
          return false;
        }

        @Override
        public Boolean visitContext(ContextRef c) {
          if (!c.context().equals("github") || SAFE_EVENT.matcher(c.path()).matches()) return false;
          return GITHUB_PATTERNS.stream().anyMatch(p -> p.matcher(c.path()).matches());
        }

        @Override
        public Boolean visitInput(InputRef e) {
          return true;
        }

        @Override
        public Boolean visitMatrix(MatrixRef e) {
          return false;
        }

        @Override
        public Boolean visitJob(JobRef j) {
          return !j.isResult();
        }

        @Override
        public Boolean visitStep(StepRef s) {
          return s.property() == StepRef.Property.OUTPUT;
        }

        @Override
        public Boolean visitCall(Call e) {
          return e.args().stream().anyMatch(Untrusted::isUntrusted);
        }

        @Override
        public Boolean visitBinary(Binary e) {
          return isUntrusted(e.left()) || isUntrusted(e.right());
        }

        @Override
        public Boolean visitNot(Not e) {
          return isUntrusted(e.operand());
        }

        @Override
        public Boolean visitIndex(Index e) {
          return isUntrusted(e.target()) || isUntrusted(e.key());
        }

        @Override
        public Boolean visitRaw(RawExpr r) {
          // Judged by what it parses to; text that does not parse is not trusted.
          List<Expr> parsed = r.children();
          return parsed.isEmpty() || parsed.stream().anyMatch(Untrusted::isUntrusted);
        }
      };
}
