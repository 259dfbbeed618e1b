package ai.vibevoice.cicd.helper.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * P2: for any subset of the environment, the metadata has every required field or names exactly the
 * missing ones.
 */
class BuildMetadataProperties {

  @Test
  void metadata_is_complete_or_names_exactly_the_missing_fields() {
    qt().forAll(environments(), booleans().all(), booleans().all())
        .checkAssert(
            (present, gitSha, gitRef) -> {
              Map<String, String> env = new LinkedHashMap<>();
              BuildMetadataTest.actionsEnv()
                  .forEach(
                      (k, v) -> {
                        if (present.contains(k)) {
                          env.put(k, v);
                        }
                      });
              BuildMetadata.Git git =
                  new BuildMetadata.Git() {
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
              for (var pair :
                  List.of(
                      List.of("GITHUB_REPOSITORY", "repository"),
                      List.of("GITHUB_RUN_ID", "workflow_run_id"),
                      List.of("GITHUB_RUN_ATTEMPT", "run_attempt"),
                      List.of("GITHUB_WORKFLOW_REF", "builder"))) {
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
            });
  }

  /** Any subset of the Actions variables: each one present or not. */
  static Gen<Set<String>> environments() {
    Gen<Boolean> present = booleans().all();
    return in -> {
      Set<String> keys = new LinkedHashSet<>();
      for (String key : BuildMetadataTest.actionsEnv().keySet()) {
        if (present.generate(in)) {
          keys.add(key);
        }
      }
      return keys;
    };
  }
}
