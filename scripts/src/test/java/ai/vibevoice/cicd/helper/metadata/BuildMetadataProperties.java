package ai.vibevoice.cicd.helper.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** P2: for any subset of the environment, the metadata has every required field or names exactly the missing ones. */
class BuildMetadataProperties {

  @Property(tries = 1000)
  void metadata_is_complete_or_names_exactly_the_missing_fields(
      @ForAll("environments") Set<String> present, @ForAll boolean gitSha, @ForAll boolean gitRef) {
    Map<String, String> env = new LinkedHashMap<>();
    BuildMetadataTest.actionsEnv().forEach((k, v) -> {
      if (present.contains(k)) {
        env.put(k, v);
      }
    });
    BuildMetadata.Git git = new BuildMetadata.Git() {
      @Override
      public Optional<String> sha() {
        return gitSha ? Optional.of(BuildMetadataTest.SHA) : Optional.empty();
      }

      @Override
      public Optional<String> ref() {
        return gitRef ? Optional.of("refs/heads/main") : Optional.empty();
      }
    };
    List<String> expected = new ArrayList<>();
    if (!env.containsKey("GITHUB_SHA") && !gitSha) {
      expected.add("git_sha");
    }
    if (!env.containsKey("GITHUB_REF") && !gitRef) {
      expected.add("git_ref");
    }
    for (var pair : List.of(List.of("GITHUB_REPOSITORY", "repository"), List.of("GITHUB_RUN_ID", "workflow_run_id"),
        List.of("GITHUB_RUN_ATTEMPT", "run_attempt"), List.of("GITHUB_WORKFLOW_REF", "builder"))) {
      if (!env.containsKey(pair.get(0))) {
        expected.add(pair.get(1));
      }
    }
    try {
      ObjectNode doc = BuildMetadata.collect(env, git, BuildMetadataTest.NOW, null, null);
      assertEquals(List.of(), expected, "succeeded although fields are missing");
      for (String field : BuildMetadata.REQUIRED.keySet()) {
        assertEquals(true, doc.has(field), field);
      }
      assertEquals(List.of(), BuildMetadata.validate(doc));
    } catch (BuildMetadata.MissingValues e) {
      assertEquals(expected, e.fields());
    }
  }

  @Provide
  Arbitrary<Set<String>> environments() {
    return Arbitraries.of(BuildMetadataTest.actionsEnv().keySet().toArray(String[]::new)).set();
  }
}
