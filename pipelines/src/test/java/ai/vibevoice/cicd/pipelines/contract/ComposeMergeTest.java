package ai.vibevoice.cicd.pipelines.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compose's merge rules on small documents written as YAML, each merged result compared whole with
 * the document Docker Compose makes of the same files (compose-go's merge and its de-duplication of
 * unique resources), tags included.
 */
class ComposeMergeTest {
  private static Object yaml(String text) {
    return YamlFiles.read(text, "test.yml");
  }

  private static Map<String, Object> merge(String... files) {
    return ComposeMerge.merge(Arrays.stream(files).map(ComposeMergeTest::yaml).toList());
  }

  @Test
  void mappings_merge_key_by_key_and_scalars_of_the_later_file_win() {
    assertEquals(
        yaml(
            """
            services:
              tts:
                image: tts:ci
                container_name: tts
                healthcheck: {interval: 10s, retries: 5, timeout: 5s}
              agent:
                image: agent:dev
            volumes:
              cache: {}
            """),
        merge(
            """
            services:
              tts:
                image: tts:dev
                container_name: tts
                healthcheck: {interval: 30s, retries: 5}
            volumes:
              cache: {}
            """,
            """
            services:
              tts:
                image: tts:ci
                healthcheck: {interval: 10s, timeout: 5s}
              agent:
                image: agent:dev
            """));
  }

  @Test
  void list_form_environment_merges_with_map_form_variable_by_variable() {
    assertEquals(
        yaml(
            """
            services:
              tts:
                environment: {TTS_DEVICE: cpu, TTS_WARMUP_ON_START: 'true', EMPTY: '', UNSET: null, HF_HOME: /cache}
                labels: {team: voice, tier: ci}
            """),
        merge(
            """
            services:
              tts:
                environment:
                  - TTS_DEVICE=auto
                  - TTS_WARMUP_ON_START=true
                  - EMPTY=
                  - UNSET
                labels: [team=voice, tier=dev]
            """,
            """
            services:
              tts:
                environment:
                  TTS_DEVICE: cpu
                  HF_HOME: /cache
                labels:
                  tier: ci
            """));
  }

  @Test
  void build_args_in_list_form_merge_by_name_like_the_environment() {
    assertEquals(
        yaml(
            """
            services:
              tts:
                build: {context: ., args: {TARGETARCH: arm64, PYTHON: '3.11'}}
            """),
        merge(
            """
            services:
              tts:
                build:
                  context: .
                  args:
                    - TARGETARCH=${TARGETARCH:-amd64}
                    - PYTHON=3.11
            """,
            """
            services:
              tts:
                build:
                  args: [TARGETARCH=arm64]
            """));
  }

  @Test
  void reset_removes_the_attribute_and_resetting_an_absent_one_changes_nothing() {
    assertEquals(
        yaml(
            """
            services:
              tts:
                image: tts:dev
              agent:
                image: agent:dev
            """),
        merge(
            """
            services:
              tts:
                image: tts:dev
                deploy:
                  resources: {reservations: {devices: [{driver: nvidia, count: 1, capabilities: [gpu]}]}}
                ports: ['8000:8000']
              agent:
                image: agent:dev
            """,
            """
            services:
              tts:
                deploy: !reset null
                ports: !reset []
              agent:
                deploy: !reset null
            """));
  }

  @Test
  void override_replaces_a_sequence_or_a_mapping_whole() {
    assertEquals(
        yaml(
            """
            services:
              tts:
                volumes: ['./cache:/cache/huggingface']
                deploy: {resources: {limits: {cpus: '2'}}}
            """),
        merge(
            """
            services:
              tts:
                volumes: ['model-cache:/root/.cache/huggingface', 'logs:/logs']
                deploy: {resources: {reservations: {devices: [{driver: nvidia}]}}}
            """,
            """
            services:
              tts:
                volumes: !override ['./cache:/cache/huggingface']
                deploy: !override {resources: {limits: {cpus: '2'}}}
            """));
  }

  @Test
  void volumes_are_keyed_by_their_target_even_when_the_source_is_a_variable_with_a_default() {
    assertEquals(
        yaml(
            """
            services:
              tts:
                volumes:
                  - logs:/logs
                  - ${MODEL_CACHE:-.model-cache}:/root/.cache/huggingface:ro
                  - {type: bind, source: ./config, target: /config}
                  - /scratch
            """),
        merge(
            """
            services:
              tts:
                volumes:
                  - model-cache:/root/.cache/huggingface
                  - logs:/logs
                  - {type: volume, source: config, target: /config}
            """,
            """
            services:
              tts:
                volumes:
                  - ${MODEL_CACHE:-.model-cache}:/root/.cache/huggingface:ro
                  - {type: bind, source: ./config, target: /config}
                  - /scratch
            """));
  }

  @Test
  void healthcheck_test_command_and_entrypoint_are_replaced_not_appended() {
    String override =
        """
        services:
          tts:
            command: [serve, --port, '9000']
            entrypoint: [python]
            healthcheck:
              test: [CMD, python, -c, 'import urllib.request']
        """;
    // The override's values, and the base's retries, which the override does not set.
    assertEquals(
        yaml(override + "      retries: 5\n"),
        merge(
            """
            services:
              tts:
                command: [serve]
                entrypoint: [tini, --]
                healthcheck:
                  test: [CMD, curl, -f, 'http://localhost:8000/health']
                  retries: 5
            """,
            override));
  }

  @Test
  void ports_and_networks_are_unions_and_other_sequences_are_appended() {
    assertEquals(
        yaml(
            """
            services:
              tts:
                ports: ['8000:8000', '9090:9090', '9091:9091']
                networks: [voice-agent, monitoring]
                security_opt: ['no-new-privileges:true', 'no-new-privileges:true']
            """),
        merge(
            """
            services:
              tts:
                ports: ['8000:8000', '9090:9090']
                networks: [voice-agent]
                security_opt: ['no-new-privileges:true']
            """,
            """
            services:
              tts:
                ports: ['9090:9090', '9091:9091']
                networks: [voice-agent, monitoring]
                security_opt: ['no-new-privileges:true']
            """));
  }

  @Test
  void tags_inside_a_service_only_the_later_file_defines_are_resolved_too() {
    assertEquals(
        yaml(
            """
            services:
              tts:
                image: tts:dev
              worker:
                image: worker:ci
                volumes: [/data]
            """),
        merge(
            """
            services:
              tts:
                image: tts:dev
            """,
            """
            services:
              worker:
                image: worker:ci
                deploy: !reset null
                volumes: !override [/data]
            """));
  }

  @Test
  void a_file_without_services_has_none() {
    assertEquals(Map.of(), ComposeMerge.services(merge("volumes: {cache: {}}")));
    assertEquals(
        List.of("tts"),
        List.copyOf(ComposeMerge.services(merge("services: {tts: {image: x}}")).keySet()));
  }
}
