package ai.vibevoice.cicd.dsl.expr;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which expressions carry values an attacker can choose. Such values must never be spliced into a
 * {@code run:} script or a github-script {@code script} (injection): run scripts get every expression
 * moved into {@code env:}; the validator rejects them in a github-script {@code script}. See <a
 * href="https://docs.github.com/en/actions/concepts/security/script-injections">script injections</a>.
 */
public final class Untrusted {
  private Untrusted() {}

  /** github.* properties that are attacker-controllable (titles, bodies, branch names, emails...). */
  private static final List<Pattern> GITHUB_PATTERNS =
      List.of(
          Pattern.compile("head_ref"),
          Pattern.compile("event\\..*"));

  /** github.event properties that are safe although under {@code event.} (numbers, ids, shas). */
  private static final Pattern SAFE_EVENT =
      Pattern.compile(
          "event\\.(number|pull_request\\.number|pull_request\\.head\\.sha|pull_request\\.base\\.sha"
              + "|pull_request\\.head\\.repo\\.fork|issue\\.number|workflow_run\\.id|repository\\.default_branch"
              + "|release\\.draft|release\\.prerelease|pull_request\\.draft)");

  /** True when any part of {@code e} may carry attacker-chosen text. */
  public static boolean isUntrusted(Expr e) {
    return e.walk().anyMatch(Untrusted::leafUntrusted);
  }

  private static boolean leafUntrusted(Expr e) {
    if (e instanceof ContextRef c && c.context().equals("github")) {
      if (SAFE_EVENT.matcher(c.path()).matches()) return false;
      return GITHUB_PATTERNS.stream().anyMatch(p -> p.matcher(c.path()).matches());
    }
    // Inputs, outputs and matrix values are text someone else chose: treat them as data.
    return e instanceof InputRef
        || e instanceof JobRef j && !j.isResult()
        || e instanceof StepRef s && s.property() == StepRef.Property.OUTPUT
        || e instanceof RawExpr r && rawUntrusted(r);
  }

  /** A raw expression is judged by what it parses to; one that does not parse is not trusted. */
  private static boolean rawUntrusted(RawExpr raw) {
    try {
      return isUntrusted(ExprParser.parse(raw.text()));
    } catch (ExprParser.ParseException e) {
      return true;
    }
  }
}
