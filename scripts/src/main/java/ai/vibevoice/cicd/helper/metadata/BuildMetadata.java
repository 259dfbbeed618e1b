package ai.vibevoice.cicd.helper.metadata;

import ai.vibevoice.cicd.helper.InputException;
import ai.vibevoice.cicd.helper.io.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The build metadata predicate: where, from what and how an image was built. Values come from the
 * GitHub Actions environment; outside Actions the commit and ref come from git. The document is
 * checked against the schema shipped with the tool before it is written.
 */
public final class BuildMetadata {
  private BuildMetadata() {}

  /**
   * The predicate type of {@code cosign attest --type}; an identifier, versioned with the schema.
   */
  public static final String PREDICATE_TYPE = "https://vibevoice.ai/attestations/build-metadata/v1";

  /** Classpath location of the JSON Schema. */
  public static final String SCHEMA_RESOURCE =
      "/ai/vibevoice/cicd/helper/metadata/build-metadata.schema.json";

  /** Required fields and the environment variable each comes from, in document order. */
  public static final Map<String, String> REQUIRED = orderedRequired();

  /** Where the commit and ref come from outside Actions. */
  public interface Git {
    Optional<String> sha();

    Optional<String> ref();
  }

  /** Image facts given on the command line; any may be null. */
  public record Image(String name, String digest, String platform) {}

  /**
   * Required values that could not be found, named by field (and the variable that would give
   * them).
   */
  public static final class MissingValues extends InputException {
    private static final long serialVersionUID = 1L;
    private final List<String> fields;

    MissingValues(List<String> fields) {
      super(
          "missing required values: "
              + fields.stream()
                  .map(f -> REQUIRED.get(f) == null ? f : f + " (" + REQUIRED.get(f) + ")")
                  .collect(Collectors.joining(", ")));
      this.fields = List.copyOf(fields);
    }

    public List<String> fields() {
      return fields;
    }
  }

  /** Builds the document, or throws {@link MissingValues} naming every missing required field. */
  public static ObjectNode collect(
      Map<String, String> env, Git git, Instant now, Image image, JsonNode matrix) {
    List<String> missing = new ArrayList<>();
    ObjectNode doc = Json.object();
    put(doc, "git_sha", value(env, "GITHUB_SHA").or(git::sha), missing);
    put(doc, "git_ref", value(env, "GITHUB_REF").or(git::ref), missing);
    put(doc, "repository", value(env, "GITHUB_REPOSITORY"), missing);
    put(doc, "workflow_run_id", value(env, "GITHUB_RUN_ID"), missing);
    Optional<String> attempt = value(env, "GITHUB_RUN_ATTEMPT");
    if (attempt.isPresent()) {
      try {
        doc.put("run_attempt", Integer.parseInt(attempt.get()));
      } catch (NumberFormatException e) {
        throw new InputException(
            "GITHUB_RUN_ATTEMPT: '" + attempt.get() + "' is not a whole number");
      }
    } else {
      missing.add("run_attempt");
    }
    Optional<String> workflowRef = value(env, "GITHUB_WORKFLOW_REF");
    workflowRef.ifPresent(ref -> doc.put("workflow_ref", ref));
    doc.put(
        "build_timestamp",
        DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS)));
    if (workflowRef.isPresent()) {
      ObjectNode builder = doc.putObject("builder");
      builder.put(
          "id",
          value(env, "GITHUB_SERVER_URL").orElse("https://github.com") + "/" + workflowRef.get());
      value(env, "RUNNER_OS").ifPresent(os -> builder.put("runner_os", os));
      value(env, "RUNNER_ARCH").ifPresent(arch -> builder.put("runner_arch", arch));
    } else {
      missing.add("builder");
    }
    if (matrix != null && !matrix.isObject()) {
      throw new InputException(
          "--matrix: expected a JSON object, found " + matrix.getNodeType().name().toLowerCase());
    }
    doc.set("matrix", matrix == null ? Json.object() : matrix);
    if (image != null) {
      if (image.name() != null) {
        doc.put("image", image.name());
      }
      if (image.digest() != null) {
        doc.put("digest", image.digest());
      }
      if (image.platform() != null) {
        doc.put("platform", image.platform());
      }
    }
    // Fields are put, and missing ones listed, in the order of REQUIRED and the schema.
    if (!missing.isEmpty()) {
      throw new MissingValues(missing);
    }
    return doc;
  }

  /**
   * Problems of a document against the shipped schema, each with its JSON path; empty when valid.
   */
  public static List<String> validate(JsonNode document) {
    Set<ValidationMessage> messages = schema().validate(document);
    return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  public static String schemaText() {
    try (InputStream in = BuildMetadata.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema missing from the jar: " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonSchema schema() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText());
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static void put(
      ObjectNode doc, String field, Optional<String> value, List<String> missing) {
    value.ifPresentOrElse(v -> doc.put(field, v), () -> missing.add(field));
  }

  private static Map<String, String> orderedRequired() {
    Map<String, String> required = new LinkedHashMap<>();
    required.put("git_sha", "GITHUB_SHA or git");
    required.put("git_ref", "GITHUB_REF or git");
    required.put("repository", "GITHUB_REPOSITORY");
    required.put("workflow_run_id", "GITHUB_RUN_ID");
    required.put("run_attempt", "GITHUB_RUN_ATTEMPT");
    required.put("build_timestamp", null);
    required.put("builder", "GITHUB_WORKFLOW_REF");
    required.put("matrix", null);
    return Collections.unmodifiableMap(required);
  }
}
