package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A job that calls a reusable workflow. It has no runner, steps or timeout (GitHub rejects them),
 * so this type has no such fields. Its permissions are what the callee needs plus explicit grants.
 */
public record CallJob(
    String id,
    Text name,
    List<String> needs,
    Expr ifCondition,
    Callee callee,
    Map<String, Object> with,
    Map<String, Expr> secrets,
    String secretsInheritReason,
    List<Need> grants,
    Concurrency concurrency,
    Strategy strategy)
    implements Job {

  public CallJob {
    Objects.requireNonNull(id, "job id");
    String label = "job " + id;
    needs = Ordered.copyOf(needs, label + ": needs");
    Objects.requireNonNull(callee, () -> label + ": uses");
    with = Ordered.copyOf(with, label + ": with");
    secrets = Ordered.copyOf(secrets, label + ": secrets");
    grants = Ordered.copyOf(grants, label + ": grants");
    for (Map.Entry<String, Object> e : with.entrySet()) {
      Object v = e.getValue();
      if (!(v instanceof Text || v instanceof Boolean || v instanceof Number)) {
        throw new IllegalArgumentException(
            label + ": with." + e.getKey() + " must be text, a boolean or a number");
      }
    }
    if (secretsInheritReason != null && !secrets.isEmpty()) {
      throw new IllegalArgumentException(
          label + ": secrets: inherit and named secrets exclude each other");
    }
  }

  public static Builder builder(String id, Callee callee) {
    return new Builder(id, callee);
  }

  @Override
  public Permissions permissions() {
    return callee.required().union(Need.union(grants));
  }

  @Override
  public List<String> outputNames() {
    return callee.contract().outputs().stream().map(WorkflowCall.Output::name).toList();
  }

  @Override
  public <R> R accept(JobVisitor<R> visitor) {
    return visitor.visitCallJob(this);
  }

  public Builder toBuilder() {
    Builder b =
        new Builder(id, callee).from(name, needs, ifCondition, grants, concurrency, strategy);
    b.with.putAll(with);
    b.secrets.putAll(secrets);
    b.secretsInheritReason = secretsInheritReason;
    return b;
  }

  public static final class Builder extends JobBuilder<Builder> {
    private final Callee callee;
    private final Map<String, Object> with = new LinkedHashMap<>();
    private final Map<String, Expr> secrets = new LinkedHashMap<>();
    private String secretsInheritReason;

    private Builder(String id, Callee callee) {
      super(id);
      this.callee = callee;
    }

    public Builder with(String input, Text value) {
      with.put(input, value);
      return this;
    }

    public Builder with(String input, Expr value) {
      return with(input, Text.of(value));
    }

    public Builder with(String input, String value) {
      return with(input, Text.of(value));
    }

    public Builder with(String input, boolean value) {
      with.put(input, value);
      return this;
    }

    public Builder with(String input, Number value) {
      with.put(input, value);
      return this;
    }

    public Builder secret(String name, Expr value) {
      secrets.put(name, value);
      return this;
    }

    /**
     * {@code secrets: inherit} hands every secret to the callee; generation refuses it without a
     * reason.
     */
    public Builder secretsInherit(String reason) {
      this.secretsInheritReason = Objects.requireNonNull(reason, "reason");
      return this;
    }

    public CallJob build() {
      return new CallJob(
          id,
          name,
          needs,
          ifCondition,
          callee,
          with,
          secrets,
          secretsInheritReason,
          grants,
          concurrency,
          strategy);
    }
  }
}
