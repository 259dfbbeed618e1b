package ai.vibevoice.cicd.dsl.codegen.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The builder base of one {@code @Buildable} record, as a JavaPoet spec: the fields, setters and
 * adders its components ask for, {@code from(record)} and {@code build()}. Read from javac's
 * elements by {@link ModelProcessor}. Adders check nothing: the record's constructor rejects a null
 * element with a message naming its owner ({@code job build: steps contain null}).
 */
final class BuilderBase {
  static final String BUILDABLE = "ai.vibevoice.cicd.dsl.codegen.Buildable";
  private static final Pattern PARAM =
      Pattern.compile("@param\\s+(\\w+)\\s+(.*?)(?=\\n\\s*@|\\z)", Pattern.DOTALL);

  private enum Kind {
    VALUE,
    LIST,
    MAP
  }

  /** One record component and what its annotations ask of the builder. */
  private record Component(
      String name,
      TypeName type,
      Kind kind,
      List<TypeName> typeArguments,
      String adder,
      boolean addAll,
      boolean setter,
      boolean manual,
      boolean inherited,
      String doc) {}

  private final TypeElement element;
  private final ClassName record;
  private final ClassName builder;
  private final TypeName superclass;
  private final List<Component> components;

  private BuilderBase(
      TypeElement element, ClassName record, TypeName superclass, List<Component> components) {
    this.element = element;
    this.record = record;
    this.builder = record.nestedClass("Builder");
    this.superclass = superclass;
    this.components = components;
  }

  static BuilderBase of(Element element, ProcessingEnvironment env) {
    if (element.getKind() != ElementKind.RECORD) {
      throw new Misuse(element, "@Buildable goes on a record, not on a " + element.getKind());
    }
    TypeElement type = (TypeElement) element;
    ClassName record = ClassName.get(type);
    String base = record.simpleName() + "BuilderBase";
    boolean extendsBase =
        ElementFilter.typesIn(type.getEnclosedElements()).stream()
            .anyMatch(
                t ->
                    t.getSimpleName().contentEquals("Builder")
                        && t.getSuperclass().toString().endsWith(base));
    if (!extendsBase) {
      throw new Misuse(
          element,
          "@Buildable record "
              + record.simpleName()
              + " needs a nested class Builder extending "
              + base);
    }
    TypeElement extending = extending(type);
    Set<String> inheritedFields = new LinkedHashSet<>();
    TypeName superclass = null;
    if (extending != null) {
      ElementFilter.fieldsIn(extending.getEnclosedElements()).stream()
          .filter(f -> !f.getModifiers().contains(Modifier.PRIVATE))
          .filter(f -> !f.getModifiers().contains(Modifier.STATIC))
          .forEach(f -> inheritedFields.add(f.getSimpleName().toString()));
      ClassName raw = ClassName.get(extending);
      superclass =
          extending.getTypeParameters().isEmpty()
              ? raw
              : ParameterizedTypeName.get(raw, record.nestedClass("Builder"));
    }
    Map<String, String> docs = paramDocs(env.getElementUtils().getDocComment(type));
    List<Component> components = new ArrayList<>();
    for (RecordComponentElement c : type.getRecordComponents()) {
      components.add(component(c, inheritedFields, docs, env));
    }
    return new BuilderBase(type, record, superclass, components);
  }

  private static TypeElement extending(TypeElement type) {
    for (AnnotationMirror m : type.getAnnotationMirrors()) {
      if (!named(m, BUILDABLE)) continue;
      for (var e : m.getElementValues().entrySet()) {
        if (e.getKey().getSimpleName().contentEquals("extending")) {
          TypeMirror t = (TypeMirror) e.getValue().getValue();
          TypeElement te = (TypeElement) ((DeclaredType) t).asElement();
          return te.getQualifiedName().contentEquals("java.lang.Object") ? null : te;
        }
      }
    }
    return null;
  }

  private static Component component(
      RecordComponentElement c,
      Set<String> inheritedFields,
      Map<String, String> docs,
      ProcessingEnvironment env) {
    String name = c.getSimpleName().toString();
    TypeMirror type = c.asType();
    Kind kind = kind(type, env);
    List<TypeName> arguments = new ArrayList<>();
    if (type instanceof DeclaredType d)
      d.getTypeArguments().forEach(a -> arguments.add(TypeName.get(a)));
    String adder = null;
    boolean addAll = false;
    boolean setter = true;
    boolean manual = false;
    for (AnnotationMirror m : c.getAnnotationMirrors()) {
      if (named(m, BUILDABLE + ".Adder")) adder = value(m);
      addAll |= named(m, BUILDABLE + ".AddAll");
      setter &= !named(m, BUILDABLE + ".NoSetter");
      manual |= named(m, BUILDABLE + ".Manual");
    }
    if ((adder != null || addAll) && kind == Kind.VALUE) {
      throw new Misuse(c, "@Adder and @AddAll go on a list or map component, not on " + name);
    }
    if (kind != Kind.VALUE && arguments.isEmpty()) {
      throw new Misuse(c, name + " needs its type arguments (a raw list or map has no adder)");
    }
    if (addAll && (kind == Kind.MAP || arguments.get(0) instanceof ParameterizedTypeName)) {
      throw new Misuse(c, "@AddAll goes on a list of a non-generic type, not on " + name);
    }
    return new Component(
        name,
        TypeName.get(type),
        kind,
        List.copyOf(arguments),
        adder,
        addAll,
        setter && kind == Kind.VALUE,
        manual,
        inheritedFields.contains(name),
        docs.get(name));
  }

