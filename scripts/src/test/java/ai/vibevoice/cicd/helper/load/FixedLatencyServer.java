package ai.vibevoice.cicd.helper.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The benchmarks' fixed-latency server (not a test; its own process, so its CPU is not the
 * client's): 127.0.0.1 only, answers every request (any method and path) with {@code chunks} chunks
 * of PCM16 silence, the first (with the headers) {@code firstMs} after the request arrived and the
 * last {@code lastMs} after, evenly spaced; HTTP/1.1 chunked and kept alive, HTTP/1.0 (ab) with a
 * Content-Length. One I/O thread reads requests; one timer thread writes the chunks when they are
 * due (a {@link DelayQueue}: about 0.1 ms late).
 *
 * <p>A freeze: when the {@code freezeAt}-th request arrives, nothing is written for {@code
 * freezeMs}; requests arriving meanwhile start their timeline at the freeze's end, and chunks due
 * during it leave at its end. So a request arriving at t (freeze from F to F + L) ends at F + L +
 * lastMs if t is in [F, F + L), at F + L if t + lastMs falls in it, else at t + lastMs.
 *
 * <pre>
 * java ... FixedLatencyServer [port=0] [firstMs=20] [lastMs=60] [chunks=3] [chunkBytes=4800] [freezeAt=0] [freezeMs=1000]
 * </pre>
 *
 * Prints "port N" when listening, and "served N" (requests) when terminated.
 */
public final class FixedLatencyServer {
  private final long firstNanos;
  private final long lastNanos;
  private final int chunks;
  private final byte[] chunk;
  private final long freezeAt;
  private final long freezeNanos;
  private volatile long freezeFrom = Long.MAX_VALUE;
  private volatile long freezeUntil = Long.MIN_VALUE;
  private long requests;
  private final DelayQueue<Event> due = new DelayQueue<>();

  /** Parses the arguments of {@link #main}, each with its default when absent. */
  private FixedLatencyServer(String[] args) {
    firstNanos = arg(args, 1, 20) * 1_000_000;
    lastNanos = arg(args, 2, 60) * 1_000_000;
    chunks = Math.toIntExact(arg(args, 3, 3));
    chunk = new byte[Math.toIntExact(arg(args, 4, 4800))];
    freezeAt = arg(args, 5, 0);
    freezeNanos = arg(args, 6, 1000) * 1_000_000;
  }

  private static long arg(String[] args, int index, long absent) {
    return args.length > index ? Long.parseLong(args[index]) : absent;
  }

