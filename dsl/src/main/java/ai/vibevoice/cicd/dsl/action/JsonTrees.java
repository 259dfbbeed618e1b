package ai.vibevoice.cicd.dsl.action;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads JSON into Jackson's tree with the streaming parser alone: the manifests are read on every
 * generate run, and building an {@code ObjectMapper} would cost more than parsing all of them.
 */
final class JsonTrees {
  private JsonTrees() {}

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** One JSON document; anything after it is an error, like Jackson's own {@code readTree}. */
  static JsonNode parse(String text) throws JsonProcessingException {
    try (JsonParser p = FACTORY.createParser(text)) {
      if (p.nextToken() == null) {
        return null;
      }
      JsonNode node = value(p);
      if (p.nextToken() != null) {
        throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected content after the JSON document");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = NODES.objectNode();
        while (p.nextToken() != JsonToken.END_OBJECT) {
          String key = p.currentName();
          p.nextToken();
          if (o.has(key)) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "duplicate key '" + key + "'");
          }
          o.set(key, value(p));
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(value(p));
        }
        return a;
      }
      case VALUE_STRING -> {
        return NODES.textNode(p.getText());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      case VALUE_NUMBER_INT -> {
        return NODES.numberNode(p.getLongValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(p.getDecimalValue());
      }
      default -> throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + t);
    }
  }
}
