package ai.vibevoice.cicd.dsl.manifest;

import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.step.InputRole;
import ai.vibevoice.cicd.dsl.util.KebabKey;
import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the repository knows of one action version: where it lives, its pin, its inputs and outputs,
 * and the permissions it needs. One JSON file per action under {@code dsl/src/main/actions}; the
 * generate command turns each into a typed binding. Format: see docs/dsl-guide.md, "Adding an
 * action"; {@link ai.vibevoice.cicd.dsl.manifest.json.ManifestJson} reads and writes it.
 */
public record ActionManifest(
    String className,
    Kind kind,
    String repository,
    String path,
    String version,
    String sha,
    String pinByTagReason,
    boolean inputsVerified,
    Map<String, Input> inputs,
    List<String> outputs,
    List<String> secrets,
    List<Need> permissions,
    Map<String, List<Need>> permissionsWhenSet) {

  /** A composite, JavaScript or Docker action, or a reusable workflow. */
  public enum Kind {
    ACTION,
    REUSABLE_WORKFLOW
  }

  /**
   * One input: required (with the reason where the manifest makes it required against {@code
   * action.yml}), default (null when none), deprecated, its type, and what the action does with it
   * where a validation rule cares (null otherwise).
   */
  public record Input(
      boolean required,
      String requiredReason,
      String defaultValue,
      boolean deprecated,
      InputType type,
      InputRole role) {
    public Input {
      Objects.requireNonNull(type, "input type");
    }
  }

  /**
   * An input's type in the github-actions-typing vocabulary: string, boolean, integer, float, list
   * (separator, item type), enum (allowed values, optional Java name); {@code number} for reusable
   * workflows. {@code source} says where it comes from: {@code catalog}, {@code readme}, {@code
   * default} (inferred from the default), {@code workflow_call}, or {@code unknown} (then it is a
   * string).
   */
  public record InputType(
      TypeKind kind,
      String separator,
      TypeKind item,
      List<String> allowedValues,
      String enumName,
      String source) {
    public InputType {
      Objects.requireNonNull(kind, "type kind");
      allowedValues = Ordered.copyOf(allowedValues, "allowed values");
    }

    public static InputType of(TypeKind kind, String source) {
      return new InputType(kind, null, null, List.of(), null, source);
    }
  }

  /** The kinds of input type. */
  public enum TypeKind implements KebabKey {
    STRING,
    BOOLEAN,
    INTEGER,
    FLOAT,
    NUMBER,
    LIST,
    ENUM
  }

  public ActionManifest {
    inputs = Ordered.copyOf(inputs, repository + ": inputs");
    outputs = Ordered.copyOf(outputs, repository + ": outputs");
    secrets = Ordered.copyOf(secrets, repository + ": secrets");
    permissions = Ordered.copyOf(permissions, repository + ": permissions");
    permissionsWhenSet = Ordered.copyOf(permissionsWhenSet, repository + ": permissionsWhenSet");
  }

  /** {@code owner/repo[/path]}. */
  public String name() {
    return path == null ? repository : repository + "/" + path;
  }

  /**
   * A copy pinned to another version, with inputs marked unverified (offline, only the pin is
   * known).
   */
  public ActionManifest repinned(String newVersion, String newSha) {
    return new ActionManifest(
        className,
        kind,
        repository,
        path,
        newVersion,
        newSha,
        pinByTagReason,
        false,
        inputs,
        outputs,
        secrets,
        permissions,
        permissionsWhenSet);
  }
}
