package ai.vibevoice.cicd.dsl.plan;

import ai.vibevoice.cicd.dsl.expr.Binary;
import ai.vibevoice.cicd.dsl.expr.Call;
import ai.vibevoice.cicd.dsl.expr.ContextRef;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.ExprParser;
import ai.vibevoice.cicd.dsl.expr.ExprVisitor;
import ai.vibevoice.cicd.dsl.expr.Index;
import ai.vibevoice.cicd.dsl.expr.InputRef;
import ai.vibevoice.cicd.dsl.expr.JobRef;
import ai.vibevoice.cicd.dsl.expr.Literal;
import ai.vibevoice.cicd.dsl.expr.MatrixRef;
import ai.vibevoice.cicd.dsl.expr.Not;
import ai.vibevoice.cicd.dsl.expr.RawExpr;
import ai.vibevoice.cicd.dsl.expr.StepRef;
import ai.vibevoice.cicd.dsl.expr.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Evaluates expressions with GitHub's rules (loose equality with coercion to numbers,
 * case-insensitive strings, falsy {@code false 0 '' null NaN}, {@code &&} and {@code ||} returning
 * an operand, the functions) over what an event determines. Whatever it does not determine
 * evaluates to an {@link Unknown} naming it. See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/expressions">expressions</a>.
 */
public final class Evaluator {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> STATUS = Set.of("success", "always", "failure", "cancelled");

  /**
   * A value only the run knows: the names it depends on and, where the event decides it, its
   * truthiness.
   */
  public record Unknown(List<String> names, Truth truthy) {
    public Unknown {
      names = List.copyOf(new LinkedHashSet<>(names));
      Objects.requireNonNull(truthy, "truthiness");
    }

    static Unknown of(String name) {
      return new Unknown(List.of(name), Truth.UNKNOWN);
    }
  }

  /**
   * How the status functions read: assume every needed job and earlier step succeeded, or keep them
   * open.
   */
  public enum Status {
    ASSUME_SUCCESS,
    SYMBOLIC
  }

  private final Event event;
  private final Map<String, Object> inputs;
  private final Map<String, Outcome> needs;
  private final Status status;

  private Evaluator(
      Event event, Map<String, Object> inputs, Map<String, Outcome> needs, Status status) {
    this.event = Objects.requireNonNull(event, "event");
    this.inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    this.needs = Collections.unmodifiableMap(new LinkedHashMap<>(needs));
    this.status = Objects.requireNonNull(status, "status");
  }

  /**
   * An evaluator for {@code event}: no inputs, no needed jobs, status functions assuming success.
   */
  public static Evaluator of(Event event) {
    return new Evaluator(event, Map.of(), Map.of(), Status.ASSUME_SUCCESS);
  }

  /** The {@code inputs} context (values may be {@link Unknown}). */
  public Evaluator withInputs(Map<String, Object> inputs) {
    return new Evaluator(event, inputs, needs, status);
  }

  /** The jobs in {@code needs} and what happens to each; a skipped one fails {@code success()}. */
  public Evaluator withNeeds(Map<String, Outcome> needs) {
    return new Evaluator(event, inputs, needs, status);
  }

  public Evaluator withStatus(Status status) {
    return new Evaluator(event, inputs, needs, status);
  }

  public Event event() {
    return event;
  }

  /** The value of {@code e}: null, a Boolean, Double, String, List, Map, or an {@link Unknown}. */
  public Object value(Expr e) {
    return e.accept(new Visitor());
  }

  /** An {@code if:}: without a status function GitHub reads it as {@code success() && (e)}. */
  public Condition condition(Expr e) {
    Expr parsed = ExprParser.parse(e.text());
    boolean hasStatus =
        parsed
            .walk()
            .anyMatch(
                x -> x instanceof Call c && STATUS.contains(c.function().toLowerCase(Locale.ROOT)));
    Expr effective =
        hasStatus ? parsed : new Binary(Binary.Op.AND, new Call("success", List.of()), parsed);
    Object v = value(effective);
    Truth t = truth(v);
    return new Condition(e.text(), t, t == Truth.UNKNOWN ? ((Unknown) v).names() : List.of());
  }

