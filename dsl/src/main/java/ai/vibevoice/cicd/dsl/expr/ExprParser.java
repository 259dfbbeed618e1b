package ai.vibevoice.cicd.dsl.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the text inside {@code ${{ }}} with GitHub's expression grammar into the typed model:
 * literals, contexts with property, index and {@code *} filter access, function calls, {@code !},
 * comparison, equality, {@code &&} and {@code ||} with their precedence, and parentheses.
 * References become the typed nodes the validator checks ({@code inputs.x} an {@link InputRef},
 * {@code steps.id.outputs.o} a {@link StepRef}...). See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/expressions">expressions</a>.
 */
public final class ExprParser {
  /** GitHub's functions and how many arguments each takes (min, max; -1: any number). */
  static final Map<String, int[]> FUNCTIONS =
      Map.ofEntries(
          Map.entry("contains", new int[] {2, 2}),
          Map.entry("startswith", new int[] {2, 2}),
          Map.entry("endswith", new int[] {2, 2}),
          Map.entry("format", new int[] {1, -1}),
          Map.entry("join", new int[] {1, 2}),
          Map.entry("tojson", new int[] {1, 1}),
          Map.entry("fromjson", new int[] {1, 1}),
          Map.entry("hashfiles", new int[] {1, -1}),
          Map.entry("success", new int[] {0, 0}),
          Map.entry("always", new int[] {0, 0}),
          Map.entry("cancelled", new int[] {0, 0}),
          Map.entry("failure", new int[] {0, 0}),
          Map.entry("case", new int[] {3, -1}));

  /**
   * An expression that does not parse, with the 0-based position in the text where it went wrong.
   */
  public static final class ParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int position;

    public ParseException(String message, int position) {
      super(message);
      this.position = position;
    }

