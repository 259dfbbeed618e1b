package ai.vibevoice.cicd.dsl.render;

import ai.vibevoice.cicd.dsl.dependabot.DependabotConfig;
import ai.vibevoice.cicd.dsl.dependabot.Update;
import ai.vibevoice.cicd.dsl.render.Node.MapNode;
import ai.vibevoice.cicd.dsl.render.Node.Scalar;
import ai.vibevoice.cicd.dsl.render.Node.SeqNode;
import java.util.List;

/** {@link DependabotConfig} to the neutral tree, in the key order of GitHub's examples. */
final class DependabotTree {
  private DependabotTree() {}

  /** The configuration's document, with {@code header} as its leading comment lines. */
  static Node.Document document(DependabotConfig config, List<String> header) {
    MapNode.Builder root = MapNode.builder().number("version", 2);
    root.put(
        "updates",
        new SeqNode(config.updates().stream().<Node>map(DependabotTree::update).toList()));
    return new Node.Document(header, root.build());
  }

  private static MapNode update(Update u) {
    MapNode.Builder b = MapNode.builder().text("package-ecosystem", u.ecosystem().key());
    if (u.directories().size() == 1) {
      b.text("directory", u.directories().get(0));
    } else {
      b.put("directories", texts(u.directories()));
    }
    b.put(
        "schedule",
        MapNode.builder()
            .text("interval", "weekly")
            .text("day", u.day())
            .text("time", u.time())
            .text("timezone", "Etc/UTC")
            .build());
    b.put("cooldown", MapNode.builder().number("default-days", u.cooldownDays()).build());
    if (!u.groups().isEmpty()) {
      MapNode.Builder groups = MapNode.builder();
      u.groups()
          .forEach(
              (name, patterns) ->
                  groups.put(name, MapNode.builder().put("patterns", texts(patterns)).build()));
      b.put("groups", groups.build());
    }
    if (!u.labels().isEmpty()) b.put("labels", texts(u.labels()));
    return b.build();
  }

  private static SeqNode texts(List<String> values) {
    return new SeqNode(values.stream().<Node>map(Scalar::text).toList());
  }
}
