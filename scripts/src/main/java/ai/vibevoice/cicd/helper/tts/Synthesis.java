package ai.vibevoice.cicd.helper.tts;

import java.util.Objects;

/**
 * What every synthesis request of a {@link TtsClient} asks for: the protocol, the voice (null: the
 * server's default) and the model name, which only the openai protocol sends.
 */
public record Synthesis(Protocol protocol, String voice, String model) {
  public Synthesis {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(model, "model");
  }
}
