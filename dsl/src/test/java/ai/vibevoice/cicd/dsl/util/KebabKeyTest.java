package ai.vibevoice.cicd.dsl.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.dsl.dependabot.Ecosystem;
import ai.vibevoice.cicd.dsl.permission.Scope;
import org.junit.jupiter.api.Test;

class KebabKeyTest {
  @Test
  void the_key_is_the_constant_name_in_lower_case_with_dashes() {
    assertEquals("id-token", Scope.ID_TOKEN.key());
    assertEquals("repository-projects", Scope.REPOSITORY_PROJECTS.key());
    assertEquals("github-actions", Ecosystem.GITHUB_ACTIONS.key());
    assertEquals("uv", Ecosystem.UV.key());
  }
}
