package ai.vibevoice.cicd.dsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.vibevoice.cicd.dsl.file.DataFile;
import ai.vibevoice.cicd.dsl.file.YamlTag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFileRendererTest {
  @Test
  void renders_ordered_data_with_tags_and_quotes_only_where_needed() {
    Map<String, Object> tts = new LinkedHashMap<>();
    tts.put("image", "${TTS_IMAGE:?set it}");
    tts.put("deploy", YamlTag.reset());
    tts.put("environment", Map.of("CUDA_VISIBLE_DEVICES", ""));
    tts.put("ports", List.of("8000:8000"));
    tts.put("replicas", 1);
    tts.put("enabled", false);
    tts.put("version", "1.10");
    DataFile file =
        new DataFile("compose.yml", "A test file.", Map.of("services", Map.of("tts", tts)));
    assertEquals(
        """
        # Generated.
        # A test file.
        services:
          tts:
            image: ${TTS_IMAGE:?set it}
            deploy: !reset 'null'
            environment:
              CUDA_VISIBLE_DEVICES: ''
            ports:
              - 8000:8000
            replicas: 1
            enabled: false
            version: '1.10'
        """,
        DataFileRenderer.render(file, List.of("Generated.")));
  }

  @Test
  void refuses_values_yaml_cannot_carry_naming_the_path() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new DataFile("x.yml", "d", Map.of("a", List.of(new Object()))));
    assertEquals("x.yml: $.a[0]: unsupported value Object", e.getMessage());
  }
}
