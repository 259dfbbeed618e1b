package ai.vibevoice.cicd.helper.testing;

import ai.vibevoice.cicd.helper.DaemonThreads;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * A test-only stand-in for the stock VibeVoice demo server: minimal RFC 6455 framing (the JDK has
 * no WebSocket server). {@code GET /config} answers JSON; {@code WS /stream} sends binary PCM16
 * frames, a text log frame, then closes normally. Like the demo, it serves one stream at a time and
 * closes a second with 1013 "Service busy".
 */
public final class WebSocketTestServer implements AutoCloseable {
  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

  public volatile int frames = 3;
  public volatile int frameBytes = 6_400;
  public volatile long firstFrameDelayMillis = 0;

  /** Close every stream with 1013 at once. */
  public volatile boolean busy = false;

  private final ServerSocket socket;
  private final Semaphore oneStream = new Semaphore(1);
  private final ExecutorService executor =
      Executors.newCachedThreadPool(DaemonThreads.named("ws-test-server"));

  public WebSocketTestServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    executor.execute(this::accept);
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort());
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        executor.execute(() -> serve(client));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      String head = readHead(in);
      String requestLine = head.lines().findFirst().orElse("");
      String key = header(head, "sec-websocket-key");
      if (requestLine.startsWith("GET /config")) {
        byte[] body =
            "{\"voices\":[\"en-Carter_man\"],\"default_voice\":\"en-Carter_man\"}"
                .getBytes(StandardCharsets.UTF_8);
        out.write(
            ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length
                    + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        return;
      }
      if (key == null || !requestLine.startsWith("GET /stream")) {
        out.write(
            "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        return;
      }
      out.write(
          ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
                  + accept(key)
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      if (busy || !oneStream.tryAcquire()) {
        close(out, 1013, "Service busy");
        drain(in);
        return;
      }
      try {
        Thread.sleep(firstFrameDelayMillis);
        frame(
            out,
            0x1,
            "{\"type\":\"log\",\"message\":\"generating\"}".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < frames; i++) {
          frame(out, 0x2, new byte[frameBytes]);
        }
      } finally {
        oneStream.release();
      }
      close(out, 1000, "done");
      drain(in);
    } catch (IOException | InterruptedException | NoSuchAlgorithmException e) {
      // The client went away; nothing to do in a test server.
    }
  }

  private static void close(OutputStream out, int code, String reason) throws IOException {
    byte[] text = reason.getBytes(StandardCharsets.UTF_8);
    byte[] payload = new byte[2 + text.length];
    payload[0] = (byte) (code >> 8);
    payload[1] = (byte) code;
    System.arraycopy(text, 0, payload, 2, text.length);
    frame(out, 0x8, payload);
  }

  /**
   * Reads the client's frames until its close frame or end of stream (the payload is not needed).
   */
  private static void drain(InputStream in) throws IOException {
    while (true) {
      int b0 = in.read();
      int b1 = in.read();
      if (b0 < 0 || b1 < 0) {
        return;
      }
      long length = b1 & 0x7F;
      if (length == 126) {
        length = (in.read() << 8) | in.read();
      } else if (length == 127) {
        length = 0;
        for (int i = 0; i < 8; i++) {
          length = (length << 8) | in.read();
        }
      }
      long skip = length + ((b1 & 0x80) != 0 ? 4 : 0);
      in.readNBytes((int) skip);
      if ((b0 & 0x0F) == 0x8) {
        return;
      }
    }
  }

  private static void frame(OutputStream out, int opcode, byte[] payload) throws IOException {
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    frame.write(0x80 | opcode);
    if (payload.length < 126) {
      frame.write(payload.length);
    } else if (payload.length < 65_536) {
      frame.write(126);
      frame.write(payload.length >> 8);
      frame.write(payload.length);
    } else {
      frame.write(127);
      for (int i = 7; i >= 0; i--) {
        frame.write((int) ((long) payload.length >> (8 * i)));
      }
    }
    frame.write(payload);
    out.write(frame.toByteArray());
    out.flush();
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int state = 0;
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      state =
          (b == '\r' && (state == 0 || state == 2))
              ? state + 1
              : (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
      if (state == 4) {
        break;
      }
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  private static String header(String head, String name) {
    return head.lines()
        .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
        .map(line -> line.substring(line.indexOf(':') + 1).trim())
        .findFirst()
        .orElse(null);
  }

  private static String accept(String key) throws NoSuchAlgorithmException {
    byte[] sha1 =
        MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
    return Base64.getEncoder().encodeToString(sha1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
    executor.shutdownNow();
  }
}
