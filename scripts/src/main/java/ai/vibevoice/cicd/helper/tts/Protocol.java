package ai.vibevoice.cicd.helper.tts;

/** How to ask a TTS front end for audio (see CICD.md, "Helper programs"). */
public enum Protocol {
  /** The platform's TTS service: {@code POST /synthesize} (streamed with {@code ?stream=true}). */
  REST,
  /** OpenAI-compatible servers: {@code POST /v1/audio/speech}. */
  OPENAI,
  /** The stock VibeVoice demo server: {@code WS /stream?text=...}, binary PCM16 frames. */
  WEBSOCKET
}
