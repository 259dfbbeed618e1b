package ai.vibevoice.cicd.dsl.manifest.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * Reads JSON (RFC 8259) into Jackson's tree with a small recursive-descent parser. The manifests
 * are read on every generate run, a cold one, where building Jackson's {@code ObjectMapper} or even
 * its {@code JsonFactory} would cost more than parsing all of them (docs/benchmarks.md).
 */
final class JsonTrees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A syntax error at a line and column (both from 1). */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    SyntaxError(int line, int column, String message) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  private final String text;
  private int pos;

  private JsonTrees(String text) {
    this.text = text;
  }

  /** One JSON document; empty input gives null; anything after the document is an error. */
  static JsonNode parse(String text) throws SyntaxError {
    JsonTrees p = new JsonTrees(text);
    p.skipSpace();
    if (p.pos == text.length()) {
      return null;
    }
    JsonNode node = p.value();
    p.skipSpace();
    if (p.pos < text.length()) {
      throw p.error("unexpected content after the JSON document");
    }
    return node;
  }

  private JsonNode value() throws SyntaxError {
    if (pos >= text.length()) throw error("unexpected end of input, expected a value");
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> NODES.textNode(string());
      case 't' -> literal("true", NODES.booleanNode(true));
      case 'f' -> literal("false", NODES.booleanNode(false));
      case 'n' -> literal("null", NODES.nullNode());
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) yield number();
        throw error("unexpected character '" + c + "', expected a value");
      }
    };
  }

  private ObjectNode object() throws SyntaxError {
    ObjectNode o = NODES.objectNode();
    if (isEmpty('}')) return o;
    do {
      skipSpace();
      if (peek() != '"') throw error("expected a key in double quotes");
      int keyStart = pos;
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      if (o.has(key)) {
        pos = keyStart;
        throw error("duplicate key '" + key + "'");
      }
      o.set(key, value());
    } while (another('}'));
    return o;
  }

  private ArrayNode array() throws SyntaxError {
    ArrayNode a = NODES.arrayNode();
    if (isEmpty(']')) return a;
    do {
      skipSpace();
      a.add(value());
    } while (another(']'));
    return a;
  }

  /**
   * Steps over an opening bracket; true if {@code close} follows it at once (and steps over it).
   */
  private boolean isEmpty(char close) {
    pos++;
    skipSpace();
    if (peek() != close) return false;
    pos++;
    return true;
  }

  /** After an element: steps over a ',' (true, another follows) or {@code close} (false). */
  private boolean another(char close) throws SyntaxError {
    skipSpace();
    char c = peek();
    if (c != ',' && c != close) throw error("expected ',' or '" + close + "'");
    pos++;
    return c == ',';
  }

  private String string() throws SyntaxError {
    pos++;
    StringBuilder s = new StringBuilder();
    while (true) {
      if (pos >= text.length()) throw error("unterminated string");
      char c = text.charAt(pos++);
      if (c == '"') return s.toString();
      if (c < 0x20) {
        pos--;
        throw error("control character in a string");
      }
      if (c != '\\') {
        s.append(c);
        continue;
      }
      if (pos >= text.length()) throw error("unterminated escape");
      char e = text.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> s.append(e);
        case 'b' -> s.append('\b');
        case 'f' -> s.append('\f');
        case 'n' -> s.append('\n');
        case 'r' -> s.append('\r');
        case 't' -> s.append('\t');
        case 'u' -> {
          if (pos + 4 > text.length()) throw error("incomplete \\u escape");
          try {
            s.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("invalid \\u escape");
          }
          pos += 4;
        }
        default -> {
          pos--;
          throw error("invalid escape '\\" + e + "'");
        }
      }
    }
  }

  private JsonNode number() throws SyntaxError {
    int start = pos;
    if (peek() == '-') pos++;
    if (peek() == '0') {
      pos++;
    } else if (!digits()) {
      throw error("invalid number");
    }
    boolean integral = true;
    if (peek() == '.') {
      pos++;
      integral = false;
      if (!digits()) throw error("invalid number: digits expected after '.'");
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      integral = false;
      if (peek() == '+' || peek() == '-') pos++;
      if (!digits()) throw error("invalid number: digits expected in the exponent");
    }
    String n = text.substring(start, pos);
    if (integral) {
      try {
        return NODES.numberNode(Long.parseLong(n));
      } catch (NumberFormatException tooLong) {
        return NODES.numberNode(new BigDecimal(n));
      }
    }
    return NODES.numberNode(new BigDecimal(n));
  }

  private boolean digits() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') pos++;
    return pos > start;
  }

  private JsonNode literal(String word, JsonNode node) throws SyntaxError {
    if (!text.startsWith(word, pos)) throw error("unexpected characters, expected " + word);
    pos += word.length();
    return node;
  }

  private void expect(char c) throws SyntaxError {
    if (peek() != c) throw error("expected '" + c + "'");
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
      pos++;
    }
  }

  private SyntaxError error(String message) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < pos && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SyntaxError(line, column, message);
  }
}
