package ai.vibevoice.cicd.helper.tts;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Checks that bytes are real audio: a WAV file with a non-empty data chunk, or non-empty PCM16. */
public final class Audio {
  private Audio() {}

  /** PCM16 mono at the platform's sample rate: bytes per second of audio. */
  public static double seconds(long pcmBytes, int sampleRate) {
    return pcmBytes / (2.0 * sampleRate);
  }

  /** Empty when {@code body} is a valid WAV or PCM16 answer, else what is wrong with it. */
  public static Optional<String> problem(byte[] body) {
    if (body.length >= 4 && new String(body, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")) {
      return wavProblem(body);
    }
    if (body.length == 0) {
      return Optional.of("empty body, no audio");
    }
    if (body.length % 2 != 0) {
      return Optional.of("PCM16 audio must have an even length, got " + body.length + " bytes");
    }
    return Optional.empty();
  }

  /**
   * What is wrong with a streamed 200 answer, or null when it may be audio: a Content-Type of text,
   * JSON, HTML or XML (an error page), a WAV header that is not WAVE, or raw PCM16 of odd length.
   * {@code prefix} holds the first {@code prefixLength} bytes of a body of {@code totalBytes}.
   */
  public static String streamProblem(
      String contentType, byte[] prefix, int prefixLength, long totalBytes) {
    if (contentType != null) {
      String type = contentType.toLowerCase(Locale.ROOT);
      int semicolon = type.indexOf(';');
      type = (semicolon >= 0 ? type.substring(0, semicolon) : type).trim();
      if (type.startsWith("text/")
          || type.contains("json")
          || type.contains("html")
          || type.contains("xml")) {
        return "Content-Type " + contentType + " is not audio";
      }
    }
    if (prefixLength >= 4 && new String(prefix, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")) {
      return prefixLength >= 12
              && new String(prefix, 8, 4, StandardCharsets.US_ASCII).equals("WAVE")
          ? null
          : "RIFF file is not WAVE";
    }
    if (totalBytes % 2 != 0) {
      return "PCM16 audio must have an even length, got " + totalBytes + " bytes";
    }
    return null;
  }

  /** Describes the audio for the smoke test's output line. */
  public static String describe(byte[] body, int defaultSampleRate) {
    if (body.length >= 44 && new String(body, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")) {
      return "WAV, " + body.length + " bytes";
    }
    return String.format(
        Locale.ROOT,
        "PCM16, %d bytes (%.2f s at %d Hz)",
        body.length,
        seconds(body.length, defaultSampleRate),
        defaultSampleRate);
  }

  static Optional<String> wavProblem(byte[] body) {
    if (body.length < 12 || !ascii(body, 8, 4).equals("WAVE")) {
      return Optional.of("RIFF file is not WAVE");
    }
    ByteBuffer b = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
    boolean fmtSeen = false;
    int pos = 12;
    while (pos + 8 <= body.length) {
      String id = ascii(body, pos, 4);
      long size = Integer.toUnsignedLong(b.getInt(pos + 4));
      int dataStart = pos + 8;
      if (id.equals("fmt ")) {
        if (size < 16 || dataStart + 16 > body.length) {
          return Optional.of("WAV fmt chunk is truncated");
        }
        int format = Short.toUnsignedInt(b.getShort(dataStart));
        int channels = Short.toUnsignedInt(b.getShort(dataStart + 2));
        int rate = b.getInt(dataStart + 4);
        int bits = Short.toUnsignedInt(b.getShort(dataStart + 14));
        if (format != 1 && format != 3 && format != 0xFFFE) {
          return Optional.of("WAV format code " + format + " is not PCM");
        }
        if (channels < 1 || rate <= 0 || bits == 0) {
          return Optional.of(
              "WAV fmt chunk has channels " + channels + ", rate " + rate + ", bits " + bits);
        }
        fmtSeen = true;
      } else if (id.equals("data")) {
        if (!fmtSeen) {
          return Optional.of("WAV data chunk before fmt chunk");
        }
        long available = body.length - dataStart;
        // Streaming writers put 0 or 0xFFFFFFFF in the size; what counts is audio after the header.
        long audio = (size == 0 || size == 0xFFFFFFFFL) ? available : Math.min(size, available);
        return audio > 0 ? Optional.empty() : Optional.of("WAV data chunk is empty");
      }
      pos = dataStart + (int) Math.min(size + (size & 1), Integer.MAX_VALUE - dataStart);
    }
    return Optional.of(fmtSeen ? "WAV has no data chunk" : "WAV has no fmt chunk");
  }

  private static String ascii(byte[] bytes, int offset, int length) {
    return offset + length <= bytes.length
        ? new String(bytes, offset, length, StandardCharsets.US_ASCII)
        : "";
  }
}
