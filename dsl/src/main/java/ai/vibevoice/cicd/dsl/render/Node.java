package ai.vibevoice.cicd.dsl.render;

import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The neutral, ordered tree between the model and YAML: maps keep insertion order, scalars know
 * whether they are text or a typed value, and may carry an inline comment.
 */
sealed interface Node permits Node.MapNode, Node.SeqNode, Node.Scalar {

  /**
   * A mapping in insertion order, rendered inline ({@code {}}) when empty; {@code tag} is a local
   * tag or null.
   */
  record MapNode(Map<String, Node> entries, String tag) implements Node {
    public MapNode {
      entries = Ordered.copyOf(entries, "mapping");
      checkTag(tag);
    }

    public MapNode(Map<String, Node> entries) {
      this(entries, null);
    }

    public static Builder builder() {
      return new Builder();
    }

    /** Builds a map, skipping absent values so callers need no null checks. */
    public static final class Builder {
      private final LinkedHashMap<String, Node> entries = new LinkedHashMap<>();

      public Builder put(String key, Node value) {
        if (value != null) {
          if (entries.put(key, value) != null)
            throw new IllegalStateException("duplicate key " + key);
        }
        return this;
      }

      public Builder text(String key, String value) {
        return value == null ? this : put(key, Scalar.text(value));
      }

      public Builder number(String key, Number value) {
        return value == null ? this : put(key, Scalar.number(value));
      }

      public Builder bool(String key, Boolean value) {
        return value == null ? this : put(key, Scalar.bool(value));
      }

      public boolean isEmpty() {
        return entries.isEmpty();
      }

      public MapNode build() {
        return new MapNode(entries);
      }
    }
  }

  /** A block sequence; {@code tag} is a local tag or null. */
  record SeqNode(List<Node> items, String tag) implements Node {
    public SeqNode {
      items = Ordered.copyOf(items, "sequence");
      checkTag(tag);
    }

    public SeqNode(List<Node> items) {
      this(items, null);
    }
  }

  /**
   * Local tags only ({@code !reset}, {@code !override}): a global tag would change how readers type
   * the node.
   */
  private static void checkTag(String tag) {
    if (tag != null && !tag.matches("![A-Za-z][A-Za-z0-9_-]*")) {
      throw new IllegalArgumentException("not a local YAML tag: " + tag);
    }
  }

  /**
   * A scalar: text (quoted only when needed), a number, a boolean, or empty (a key with no value).
   */
  record Scalar(String value, Kind kind, String comment, String tag) implements Node {
    public enum Kind {
      TEXT,
      NUMBER,
      BOOLEAN,
      EMPTY
    }

    public Scalar {
      Objects.requireNonNull(value, "scalar value");
      Objects.requireNonNull(kind, "scalar kind");
      checkTag(tag);
    }

    public Scalar(String value, Kind kind, String comment) {
      this(value, kind, comment, null);
    }

    /**
     * A scalar with a local tag (Docker Compose's merge tags). The value is quoted where it would
     * read as another type ({@code !reset 'null'}); Compose ignores the value of a {@code !reset}
     * node.
     */
    public static Scalar tagged(String tag, String value) {
      return new Scalar(value, Kind.TEXT, null, tag);
    }

    public static Scalar text(String value) {
      return new Scalar(value, Kind.TEXT, null);
    }

    public static Scalar number(Number value) {
      return new Scalar(value.toString(), Kind.NUMBER, null);
    }

    public static Scalar bool(boolean value) {
      return new Scalar(Boolean.toString(value), Kind.BOOLEAN, null);
    }

    public static Scalar empty() {
      return new Scalar("", Kind.EMPTY, null);
    }

    /**
     * Text followed by an inline comment ({@code # v7.0.1}); plain text when {@code comment} is
     * null.
     */
    public static Scalar commented(String value, String comment) {
      return new Scalar(value, Kind.TEXT, comment);
    }
  }

  /** A whole YAML document: header comment lines, then the root map. */
  record Document(List<String> header, MapNode root) {
    public Document {
      header = Ordered.copyOf(header, "document header");
      Objects.requireNonNull(root, "root");
    }
  }
}
