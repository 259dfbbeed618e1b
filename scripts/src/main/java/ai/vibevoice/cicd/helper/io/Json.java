package ai.vibevoice.cicd.helper.io;

import ai.vibevoice.cicd.helper.InputException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** JSON in and out: one configured mapper, reads that name the file and line on failure. */
public final class Json {
  private Json() {}

  /** Reads NaN and Infinity so they can be refused by JSON path instead of as a parse error. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  /** Reads a JSON file; an absent, empty or malformed file is an {@link InputException}. */
  public static JsonNode read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": file not found");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
    return parse(file.toString(), text);
  }

  /** Parses JSON text; {@code source} names it in errors. */
  public static JsonNode parse(String source, String text) {
    if (text.isBlank()) {
      throw new InputException(source + ": empty file, expected a JSON document");
    }
    try (JsonParser parser = MAPPER.createParser(text)) {
      JsonNode node = MAPPER.readTree(parser);
      if (parser.nextToken() != null) {
        throw new InputException(
            source
                + ": line "
                + parser.currentLocation().getLineNr()
                + ": unexpected content after the JSON document");
      }
      return node;
    } catch (JsonProcessingException e) {
      var location = e.getLocation();
      String where =
          location == null
              ? ""
              : ": line " + location.getLineNr() + ", column " + location.getColumnNr();
      throw new InputException(source + where + ": malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(source + ": cannot read: " + e.getMessage());
    }
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Pretty JSON with a final newline. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
