package ai.vibevoice.cicd.dsl.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.action.codegen.Bindings;
import ai.vibevoice.cicd.dsl.manifest.ActionManifest;
import ai.vibevoice.cicd.dsl.manifest.json.ManifestJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BindingsTest {
  static final String FILE = "dsl/src/main/actions/sample-action.json";
  @TempDir Path repo;

  /**
   * Writes the manifest where the cache reads it and returns it keyed like {@code
   * Bindings.manifests}.
   */
  Map<String, ActionManifest> write(ActionManifest m) throws IOException {
    Files.createDirectories(repo.resolve(FILE).getParent());
    Files.writeString(repo.resolve(FILE), ManifestJson.toJson(m));
    Map<String, ActionManifest> manifests = new LinkedHashMap<>();
    manifests.put(FILE, m);
    return manifests;
  }

  Path cache() {
    return repo.resolve("cache");
  }

  static ActionManifest sampleManifest() throws IOException {
    try (InputStream in = BindingsTest.class.getResourceAsStream("sample-action.json")) {
      return ManifestJson.parse("sample-action.json", new ObjectMapper().readTree(in));
    }
  }

  @Test
  void cached_sources_equal_fresh_ones_and_are_served_from_the_cache() throws Exception {
    Map<String, ActionManifest> manifests = write(sampleManifest());
    List<Bindings.Binding> fresh = Bindings.sources(manifests);
    assertEquals(fresh, Bindings.sources(manifests, repo, cache()));
    Path entry;
    try (Stream<Path> s = Files.list(cache())) {
      entry = s.filter(p -> p.toString().endsWith(".java")).findFirst().orElseThrow();
    }
    Files.writeString(entry, "served from the cache");
    assertEquals(
        "served from the cache", Bindings.sources(manifests, repo, cache()).get(0).source());
  }

  @Test
  void a_changed_manifest_file_misses_the_cache() throws Exception {
    ActionManifest m = sampleManifest();
    Bindings.sources(write(m), repo, cache());
    ActionManifest upgraded = m.repinned("v9.9.9", "f".repeat(40));
    String source = Bindings.sources(write(upgraded), repo, cache()).get(0).source();
    assertTrue(source.contains("v9.9.9"), source);
    try (Stream<Path> s = Files.list(cache())) {
      assertEquals(2, s.filter(p -> p.toString().endsWith(".java")).count());
    }
  }

  @Test
  void an_unwritable_cache_or_unreadable_manifest_only_costs_time() throws Exception {
    Map<String, ActionManifest> manifests = write(sampleManifest());
    Path file = Files.writeString(repo.resolve("not-a-directory"), "x");
    assertEquals(Bindings.sources(manifests), Bindings.sources(manifests, repo, file));
    assertEquals(
        Bindings.sources(manifests),
        Bindings.sources(manifests, repo.resolve("elsewhere"), cache()));
    assertFalse(Files.exists(cache()));
  }
}
