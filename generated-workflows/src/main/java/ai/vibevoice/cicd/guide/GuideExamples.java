package ai.vibevoice.cicd.guide;

import java.util.List;

/**
 * The examples of docs/dsl-guide.md. The generate command renders each into the guide between its
 * markers ({@code <!-- example: NAME -->}); GuideTest and the drift test keep them honest.
 */
public final class GuideExamples {
  private GuideExamples() {}

  /** Every example, in guide order. */
  public static List<GuideExample> all() {
    return List.of(
        new GuideExample("tutorial", HelloWorkflow.class, new HelloWorkflow().workflow(), null),
        new GuideExample("triggers", ReferenceExamples.class, ReferenceExamples.triggers(), "on"),
        new GuideExample("jobs", ReferenceExamples.class, ReferenceExamples.jobs(), "jobs"),
        new GuideExample("matrix", ReferenceExamples.class, ReferenceExamples.matrix(), "jobs"),
        new GuideExample("outputs", ReferenceExamples.class, ReferenceExamples.outputs(), "jobs"),
        new GuideExample(
            "permissions", ReferenceExamples.class, ReferenceExamples.permissions(), "permissions"),
        new GuideExample(
            "typed-actions", ReferenceExamples.class, ReferenceExamples.typedActions(), "jobs"),
        new GuideExample("reusable", ReferenceExamples.class, ReferenceExamples.reusable(), "jobs"),
        new GuideExample(
            "reusable-callee", ReferenceExamples.class, ReferenceExamples.callee(), "on"),
        new GuideExample(
            "escape-hatches", ReferenceExamples.class, ReferenceExamples.escapeHatches(), "on"));
  }
}
