package ai.vibevoice.cicd.pipelines.contract;

import ai.vibevoice.cicd.dsl.file.YamlTag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads the platform's YAML files (Compose, Helm values, Chart.yaml) into the same plain ordered
 * data as {@code DataFile}: maps, lists, strings, numbers, booleans, null, and Compose's merge tags
 * as {@link YamlTag}s, which a plain loader would reject. YAML 1.2 core schema, as Compose and Helm
 * read.
 */
public final class YamlFiles {
  private YamlFiles() {}

  /** The document of {@code text}; {@code source} names it in errors. */
  public static Object read(String text, String source) {
    LoadSettings settings =
        LoadSettings.builder().setLabel(source).setSchema(new CoreSchema()).build();
    Optional<Node> root = new Compose(settings).composeString(text);
    return root.map(YamlFiles::value).orElse(null);
  }

  private static Object value(Node node) {
    String tag = node.getTag().getValue();
    boolean local = tag.startsWith("!") && !tag.startsWith("!!");
    Object plain =
        switch (node.getNodeType()) {
          case MAPPING -> {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple t : ((MappingNode) node).getValue()) {
              map.put(String.valueOf(scalar((ScalarNode) t.getKeyNode())), value(t.getValueNode()));
            }
            yield map;
          }
          case SEQUENCE -> {
            List<Object> list = new ArrayList<>();
            for (Node item : ((SequenceNode) node).getValue()) list.add(value(item));
            yield list;
          }
          default -> local ? ((ScalarNode) node).getValue() : scalar((ScalarNode) node);
        };
    return local ? new YamlTag(tag, "null".equals(plain) ? null : plain) : plain;
  }

  private static Object scalar(ScalarNode node) {
    Tag tag = node.getTag();
    String v = node.getValue();
    if (tag.equals(Tag.NULL)) return null;
    if (tag.equals(Tag.BOOL)) return Boolean.parseBoolean(v.toLowerCase(Locale.ROOT));
    if (tag.equals(Tag.INT)) {
      try {
        return Long.decode(v.replace("0o", "0"));
      } catch (NumberFormatException e) {
        return v;
      }
    }
    if (tag.equals(Tag.FLOAT)) {
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        return v;
      }
    }
    return v;
  }
}