  /**
   * Interpolated text with every known expression replaced by its value; unknown ones stay {@code
   * ${{ }}}.
   */
  public String text(Text t) {
    StringBuilder s = new StringBuilder();
    for (Object p : t.parts()) {
      if (p instanceof Expr e) {
        Object v = value(e);
        s.append(v instanceof Unknown ? "${{ " + e.text() + " }}" : string(v));
      } else {
        s.append(p);
      }
    }
    return s.toString();
  }

  /**
   * Truthiness: false, 0, -0, '', null and NaN are falsy; everything else (arrays and objects too)
   * is truthy.
   */
  public static Truth truth(Object v) {
    if (v instanceof Unknown u) return u.truthy();
    if (v == null) return Truth.FALSE;
    if (v instanceof Boolean b) return Truth.of(b);
    if (v instanceof Double d) return Truth.of(d != 0 && !d.isNaN());
    if (v instanceof String s) return Truth.of(!s.isEmpty());
    return Truth.TRUE;
  }

  /**
   * GitHub's conversion to a number: null 0, booleans 1/0, numeric strings (hex too), '' 0,
   * anything else NaN.
   */
  static double number(Object v) {
    if (v == null) return 0;
    if (v instanceof Boolean b) return b ? 1 : 0;
    if (v instanceof Double d) return d;
    if (v instanceof String s) {
      String t = s.trim();
      if (t.isEmpty()) return 0;
      try {
        if (t.matches("[-+]?0[xX][0-9a-fA-F]+"))
          return Long.parseLong(t.replaceFirst("0[xX]", ""), 16);
        if (t.matches("[-+]?0[oO][0-7]+")) return Long.parseLong(t.replaceFirst("0[oO]", ""), 8);
        if (t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?|[-+]?Infinity"))
          return Double.parseDouble(t);
      } catch (NumberFormatException ignored) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }

  /**
   * GitHub's conversion to a string: null '', booleans, numbers without a needless fraction,
   * 'Array', 'Object'.
   */
  static String string(Object v) {
    if (v == null) return "";
    if (v instanceof Double d) {
      if (d.isNaN()) return "NaN";
      if (d.isInfinite()) return d > 0 ? "Infinity" : "-Infinity";
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
    }
    if (v instanceof List) return "Array";
    if (v instanceof Map) return "Object";
    return v.toString();
  }

  /**
   * Loose equality: same types compare directly (strings ignoring case); different types as
   * numbers.
   */
  static boolean looseEquals(Object a, Object b) {
    if (a instanceof String x && b instanceof String y) return x.equalsIgnoreCase(y);
    if ((a instanceof List || a instanceof Map) || (b instanceof List || b instanceof Map))
      return a == b;
    if (a == null && b == null) return true;
    if (a instanceof Boolean x && b instanceof Boolean y) return x.equals(y);
    double x = number(a);
    double y = number(b);
    return x == y;
  }

  /** A literal or a JSON value in the evaluator's types (every number a Double). */
  static Object normalize(Object v) {
    if (v instanceof Number n) return n.doubleValue();
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(normalize(x)));
      return out;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), normalize(x)));
      return out;
    }
    return v;
  }

  private static Unknown merge(Object a, Object b, Truth truthy) {
    List<String> names = new ArrayList<>();
    if (a instanceof Unknown u) names.addAll(u.names());
    if (b instanceof Unknown u) names.addAll(u.names());
    return new Unknown(names, truthy);
  }

  private final class Visitor implements ExprVisitor<Object> {
    @Override
    public Object visitLiteral(Literal e) {
      return normalize(e.value());
    }

    @Override
    public Object visitContext(ContextRef e) {
      List<String> path = e.path().isEmpty() ? List.of() : List.of(e.path().split("\\."));
      return switch (e.context()) {
        case "github" -> walk(github(), path, 0, e.text(), true);
        case "inputs" -> inputs;
        case "secrets" -> secret(e.path());
        default -> Unknown.of(e.text());
      };
    }

    @Override
    public Object visitInput(InputRef e) {
      for (Map.Entry<String, Object> i : inputs.entrySet()) {
        if (i.getKey().equalsIgnoreCase(e.name())) return i.getValue();
      }
      return null;
    }

    @Override
    public Object visitMatrix(MatrixRef e) {
      return Unknown.of(e.text());
    }

    @Override
    public Object visitJob(JobRef e) {
      Outcome o = needs.get(e.jobId());
      if (e.context() == JobRef.Context.JOBS || o == null || o == Outcome.DEPENDS_ON_RUNTIME)
        return Unknown.of(e.text());
      if (o == Outcome.SKIPPED) return e.isResult() ? "skipped" : "";
      return e.isResult() && status == Status.ASSUME_SUCCESS ? "success" : Unknown.of(e.text());
    }

    @Override
    public Object visitStep(StepRef e) {
      return Unknown.of(e.text());
    }

    @Override
    public Object visitCall(Call e) {
      String f = e.function().toLowerCase(Locale.ROOT);
      switch (f) {
        case "always" -> {
          return true;
        }
        case "success" -> {
          if (needs.containsValue(Outcome.SKIPPED)) return false;
          List<String> open =
              needs.entrySet().stream()
                  .filter(n -> n.getValue() == Outcome.DEPENDS_ON_RUNTIME)
                  .map(n -> "whether " + n.getKey() + " runs")
                  .toList();
          if (status == Status.SYMBOLIC) return Unknown.of("success()");
          return open.isEmpty() ? (Object) true : new Unknown(open, Truth.UNKNOWN);
        }
        case "failure", "cancelled" -> {
          return status == Status.SYMBOLIC ? Unknown.of(f + "()") : (Object) false;
        }
        case "hashfiles" -> {
          return Unknown.of(e.text());
        }
        default -> {
          // the functions below read their arguments
        }
      }
      List<Object> args = new ArrayList<>();
      for (Expr a : e.args()) args.add(value(a));
      if (f.equals("case")) return caseOf(e, args);
      Unknown unknown = null;
      for (Object a : args) if (a instanceof Unknown) unknown = merge(unknown, a, Truth.UNKNOWN);
      if (unknown != null) return unknown;
      return switch (f) {
        case "contains" -> contains(args.get(0), args.get(1));
        case "startswith" ->
            string(args.get(0))
                .toLowerCase(Locale.ROOT)
                .startsWith(string(args.get(1)).toLowerCase(Locale.ROOT));
        case "endswith" ->
            string(args.get(0))
                .toLowerCase(Locale.ROOT)
                .endsWith(string(args.get(1)).toLowerCase(Locale.ROOT));
        case "format" -> format(string(args.get(0)), args.subList(1, args.size()));
        case "join" -> join(args.get(0), args.size() > 1 ? string(args.get(1)) : ",");
        case "tojson" -> toJson(args.get(0));
        case "fromjson" -> fromJson(string(args.get(0)));
        default -> throw new IllegalArgumentException("unknown function " + e.function() + "()");
      };
    }

    /** {@code case(pred1, val1, ..., default)}: the value of the first true predicate. */
    private Object caseOf(Call e, List<Object> args) {
      if (args.size() % 2 == 0)
        throw new IllegalArgumentException(e.text() + ": case() takes pairs and a default");
      for (int i = 0; i + 1 < args.size(); i += 2) {
        Truth t = truth(args.get(i));
        if (t == Truth.UNKNOWN) return merge(args.get(i), null, Truth.UNKNOWN);
        if (t == Truth.TRUE) return args.get(i + 1);
      }
      return args.get(args.size() - 1);
    }

    @Override
    public Object visitBinary(Binary e) {
      Object l = value(e.left());
      if (e.op() == Binary.Op.AND || e.op() == Binary.Op.OR) {
        boolean and = e.op() == Binary.Op.AND;
        Truth lt = truth(l);
        if (!(l instanceof Unknown)) return (lt == Truth.TRUE) == and ? value(e.right()) : l;
        Object r = value(e.right());
        Truth rt = truth(r);
        if (and) {
          if (rt == Truth.FALSE) return new Unknown(((Unknown) l).names(), Truth.FALSE);
          return r instanceof Unknown ? merge(l, r, lt.and(rt)) : l;
        }
        if (rt == Truth.TRUE) return new Unknown(((Unknown) l).names(), Truth.TRUE);
        return r instanceof Unknown ? merge(l, r, lt.or(rt)) : l;
      }
      Object r = value(e.right());
      if (l instanceof Unknown || r instanceof Unknown) return merge(l, r, Truth.UNKNOWN);
      return switch (e.op()) {
        case EQ -> looseEquals(l, r);
        case NE -> !looseEquals(l, r);
        case LT -> compare(l, r) < 0;
        case LE -> compare(l, r) <= 0;
        case GT -> compare(l, r) > 0;
        case GE -> compare(l, r) >= 0;
        default -> throw new IllegalStateException(e.op().toString());
      };
    }

    @Override
    public Object visitNot(Not e) {
      Object v = value(e.operand());
      if (v instanceof Unknown u) return new Unknown(u.names(), u.truthy().not());
      return truth(v) == Truth.FALSE;
    }

    @Override
    public Object visitIndex(Index e) {
      Object target = value(e.target());
      Object key = value(e.key());
      if (target instanceof Unknown || key instanceof Unknown)
        return merge(target, key, Truth.UNKNOWN);
      return index(target, key);
    }

    @Override
    public Object visitRaw(RawExpr e) {
      return value(ExprParser.parse(e.text()));
    }
  }

  /**
   * A secret: empty for a pull request from a fork (GitHub passes none but the read-only token),
   * else unknown.
   */
  private Object secret(String name) {
    if (name.isEmpty()) return Unknown.of("secrets");
    if (event.isPullRequest() && event.fork() && !name.equalsIgnoreCase("GITHUB_TOKEN")) return "";
    return Unknown.of("secrets." + name);
  }

  private static double compare(Object l, Object r) {
    if (l instanceof String x && r instanceof String y) return x.compareToIgnoreCase(y);
    double a = number(l);
    double b = number(r);
    if (Double.isNaN(a) || Double.isNaN(b)) return Double.NaN;
    return Double.compare(a, b);
  }

  private static boolean contains(Object search, Object item) {
    if (search instanceof List<?> l) return l.stream().anyMatch(x -> looseEquals(x, item));
    return string(search).toLowerCase(Locale.ROOT).contains(string(item).toLowerCase(Locale.ROOT));
  }

  private static String format(String template, List<Object> args) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
        s.append(c);
        i++;
      } else if (c == '{') {
        int end = template.indexOf('}', i);
        if (end < 0)
          throw new IllegalArgumentException("format('" + template + "'): '{' without '}'");
        int n = Integer.parseInt(template.substring(i + 1, end));
        if (n >= args.size())
          throw new IllegalArgumentException("format('" + template + "'): no argument {" + n + "}");
        s.append(string(args.get(n)));
        i = end;
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  private static String join(Object array, String separator) {
    if (!(array instanceof List<?> l)) return string(array);
    List<String> parts = new ArrayList<>();
    l.forEach(x -> parts.add(string(x)));
    return String.join(separator, parts);
  }

  private static String toJson(Object v) {
    try {
      Object plain =
          v instanceof Double d && d == Math.rint(d) && !d.isInfinite()
              ? (Object) d.longValue()
              : v;
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(plain);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("toJSON: " + e.getMessage(), e);
    }
  }

  private static Object fromJson(String s) {
    try {
      return normalize(JSON.readValue(s, Object.class));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("fromJSON('" + s + "'): not JSON", e);
    }
  }

  /**
   * Property or element access: object keys ignore case, arrays take a number, {@code *} takes
   * every element.
   */
  private static Object index(Object target, Object key) {
    if (target instanceof Map<?, ?> m) {
      if ("*".equals(key)) return new ArrayList<>(m.values());
      String k = string(key);
      for (Map.Entry<?, ?> en : m.entrySet()) {
        if (String.valueOf(en.getKey()).equalsIgnoreCase(k)) return en.getValue();
      }
      return null;
    }
    if (target instanceof List<?> l) {
      if ("*".equals(key)) return l;
      double i = number(key);
      return i >= 0 && i < l.size() && i == Math.rint(i) ? l.get((int) i) : null;
    }
    return null;
  }

  /**
   * Follows {@code path} from {@code cur}. Where a map of the planner's own making lacks a key the
   * value is unknown (the run knows it, {@code full} names it); where the payload file lacks it,
   * null.
   */
  private Object walk(Object cur, List<String> path, int from, String full, boolean open) {
    boolean isOpen = open;
    for (int i = from; i < path.size(); i++) {
      String seg = path.get(i);
      if (seg.equals("*") && cur instanceof List<?> l) {
        List<Object> out = new ArrayList<>();
        for (Object x : l) {
          Object r = walk(x, path, i + 1, full, isOpen);
          if (r instanceof Unknown) return r;
          if (r != null) out.add(r);
        }
        return out;
      }
      if (!(cur instanceof Map<?, ?> m)) return null;
      boolean has = m.keySet().stream().anyMatch(k -> String.valueOf(k).equalsIgnoreCase(seg));
      if (!has) return isOpen ? Unknown.of(full) : null;
      cur = index(m, seg);
      if (i == 0 && seg.equalsIgnoreCase("event")) isOpen = event.payload() == null;
    }
    return cur;
  }

  /** The {@code github} context as far as the event determines it. */
  private Map<String, Object> github() {
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("event_name", event.name());
    g.put("ref", event.githubRef());
    g.put(
        "ref_name",
        event.isPullRequest()
            ? "1/merge"
            : event.githubRef().replaceFirst("^refs/(heads|tags)/", ""));
    g.put("ref_type", event.isTag() ? "tag" : "branch");
    g.put("head_ref", event.isPullRequest() ? "feature" : "");
    g.put("base_ref", event.isPullRequest() ? event.refName() : "");
    g.put("repository", Event.REPOSITORY);
    g.put("repository_owner", Event.REPOSITORY.substring(0, Event.REPOSITORY.indexOf('/')));
    g.put("actor", event.actor());
    g.put("triggering_actor", event.actor());
    g.put("server_url", "https://github.com");
    g.put("event", event.payload() != null ? event.payload() : derivedPayload());
    return g;
  }

  /**
   * The parts of the webhook payload the event's fields determine; event-specific objects of other
   * events are null.
   */
  private Map<String, Object> derivedPayload() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(
        "repository",
        new LinkedHashMap<>(Map.of("full_name", Event.REPOSITORY, "default_branch", "main")));
    p.put("pull_request", null);
    p.put("merge_group", null);
    p.put("inputs", null);
    p.put("schedule", null);
    p.put("release", null);
    if (event.type() != null) p.put("action", event.type());
    if (event.isPullRequest()) {
      Map<String, Object> pr = new LinkedHashMap<>();
      pr.put(
          "head",
          new LinkedHashMap<>(
              Map.of(
                  "ref",
                  "feature",
                  "repo",
                  new LinkedHashMap<>(
                      Map.of(
                          "full_name",
                          event.fork() ? Event.FORK_REPOSITORY : Event.REPOSITORY,
                          "fork",
                          event.fork())))));
      pr.put(
          "base",
          new LinkedHashMap<>(
              Map.of(
                  "ref",
                  event.refName(),
                  "repo",
                  new LinkedHashMap<>(Map.of("full_name", Event.REPOSITORY)))));
      pr.put("user", new LinkedHashMap<>(Map.of("login", event.actor())));
      p.put("pull_request", pr);
    } else if (event.name().equals("merge_group")) {
      p.put(
          "merge_group",
          new LinkedHashMap<>(Map.of("base_ref", event.ref(), "head_ref", event.githubRef())));
    } else if (event.name().equals("workflow_dispatch")) {
      p.put("inputs", new LinkedHashMap<>(event.inputs()));
    } else if (event.name().equals("schedule") && event.cron() != null) {
      p.put("schedule", event.cron());
    } else if (event.name().equals("push")) {
      p.put("ref", event.ref());
    }
    return p;
  }
}
