package ai.vibevoice.cicd.helper.tts;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A plain-HTTP/1.1 client for the load test: one thread, one selector, keep-alive connections
 * reused most-recent-first, at most {@code maxConnections} sockets. The same thread writes each
 * request, parses the answer as it arrives (Content-Length, chunked or until close) and times the
 * first body byte, so TTFA is measured on the stream without a thread hand-off per chunk. A request
 * that passes its timeout has its connection closed: sockets never outlive their requests. Answers
 * are checked as the smoke test checks them (status, Content-Type, PCM16 length, WAV header).
 */
final class Http1Client implements AutoCloseable {
  private static final int MAX_HEADER_BYTES = 32 * 1024;
  private static final int PREFIX_BYTES = 12;

  private final InetSocketAddress address;
  private final long timeoutNanos;
  private final int maxConnections;
  private final Selector selector;
  private final Thread thread;
  private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  // Everything below belongs to the I/O thread.
  private final ArrayDeque<Conn> idle = new ArrayDeque<>();
  private final ArrayDeque<Exchange> byDeadline = new ArrayDeque<>();
  private final List<Conn> all = new ArrayList<>();
  private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);
  private volatile boolean closed;

  Http1Client(InetSocketAddress address, long timeoutNanos, int maxConnections) throws IOException {
    this.address = address;
    this.timeoutNanos = timeoutNanos;
    this.maxConnections = maxConnections;
    this.selector = Selector.open();
    this.thread = new Thread(this::loop, "load-http-io");
    thread.setDaemon(true);
    thread.start();
  }

  /** Sends {@code request} (a complete HTTP/1.1 request); the future always completes normally. */
  CompletableFuture<Outcome> send(byte[] request, long intendedStart) {
    Exchange ex = new Exchange(request, intendedStart, System.nanoTime() + timeoutNanos);
    if (closed) {
      ex.future.complete(
          Outcome.failed(intendedStart, -1, System.nanoTime(), "connection", "client closed"));
      return ex.future;
    }
    tasks.add(ex);
    selector.wakeup();
    return ex.future;
  }

  /** Closes every connection with a request in flight; those requests count as cancelled errors. */
  void abortInFlight() {
    tasks.add(
        () -> {
          for (Conn c : new ArrayList<>(all)) {
            if (c.ex != null) {
              Exchange ex = c.ex;
              close(c);
              ex.complete(
                  Outcome.failed(
                      ex.start,
                      ex.sent,
                      System.nanoTime(),
                      "cancelled",
                      "aborted at the end of the warm-up"));
            }
          }
        });
    selector.wakeup();
  }

  @Override
  public void close() {
    closed = true;
    selector.wakeup();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void loop() {
    try {
      while (!closed) {
        long wait = 0;
        Exchange head = byDeadline.peekFirst();
        if (head != null) {
          wait = Math.max(1, (head.deadline - System.nanoTime() + 999_999) / 1_000_000);
        }
        if (tasks.isEmpty()) {
          selector.select(this::ready, wait);
        } else {
          selector.selectNow(this::ready);
        }
        Runnable task;
        while ((task = tasks.poll()) != null) {
          if (task instanceof Exchange ex) {
            start(ex);
          } else {
            task.run();
          }
        }
        expire();
      }
    } catch (IOException | RuntimeException e) {
      failAll("connection", "client failed: " + e);
      throw new IllegalStateException(e);
    } finally {
      failAll("connection", "client closed");
      for (Conn c : new ArrayList<>(all)) {
        close(c);
      }
      try {
        selector.close();
      } catch (IOException ignored) {
        // nothing left to release
      }
    }
  }

  private void failAll(String error, String detail) {
    for (Conn c : new ArrayList<>(all)) {
      if (c.ex != null) {
        Exchange ex = c.ex;
        close(c);
        ex.complete(Outcome.failed(ex.start, ex.sent, System.nanoTime(), error, detail));
      }
    }
    Runnable task;
    while ((task = tasks.poll()) != null) {
      if (task instanceof Exchange ex) {
        ex.complete(Outcome.failed(ex.start, -1, System.nanoTime(), error, detail));
      }
    }
  }

  private void start(Exchange ex) {
    Conn c;
    while ((c = idle.pollLast()) != null && !c.channel.isOpen()) {
      // closed while idle
    }
    if (c == null) {
      if (all.size() >= maxConnections && !closeOneIdle()) {
        ex.complete(
            Outcome.failed(
                ex.start,
                -1,
                System.nanoTime(),
                "dropped",
                "more than " + maxConnections + " connections"));
        return;
      }
      try {
        c = connect();
      } catch (IOException e) {
        ex.complete(
            Outcome.failed(
                ex.start, -1, System.nanoTime(), "connection", String.valueOf(e.getMessage())));
        return;
      }
    }
    if (!ex.queued) {
      ex.queued = true;
      byDeadline.addLast(ex);
    }
    attach(c, ex);
  }

  private boolean closeOneIdle() {
    Conn c = idle.pollFirst();
    if (c == null) {
      return false;
    }
    close(c);
    return true;
  }

  private Conn connect() throws IOException {
    SocketChannel channel = SocketChannel.open();
    try {
      channel.configureBlocking(false);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      Conn c = new Conn(channel);
      c.connected = channel.connect(address);
      c.key = channel.register(selector, c.connected ? 0 : SelectionKey.OP_CONNECT, c);
      all.add(c);
      return c;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private void attach(Conn c, Exchange ex) {
    c.ex = ex;
    ex.conn = c;
    c.responseBytes = 0;
    c.state = State.HEADERS;
    c.lineLength = 0;
    c.out = ByteBuffer.wrap(ex.request);
    if (c.connected) {
      try {
        write(c);
      } catch (IOException e) {
        failed(c, e);
      }
    }
  }

  private void ready(SelectionKey key) {
    Conn c = (Conn) key.attachment();
    try {
      if (!key.isValid()) {
        return;
      }
      if (key.isConnectable()) {
        c.channel.finishConnect();
        c.connected = true;
        if (c.ex != null) {
          write(c);
        } else {
          key.interestOps(SelectionKey.OP_READ);
        }
        return;
      }
      if (key.isWritable()) {
        write(c);
      }
      if (key.isValid() && key.isReadable()) {
        read(c);
      }
    } catch (IOException e) {
      failed(c, e);
    }
  }

  private void write(Conn c) throws IOException {
    c.channel.write(c.out);
    if (c.out.hasRemaining()) {
      c.key.interestOps(SelectionKey.OP_WRITE);
      return;
    }
    c.ex.sent = System.nanoTime();
    c.key.interestOps(SelectionKey.OP_READ);
  }

  private void read(Conn c) throws IOException {
    while (true) {
      readBuffer.clear();
      int n = c.channel.read(readBuffer);
      if (n == 0) {
        return;
      }
      if (n < 0) {
        endOfStream(c);
        return;
      }
      long now = System.nanoTime();
      if (c.ex == null) {
        close(c); // an idle connection has nothing to say
        return;
      }
      c.responseBytes += n;
      readBuffer.flip();
      parse(c, readBuffer, now);
      if (c.ex == null || !c.channel.isOpen()) {
        return;
      }
    }
  }

  private void endOfStream(Conn c) {
    Exchange ex = c.ex;
    close(c);
    if (ex == null) {
      return;
    }
    if (c.state == State.UNTIL_CLOSE) {
      finish(c, ex, System.nanoTime());
    } else if (c.responseBytes == 0 && c.reused && !ex.retried) {
      // A kept-alive connection the server had closed: once more on a new one.
      ex.retried = true;
      start(ex);
    } else {
      ex.complete(
          Outcome.failed(
              ex.start,
              ex.sent,
              System.nanoTime(),
              "connection",
              c.responseBytes == 0
                  ? "connection closed without an answer"
                  : "connection closed before the answer was complete"));
    }
  }

  private void failed(Conn c, IOException e) {
    Exchange ex = c.ex;
    close(c);
    if (ex != null) {
      if (c.responseBytes == 0 && c.reused && !ex.retried && ex.sent >= 0) {
        ex.retried = true;
        start(ex);
        return;
      }
      ex.complete(
          Outcome.failed(
              ex.start, ex.sent, System.nanoTime(), "connection", String.valueOf(e.getMessage())));
    }
  }

  private void expire() {
    long now = System.nanoTime();
    Exchange head;
    while ((head = byDeadline.peekFirst()) != null) {
      if (head.future.isDone()) {
        byDeadline.pollFirst();
      } else if (head.deadline - now <= 0) {
        byDeadline.pollFirst();
        Conn c = connectionOf(head);
        if (c != null) {
          close(c);
        }
        head.complete(
            Outcome.failed(head.start, head.sent, now, "timeout", "no complete answer in time"));
      } else {
        return;
      }
    }
  }

  private Conn connectionOf(Exchange ex) {
    return ex.conn != null && ex.conn.ex == ex ? ex.conn : null;
  }

  /**
   * Closes a connection now. A channel registered with the selector is only released at the next
   * select, so its output is shut down first: the peer sees the end at once and the socket leaves
   * ESTABLISHED before a new connection can take its place.
   */
  private void close(Conn c) {
    c.ex = null;
    if (all.remove(c)) {
      idle.remove(c);
      try {
        if (c.channel.isConnected()) {
          c.channel.shutdownOutput();
        }
      } catch (IOException ignored) {
        // closing anyway
      }
      try {
        c.channel.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  // ---- HTTP/1.1 response parsing --------------------------------------------------------------

  private enum State {
    HEADERS,
    LENGTH,
    UNTIL_CLOSE,
    CHUNK_SIZE,
    CHUNK_DATA,
    CHUNK_END,
    TRAILER
  }

  private void parse(Conn c, ByteBuffer in, long now) throws IOException {
    Exchange ex = c.ex;
    while (in.hasRemaining() && c.ex == ex) {
      switch (c.state) {
        case HEADERS -> {
          if (!line(c, in)) {
            break;
          }
          if (c.lineLength == 0) {
            if (ex.status == 0) {
              continue; // tolerate a blank line before the status line
            }
            bodyStarts(c, ex, now);
          } else {
            header(c, ex);
          }
          c.lineLength = 0;
        }
        case LENGTH -> {
          int n = (int) Math.min(in.remaining(), c.remaining);
          body(ex, in, n, now);
          c.remaining -= n;
          if (c.remaining == 0) {
            finish(c, ex, now);
          }
        }
        case UNTIL_CLOSE -> body(ex, in, in.remaining(), now);
        case CHUNK_SIZE -> {
          if (!line(c, in)) {
            break;
          }
          long size = chunkSize(c);
          c.lineLength = 0;
          if (size == 0) {
            c.state = State.TRAILER;
          } else {
            c.remaining = size;
            c.state = State.CHUNK_DATA;
          }
        }
        case CHUNK_DATA -> {
          int n = (int) Math.min(in.remaining(), c.remaining);
          body(ex, in, n, now);
          c.remaining -= n;
          if (c.remaining == 0) {
            c.state = State.CHUNK_END;
          }
        }
        case CHUNK_END -> {
          if (!line(c, in)) {
            break;
          }
          if (c.lineLength != 0) {
            throw new IOException("malformed chunked body");
          }
          c.state = State.CHUNK_SIZE;
        }
        case TRAILER -> {
          if (!line(c, in)) {
            break;
          }
          boolean end = c.lineLength == 0;
          c.lineLength = 0;
          if (end) {
            finish(c, ex, now);
          }
        }
      }
    }
  }

  /**
   * Reads up to and including LF into the line buffer (CR and LF not kept); false: need more bytes.
   */
  private static boolean line(Conn c, ByteBuffer in) throws IOException {
    while (in.hasRemaining()) {
      byte b = in.get();
      if (b == '\n') {
        return true;
      }
      if (b == '\r') {
        continue;
      }
      if (c.lineLength == c.line.length) {
        if (c.line.length >= MAX_HEADER_BYTES) {
          throw new IOException("header line longer than " + MAX_HEADER_BYTES + " bytes");
        }
        c.line = Arrays.copyOf(c.line, c.line.length * 2);
      }
      c.line[c.lineLength++] = b;
    }
    return false;
  }

  private static void header(Conn c, Exchange ex) throws IOException {
    String text = new String(c.line, 0, c.lineLength, StandardCharsets.ISO_8859_1);
    if (ex.status == 0) {
      // HTTP/1.1 200 OK
      if (!text.startsWith("HTTP/1.") || text.length() < 12) {
        throw new IOException("not an HTTP/1.x answer: " + text);
      }
      try {
        ex.status = Integer.parseInt(text.substring(9, 12));
      } catch (NumberFormatException e) {
        throw new IOException("bad status line: " + text);
      }
      c.http10 = text.startsWith("HTTP/1.0");
      c.contentLength = -1;
      c.chunked = false;
      c.closeAfter = c.http10;
      return;
    }
    int colon = text.indexOf(':');
    if (colon <= 0) {
      return;
    }
    String name = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
    String value = text.substring(colon + 1).trim();
    switch (name) {
      case "content-length" -> {
        try {
          c.contentLength = Long.parseLong(value);
        } catch (NumberFormatException e) {
          throw new IOException("bad Content-Length: " + value);
        }
      }
      case "transfer-encoding" -> c.chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
      case "connection" -> {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.contains("close")) {
          c.closeAfter = true;
        } else if (v.contains("keep-alive")) {
          c.closeAfter = false;
        }
      }
      case "content-type" -> ex.contentType = value;
      default -> {}
    }
  }

  private void bodyStarts(Conn c, Exchange ex, long now) {
    if (ex.status >= 100 && ex.status < 200) {
      ex.status = 0; // interim answer: the real one follows
      return;
    }
    if (ex.status == 204 || ex.status == 304) {
      finish(c, ex, now);
    } else if (c.chunked) {
      c.state = State.CHUNK_SIZE;
    } else if (c.contentLength >= 0) {
      c.remaining = c.contentLength;
      c.state = State.LENGTH;
      if (c.contentLength == 0) {
        finish(c, ex, now);
      }
    } else {
      c.state = State.UNTIL_CLOSE;
      c.closeAfter = true;
    }
  }

  private static long chunkSize(Conn c) throws IOException {
    long size = 0;
    int digits = 0;
    for (int i = 0; i < c.lineLength; i++) {
      int d = Character.digit(c.line[i], 16);
      if (d < 0) {
        break; // chunk extensions
      }
      if (++digits > 15) {
        throw new IOException("chunk size too large");
      }
      size = size * 16 + d;
    }
    if (digits == 0) {
      throw new IOException("malformed chunk size");
    }
    return size;
  }

  private static void body(Exchange ex, ByteBuffer in, int n, long now) {
    if (n <= 0) {
      return;
    }
    if (ex.first < 0) {
      ex.first = now;
    }
    int keep = (int) Math.min(n, PREFIX_BYTES - ex.bodyBytes);
    if (keep > 0) {
      in.get(in.position(), ex.prefix, (int) ex.bodyBytes, keep);
    }
    ex.bodyBytes += n;
    in.position(in.position() + n);
  }

  private void finish(Conn c, Exchange ex, long now) {
    if (c.closeAfter || c.state == State.UNTIL_CLOSE) {
      close(c);
    } else {
      c.ex = null;
      c.reused = true;
      idle.addLast(c);
    }
    ex.complete(verdict(ex, now));
  }

  private static Outcome verdict(Exchange ex, long end) {
    int code = ex.status;
    if (code == 503 || code == 429) {
      return Outcome.failed(ex.start, ex.sent, end, "busy", "HTTP " + code);
    }
    if (code != 200) {
      return Outcome.failed(ex.start, ex.sent, end, "http_" + code, "HTTP " + code);
    }
    if (ex.bodyBytes == 0) {
      return Outcome.failed(ex.start, ex.sent, end, "empty_audio", "HTTP 200 without audio");
    }
    String problem =
        Audio.streamProblem(
            ex.contentType, ex.prefix, (int) Math.min(PREFIX_BYTES, ex.bodyBytes), ex.bodyBytes);
    if (problem != null) {
      return Outcome.failed(ex.start, ex.sent, end, "not_audio", "HTTP 200 but " + problem);
    }
    return new Outcome(ex.start, ex.sent, ex.first, end, ex.bodyBytes, null, null);
  }

  /** One request; a task of the I/O thread until it is started. */
  private static final class Exchange implements Runnable {
    final byte[] request;
    final long start;
    final long deadline;
    final CompletableFuture<Outcome> future = new CompletableFuture<>();
    final byte[] prefix = new byte[PREFIX_BYTES];
    Conn conn;
    boolean queued;
    boolean retried;
    long sent = -1;
    long first = -1;
    long bodyBytes;
    int status;
    String contentType;

    Exchange(byte[] request, long start, long deadline) {
      this.request = request;
      this.start = start;
      this.deadline = deadline;
    }

    void complete(Outcome outcome) {
      future.complete(outcome);
    }

    @Override
    public void run() {
      throw new UnsupportedOperationException("started by the client");
    }
  }

  private static final class Conn {
    final SocketChannel channel;
    SelectionKey key;
    boolean connected;
    boolean reused;
    Exchange ex;
    ByteBuffer out;
    State state = State.HEADERS;
    byte[] line = new byte[256];
    int lineLength;
    long remaining;
    long contentLength;
    long responseBytes;
    boolean chunked;
    boolean closeAfter;
    boolean http10;

    Conn(SocketChannel channel) {
      this.channel = channel;
    }
  }
}
