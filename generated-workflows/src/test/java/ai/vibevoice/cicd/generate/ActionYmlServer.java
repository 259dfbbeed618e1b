package ai.vibevoice.cicd.generate;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A local stand-in for GitHub's raw content host in the tests of {@code --refresh-actions} and
 * {@code --add-action}: serves {@link #files} by path (404 otherwise) and can stall one prefix. A
 * JUnit extension ({@code @RegisterExtension}): it listens from before each test to after it.
 */
final class ActionYmlServer implements BeforeEachCallback, AfterEachCallback {
  /** Path below the server's root -> body; a missing path answers 404. */
  final Map<String, String> files = new ConcurrentHashMap<>();

  /** Requests whose path starts with this wait 3 s before the answer (empty: none). */
  volatile String stallOn = "";

  private HttpServer server;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath().substring(1);
          if (!stallOn.isEmpty() && path.startsWith(stallOn)) {
            try {
              Thread.sleep(3_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          String body = files.get(path);
          byte[] bytes = (body == null ? "404: Not Found" : body).getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  /** The value of {@code --actions-base-url}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Override
  public void afterEach(ExtensionContext context) {
    server.stop(0);
  }
}
