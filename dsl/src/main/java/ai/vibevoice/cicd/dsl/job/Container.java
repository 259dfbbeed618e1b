package ai.vibevoice.cicd.dsl.job;

import ai.vibevoice.cicd.dsl.expr.Text;
import ai.vibevoice.cicd.dsl.util.Ordered;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A job {@code container:} or a {@code services:} entry. */
public record Container(
    Text image, Map<String, Text> env, List<String> ports, List<String> volumes, String options) {
  public Container {
    Objects.requireNonNull(image, "container image");
    env = Ordered.copyOf(env, "container env");
    ports = Ordered.copyOf(ports, "container ports");
    volumes = Ordered.copyOf(volumes, "container volumes");
  }

  public static Container of(String image) {
    return new Container(Text.of(image), Map.of(), List.of(), List.of(), null);
  }
}
