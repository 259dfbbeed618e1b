package ai.vibevoice.cicd.dsl.codegen.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The dispatch of one {@code @Visitable} sealed family, as a JavaPoet spec: an {@code instanceof}
 * test per kind, each calling the visitor's method for that kind. Read from javac's elements by
 * {@link ModelProcessor}, which reports a kind without a method, or an abstract method without a
 * kind (default and static methods of the visitor are its own helpers).
 */
final class Dispatch {
  static final String VISITABLE = "ai.vibevoice.cicd.dsl.codegen.Visitable";

  private final TypeElement element;
  private final ClassName family;
  private final ClassName visitor;
  private final Map<ClassName, String> methodByKind;

  private Dispatch(
      TypeElement element,
      ClassName family,
      ClassName visitor,
      Map<ClassName, String> methodByKind) {
    this.element = element;
    this.family = family;
    this.visitor = visitor;
    this.methodByKind = methodByKind;
  }

  static Dispatch of(Element element, ProcessingEnvironment env) {
    if (element.getKind() != ElementKind.INTERFACE
        || !element.getModifiers().contains(Modifier.SEALED)) {
      throw new Misuse(element, "@Visitable goes on a sealed interface");
    }
    TypeElement type = (TypeElement) element;
    TypeElement visitor = visitor(type);
    String v = visitor.getSimpleName().toString();
    if (visitor.getTypeParameters().size() != 1) {
      throw new Misuse(element, v + " needs one type parameter, the result");
    }
    Types types = env.getTypeUtils();
    Map<ClassName, String> methodByKind = new LinkedHashMap<>();
    List<ExecutableElement> methods =
        ElementFilter.methodsIn(visitor.getEnclosedElements()).stream()
            .filter(m -> m.getModifiers().contains(Modifier.ABSTRACT))
            .toList();
    Set<ExecutableElement> matched = new HashSet<>();
    for (TypeElement kind : kinds(type)) {
      List<ExecutableElement> takers = new ArrayList<>();
      for (ExecutableElement m : methods) {
        if (m.getParameters().size() == 1
            && types.isSameType(
                types.erasure(m.getParameters().get(0).asType()), types.erasure(kind.asType()))) {
          takers.add(m);
        }
      }
      if (takers.size() != 1) {
        throw new Misuse(
            element,
            v
                + (takers.isEmpty() ? " has no method" : " has " + takers.size() + " methods")
                + " for "
                + kind.getSimpleName()
                + ", a kind of "
                + type.getSimpleName());
      }
      matched.add(takers.get(0));
      methodByKind.put(ClassName.get(kind), takers.get(0).getSimpleName().toString());
    }
    for (ExecutableElement m : methods) {
      if (!matched.contains(m)) {
        throw new Misuse(
            element, v + "." + m.getSimpleName() + " takes no kind of " + type.getSimpleName());
      }
    }
    return new Dispatch(type, ClassName.get(type), ClassName.get(visitor), methodByKind);
  }

  private static TypeElement visitor(TypeElement type) {
    for (AnnotationMirror m : type.getAnnotationMirrors()) {
      if (!BuilderBase.named(m, VISITABLE)) continue;
      for (var e : m.getElementValues().entrySet()) {
        TypeMirror t = (TypeMirror) e.getValue().getValue();
        return (TypeElement) ((DeclaredType) t).asElement();
      }
    }
    throw new IllegalStateException("@Visitable without a value");
  }

  /** The permitted kinds of {@code type}, through its sealed sub-interfaces, in declared order. */
  private static List<TypeElement> kinds(TypeElement type) {
    List<TypeElement> kinds = new ArrayList<>();
    for (TypeMirror t : type.getPermittedSubclasses()) {
      TypeElement k = (TypeElement) ((DeclaredType) t).asElement();
      if (k.getKind() == ElementKind.INTERFACE && k.getModifiers().contains(Modifier.SEALED)) {
        kinds.addAll(kinds(k));
      } else {
        kinds.add(k);
      }
    }
    return kinds;
  }

  JavaFile javaFile() {
    TypeVariableName r = TypeVariableName.get("R");
    MethodSpec.Builder accept =
        MethodSpec.methodBuilder("accept")
            .addJavadoc("Calls the method of {@code visitor} for the kind of {@code e}.\n")
            .addModifiers(Modifier.STATIC)
            .addTypeVariable(r)
            .returns(r)
            .addParameter(family, "e")
            .addParameter(ParameterizedTypeName.get(visitor, r), "visitor");
    methodByKind.forEach(
        (kind, method) ->
            accept.addStatement("if (e instanceof $T k) return visitor.$N(k)", kind, method));
    accept.addStatement(
        "throw new $T($S + e)",
        AssertionError.class,
        "not a kind of " + family.simpleName() + ": ");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(family.simpleName() + "Dispatch")
            .addJavadoc(
                "The {@code accept} of every {@link $T}: written by {@code ModelProcessor} from\n"
                    + "the family's permitted kinds and {@link $T}'s methods; change those, not this class.\n",
                family,
                visitor)
            .addModifiers(Modifier.FINAL)
            .addOriginatingElement(element)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(accept.build());
    return ModelProcessor.file(family.packageName(), type);
  }
}
