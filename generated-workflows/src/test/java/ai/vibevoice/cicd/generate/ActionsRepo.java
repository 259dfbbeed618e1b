package ai.vibevoice.cicd.generate;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the tests of {@code --refresh-actions} and {@code --add-action} run against: a temporary
 * copy of the repository's action manifests, a local stand-in for GitHub's raw content host that
 * serves {@link #files} by path (404 otherwise, and it can stall one prefix), and the generate
 * command pointed at both. A JUnit extension ({@code @RegisterExtension}): all three exist from
 * before each test to after it.
 */
final class ActionsRepo implements BeforeEachCallback, AfterEachCallback {
  /** Path below the server's root -> body; a missing path answers 404. */
  final Map<String, String> files = new ConcurrentHashMap<>();

  /** Requests whose path starts with this wait 3 s before the answer (empty: none). */
  volatile String stallOn = "";

  private final CommandRun command = new CommandRun();
  private HttpServer server;
  private Path root;
  private List<Path> manifests;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    root = Files.createTempDirectory("actions-repo");
    manifests = RepoRoot.copyManifests(root);
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

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    server.stop(0);
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  /** A file of the copy, by its path from the repository root. */
  Path resolve(String path) {
    return root.resolve(path);
  }

  /** The copied manifests. */
  List<Path> manifests() {
    return manifests;
  }

  /** The server's root, as {@code --actions-base-url} takes it. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** Runs the generate command on the copy, reading action.yml files from the server. */
  int run(String... args) {
    return command.run(List.of("--root", root.toString(), "--actions-base-url", baseUrl()), args);
  }

  /** What the last run printed to stdout. */
  String out() {
    return command.out();
  }

  /** What the last run printed to stderr. */
  String err() {
    return command.err();
  }
}
