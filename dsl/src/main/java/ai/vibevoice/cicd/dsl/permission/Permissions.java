package ai.vibevoice.cicd.dsl.permission;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code permissions:} block: access per scope, rendered in scope order. The empty block grants
 * nothing and renders as {@code {}}. Scopes not listed get no access.
 */
public record Permissions(Map<Scope, Access> grants) {
  public Permissions {
    Objects.requireNonNull(grants, "permission grants");
    EnumMap<Scope, Access> sorted = new EnumMap<>(Scope.class);
    grants.forEach(
        (s, a) -> {
          if (s == null || a == null) throw new NullPointerException("permissions contain null");
          sorted.put(s, a);
        });
    grants = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
  }

  /** {@code permissions: {}}: nothing at all. */
  public static Permissions none() {
    return new Permissions(Map.of());
  }

  /** One scope at one level. */
  public static Permissions of(Scope scope, Access access) {
    return new Permissions(Map.of(scope, access));
  }

  /** A copy with {@code scope} raised to at least {@code access}. */
  public Permissions with(Scope scope, Access access) {
    EnumMap<Scope, Access> m = new EnumMap<>(Scope.class);
    m.putAll(grants);
    m.merge(scope, access, Access::max);
    return new Permissions(m);
  }

  /** The smallest block that grants everything either block grants. */
  public Permissions union(Permissions other) {
    Permissions out = this;
    for (Map.Entry<Scope, Access> e : other.grants.entrySet()) {
      out = out.with(e.getKey(), e.getValue());
    }
    return out;
  }

  /** The level granted to {@code scope} ({@link Access#NONE} when absent). */
  public Access access(Scope scope) {
    return grants.getOrDefault(scope, Access.NONE);
  }

  /** True when any scope is granted write. */
  public boolean grantsWrite() {
    return grants.containsValue(Access.WRITE);
  }
}
