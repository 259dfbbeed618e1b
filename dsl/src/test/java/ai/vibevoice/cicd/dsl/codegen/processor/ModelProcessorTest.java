package ai.vibevoice.cicd.dsl.codegen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the processor inside javac over small records and compares what it writes as text. */
class ModelProcessorTest {
  @TempDir Path dir;

  @Test
  void writes_setters_adders_from_and_build_for_a_record() throws IOException {
    Compilation c =
        compile(
            "sample/Sample.java",
            """
            package sample;

            import ai.vibevoice.cicd.dsl.codegen.Buildable;
            import java.util.List;
            import java.util.Map;

            /**
             * A sample.
             *
             * @param name What it is called,
             *     on two lines.
             */
            @Buildable
            public record Sample(
                String name,
                int count,
                Integer limit,
                @Buildable.Adder("tag") List<String> tags,
                @Buildable.Adder("label") Map<String, Integer> labels,
                @Buildable.AddAll List<String> ports,
                @Buildable.NoSetter String reason) {
              public static final class Builder extends SampleBuilderBase {}
            }
            """);
    assertEquals(List.of(), c.errors());
    assertEquals(
        """
        package sample;

        import java.util.ArrayList;
        import java.util.Collections;
        import java.util.LinkedHashMap;
        import java.util.List;
        import java.util.Map;
        import javax.annotation.processing.Generated;

        /**
         * The generated base of {@link Sample.Builder}: fields, setters and adders of the components,
         * {@code from} and {@code build}. Written by {@code ModelProcessor} from
         * {@link Sample}'s components; change the record, not this class.
         */
        @Generated("ai.vibevoice.cicd.dsl.codegen.processor.ModelProcessor")
        public abstract class SampleBuilderBase {
          String name;

          int count;

          Integer limit;

          final List<String> tags = new ArrayList<>();

          final Map<String, Integer> labels = new LinkedHashMap<>();

          final List<String> ports = new ArrayList<>();

          String reason;

          SampleBuilderBase() {
          }

          /**
           * What it is called, on two lines.
           */
          public Sample.Builder name(String name) {
            this.name = name;
            return self();
          }

          public Sample.Builder count(int count) {
            this.count = count;
            return self();
          }

          public Sample.Builder limit(int limit) {
            this.limit = limit;
            return self();
          }

          public Sample.Builder tag(String tag) {
            this.tags.add(tag);
            return self();
          }

          public Sample.Builder label(String name, Integer value) {
            this.labels.put(name, value);
            return self();
          }

          public Sample.Builder ports(String... ports) {
            Collections.addAll(this.ports, ports);
            return self();
          }

          /**
           * Copies every component of {@code value} into this builder.
           */
          final Sample.Builder from(Sample value) {
            this.name = value.name();
            this.count = value.count();
            this.limit = value.limit();
            this.tags.addAll(value.tags());
            this.labels.putAll(value.labels());
            this.ports.addAll(value.ports());
            this.reason = value.reason();
            return self();
          }

          public Sample build() {
            return new Sample(name, count, limit, tags, labels, ports, reason);
          }

          private Sample.Builder self() {
            return (Sample.Builder) this;
          }
        }
        """,
        c.generated("sample/SampleBuilderBase.java"));
  }

  /** A family with a sealed sub-family, and its visitor. */
  private static final String SHAPES =
      """
      @Visitable(ShapeVisitor.class)
      public sealed interface Shape permits Circle, Polygon {}

      sealed interface Polygon extends Shape permits Square, Triangle {}

      record Circle() implements Shape {}

      record Square() implements Polygon {}

      record Triangle() implements Polygon {}

      interface ShapeVisitor<R> {
        R visitCircle(Circle c);
        R visitSquare(Square s);
        R visitTriangle(Triangle t);
      }
      """;

  @Test
  void writes_the_dispatch_of_a_sealed_family_through_its_sub_families() throws IOException {
    Compilation c =
        compile(
            "sample/Shape.java",
            "package sample;\n\nimport ai.vibevoice.cicd.dsl.codegen.Visitable;\n\n" + SHAPES);
    assertEquals(List.of(), c.errors());
    assertEquals(
        """
        package sample;

        import javax.annotation.processing.Generated;

        /**
         * The {@code accept} of every {@link Shape}: written by {@code ModelProcessor} from
         * the family's permitted kinds and {@link ShapeVisitor}'s methods; change those, not this class.
         */
        @Generated("ai.vibevoice.cicd.dsl.codegen.processor.ModelProcessor")
        final class ShapeDispatch {
          private ShapeDispatch() {
          }

          /**
           * Calls the method of {@code visitor} for the kind of {@code e}.
           */
          static <R> R accept(Shape e, ShapeVisitor<R> visitor) {
            if (e instanceof Circle k) return visitor.visitCircle(k);
            if (e instanceof Square k) return visitor.visitSquare(k);
            if (e instanceof Triangle k) return visitor.visitTriangle(k);
            throw new AssertionError("not a kind of Shape: " + e);
          }
        }
        """,
        c.generated("sample/ShapeDispatch.java"));
  }

