package ai.vibevoice.cicd.dsl.codegen.processor;

import javax.lang.model.element.Element;

/** A misuse of the codegen annotations, reported by javac as an error at the element. */
final class Misuse extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Element element;

  Misuse(Element element, String message) {
    super(message);
    this.element = element;
  }

  Element element() {
    return element;
  }
}
