package ai.vibevoice.cicd.dsl.manifest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The hand-written manifest reader agrees with Jackson's own on any JSON Jackson writes. */
class JsonTreesProperties {
  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Any UTF-16 code unit but the noncharacters and the private use area: lone surrogates, controls
   * and quotes included.
   */
  private static final char[] CHARS =
      IntStream.rangeClosed(Character.MIN_VALUE, Character.MAX_VALUE)
          .filter(
              c ->
                  !(c >= 0xFDD0 && c <= 0xFDEF)
                      && (c & 0xFFFE) != 0xFFFE
                      && Character.getType(c) != Character.PRIVATE_USE)
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
          .toString()
          .toCharArray();

  @Test
  void reads_what_jackson_writes_as_jackson_reads_it() {
    qt().withExamples(500)
        .forAll(documents(), booleans().all())
        .checkAssert(
            (document, pretty) -> {
              try {
                readsAsJacksonReads(document, pretty);
              } catch (JsonProcessingException | JsonTrees.SyntaxError e) {
                throw new AssertionError(e);
              }
            });
  }

  private static void readsAsJacksonReads(JsonNode document, boolean pretty)
      throws JsonProcessingException, JsonTrees.SyntaxError {
    String json =
        pretty
            ? JACKSON.writerWithDefaultPrettyPrinter().writeValueAsString(document)
            : JACKSON.writeValueAsString(document);
    assertEquals(normalized(JACKSON.readTree(json)), normalized(JsonTrees.parse(json)), json);
  }

  /**
   * Numbers compared by value: Jackson reads 1.50 as a double, the manifest reader as a decimal.
   */
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
      node.fields()
          .forEachRemaining(
              e -> s.append(e.getKey()).append(':').append(normalized(e.getValue())).append(','));
      return s.append('}').toString();
    }
    return node.toString();
  }

  /** JSON documents nested up to three levels deep. */
  static Gen<JsonNode> documents() {
    return value(3);
  }

  private static Gen<JsonNode> value(int depth) {
    if (depth == 0) {
      return scalar();
    }
    return Generate.oneOf(scalar(), array(depth - 1), object(depth - 1));
  }

  /** Strings of up to {@code maxLength} of {@link #CHARS}. */
  private static Gen<String> strings(int maxLength) {
    Gen<Character> chars = integers().between(0, CHARS.length - 1).map(i -> CHARS[i]);
    return in -> {
      int length = integers().between(0, maxLength).generate(in);
      StringBuilder s = new StringBuilder(length);
      for (int i = 0; i < length; i++) s.append(chars.generate(in));
      return s.toString();
    };
  }

  private static Gen<JsonNode> scalar() {
    return Generate.oneOf(
        strings(12).map(NODES::textNode),
        longs().all().map(NODES::numberNode),
        // decimals of scale 3 in [-1e6, 1e6], written as doubles
        longs()
            .between(-1_000_000_000L, 1_000_000_000L)
            .map(l -> NODES.numberNode(BigDecimal.valueOf(l, 3).doubleValue())),
        booleans().all().map(NODES::booleanNode),
        Generate.constant(NODES.nullNode()));
  }

  private static Gen<JsonNode> array(int depth) {
    return lists()
        .of(value(depth))
        .ofSizeBetween(0, 4)
        .map(
            items -> {
              ArrayNode a = NODES.arrayNode();
              items.forEach(a::add);
              return a;
            });
  }

  /** Up to four members with distinct names. */
  private static Gen<JsonNode> object(int depth) {
    Gen<String> names = strings(6);
    Gen<JsonNode> values = value(depth);
    return in -> {
      int size = integers().between(0, 4).generate(in);
      ObjectNode o = NODES.objectNode();
      for (int i = 0; i < size; i++) {
        String name = names.generate(in);
        JsonNode v = values.generate(in);
        if (!o.has(name)) o.set(name, v);
      }
      return o;
    };
  }
}
