package ai.vibevoice.cicd.helper.metadata;

import ai.vibevoice.cicd.helper.ExitCode;
import ai.vibevoice.cicd.helper.InputException;
import ai.vibevoice.cicd.helper.io.AtomicFiles;
import ai.vibevoice.cicd.helper.io.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ci-helper build-metadata}: writes the build metadata predicate of an image. */
@Command(
    name = "build-metadata",
    description = {
      "Writes the build metadata predicate (git_sha, git_ref, repository, workflow_run_id, run_attempt,"
          + " build_timestamp, builder, matrix) from the GitHub Actions environment; outside Actions the"
          + " commit and ref come from git.",
      "The output is validated against the schema shipped with the tool (--print-schema) and is attached with:",
      "  cosign attest --yes --type "
          + BuildMetadata.PREDICATE_TYPE
          + " --predicate FILE IMAGE@DIGEST"
    },
    exitCodeList = {"0:written", "2:bad usage, bad input or missing required values (all listed)"})
public final class BuildMetadataCommand implements Callable<Integer> {
  private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
  private static final Pattern PLATFORM = Pattern.compile("[a-z0-9]+/[a-z0-9_]+(/[a-z0-9]+)?");

  @Spec CommandSpec spec;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Where to write the predicate (JSON).")
  Path output;

  @Option(names = "--image", paramLabel = "NAME", description = "Image name without tag or digest.")
  String image;

  @Option(
      names = "--digest",
      paramLabel = "sha256:...",
      description = "Digest of the image (manifest list).")
  String digest;

  @Option(names = "--platform", paramLabel = "os/arch", description = "Platform, e.g. linux/arm64.")
  String platform;

  @Option(
      names = "--matrix",
      paramLabel = "JSON",
      description = "The job's matrix as a JSON object (toJSON(matrix)); default {}.")
  String matrix;

  @Option(
      names = "--print-schema",
      description = "Print the JSON Schema of the predicate and exit.")
  boolean printSchema;

  @Override
  public Integer call() {
    if (printSchema) {
      spec.commandLine().getOut().print(BuildMetadata.schemaText());
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
    if (output == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--output=FILE'");
    }
    if (digest != null && !DIGEST.matcher(digest).matches()) {
      throw new InputException(
          "--digest: '" + digest + "' is not sha256: followed by 64 lower-case hex digits");
    }
    if (platform != null && !PLATFORM.matcher(platform).matches()) {
      throw new InputException(
          "--platform: '" + platform + "' is not os/arch[/variant], e.g. linux/arm64");
    }
    JsonNode matrixNode =
        matrix == null || matrix.isBlank() ? null : Json.parse("--matrix", matrix);
    ObjectNode document =
        BuildMetadata.collect(
            System.getenv(),
            new GitRepository(Path.of(".")),
            Instant.now(),
            new BuildMetadata.Image(image, digest, platform),
            matrixNode);
    List<String> problems = BuildMetadata.validate(document);
    if (!problems.isEmpty()) {
      throw new InputException(
          "the metadata does not match its schema: " + String.join("; ", problems));
    }
    AtomicFiles.write(output, Json.write(document));
    spec.commandLine()
        .getOut()
        .println("wrote " + output + " (predicate type " + BuildMetadata.PREDICATE_TYPE + ")");
    return ExitCode.OK;
  }
}
