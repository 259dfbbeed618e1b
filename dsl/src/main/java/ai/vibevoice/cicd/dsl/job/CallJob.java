package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.codegen.Buildable;
import ai.vibevoice.cicd.dsl.expr.Expr;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.permission.Need;
import ai.vibevoice.cicd.dsl.permission.Permissions;
import ai.vibevoice.cicd.dsl.trigger.WorkflowCall;
import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A job that calls a reusable workflow. It has no runner, steps or timeout (GitHub rejects them),
 * so this type has no such fields. Its permissions are what the callee needs plus explicit grants.
 */
@Buildable(extending = JobBuilder.class)
public record CallJob(
    String id,
    Text name,
    List<String> needs,
    Expr ifCondition,
    @Buildable.NoSetter Callee callee,
    Map<String, Object> with,
    @Buildable.Adder("secret") Map<String, Expr> secrets,
    @Buildable.NoSetter String secretsInheritReason,
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

  public Builder toBuilder() {
    return new Builder(id, callee).from(this);
  }

  public static final class Builder extends CallJobBuilderBase {
    private Builder(String id, Callee callee) {
      this.id = id;
      this.callee = callee;
    }

    public Builder with(String input, Text value) {
      return put(input, value);
    }

    public Builder with(String input, Expr value) {
      return with(input, Text.of(value));
    }

    public Builder with(String input, String value) {
      return with(input, Text.of(value));
    }

    public Builder with(String input, boolean value) {
      return put(input, value);
    }

    public Builder with(String input, Number value) {
      return put(input, value);
    }

    /**
     * {@code secrets: inherit} hands every secret to the callee; generation refuses it without a
     * reason.
     */
    public Builder secretsInherit(String reason) {
      this.secretsInheritReason = Objects.requireNonNull(reason, "reason");
      return this;
    }

    /** {@code with} takes text, booleans and numbers only, hence no generated adder. */
    private Builder put(String input, Object value) {
      with.put(input, value);
      return this;
    }
  }
}