  @Test
  void leaves_inherited_and_manual_components_to_the_hand_written_builder() throws IOException {
    Compilation c =
        compile(
            "sample/Shared.java",
            """
            package sample;

            public abstract class Shared<B extends Shared<B>> {
              String id;

              @SuppressWarnings("unchecked")
              public B id(String id) {
                this.id = id;
                return (B) this;
              }
            }
            """,
            "sample/Job.java",
            """
            package sample;

            import ai.vibevoice.cicd.dsl.codegen.Buildable;

            @Buildable(extending = Shared.class)
            public record Job(String id, @Buildable.Manual String script) {
              public static final class Builder extends JobBuilderBase {
                private String text;

                public Builder script(String text) {
                  this.text = text;
                  return this;
                }

                @Override
                public Job build() {
                  return new Job(id, text.strip());
                }
              }
            }
            """);
    assertEquals(List.of(), c.errors());
    String base = c.generated("sample/JobBuilderBase.java");
    assertTrue(base.contains("public abstract class JobBuilderBase extends Shared<Job.Builder> {"));
    assertTrue(base.contains("    this.id = value.id();\n"), base);
    assertTrue(base.contains("  public abstract Job build();\n"), base);
    assertFalse(base.contains("String id;"), base);
    assertFalse(base.contains("script"), base);
  }

  /** Each misuse, a source that makes it and the message javac prints first, at the element. */
  static Stream<Arguments> misuses() {
    return Stream.of(
        Arguments.of(
            """
            @Buildable
            public class Plain {}
            """,
            "@Buildable goes on a record, not on a CLASS"),
        Arguments.of(
            """
            @Buildable
            public record Lone(String name) {}
            """,
            "@Buildable record Lone needs a nested class Builder extending LoneBuilderBase"),
        Arguments.of(
            """
            @Buildable
            public record Odd(@Buildable.Adder("n") String name) {
              public static final class Builder extends OddBuilderBase {}
            }
            """,
            "@Adder and @AddAll go on a list or map component, not on name"),
        Arguments.of(
            """
            @Buildable
            public record Odd(@Buildable.AddAll Map<String, String> env) {
              public static final class Builder extends OddBuilderBase {}
            }
            """,
            "@AddAll goes on a list of a non-generic type, not on env"),
        Arguments.of(
            """
            @Buildable
            @SuppressWarnings("rawtypes")
            public record Raw(@Buildable.Adder("tag") java.util.List tags) {
              public static final class Builder extends RawBuilderBase {}
            }
            """,
            "tags needs its type arguments (a raw list or map has no adder)"),
        Arguments.of(
            """
            @Buildable
            public record Apart(String name) {
              public static final class Builder {}
            }
            """,
            "@Buildable record Apart needs a nested class Builder extending ApartBuilderBase"),
        Arguments.of(
            """
            @Visitable(Object.class)
            public interface Plain {}
            """,
            "@Visitable goes on a sealed interface"),
        Arguments.of(
            SHAPES.replace("  R visitTriangle(Triangle t);\n", ""),
            "ShapeVisitor has no method for Triangle, a kind of Shape"),
        Arguments.of(
            SHAPES.replace(
                "  R visitTriangle(Triangle t);\n",
                "  R visitTriangle(Triangle t);\n  R visitText(String s);\n"),
            "ShapeVisitor.visitText takes no kind of Shape"));
  }

  @ParameterizedTest
  @MethodSource("misuses")
  void rejects_a_misuse_at_its_element(String declaration, String message) throws IOException {
    String type =
        declaration.replaceAll(
            "(?s).*?public (?:sealed )?(?:class|record|interface) (\\w+).*", "$1");
    Compilation c =
        compile(
            "sample/" + type + ".java",
            "package sample;\n\nimport ai.vibevoice.cicd.dsl.codegen.Buildable;\n"
                + "import ai.vibevoice.cicd.dsl.codegen.Visitable;\n"
                + "import java.util.Map;\n\n"
                + declaration);
    // The processor's message comes first; javac may add that the base it did not write is missing.
    assertEquals(message, c.errors().get(0), c.errors()::toString);
    assertTrue(
        c.errors().stream().skip(1).allMatch(e -> e.startsWith("cannot find symbol")),
        c.errors()::toString);
  }

  @Test
  void reads_param_tags_by_component_name() {
    assertEquals(
        Map.of("a", "First line second line.", "b", "Only."),
        BuilderBase.paramDocs(
            " Text.\n\n @param a First line\n     second line.\n @param b Only.\n"));
    assertEquals(Map.of(), BuilderBase.paramDocs(null));
  }

  private record Compilation(Path generatedRoot, List<String> errors) {
    String generated(String path) throws IOException {
      return Files.readString(generatedRoot.resolve(path));
    }
  }

  /** Compiles {@code pathAndSource} pairs with the processor; returns its errors and output. */
  private Compilation compile(String... pathAndSource) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src"));
    Path gen = Files.createDirectories(dir.resolve("gen"));
    Path out = Files.createDirectories(dir.resolve("out"));
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < pathAndSource.length; i += 2) {
      Path f = src.resolve(pathAndSource[i]);
      Files.createDirectories(f.getParent());
      files.add(Files.writeString(f, pathAndSource[i + 1]));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              fm,
              diagnostics,
              List.of(
                  "-classpath",
                  System.getProperty("java.class.path"),
                  "-s",
                  gen.toString(),
                  "-d",
                  out.toString(),
                  "-proc:only"),
              null,
              fm.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(new ModelProcessor()));
      task.call();
    }
    List<String> errors =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(d -> d.getMessage(Locale.ROOT))
            .toList();
    return new Compilation(gen, errors);
  }
}
