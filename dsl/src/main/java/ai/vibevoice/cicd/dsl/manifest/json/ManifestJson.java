package ai.vibevoice.cicd.dsl.manifest.json;

import ai.vibevoice.cicd.dsl.manifest.ActionManifest;
import ai.vibevoice.cicd.dsl.manifest.ActionManifest.Input;
import ai.vibevoice.cicd.dsl.manifest.ActionManifest.InputType;
import ai.vibevoice.cicd.dsl.manifest.ActionManifest.Kind;
import ai.vibevoice.cicd.dsl.manifest.ActionManifest.TypeKind;
import ai.vibevoice.cicd.dsl.manifest.ManifestException;
import ai.vibevoice.cicd.dsl.permission.Access;
import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.permission.Scope;
import ai.vibevoice.cicd.dsl.step.InputRole;
import ai.vibevoice.cicd.dsl.util.KebabKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and writes action manifests in their file format (docs/dsl-guide.md, "Adding an action"):
 * the I/O side of {@link ActionManifest}, kept apart from the model the code generator reads.
 */
public final class ManifestJson {
  private ManifestJson() {}

  private static final Pattern CLASS = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern VERSION = Pattern.compile("v[0-9]+(\\.[0-9]+)*");

  /**
   * Jackson's mapper, only for writing; reading streams (ObjectMapper costs 0.2 s of a cold start).
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** Reads and checks one manifest file. */
  public static ActionManifest read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    JsonNode root;
    try {
      root = JsonTrees.parse(text);
    } catch (JsonTrees.SyntaxError e) {
      throw new ManifestException(
          file + ": line " + e.line + ", column " + e.column + ": not JSON: " + e.getMessage());
    }
    return parse(file.toString(), root);
  }

  /** Checks one manifest given as a JSON tree; {@code where} names it in messages. */
  public static ActionManifest parse(String where, JsonNode root) {
    Reader r = new Reader(where);
    if (root == null || !root.isObject())
      throw new ManifestException(where + ": $: must be a JSON object");
    String className = r.text(root, "class", true);
    if (!CLASS.matcher(className).matches())
      throw r.fail("$.class", "'" + className + "' is not a Java class name");
    String kindText = r.text(root, "kind", true);
    Kind kind =
        switch (kindText) {
          case "action" -> Kind.ACTION;
          case "reusable-workflow" -> Kind.REUSABLE_WORKFLOW;
          default ->
              throw r.fail(
                  "$.kind", "must be 'action' or 'reusable-workflow', not '" + kindText + "'");
        };
    String repository = r.text(root, "repository", true);
    String path = r.text(root, "path", false);
    String version = r.text(root, "version", true);
    if (!VERSION.matcher(version).matches())
      throw r.fail("$.version", "'" + version + "' is not a vX.Y.Z tag");
    String sha = r.text(root, "sha", kind == Kind.ACTION);
    if (sha != null && !SHA.matcher(sha).matches())
      throw r.fail("$.sha", "'" + sha + "' is not a full 40-hex commit SHA");
    String pinByTag = r.text(root, "pinByTag", false);
    if (kind == Kind.REUSABLE_WORKFLOW && sha == null && pinByTag == null) {
      throw r.fail(
          "$",
          "a reusable workflow without 'sha' must say in 'pinByTag' why it is referenced by tag");
    }
    JsonNode verified = root.get("inputsVerified");
    if (verified == null || !verified.isBoolean())
      throw r.fail("$.inputsVerified", "must be true or false");
    Map<String, Input> inputs = new LinkedHashMap<>();
    JsonNode ins = r.object(root, "inputs");
    for (Iterator<Map.Entry<String, JsonNode>> it = ins.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String at = "$.inputs." + e.getKey();
      if (!e.getValue().isObject()) throw r.fail(at, "must be an object");
      JsonNode v = e.getValue();
      String defaultValue = r.text(v, "default", false, at);
      inputs.put(
          e.getKey(),
          new Input(
              r.bool(v, at + ".required", "required"),
              r.text(v, "requiredReason", false, at),
              defaultValue,
              r.bool(v, at + ".deprecated", "deprecated"),
              r.type(v, at, defaultValue),
              r.role(v, at)));
    }
    List<String> outputs = r.strings(root, "outputs");
    List<String> secrets = r.strings(root, "secrets");
    List<Need> permissions = r.needs(root.get("permissions"), "$.permissions");
    Map<String, List<Need>> whenSet = new LinkedHashMap<>();
    JsonNode ws = root.get("permissionsWhenSet");
    if (ws != null) {
      if (!ws.isObject()) throw r.fail("$.permissionsWhenSet", "must be an object");
      for (Iterator<Map.Entry<String, JsonNode>> it = ws.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!inputs.containsKey(e.getKey())) {
          throw r.fail("$.permissionsWhenSet." + e.getKey(), "names no input of the action");
        }
        whenSet.put(e.getKey(), r.needs(e.getValue(), "$.permissionsWhenSet." + e.getKey()));
      }
    }
    return new ActionManifest(
        className,
        kind,
        repository,
        path,
        version,
        sha,
        pinByTag,
        verified.booleanValue(),
        inputs,
        outputs,
        secrets,
        permissions,
        whenSet);
  }

  /** This manifest as JSON text, in the file format (used when adopting a Dependabot pin). */
  public static String toJson(ActionManifest m) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("class", m.className());
    o.put("kind", m.kind() == Kind.ACTION ? "action" : "reusable-workflow");
    o.put("repository", m.repository());
    if (m.path() != null) o.put("path", m.path());
    o.put("version", m.version());
    if (m.sha() != null) o.put("sha", m.sha());
    if (m.pinByTagReason() != null) o.put("pinByTag", m.pinByTagReason());
    o.put("inputsVerified", m.inputsVerified());
    ObjectNode ins = o.putObject("inputs");
    m.inputs()
        .forEach(
            (k, v) -> {
              ObjectNode i = ins.putObject(k);
              if (v.required()) i.put("required", true);
              if (v.requiredReason() != null) i.put("requiredReason", v.requiredReason());
              if (v.defaultValue() != null) i.put("default", v.defaultValue());
              if (v.deprecated()) i.put("deprecated", true);
              InputType t = v.type();
              i.put("type", t.kind().key());
              if (t.separator() != null) i.put("separator", t.separator());
              if (t.item() != null) i.put("listItem", t.item().key());
              if (!t.allowedValues().isEmpty()) {
                ArrayNode allowed = i.putArray("allowedValues");
                t.allowedValues().forEach(allowed::add);
              }
              if (t.enumName() != null) i.put("enumName", t.enumName());
              if (t.source() != null) i.put("typeSource", t.source());
              if (v.role() != null) i.put("role", v.role().key());
            });
    ArrayNode outs = o.putArray("outputs");
    m.outputs().forEach(outs::add);
    if (!m.secrets().isEmpty()) {
      ArrayNode s = o.putArray("secrets");
      m.secrets().forEach(s::add);
    }
    o.set("permissions", needsJson(m.permissions()));
    if (!m.permissionsWhenSet().isEmpty()) {
      ObjectNode ws = o.putObject("permissionsWhenSet");
      m.permissionsWhenSet().forEach((k, v) -> ws.set(k, needsJson(v)));
    }
    StringBuilder out = new StringBuilder();
    write(o, out, "");
    return out.append('\n').toString();
  }

  /**
   * The manifest files' own layout: two-space indent, {@code "key": value}, one array item a line.
   */
  private static void write(JsonNode node, StringBuilder out, String indent) {
    String inner = indent + "  ";
    if (node.isObject()) {
      if (node.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        out.append(inner);
        string(f.getKey(), out);
        out.append(": ");
        write(f.getValue(), out, inner);
        out.append(fields.hasNext() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < node.size(); i++) {
        out.append(inner);
        write(node.get(i), out, inner);
        out.append(i + 1 < node.size() ? ",\n" : "\n");
      }
      out.append(indent).append(']');
    } else if (node.isTextual()) {
      string(node.textValue(), out);
    } else {
      out.append(node.toString());
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
      }
    }
    out.append('"');
  }

  private static ArrayNode needsJson(List<Need> needs) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    for (Need n : needs) {
      a.addObject()
          .put("scope", n.scope().key())
          .put("access", n.access().key())
          .put("reason", n.reason());
    }
    return a;
  }

  /**
   * The manifest file's text pinned to another version, its formatting kept: only the {@code
   * version}, {@code sha} and {@code inputsVerified} values change (the top-level fields, which
   * come before {@code inputs}), so the diff of an adopted pin is those lines.
   */
  public static String repinnedText(String text, String newVersion, String newSha) {
    String out =
        replaceFirst(
            text, "\"version\"(\\s*):(\\s*)\"[^\"]*\"", "\"version\"$1:$2\"" + newVersion + "\"");
    out = replaceFirst(out, "\"sha\"(\\s*):(\\s*)\"[^\"]*\"", "\"sha\"$1:$2\"" + newSha + "\"");
    return replaceFirst(out, "\"inputsVerified\"(\\s*):(\\s*)true", "\"inputsVerified\"$1:$2false");
  }

  private static String replaceFirst(String text, String regex, String replacement) {
    return Pattern.compile(regex)
        .matcher(text)
        .replaceFirst(
            Matcher.quoteReplacement(replacement).replace("\\$1", "$1").replace("\\$2", "$2"));
  }

  private static final class Reader {
    private final String where;

    Reader(String where) {
      this.where = where;
    }

    ManifestException fail(String jsonPath, String message) {
      return new ManifestException(where + ": " + jsonPath + ": " + message);
    }

    String text(JsonNode node, String field, boolean required) {
      return text(node, field, required, "$");
    }

    String text(JsonNode node, String field, boolean required, String at) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        if (required) throw fail(at + "." + field, "is required");
        return null;
      }
      if (!v.isTextual()) throw fail(at + "." + field, "must be a string");
      return v.textValue();
    }

    /** An input's role for the validation rules; absent, none. */
    InputRole role(JsonNode v, String at) {
      String key = text(v, "role", false, at);
      if (key == null) return null;
      return KebabKey.byKey(InputRole.class, key)
          .orElseThrow(
              () ->
                  fail(
                      at + ".role",
                      "'"
                          + key
                          + "' is not a role; one of "
                          + Arrays.stream(InputRole.values())
                              .map(InputRole::key)
                              .collect(Collectors.joining(", "))));
    }

    /** An input's type; absent, a string of unknown type. Its default must fit it. */
    InputType type(JsonNode v, String at, String defaultValue) {
      String text = text(v, "type", false, at);
      String source = text(v, "typeSource", false, at);
      if (text == null) return InputType.of(TypeKind.STRING, "unknown");
      TypeKind kind = KebabKey.byKey(TypeKind.class, text).orElse(null);
      if (kind == null)
        throw fail(
            at + ".type",
            "'" + text + "' is not string, boolean, integer, float, number, list or enum");
      String separator = text(v, "separator", kind == TypeKind.LIST, at);
      TypeKind item = null;
      if (kind == TypeKind.LIST) {
        String itemText = text(v, "listItem", true, at);
        item = KebabKey.byKey(TypeKind.class, itemText).orElse(null);
        if (item == null || item == TypeKind.LIST || item == TypeKind.ENUM) {
          throw fail(
              at + ".listItem", "'" + itemText + "' is not string, boolean, integer or float");
        }
      }
      List<String> allowed = strings(v, "allowedValues", at);
      if (kind == TypeKind.ENUM && allowed.isEmpty())
        throw fail(at + ".allowedValues", "an enum needs its allowed values");
      String enumName = text(v, "enumName", false, at);
      if (enumName != null && !CLASS.matcher(enumName).matches())
        throw fail(at + ".enumName", "'" + enumName + "' is not a Java class name");
      if (defaultValue != null && !defaultValue.contains("${{")) {
        boolean fits =
            switch (kind) {
              case BOOLEAN -> defaultValue.equals("true") || defaultValue.equals("false");
              case INTEGER -> defaultValue.matches("-?[0-9]{1,9}");
              case FLOAT, NUMBER -> defaultValue.matches("-?[0-9]+(\\.[0-9]+)?");
              case ENUM -> allowed.contains(defaultValue);
              default -> true;
            };
        if (!fits)
          throw fail(
              at + ".default",
              "'"
                  + defaultValue
                  + "' does not fit type "
                  + kind.key()
                  + (kind == TypeKind.ENUM ? " " + allowed : ""));
      }
      return new InputType(kind, separator, item, allowed, enumName, source);
    }

    boolean bool(JsonNode node, String at, String field) {
      JsonNode v = node.get(field);
      if (v == null) return false;
      if (!v.isBoolean()) throw fail(at, "must be true or false");
      return v.booleanValue();
    }

    JsonNode object(JsonNode node, String field) {
      JsonNode v = node.get(field);
      if (v == null) return Json.MAPPER.createObjectNode();
      if (!v.isObject()) throw fail("$." + field, "must be an object");
      return v;
    }

    List<String> strings(JsonNode node, String field) {
      return strings(node, field, "$");
    }

    List<String> strings(JsonNode node, String field, String at) {
      JsonNode v = node.get(field);
      List<String> out = new ArrayList<>();
      if (v == null) return out;
      if (!v.isArray()) throw fail(at + "." + field, "must be an array of strings");
      for (int i = 0; i < v.size(); i++) {
        if (!v.get(i).isTextual()) throw fail(at + "." + field + "[" + i + "]", "must be a string");
        out.add(v.get(i).textValue());
      }
      return out;
    }

    List<Need> needs(JsonNode v, String at) {
      List<Need> out = new ArrayList<>();
      if (v == null) return out;
      if (!v.isArray()) throw fail(at, "must be an array of {scope, access, reason}");
      for (int i = 0; i < v.size(); i++) {
        String p = at + "[" + i + "]";
        JsonNode n = v.get(i);
        String scope = text(n, "scope", true, p);
        String access = text(n, "access", true, p);
        String reason = text(n, "reason", true, p);
        Scope s =
            KebabKey.byKey(Scope.class, scope)
                .orElseThrow(
                    () -> fail(p + ".scope", "'" + scope + "' is not a GITHUB_TOKEN scope"));
        Access a = KebabKey.byKey(Access.class, access).orElse(Access.NONE);
        if (a == Access.NONE) throw fail(p + ".access", "must be read or write");
        out.add(new Need(s, a, reason));
      }
      return out;
    }
  }
}
