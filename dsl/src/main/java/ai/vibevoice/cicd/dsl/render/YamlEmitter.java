package ai.vibevoice.cicd.dsl.render;

import ai.vibevoice.cicd.dsl.render.Node.Document;
import ai.vibevoice.cicd.dsl.render.Node.MapNode;
import ai.vibevoice.cicd.dsl.render.Node.Scalar;
import ai.vibevoice.cicd.dsl.render.Node.SeqNode;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;

/**
 * Writes a {@link Document} as YAML through SnakeYAML Engine's event emitter: two-space indent with
 * list dashes under their key, no line folding, literal blocks for multi-line text, plain scalars
 * where every YAML reader agrees they are strings, LF line endings and a final newline.
 */
final class YamlEmitter {
  private static final DumpSettings SETTINGS =
      DumpSettings.builder()
          .setDumpComments(true)
          .setIndent(2)
          .setIndicatorIndent(2)
          .setIndentWithIndicator(true)
          .setSplitLines(false)
          .setWidth(Integer.MAX_VALUE)
          .setBestLineBreak("\n")
          .setUseUnicodeEncoding(true)
          .build();

  private static final ImplicitTuple PLAIN_STRING = new ImplicitTuple(true, true);
  private static final ImplicitTuple TYPED = new ImplicitTuple(true, false);
  private static final ImplicitTuple QUOTED_STRING = new ImplicitTuple(false, true);

  private YamlEmitter() {}

  /** The document as YAML text. */
  static String emit(Document doc) {
    StringBuilder out = new StringBuilder();
    Emitter e =
        new Emitter(
            SETTINGS,
            new StreamDataWriter() {
              @Override
              public void write(String str) {
                out.append(str);
              }

              @Override
              public void write(String str, int off, int len) {
                out.append(str, off, off + len);
              }
            });
    e.emit(new StreamStartEvent());
    for (String line : doc.header()) {
      e.emit(
          new CommentEvent(
              CommentType.BLOCK,
              line.isEmpty() ? "" : " " + line,
              Optional.empty(),
              Optional.empty()));
    }
    e.emit(new DocumentStartEvent(false, Optional.empty(), Map.of()));
    node(e, doc.root());
    e.emit(new DocumentEndEvent(false));
    e.emit(new StreamEndEvent());
    return out.toString();
  }

  private static void node(Emitter e, Node n) {
    if (n instanceof MapNode m) {
      e.emit(start(MappingStartEvent::new, m.tag(), m.entries().isEmpty()));
      m.entries()
          .forEach(
              (k, v) -> {
                key(e, k);
                node(e, v);
              });
      e.emit(new MappingEndEvent());
    } else if (n instanceof SeqNode s) {
      e.emit(start(SequenceStartEvent::new, s.tag(), s.items().isEmpty()));
      s.items().forEach(i -> node(e, i));
      e.emit(new SequenceEndEvent());
    } else {
      scalar(e, (Scalar) n);
    }
  }

  /** The constructor shared by {@link MappingStartEvent} and {@link SequenceStartEvent}. */
  private interface CollectionStart {
    CollectionStartEvent of(
        Optional<Anchor> anchor, Optional<String> tag, boolean implicit, FlowStyle style);
  }

  /** A mapping or sequence start: tagged when it has a tag, in flow style ({} or []) when empty. */
  private static CollectionStartEvent start(CollectionStart kind, String tag, boolean empty) {
    return kind.of(
        Optional.empty(),
        Optional.ofNullable(tag),
        tag == null,
        empty ? FlowStyle.FLOW : FlowStyle.BLOCK);
  }

  /** A scalar without a tag, {@code implicit} saying how a reader resolves it. */
  private static ScalarEvent untagged(ImplicitTuple implicit, String value, ScalarStyle style) {
    return new ScalarEvent(Optional.empty(), Optional.empty(), implicit, value, style);
  }

  private static void key(Emitter e, String key) {
    // `on` stays plain as every workflow writes it: GitHub reads it as the string key, and
    // YAML 1.1 readers of workflows (actionlint, zizmor) special-case it.
    if (key.equals("on") || !Scalars.resolvesToNonString(key)) {
      e.emit(untagged(PLAIN_STRING, key, ScalarStyle.PLAIN));
    } else {
      e.emit(untagged(QUOTED_STRING, key, ScalarStyle.SINGLE_QUOTED));
    }
  }

  private static void scalar(Emitter e, Scalar s) {
    if (s.tag() != null) {
      e.emit(
          new ScalarEvent(
              Optional.empty(),
              Optional.of(s.tag()),
              new ImplicitTuple(false, false),
              s.value(),
              ScalarStyle.PLAIN));
      return;
    }
    switch (s.kind()) {
      case NUMBER, BOOLEAN -> e.emit(untagged(TYPED, s.value(), ScalarStyle.PLAIN));
      case EMPTY -> e.emit(untagged(TYPED, "", ScalarStyle.PLAIN));
      case TEXT -> {
        String v = s.value();
        if (v.indexOf('\n') >= 0) {
          e.emit(untagged(PLAIN_STRING, v, ScalarStyle.LITERAL));
        } else if (Scalars.resolvesToNonString(v)) {
          e.emit(untagged(QUOTED_STRING, v, ScalarStyle.SINGLE_QUOTED));
        } else {
          e.emit(untagged(PLAIN_STRING, v, ScalarStyle.PLAIN));
        }
      }
      default -> throw new IllegalStateException("unknown scalar kind " + s.kind());
    }
    if (s.comment() != null) {
      e.emit(
          new CommentEvent(
              CommentType.IN_LINE, " " + s.comment(), Optional.empty(), Optional.empty()));
    }
  }
}
