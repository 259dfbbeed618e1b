package ai.vibevoice.cicd.dsl.codegen.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Generated;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes the model's plumbing while javac compiles the model: {@code <Record>BuilderBase} for every
 * {@code @Buildable} record ({@link BuilderBase}) and {@code <Family>Dispatch} for every
 * {@code @Visitable} sealed interface ({@link Dispatch}). Inside javac, a changed record or family
 * and its plumbing never disagree; dsl's POM compiles this package first and names the processor.
 */
@SupportedAnnotationTypes({BuilderBase.BUILDABLE, Dispatch.VISITABLE})
public final class ModelProcessor extends AbstractProcessor {
  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      Function<Element, JavaFile> generator =
          annotation.getQualifiedName().contentEquals(BuilderBase.BUILDABLE)
              ? e -> BuilderBase.of(e, processingEnv).javaFile()
              : e -> Dispatch.of(e, processingEnv).javaFile();
      for (Element e : round.getElementsAnnotatedWith(annotation)) write(e, generator);
    }
    return true;
  }

  /** A file the processor writes: marked {@code @Generated} by it, indented as the tree is. */
  static JavaFile file(String packageName, TypeSpec.Builder type) {
    type.addAnnotation(
        AnnotationSpec.builder(Generated.class)
            .addMember("value", "$S", ModelProcessor.class.getName())
            .build());
    return JavaFile.builder(packageName, type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private void write(Element e, Function<Element, JavaFile> generator) {
    try {
      generator.apply(e).writeTo(processingEnv.getFiler());
    } catch (Misuse m) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, m.getMessage(), m.element());
    } catch (IOException io) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write: " + io, e);
    } catch (RuntimeException bug) {
      processingEnv
          .getMessager()
          .printMessage(Diagnostic.Kind.ERROR, "ModelProcessor failed here (a bug): " + bug, e);
    }
  }
}
