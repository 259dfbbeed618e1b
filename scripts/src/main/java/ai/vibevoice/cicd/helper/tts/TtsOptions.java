package ai.vibevoice.cicd.helper.tts;

import picocli.CommandLine.Option;

/**
 * The synthesis options smoke-test and load-test share (a picocli {@code @Mixin}), so both commands
 * take them with the same names, defaults and help (one wording for both since the mixin:
 * load-test's {@code --protocol} lists the protocols, its {@code --model} parameter reads {@code
 * <model>}).
 */
public final class TtsOptions {
  @Option(
      names = "--protocol",
      defaultValue = "rest",
      paramLabel = "rest|openai|websocket",
      description =
          "rest (the platform's /synthesize), openai (/v1/audio/speech) or websocket (demo server). Default: ${DEFAULT-VALUE}.")
  Protocol protocol;

  @Option(names = "--voice", description = "Voice id passed to the server.")
  String voice;

  @Option(
      names = "--model",
      defaultValue = "tts-1",
      description = "Model name for the openai protocol. Default: ${DEFAULT-VALUE}.")
  String model;

  @Option(
      names = "--sample-rate",
      defaultValue = "24000",
      description = "Sample rate of the PCM16 audio (Hz). Default: ${DEFAULT-VALUE}.")
  int sampleRate;

  /** What the client's synthesis requests ask for. */
  public Synthesis synthesis() {
    return new Synthesis(protocol, voice, model);
  }

  /** The sample rate that turns PCM16 bytes into seconds of audio. */
  public int sampleRate() {
    return sampleRate;
  }
}
