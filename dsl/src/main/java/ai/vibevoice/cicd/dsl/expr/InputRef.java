package ai.vibevoice.cicd.dsl.expr;

import java.util.Objects;

/**
 * {@code inputs.<name>}: a workflow_dispatch or workflow_call input; validated against the declared
 * inputs.
 */
public record InputRef(String name) implements Ref {
  public InputRef {
    Objects.requireNonNull(name, "input name");
  }
}
