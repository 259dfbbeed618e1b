package ai.vibevoice.cicd.dsl.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.vibevoice.cicd.dsl.action.codegen.Bindings;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BindingsTest {
  @TempDir Path cache;

  static Map<String, ActionManifest> sample(ActionManifest m) {
    Map<String, ActionManifest> manifests = new LinkedHashMap<>();
    manifests.put("dsl/src/main/actions/sample-action.json", m);
    return manifests;
  }

  static ActionManifest sampleManifest() throws IOException {
    try (InputStream in = BindingsTest.class.getResourceAsStream("sample-action.json")) {
      return ActionManifest.parse("sample-action.json", JsonTrees.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
  }

  @Test
  void cached_sources_equal_fresh_ones_and_are_served_from_the_cache() throws IOException {
    Map<String, ActionManifest> manifests = sample(sampleManifest());
    Map<String, String> fresh = Bindings.sources(manifests);
    assertEquals(fresh, Bindings.sources(manifests, cache));
    Path entry;
    try (Stream<Path> s = Files.list(cache)) {
      entry = s.filter(p -> p.toString().endsWith(".java")).findFirst().orElseThrow();
    }
    Files.writeString(entry, "served from the cache");
    assertEquals("served from the cache", Bindings.sources(manifests, cache).values().iterator().next());
  }

  @Test
  void a_changed_manifest_misses_the_cache() throws IOException {
    ActionManifest m = sampleManifest();
    Bindings.sources(sample(m), cache);
    ActionManifest upgraded = m.repinned("v9.9.9", "f".repeat(40));
    String source = Bindings.sources(sample(upgraded), cache).values().iterator().next();
    assertTrue(source.contains("v9.9.9"), source);
    assertNotEquals(Bindings.sources(sample(m)), Bindings.sources(sample(upgraded)));
    try (Stream<Path> s = Files.list(cache)) {
      assertEquals(2, s.filter(p -> p.toString().endsWith(".java")).count());
    }
  }

  @Test
  void an_unwritable_cache_only_costs_time() throws IOException {
    Path file = Files.writeString(cache.resolve("not-a-directory"), "x");
    Map<String, ActionManifest> manifests = sample(sampleManifest());
    assertEquals(Bindings.sources(manifests), Bindings.sources(manifests, file));
  }

  @Test
  void streaming_json_reader_refuses_duplicate_keys_and_trailing_content() {
    assertThrows(JsonProcessingException.class, () -> JsonTrees.parse("{\"a\": 1, \"a\": 2}"));
    assertThrows(JsonProcessingException.class, () -> JsonTrees.parse("{} {}"));
    assertThrows(JsonProcessingException.class, () -> JsonTrees.parse("{\"a\": }"));
  }
}
