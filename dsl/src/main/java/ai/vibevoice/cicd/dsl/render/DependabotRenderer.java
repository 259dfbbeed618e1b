package ai.vibevoice.cicd.dsl.render;

import ai.vibevoice.cicd.dsl.dependabot.DependabotConfig;
import java.util.List;

/**
 * Dependabot configuration to YAML text in one call: {@link DependabotTree} then {@link
 * YamlEmitter}.
 */
public final class DependabotRenderer {
  private DependabotRenderer() {}

  /** The configuration's YAML, with {@code header} as its leading comment lines. */
  public static String render(DependabotConfig config, List<String> header) {
    return YamlEmitter.emit(DependabotTree.document(config, header));
  }
}
