package ai.vibevoice.cicd.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.action.codegen.Bindings;
import ai.vibevoice.cicd.guide.GuideExample;
import ai.vibevoice.cicd.guide.GuideExamples;
import ai.vibevoice.cicd.guide.HelloWorkflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideTest {
  private static final Path ROOT = RepoRoot.PATH;

  @Test
  void fills_every_example_of_the_committed_guide_with_code_and_rendered_yaml() throws IOException {
    GeneratedFile guide =
        Guide.renderAll(ROOT, Bindings.manifests(ROOT)).stream()
            .filter(f -> f.path().equals(Guide.PATH))
            .findFirst()
            .orElseThrow();
    String text = guide.content();
    long markers = text.lines().filter(l -> l.startsWith("<!-- example: ")).count();
    assertEquals(GuideExampleNames.ALL.size(), markers, "every example appears once");
    for (String name : GuideExampleNames.ALL) {
      int at = text.indexOf("<!-- example: " + name + " -->");
      String block = text.substring(at, text.indexOf("<!-- end example -->", at));
      assertTrue(block.contains("```java\n") && block.contains("```yaml\n"), name + ":\n" + block);
    }
  }

  @Test
  void unknown_example_names_are_reported_with_the_known_ones(@TempDir Path repo)
      throws IOException {
    Files.createDirectories(repo.resolve("docs"));
    Files.writeString(
        repo.resolve(Guide.PATH), "# Guide\n<!-- example: nope -->\nold\n<!-- end example -->\n");
    Guide.GuideException e =
        assertThrows(
            Guide.GuideException.class, () -> Guide.renderAll(repo, Bindings.manifests(ROOT)));
    assertTrue(
        e.getMessage()
            .startsWith(
                "docs/dsl-guide.md: example 'nope' does not exist (known: tutorial, triggers"),
        e.getMessage());
  }

  @Test
  void a_missing_tagged_region_names_the_source_file() throws IOException {
    GuideExample example =
        new GuideExample("absent", HelloWorkflow.class, new HelloWorkflow().workflow(), null);
    List<String> problems = new ArrayList<>();
    Guide.snippet(ROOT, example, problems);
    assertEquals(
        List.of(
            "generated-workflows/src/main/java/ai/vibevoice/cicd/guide/HelloWorkflow.java:"
                + " no region // tag::absent[] ... // end::absent[]"),
        problems);
  }

  @Test
  void a_repository_without_a_guide_generates_none(@TempDir Path repo) throws IOException {
    assertTrue(Guide.renderAll(repo, Bindings.manifests(ROOT)).isEmpty());
  }

  /** The example names, in guide order. */
  static final class GuideExampleNames {
    static final List<String> ALL = GuideExamples.all().stream().map(GuideExample::name).toList();
  }
}
