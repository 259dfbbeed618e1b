package ai.vibevoice.cicd.helper.tts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.helper.testing.TtsEmulator;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AudioTest {
  @Test
  void wav_with_data_is_audio() {
    assertEquals(Optional.empty(), Audio.problem(TtsEmulator.wav(480)));
  }

  @Test
  void wav_without_samples_is_not() {
    assertEquals(Optional.of("WAV data chunk is empty"), Audio.problem(TtsEmulator.wav(0)));
  }

  @Test
  void truncated_or_foreign_riff_is_not() {
    assertEquals(
        Optional.of("WAV has no fmt chunk"), Audio.problem(Arrays.copyOf(TtsEmulator.wav(10), 14)));
    byte[] avi = TtsEmulator.wav(10);
    avi[8] = 'A';
    assertEquals(Optional.of("RIFF file is not WAVE"), Audio.problem(avi));
  }

  @Test
  void pcm16_must_be_non_empty_and_even() {
    assertEquals(Optional.empty(), Audio.problem(new byte[4]));
    assertEquals(Optional.of("empty body, no audio"), Audio.problem(new byte[0]));
    assertEquals(
        Optional.of("PCM16 audio must have an even length, got 3 bytes"),
        Audio.problem(new byte[3]));
  }

  @Test
  void seconds_of_pcm16_at_24_khz() {
    assertEquals(1.0, Audio.seconds(48_000, 24_000));
  }
}
