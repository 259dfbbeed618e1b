package ai.vibevoice.cicd.dsl.builder.codegen;

import java.io.IOException;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes {@code <Record>BuilderBase} for every record annotated {@code @Buildable} (see {@link
 * BuilderBase}). It runs inside javac while the model compiles, so a changed record and its builder
 * base never disagree; dsl's POM compiles this package first and names the processor.
 */
@SupportedAnnotationTypes(BuilderBase.BUILDABLE)
public final class BuilderProcessor extends AbstractProcessor {
  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element e : round.getElementsAnnotatedWith(annotation)) write(e);
    }
    return true;
  }

  private void write(Element e) {
    try {
      BuilderBase.of(e, processingEnv).javaFile().writeTo(processingEnv.getFiler());
    } catch (BuilderBase.Misuse m) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, m.getMessage(), m.element());
    } catch (IOException io) {
      processingEnv
          .getMessager()
          .printMessage(Diagnostic.Kind.ERROR, "cannot write the builder base: " + io, e);
    }
  }
}
