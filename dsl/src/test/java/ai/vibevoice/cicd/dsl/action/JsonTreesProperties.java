package ai.vibevoice.cicd.dsl.action;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written manifest reader agrees with Jackson's own on any JSON Jackson writes. */
class JsonTreesProperties {
  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Property(tries = 500)
  void reads_what_jackson_writes_as_jackson_reads_it(@ForAll("documents") JsonNode document, @ForAll boolean pretty)
      throws Exception {
    String json = pretty ? JACKSON.writerWithDefaultPrettyPrinter().writeValueAsString(document)
        : JACKSON.writeValueAsString(document);
    assertEquals(normalized(JACKSON.readTree(json)), normalized(JsonTrees.parse(json)), json);
  }

  /** Numbers compared by value: Jackson reads 1.50 as a double, the manifest reader as a decimal. */
  private static String normalized(JsonNode node) {
    if (node.isNumber()) {
      return new BigDecimal(node.asText()).stripTrailingZeros().toPlainString();
    }
    if (node.isArray()) {
      StringBuilder s = new StringBuilder("[");
      node.forEach(n -> s.append(normalized(n)).append(','));
      return s.append(']').toString();
    }
    if (node.isObject()) {
      StringBuilder s = new StringBuilder("{");
      node.fields().forEachRemaining(e -> s.append(e.getKey()).append(':').append(normalized(e.getValue())).append(','));
      return s.append('}').toString();
    }
    return node.toString();
  }

  @Provide
  Arbitrary<JsonNode> documents() {
    return value(3);
  }

  private Arbitrary<JsonNode> value(int depth) {
    if (depth == 0) {
      return scalar();
    }
    return Arbitraries.oneOf(scalar(), array(depth - 1), object(depth - 1));
  }

  private Arbitrary<JsonNode> scalar() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12).map(NODES::textNode),
        Arbitraries.longs().map(NODES::numberNode),
        Arbitraries.doubles().between(-1e6, 1e6).ofScale(3).map(d -> NODES.numberNode(d.doubleValue())),
        Arbitraries.of(true, false).map(NODES::booleanNode),
        Arbitraries.just(NODES.nullNode()));
  }

  private Arbitrary<JsonNode> array(int depth) {
    return value(depth).list().ofMaxSize(4).map(items -> {
      ArrayNode a = NODES.arrayNode();
      items.forEach(a::add);
      return a;
    });
  }

  private Arbitrary<JsonNode> object(int depth) {
    return Arbitraries.maps(Arbitraries.strings().ofMaxLength(6), value(depth)).ofMaxSize(4).map(entries -> {
      ObjectNode o = NODES.objectNode();
      entries.forEach(o::set);
      return o;
    });
  }
}
