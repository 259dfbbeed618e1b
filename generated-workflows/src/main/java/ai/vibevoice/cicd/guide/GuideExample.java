package ai.vibevoice.cicd.guide;

import ai.vibevoice.cicd.dsl.workflow.Workflow;
import java.util.Objects;

/**
 * One example of the DSL guide: its name (the marker in docs/dsl-guide.md and the {@code //
 * tag::name[]} region of its source), the class whose source holds the snippet, the workflow it
 * builds, and optionally the top-level YAML key from which the output is shown.
 */
public record GuideExample(String name, Class<?> source, Workflow workflow, String showFrom) {
  public GuideExample {
    Objects.requireNonNull(name, "example name");
    Objects.requireNonNull(source, () -> "example " + name + ": source class");
    Objects.requireNonNull(workflow, () -> "example " + name + ": workflow");
  }
}
