package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.builder.EnvBuilder;
import ai.vibevoice.cicd.dsl.codegen.Buildable;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A job {@code container:} or a {@code services:} entry. See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idcontainer">container</a>.
 *
 * @param options Extra {@code docker create} options.
 */
@Buildable
public record Container(
    @Buildable.NoSetter Text image,
    @Buildable.Adder("env") Map<String, Text> env,
    @Buildable.AddAll List<String> ports,
    @Buildable.AddAll List<String> volumes,
    String options) {
  public Container {
    Objects.requireNonNull(image, "container image");
    env = Ordered.copyOf(env, "container env");
    ports = Ordered.copyOf(ports, "container ports");
    volumes = Ordered.copyOf(volumes, "container volumes");
  }

  /** A container of {@code image} with nothing else set. */
  public static Container of(String image) {
    return builder(Text.of(image)).build();
  }

  public static Builder builder(Text image) {
    return new Builder(image);
  }

  public Builder toBuilder() {
    return new Builder(image).from(this);
  }

  public static final class Builder extends ContainerBuilderBase implements EnvBuilder<Builder> {
    private Builder(Text image) {
      this.image = image;
    }
  }
}