  private static Kind kind(TypeMirror type, ProcessingEnvironment env) {
    String erased = env.getTypeUtils().erasure(type).toString();
    return switch (erased) {
      case "java.util.List" -> Kind.LIST;
      case "java.util.Map" -> Kind.MAP;
      default -> Kind.VALUE;
    };
  }

  static boolean named(AnnotationMirror m, String name) {
    return ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(name);
  }

  /** The value of {@code @Adder}, its one (required) element. */
  private static String value(AnnotationMirror m) {
    return (String) m.getElementValues().values().iterator().next().getValue();
  }

  /** The record's {@code @param} tags, by component name. */
  static Map<String, String> paramDocs(String javadoc) {
    Map<String, String> docs = new LinkedHashMap<>();
    if (javadoc == null) return docs;
    Matcher m = PARAM.matcher(javadoc);
    while (m.find()) docs.put(m.group(1), m.group(2).strip().replaceAll("\\s*\\n\\s*", " "));
    return docs;
  }

  JavaFile javaFile() {
    String name = record.simpleName() + "BuilderBase";
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addJavadoc(
                "The generated base of {@link $T}: fields, setters and adders of the components,\n"
                    + "{@code from} and {@code build}. Written by {@code ModelProcessor} from\n"
                    + "{@link $T}'s components; change the record, not this class.\n",
                builder,
                record)
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .addOriginatingElement(element)
            .addMethod(MethodSpec.constructorBuilder().build());
    if (superclass != null) type.superclass(superclass);
    for (Component c : components) {
      if (c.manual() || c.inherited()) continue;
      type.addField(field(c));
    }
    for (Component c : components) {
      if (c.manual() || c.inherited()) continue;
      if (c.setter()) type.addMethod(setter(c));
      if (c.adder() != null) type.addMethod(adder(c));
      if (c.addAll()) type.addMethod(addAll(c));
    }
    type.addMethod(from());
    type.addMethod(build());
    type.addMethod(
        MethodSpec.methodBuilder("self")
            .addModifiers(Modifier.PRIVATE)
            .returns(builder)
            .addStatement("return ($T) this", builder)
            .build());
    return ModelProcessor.file(record.packageName(), type);
  }

  private static FieldSpec field(Component c) {
    FieldSpec.Builder f = FieldSpec.builder(c.type(), c.name());
    return switch (c.kind()) {
      case VALUE -> f.build();
      case LIST ->
          f.addModifiers(Modifier.FINAL).initializer("new $T<>()", ArrayList.class).build();
      case MAP ->
          f.addModifiers(Modifier.FINAL).initializer("new $T<>()", LinkedHashMap.class).build();
    };
  }

  private MethodSpec.Builder chained(String name, String doc) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC);
    if (doc != null) m.addJavadoc("$L\n", doc);
    return m.returns(builder);
  }

  /** A boxed component ({@code Integer timeoutMinutes}) is set from its primitive: no null. */
  private MethodSpec setter(Component c) {
    TypeName type = c.type().isBoxedPrimitive() ? c.type().unbox() : c.type();
    return chained(c.name(), c.doc())
        .addParameter(type, c.name())
        .addStatement("this.$N = $N", c.name(), c.name())
        .addStatement("return self()")
        .build();
  }

  private MethodSpec adder(Component c) {
    String a = c.adder();
    if (c.kind() == Kind.MAP) {
      return chained(a, c.doc())
          .addParameter(c.typeArguments().get(0), "name")
          .addParameter(c.typeArguments().get(1), "value")
          .addStatement("this.$N.put(name, value)", c.name())
          .addStatement("return self()")
          .build();
    }
    return chained(a, c.doc())
        .addParameter(c.typeArguments().get(0), a)
        .addStatement("this.$N.add($N)", c.name(), a)
        .addStatement("return self()")
        .build();
  }

  private MethodSpec addAll(Component c) {
    return chained(c.name(), c.doc())
        .addParameter(ArrayTypeName.of(c.typeArguments().get(0)), c.name())
        .varargs(true)
        .addStatement("$T.addAll(this.$N, $N)", Collections.class, c.name(), c.name())
        .addStatement("return self()")
        .build();
  }

  private MethodSpec from() {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("from")
            .addJavadoc("Copies every component of {@code value} into this builder.\n")
            .addModifiers(Modifier.FINAL)
            .returns(builder)
            .addParameter(record, "value");
    for (Component c : components) {
      if (c.manual()) continue;
      if (c.kind() == Kind.VALUE) {
        m.addStatement("this.$N = value.$N()", c.name(), c.name());
      } else {
        String copy = c.kind() == Kind.MAP ? "putAll" : "addAll";
        m.addStatement("this.$N.$N(value.$N())", c.name(), copy, c.name());
      }
    }
    return m.addStatement("return self()").build();
  }

  private MethodSpec build() {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(record);
    if (components.stream().anyMatch(Component::manual)) {
      return m.addModifiers(Modifier.ABSTRACT).build();
    }
    CodeBlock arguments =
        components.stream().map(c -> CodeBlock.of("$N", c.name())).collect(CodeBlock.joining(", "));
    return m.addStatement("return new $T($L)", record, arguments).build();
  }
}