  public static void main(String[] args) throws IOException {
    int port = Math.toIntExact(arg(args, 0, 0));
    FixedLatencyServer server = new FixedLatencyServer(args);
    ServerSocketChannel listener = ServerSocketChannel.open();
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4096);
    Thread timer = new Thread(server::timer, "timer");
    timer.setDaemon(true);
    timer.start();
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> System.out.println("served " + server.requests)));
    System.out.println("port " + ((InetSocketAddress) listener.getLocalAddress()).getPort());
    System.out.flush();
    server.serve(listener);
  }

  private static final class Conn {
    final SocketChannel channel;
    final ByteBuffer in = ByteBuffer.allocate(16 * 1024);

    Conn(SocketChannel channel) {
      this.channel = channel;
    }
  }

  private void serve(ServerSocketChannel listener) throws IOException {
    Selector selector = Selector.open();
    listener.configureBlocking(false);
    listener.register(selector, SelectionKey.OP_ACCEPT);
    while (true) {
      selector.select(
          key -> {
            try {
              if (key.isAcceptable()) {
                SocketChannel ch;
                while ((ch = listener.accept()) != null) {
                  ch.configureBlocking(false);
                  ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
                  ch.register(selector, SelectionKey.OP_READ, new Conn(ch));
                }
              } else if (key.isReadable()) {
                read((Conn) key.attachment(), key);
              }
            } catch (IOException e) {
              key.cancel();
              try {
                key.channel().close();
              } catch (IOException ignored) {
                // closing anyway
              }
            }
          });
    }
  }

  private void read(Conn c, SelectionKey key) throws IOException {
    int n = c.channel.read(c.in);
    if (n < 0) {
      key.cancel();
      c.channel.close();
      return;
    }
    long now = System.nanoTime();
    while (true) {
      int end = headerEnd(c.in);
      if (end < 0) {
        if (!c.in.hasRemaining()) {
          throw new IOException("request header too large");
        }
        return;
      }
      String head = new String(c.in.array(), 0, end, StandardCharsets.ISO_8859_1);
      long length = 0;
      boolean http10 = head.startsWith("HTTP/1.0", head.indexOf(' ', head.indexOf(' ') + 1) + 1);
      boolean keepAlive = !http10;
      for (String line : head.split("\r\n")) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(line.substring(15).trim());
        } else if (lower.startsWith("connection:")) {
          keepAlive = lower.contains("keep-alive") || (!http10 && !lower.contains("close"));
        }
      }
      int total = end + 4 + (int) length;
      if (c.in.position() < total) {
        return; // body not all here yet
      }
      // consume the request
      c.in.flip();
      c.in.position(total);
      c.in.compact();
      arrived(c.channel, now, http10, keepAlive);
    }
  }

  private static int headerEnd(ByteBuffer in) {
    byte[] a = in.array();
    for (int i = 0; i + 3 < in.position(); i++) {
      if (a[i] == '\r' && a[i + 1] == '\n' && a[i + 2] == '\r' && a[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void arrived(SocketChannel channel, long now, boolean http10, boolean keepAlive) {
    long n = ++requests;
    if (n == freezeAt) {
      freezeUntil = now + freezeNanos;
      freezeFrom = now;
    }
    long base = now >= freezeFrom && now < freezeUntil ? freezeUntil : now;
    for (int i = 0; i < chunks; i++) {
      long at = base + firstNanos + (chunks == 1 ? 0 : (lastNanos - firstNanos) * i / (chunks - 1));
      due.add(new Event(at, channel, i, http10, keepAlive));
    }
  }

  private void timer() {
    while (true) {
      Event e;
      try {
        e = due.take();
      } catch (InterruptedException ex) {
        return;
      }
      long now = System.nanoTime();
      if (e.at >= freezeFrom && e.at < freezeUntil) {
        while ((now = System.nanoTime()) < freezeUntil) {
          LockSupport.parkNanos(freezeUntil - now);
        }
      }
      try {
        write(e);
      } catch (IOException ex) {
        try {
          e.channel.close();
        } catch (IOException ignored) {
          // closing anyway
        }
      }
    }
  }

  private void write(Event e) throws IOException {
    if (!e.channel.isOpen()) {
      return;
    }
    ByteBuffer out;
    boolean last = e.index == chunks - 1;
    if (e.http10) {
      String head =
          e.index == 0
              ? "HTTP/1.0 200 OK\r\nContent-Type: audio/pcm\r\nContent-Length: "
                  + (long) chunks * chunk.length
                  + "\r\n"
                  + (e.keepAlive ? "Connection: keep-alive\r\n" : "")
                  + "\r\n"
              : "";
      out = ByteBuffer.allocate(head.length() + chunk.length);
      out.put(head.getBytes(StandardCharsets.ISO_8859_1)).put(chunk);
    } else {
      String head =
          e.index == 0
              ? "HTTP/1.1 200 OK\r\nContent-Type: audio/pcm\r\nTransfer-Encoding: chunked\r\n"
                  + (e.keepAlive ? "" : "Connection: close\r\n")
                  + "\r\n"
              : "";
      String size = Integer.toHexString(chunk.length) + "\r\n";
      String tail = last ? "\r\n0\r\n\r\n" : "\r\n";
      out = ByteBuffer.allocate(head.length() + size.length() + chunk.length + tail.length());
      out.put(head.getBytes(StandardCharsets.ISO_8859_1))
          .put(size.getBytes(StandardCharsets.ISO_8859_1))
          .put(chunk)
          .put(tail.getBytes(StandardCharsets.ISO_8859_1));
    }
    out.flip();
    while (out.hasRemaining()) {
      if (e.channel.write(out) == 0) {
        Thread.onSpinWait();
      }
    }
    if (last && !e.keepAlive) {
      e.channel.close();
    }
  }

  private static final class Event implements Delayed {
    final long at;
    final SocketChannel channel;
    final int index;
    final boolean http10;
    final boolean keepAlive;

    Event(long at, SocketChannel channel, int index, boolean http10, boolean keepAlive) {
      this.at = at;
      this.channel = channel;
      this.index = index;
      this.http10 = http10;
      this.keepAlive = keepAlive;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(at - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed o) {
      return Long.compare(at, ((Event) o).at);
    }
  }
}
