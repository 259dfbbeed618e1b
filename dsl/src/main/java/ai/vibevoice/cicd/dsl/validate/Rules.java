package ai.vibevoice.cicd.dsl.validate;

import java.util.List;

/**
 * Every validation rule, in the order their problems are reported at one place. A rule class that
 * is not listed here never runs ({@code RulesTest} fails the build when one is missing).
 */
public final class Rules {
  private static final List<Rule> ALL =
      List.of(
          new DuplicateFile(),
          new InvalidFileName(),
          new MissingRequiredKey(),
          new DuplicateTrigger(),
          new InvalidCron(),
          new UnknownWorkflowRun(),
          new TopLevelWrite(),
          new PullRequestTargetWithoutOptIn(),
          new PullRequestWithoutConcurrency(),
          new InvalidJobId(),
          new DuplicateJobId(),
          new NeedsMissingJob(),
          new NeedsCycle(),
          new NoSteps(),
          new NoTimeout(),
          new InvalidStepId(),
          new DuplicateStepId(),
          new ExpressionInName(),
          new CalleeNotGenerated(),
          new UnknownCallArgument(),
          new MissingCallArgument(),
          new SecretsInheritWithoutOptIn(),
          new ExpressionDoesNotParse(),
          new ContextNotAvailable(),
          new CallOutputJob(),
          new UndeclaredInput(),
          new InputWithoutFallback(),
          new UndeclaredSecretInCalledWorkflow(),
          new UndeclaredMatrixKey(),
          new JobOutputNotNeeded(),
          new UndeclaredOutput(),
          new UnknownStep(),
          new ExpressionInScript(),
          new TrailingWhitespace(),
          new UntrustedInCodeInput(),
          new PersistedCredentials(),
          new ArtifactNameCollides());

  private Rules() {}

  /** Every rule, in registry order. */
  public static List<Rule> all() {
    return ALL;
  }
}
