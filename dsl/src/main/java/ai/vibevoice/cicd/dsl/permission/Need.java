package ai.vibevoice.cicd.dsl.permission;

import java.util.Collection;
import java.util.Objects;

/**
 * A permission a step or job needs, with the reason, declared once where it arises (an action
 * manifest, a step helper, an explicit job grant). Job permissions are the union of these.
 */
public record Need(Scope scope, Access access, String reason) {
  public Need {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(reason, () -> "need " + scope.key() + ": reason");
    if (reason.isBlank())
      throw new IllegalArgumentException("need " + scope.key() + ": the reason is blank");
  }

  public static Need read(Scope scope, String reason) {
    return new Need(scope, Access.READ, reason);
  }

  public static Need write(Scope scope, String reason) {
    return new Need(scope, Access.WRITE, reason);
  }

  /** The permissions block that grants exactly these needs. */
  public static Permissions union(Collection<Need> needs) {
    Permissions p = Permissions.none();
    for (Need n : needs) p = p.with(n.scope(), n.access());
    return p;
  }
}
