package ai.vibevoice.cicd.dsl.manifest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The manifests' JSON reader: every kind of value, and syntax errors by line and column. */
class JsonTreesTest {
  @Test
  void json_reader_names_line_and_column_of_syntax_errors() {
    assertError("{\"a\": 1,\n \"a\": 2}", 2, 2, "duplicate key 'a'");
    assertError("{}\n {}", 2, 2, "unexpected content after the JSON document");
    assertError("{\"a\": }", 1, 7, "unexpected character '}', expected a value");
    assertError("{\"a\": \"x\\q\"}", 1, 10, "invalid escape '\\q'");
    assertError("[1, 2", 1, 6, "expected ',' or ']'");
    assertError("[01]", 1, 3, "expected ',' or ']'");
    assertError("{\"a\": 1 \"b\": 2}", 1, 9, "expected ',' or '}'");
    assertError("{ } [ ] x", 1, 5, "unexpected content after the JSON document");
  }

  @Test
  void json_reader_reads_every_kind_of_value() throws JsonTrees.SyntaxError {
    String json =
        "{\"s\": \"a\\u00e9\\n\", \"i\": -12, \"f\": 1.5e2, \"t\": true, \"n\": null, \"a\": [[], {}]}";
    assertEquals(
        "{\"s\":\"a\u00e9\\n\",\"i\":-12,\"f\":1.5E+2,\"t\":true,\"n\":null,\"a\":[[],{}]}",
        JsonTrees.parse(json).toString());
  }

  private static void assertError(String json, int line, int column, String message) {
    JsonTrees.SyntaxError e =
        assertThrows(JsonTrees.SyntaxError.class, () -> JsonTrees.parse(json));
    assertEquals(
        line + ":" + column + " " + message, e.line + ":" + e.column + " " + e.getMessage());
  }
}
