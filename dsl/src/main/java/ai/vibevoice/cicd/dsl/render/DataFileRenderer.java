package ai.vibevoice.cicd.dsl.render;

import ai.vibevoice.cicd.dsl.file.DataFile;
import ai.vibevoice.cicd.dsl.file.YamlTag;
import ai.vibevoice.cicd.dsl.render.Node.MapNode;
import ai.vibevoice.cicd.dsl.render.Node.Scalar;
import ai.vibevoice.cicd.dsl.render.Node.SeqNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders a {@link DataFile} to YAML through the same emitter as the workflows. */
public final class DataFileRenderer {
  private DataFileRenderer() {}

  public static String render(DataFile file, List<String> header) {
    List<String> lines = new ArrayList<>(header);
    lines.add(file.description());
    return YamlEmitter.emit(new Node.Document(lines, (MapNode) node(file.content())));
  }

  private static Node node(Object value) {
    return node(value, null);
  }

  private static Node node(Object value, String tag) {
    if (value instanceof Map<?, ?> map) {
      MapNode.Builder b = MapNode.builder();
      map.forEach((k, v) -> b.put((String) k, node(v)));
      return new MapNode(b.build().entries(), tag);
    }
    if (value instanceof List<?> list) {
      return new SeqNode(list.stream().map(DataFileRenderer::node).toList(), tag);
    }
    if (value instanceof YamlTag tagged) {
      return tagged.value() == null || tagged.value() instanceof String
          ? Scalar.tagged(tagged.tag(), tagged.value() == null ? "null" : (String) tagged.value())
          : node(tagged.value(), tagged.tag());
    }
    if (value instanceof Number n) {
      return Scalar.number(n);
    }
    if (value instanceof Boolean b) {
      return Scalar.bool(b);
    }
    if (value == null) {
      return Scalar.empty();
    }
    return Scalar.text((String) value);
  }
}
