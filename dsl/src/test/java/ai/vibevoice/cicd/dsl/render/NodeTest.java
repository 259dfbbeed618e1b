package ai.vibevoice.cicd.dsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The neutral tree's invariants, and how its scalars are written. */
class NodeTest {

  @Test
  void every_node_kind_refuses_a_tag_that_is_not_local() {
    IllegalArgumentException map =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Node.MapNode(Map.of(), "tag:yaml.org,2002:str"));
    assertEquals("not a local YAML tag: tag:yaml.org,2002:str", map.getMessage());
    IllegalArgumentException seq =
        assertThrows(IllegalArgumentException.class, () -> new Node.SeqNode(List.of(), "!!str"));
    assertEquals("not a local YAML tag: !!str", seq.getMessage());
    IllegalArgumentException scalar =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Node.Scalar("x", Node.Scalar.Kind.TEXT, null, "!1st"));
    assertEquals("not a local YAML tag: !1st", scalar.getMessage());
  }

  @Test
  void local_tags_are_written_before_their_node() {
    Map<String, Node> entries = new LinkedHashMap<>();
    entries.put("ports", new Node.SeqNode(List.of(Node.Scalar.text("8000:8000")), "!override"));
    entries.put("volumes", Node.Scalar.tagged("!reset", "null"));
    entries.put("labels", new Node.MapNode(Map.of("a", Node.Scalar.text("b")), "!override"));
    assertEquals(
        """
        ports: !override
          - 8000:8000
        volumes: !reset 'null'
        labels: !override
          a: b
        """,
        YamlEmitter.emit(new Node.Document(List.of(), new Node.MapNode(entries))));
  }

  @Test
  void text_with_a_line_break_anywhere_is_a_literal_block() {
    Map<String, Node> entries = new LinkedHashMap<>();
    entries.put("first", Node.Scalar.text("\\nstarts with a break".replace("\\n", "\n")));
    entries.put("plain", Node.Scalar.text("one line"));
    entries.put("typed", Node.Scalar.text("true"));
    assertEquals(
        "first: |2-\n\n  starts with a break\nplain: one line\ntyped: 'true'\n",
        YamlEmitter.emit(new Node.Document(List.of(), new Node.MapNode(entries))));
  }

  @Test
  void a_map_builder_refuses_a_key_twice_and_skips_absent_values() {
    Node.MapNode.Builder b =
        Node.MapNode.builder().text("a", "1").text("none", null).number("n", null).bool("b", null);
    assertEquals(List.of("a"), List.copyOf(b.build().entries().keySet()));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.text("a", "2"));
    assertEquals("duplicate key a", e.getMessage());
  }
}
