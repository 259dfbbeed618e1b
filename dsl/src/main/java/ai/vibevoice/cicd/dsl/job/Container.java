package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.builder.EnvBuilder;
import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A job {@code container:} or a {@code services:} entry. See <a
 * href="https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idcontainer">container</a>.
 */
public record Container(
    Text image, Map<String, Text> env, List<String> ports, List<String> volumes, String options) {
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
    Builder b = new Builder(image);
    b.env.putAll(env);
    b.ports.addAll(ports);
    b.volumes.addAll(volumes);
    b.options = options;
    return b;
  }

  public static final class Builder implements EnvBuilder<Builder> {
    private final Text image;
    private final Map<String, Text> env = new LinkedHashMap<>();
    private final List<String> ports = new ArrayList<>();
    private final List<String> volumes = new ArrayList<>();
    private String options;

    private Builder(Text image) {
      this.image = image;
    }

    @Override
    public Builder env(String name, Text value) {
      env.put(name, value);
      return this;
    }

    public Builder ports(String... ports) {
      this.ports.addAll(List.of(ports));
      return this;
    }

    public Builder volumes(String... volumes) {
      this.volumes.addAll(List.of(volumes));
      return this;
    }

    /** Extra {@code docker create} options. */
    public Builder options(String options) {
      this.options = options;
      return this;
    }

    public Container build() {
      return new Container(image, env, ports, volumes, options);
    }
  }
}