    public int position() {
      return position;
    }
  }

  private final String text;
  private int pos;

  private ExprParser(String text) {
    this.text = text;
  }

  /**
   * The expression {@code text} (without {@code ${{ }}}) as a tree; throws {@link ParseException}.
   */
  public static Expr parse(String text) {
    ExprParser p = new ExprParser(text);
    p.skipSpace();
    if (p.pos == text.length()) throw new ParseException("empty expression", 0);
    Expr e = p.or();
    if (p.pos < text.length()) throw p.error("unexpected '" + text.charAt(p.pos) + "'");
    return e;
  }

  /**
   * One {@code ${{ ... }}} found in a plain string: its text and where the text starts in the
   * string.
   */
  public record Embedded(String text, int offset) {}

  /**
   * Every {@code ${{ ... }}} in {@code s}, in order. A {@code ${{} without its closing {@code }}}
   * is an error at its position; the closing braces inside a string literal do not end the
   * expression.
   */
  public static List<Embedded> embedded(String s) {
    List<Embedded> found = new ArrayList<>();
    int from = 0;
    while (true) {
      int start = s.indexOf("${{", from);
      if (start < 0) return found;
      int i = start + 3;
      boolean quoted = false;
      int end = -1;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '\'') quoted = !quoted;
        else if (!quoted && c == '}' && i + 1 < s.length() && s.charAt(i + 1) == '}') {
          end = i;
          break;
        }
        i++;
      }
      if (end < 0) throw new ParseException("'${{' without '}}'", start);
      found.add(new Embedded(s.substring(start + 3, end), start + 3));
      from = end + 2;
    }
  }

  private Expr or() {
    Expr left = and();
    while (consume("||")) left = new Binary(Binary.Op.OR, left, and());
    return left;
  }

  private Expr and() {
    Expr left = equality();
    while (consume("&&")) left = new Binary(Binary.Op.AND, left, equality());
    return left;
  }

  private Expr equality() {
    Expr left = comparison();
    while (true) {
      if (consume("==")) left = new Binary(Binary.Op.EQ, left, comparison());
      else if (consume("!=")) left = new Binary(Binary.Op.NE, left, comparison());
      else return left;
    }
  }

  private Expr comparison() {
    Expr left = unary();
    while (true) {
      if (consume("<=")) left = new Binary(Binary.Op.LE, left, unary());
      else if (consume(">=")) left = new Binary(Binary.Op.GE, left, unary());
      else if (consume("<")) left = new Binary(Binary.Op.LT, left, unary());
      else if (consume(">")) left = new Binary(Binary.Op.GT, left, unary());
      else return left;
    }
  }

  private Expr unary() {
    if (peek('!') && !text.startsWith("!=", pos)) {
      pos++;
      return new Not(unary());
    }
    return postfix(primary());
  }

  private Expr primary() {
    skipSpace();
    if (pos >= text.length()) throw error("expression ends too early");
    char c = text.charAt(pos);
    if (c == '(') {
      pos++;
      Expr inner = or();
      expect(")");
      return inner;
    }
    if (c == '\'') return new Literal(string());
    if (Character.isDigit(c) || c == '-' || c == '+' || c == '.') return new Literal(number());
    if (Character.isLetter(c) || c == '_') {
      int start = pos;
      String name = identifier();
      if (peek('(')) return call(name, start);
      return switch (name) {
        case "true" -> new Literal(true);
        case "false" -> new Literal(false);
        case "null" -> new Literal(null);
        case "NaN", "Infinity" -> new Literal(Double.parseDouble(name));
        default -> context(name, start);
      };
    }
    throw error("unexpected '" + c + "'");
  }

  private Expr call(String name, int start) {
    int[] arity = FUNCTIONS.get(name.toLowerCase(Locale.ROOT));
    if (arity == null) throw new ParseException("unknown function '" + name + "'", start);
    expect("(");
    List<Expr> args = new ArrayList<>();
    if (!peek(')')) {
      do {
        args.add(or());
      } while (consume(","));
    }
    expect(")");
    if (args.size() < arity[0] || (arity[1] >= 0 && args.size() > arity[1])) {
      throw new ParseException(
          name
              + "() takes "
              + (arity[0] == arity[1]
                  ? arity[0]
                  : arity[0] + (arity[1] < 0 ? " or more" : " to " + arity[1]))
              + " argument(s), got "
              + args.size(),
          start);
    }
    return new Call(name, args);
  }

  /**
   * A context and the property chain after it, as the typed reference it names where it names one.
   */
  private Expr context(String name, int start) {
    if (!ContextRef.CONTEXTS.contains(name) && !ContextRef.WHOLE_ONLY.contains(name)) {
      throw new ParseException("unknown context '" + name + "'", start);
    }
    List<String> path = new ArrayList<>();
    while (true) {
      if (consumeTight(".")) {
        if (consumeTight("*")) path.add("*");
        else path.add(identifier());
      } else if (peekIndexLiteral()) {
        pos++;
        skipSpace();
        path.add(string());
        expect("]");
      } else {
        break;
      }
    }
    if (path.isEmpty()) return new ContextRef(name, "");
    return typed(name, path, start);
  }

  private Expr typed(String name, List<String> path, int start) {
    switch (name) {
      case "inputs" -> {
        if (path.size() == 1) return new InputRef(path.get(0));
      }
      case "matrix" -> {
        if (path.size() == 1) return new MatrixRef(path.get(0));
      }
      case "steps" -> {
        if (path.size() == 3 && path.get(1).equals("outputs"))
          return new StepRef(path.get(0), StepRef.Property.OUTPUT, path.get(2));
        if (path.size() == 2 && path.get(1).equals("outcome"))
          return new StepRef(path.get(0), StepRef.Property.OUTCOME, null);
        if (path.size() == 2 && path.get(1).equals("conclusion"))
          return new StepRef(path.get(0), StepRef.Property.CONCLUSION, null);
        throw new ParseException(
            "steps.<id> has outputs.<name>, outcome and conclusion, not '"
                + String.join(".", path)
                + "'",
            start);
      }
      case "needs", "jobs" -> {
        JobRef.Context context = name.equals("needs") ? JobRef.Context.NEEDS : JobRef.Context.JOBS;
        if (path.size() == 3 && path.get(1).equals("outputs"))
          return new JobRef(context, path.get(0), path.get(2));
        if (path.size() == 2 && path.get(1).equals("result"))
          return new JobRef(context, path.get(0), JobRef.RESULT);
        throw new ParseException(
            name + ".<job> has outputs.<name> and result, not '" + String.join(".", path) + "'",
            start);
      }
      default -> {
        try {
          return new ContextRef(name, String.join(".", path));
        } catch (IllegalArgumentException e) {
          throw new ParseException(e.getMessage(), start);
        }
      }
    }
    throw new ParseException(
        name + " takes one property name, not '" + String.join(".", path) + "'", start);
  }

  /**
   * Computed index access and properties of a computed value ({@code fromJSON(x).a}, {@code x[0]}).
   */
  private Expr postfix(Expr e) {
    while (true) {
      if (peek('[')) {
        pos++;
        Expr key = or();
        expect("]");
        e = new Index(e, key);
      } else if (peek('.') && !(e instanceof Literal)) {
        pos++;
        String property = consumeTight("*") ? "*" : identifier();
        e = new Index(e, new Literal(property));
      } else {
        return e;
      }
    }
  }

  private boolean peekIndexLiteral() {
    if (!peek('[')) return false;
    int save = pos;
    pos++;
    boolean literal = peek('\'');
    pos = save;
    return literal;
  }

  private String identifier() {
    int start = pos;
    while (pos < text.length()
        && (Character.isLetterOrDigit(text.charAt(pos))
            || text.charAt(pos) == '_'
            || text.charAt(pos) == '-')) {
      pos++;
    }
    if (start == pos) throw error("a name is expected");
    return text.substring(start, pos);
  }

  private String string() {
    int start = pos;
    pos++;
    StringBuilder sb = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '\'') {
        if (pos < text.length() && text.charAt(pos) == '\'') {
          sb.append('\'');
          pos++;
        } else {
          return sb.toString();
        }
      } else {
        sb.append(c);
      }
    }
    throw new ParseException("string literal without its closing quote", start);
  }

  private Number number() {
    int start = pos;
    while (pos < text.length()
        && "0123456789abcdefABCDEFxXoO.+-eE".indexOf(text.charAt(pos)) >= 0) {
      char c = text.charAt(pos);
      if ((c == '+' || c == '-') && pos > start && "eE".indexOf(text.charAt(pos - 1)) < 0) break;
      pos++;
    }
    String n = text.substring(start, pos);
    try {
      if (n.matches("[-+]?0[xX][0-9a-fA-F]+")) {
        long magnitude = Long.parseLong(n.replaceFirst("^[-+]?0[xX]", ""), 16);
        return n.startsWith("-") ? -magnitude : magnitude;
      }
      if (n.matches("[-+]?\\d+")) return Long.parseLong(n);
      return Double.parseDouble(n);
    } catch (NumberFormatException e) {
      throw new ParseException("not a number: '" + n + "'", start);
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
  }

  /**
   * Skips whitespace, then tells whether {@code c} is next (every token read but the property dot
   * skips it first).
   */
  private boolean peek(char c) {
    skipSpace();
    return pos < text.length() && text.charAt(pos) == c;
  }

  private boolean consume(String token) {
    skipSpace();
    if (text.startsWith(token, pos)) {
      pos += token.length();
      return true;
    }
    return false;
  }

  /** A token directly after the previous one (property access allows no space before the dot). */
  private boolean consumeTight(String token) {
    if (text.startsWith(token, pos)) {
      pos += token.length();
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!consume(token)) throw error("'" + token + "' expected");
  }

  private ParseException error(String message) {
    return new ParseException(message, pos);
  }
}
